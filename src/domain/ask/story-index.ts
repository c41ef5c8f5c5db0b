// A story read once for answering questions about it: its sentences (the title first), each with its words, its
// matching terms and its entities, and how many sentences use each term (rare terms say more).
import { splitSentences } from '../text/sentences';
import { sentenceEntities } from './entities';
import { knownNames, lowercaseWords } from './names';
import { termsOf, wordSpans, type WordSpan } from './terms';
import type { AskStory, Entity } from './types';

export interface IndexedSentence {
  text: string;
  words: WordSpan[];
  /** Each term to the word positions where it starts. */
  terms: Map<string, number[]>;
  entities: Entity[];
  title: boolean;
}

export interface StoryIndex {
  lang: string;
  sentences: IndexedSentence[];
  /** In how many sentences each term occurs. */
  sentenceFrequency: Map<string, number>;
}

/** Abbreviations a sentence splitter may end a sentence on though the sentence goes on ("Mr.", "TS.", "TP."). */
const ABBREVIATION_END = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Jr|Sr|No|Ph\.D|TS|PGS|GS|ThS|BS|KS|TP|Th\.S|U\.S|U\.K|e\.g|i\.e|vs|approx|Fig)\.$/;

/** The story's sentences: the title, then the text's, rejoined where the splitter cut after an abbreviation. */
export function storySentences(story: AskStory, lang: string): string[] {
  const out: string[] = [];
  for (const s of splitSentences(story.text, lang)) {
    if (out.length > 0 && ABBREVIATION_END.test(out[out.length - 1])) out[out.length - 1] += ` ${s}`;
    else out.push(s);
  }
  const title = story.title.replace(/\s+/g, ' ').trim();
  return title ? [title, ...out] : out;
}

/**
 * Each term of a sentence to where it starts. Vietnamese is indexed twice, as written ("lắp" is not "lập") for
 * questions said with diacritics, and folded for questions said without them.
 */
function indexTerms(words: WordSpan[], lang: string): Map<string, number[]> {
  const terms = new Map<string, number[]>();
  const forms: [string[], boolean][] = lang === 'vi' ? [[words.map((w) => w.lower), false], [words.map((w) => w.key), true]] : [[words.map((w) => w.key), false]];
  for (const [keys, folded] of forms) {
    for (const t of termsOf(keys, lang, undefined, folded)) {
      const list = terms.get(t.term);
      if (!list) terms.set(t.term, [t.from]);
      else if (!list.includes(t.from)) list.push(t.from);
    }
  }
  return terms;
}

/** Reads a story for answering: sentences, terms, entities (people named in full anywhere inform the rest). */
export function indexStory(story: AskStory): StoryIndex {
  const lang = story.language === 'vi' ? 'vi' : 'en';
  const texts = storySentences(story, lang);
  const readers = texts.map((t) => sentenceEntities(t, lang));
  const lowercase = lowercaseWords(texts);
  const first = readers.map((read) => read({ people: new Set(), orgs: new Set(), lowercase }));
  const known = { ...knownNames(first.flat()), lowercase };
  const sentences = texts.map((text, i) => {
    const words = wordSpans(text);
    return { text, words, terms: indexTerms(words, lang), entities: known.people.size || known.orgs.size ? readers[i](known) : first[i], title: i === 0 && story.title.trim() !== '' };
  });
  const sentenceFrequency = new Map<string, number>();
  for (const s of sentences) for (const t of s.terms.keys()) sentenceFrequency.set(t, (sentenceFrequency.get(t) ?? 0) + 1);
  return { lang, sentences, sentenceFrequency };
}
