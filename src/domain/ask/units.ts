// The question's words as units to find in a sentence: each with the terms that match it (English stem and synonym
// groups; Vietnamese syllable, its pairs and synonym phrases) and a weight (rarer in the story, more telling; a
// kind's cue or a light verb, less).
import { foldText } from '../text/normalize';
import type { QuestionAnalysis } from './question';
import type { IndexedSentence, StoryIndex } from './story-index';
import { enTerms, termsOf } from './terms';
import type { AskKind } from './types';

/** Terms a question without content words implies ("bao giờ có?": when is it out; "how much is it?": its price). */
const IMPLIED: Partial<Record<AskKind, Record<'en' | 'vi', string[]>>> = {
  time: { en: ['launch'], vi: ['ra mắt'] },
  amount: { en: ['cost'], vi: ['giá'] },
  person: { en: ['build', 'ceo', 'found'], vi: ['phát triển', 'giám đốc điều hành', 'sáng lập'] },
};

/** Words a cue of the kind ("start" in "when does it start") weighs against a content word. */
const CUE_WEIGHT = 0.3;
/**
 * Light Vietnamese verbs a question says for a stronger one: "công ty nào làm hệ thống này?" asks who developed it,
 * "công ty đặt ở đâu?" where it has its seat, "hết bao nhiêu tiền?" what it cost. One way only: a story's "làm ô nhiễm" (pollutes) builds nothing.
 */
const VI_EXPANSIONS: Readonly<Record<string, readonly string[]>> = { làm: ['phat trien'], viết: ['phat trien'], đặt: ['tru so'], đóng: ['tru so'], hết: ['gia'] };
/** Said without diacritics, "lam" is làm only where the question has none at all: else it is a name's "Lam". */
const VI_FOLDED_EXPANSIONS: Readonly<Record<string, readonly string[]>> = { lam: ['phat trien'] };
/**
 * English words a question says for a stronger one, one way only (stems): "who runs it" asks for its chief executive,
 * but a story's "running the old model" is no chief; "what is the city paying" is told by what the contract is worth,
 * but "how much is it worth" is not what anyone pays; "when will they be delivered" by when they arrive, but a story's
 * deliveries are no launch.
 */
const EN_EXPANSIONS: Readonly<Record<string, readonly string[]>> = { run: ['ceo'], pay: ['worth', 'deal'], deliv: ['launch'], supply: ['build'] };

/** A table's entry for a word, never one an object inherits ("constructor" is a word too). */
const own = (table: Readonly<Record<string, readonly string[]>>, key: string): readonly string[] => (Object.hasOwn(table, key) ? table[key] : []);

/** An English word's terms, with the stronger words it is said for. */
const enQuestionTerms = (w: string) => {
  const terms = enTerms(w);
  return [...terms, ...own(EN_EXPANSIONS, terms[0]).map((g) => `~${g}`).filter((t) => !terms.includes(t))];
};

/** One thing the question says, matched by any of its terms (a word, or a synonym phrase covering it). */
export interface Unit {
  terms: string[];
  weight: number;
  /** Names whose view an opinion question asks: it must stand before the view in the sentence. */
  holder: boolean;
  /** Vietnamese: the syllable pairs it makes with its neighbours, and where the pair starts from it (0 or -1). */
  pairs: { term: string; offset: number }[];
  /** "The company", "công ty": met too by any organisation the sentence names ("… founded Notara"). */
  orgNoun?: boolean;
}

/** Nouns for an organisation, which a sentence may say by its name instead. */
const ORG_NOUNS = new Set(['company', 'firm', 'startup', 'start-up', 'công ty', 'cong ty', 'hãng', 'hang', 'doanh nghiệp', 'doanh nghiep', 'startup', 'tập đoàn', 'tap doan']);

function idf(index: StoryIndex, term: string): number {
  return Math.log(1 + index.sentences.length / (1 + (index.sentenceFrequency.get(term) ?? 0)));
}

/** The terms of each question word: English stem and synonym groups; Vietnamese syllable and synonym phrases over it. */
export function wordTerms(
  words: string[],
  lang: 'en' | 'vi',
  folded: boolean,
  pairable?: (i: number) => boolean,
): { perWord: string[][]; pairsOf: Unit['pairs'][]; pairs: string[]; phraseEnd: number[] } {
  if (lang === 'en') return { perWord: words.map(enQuestionTerms), pairsOf: words.map(() => []), pairs: [], phraseEnd: words.map((_, i) => i + 1) };
  const terms = termsOf(words, 'vi', undefined, folded).filter((t) => !t.pair || pairable === undefined || pairable(t.from));
  const perWord = words.map((w, i) => [...new Set([...terms.filter((t) => !t.pair && t.from <= i && i < t.to).map((t) => t.term), ...own(folded ? VI_FOLDED_EXPANSIONS : VI_EXPANSIONS, w).map((g) => `${folded ? '~~' : '~'}${g}`)])]);
  const pairsOf = words.map((_, i) => terms.filter((t) => t.pair && (t.from === i || t.from + 1 === i)).map((t) => ({ term: t.term, offset: t.from - i })));
  const phraseEnd = words.map((_, i) => Math.max(i + 1, ...terms.filter((t) => t.term.startsWith('~') && t.from === i).map((t) => t.to)));
  return { perWord, pairsOf, pairs: terms.filter((t) => t.pair).map((t) => t.term), phraseEnd };
}

/** The question's units and (Vietnamese) syllable pairs, weighted by how rare their terms are in the story. */
export function questionUnits(q: QuestionAnalysis, lang: 'en' | 'vi', index: StoryIndex): { units: Unit[]; pairs: string[] } {
  const implied = q.words.length === 0 && !q.critics;
  const impliedWords = (IMPLIED[q.kind]?.[lang] ?? []).flatMap((w) => w.split(' ')).map((w) => (q.folded ? foldText(w) : w));
  // An optional syllable stays where the story writes it with its neighbour ("diễn ra"), else it goes.
  const pairIn = (i: number, j: number) => j >= 0 && j < q.said.length && index.sentenceFrequency.has(`${q.said[Math.min(i, j)]} ${q.said[Math.max(i, j)]}`);
  const keep = q.said.map((_, i) => !q.optional[i] || (q.joined[i] && pairIn(i, i - 1)) || (q.joined[i + 1] === true && pairIn(i, i + 1)));
  const kept = q.said.map((_, i) => i).filter((i) => keep[i]);
  // Where every word said is a cue ("who's behind it?", "when's it coming out?"), what the kind implies joins them.
  const allCues = kept.every((i) => q.cues.includes(q.said[i]));
  const words = implied ? impliedWords : [...kept.map((i) => q.said[i]), ...(allCues && !q.critics ? impliedWords : [])];
  const joined = words.map((_, k) => k > 0 && k < kept.length && kept[k - 1] === kept[k] - 1 && q.joined[kept[k]]);
  // Pairs only of content words said one after the other ("chị ấy làm" gives no pair "chị làm"), neither a cue
  // ("Altman nói" is no word of the story).
  const weak = (i: number) => i >= kept.length || q.cues.includes(words[i]);
  const pairable = implied ? undefined : (i: number) => joined[i + 1] && !weak(i) && !weak(i + 1);
  const { perWord, pairsOf, pairs, phraseEnd } = wordTerms(words, lang, q.folded, pairable);
  // Syllables of a word the story writes ("ngân hàng") are one thing said: each weighs half.
  const inStoryWord = (i: number) => lang === 'vi' && ((joined[i] && index.sentenceFrequency.has(`${words[i - 1]} ${words[i]}`)) || (joined[i + 1] === true && index.sentenceFrequency.has(`${words[i]} ${words[i + 1]}`)));
  const orgNoun = (i: number) => ORG_NOUNS.has(words[i]) || ORG_NOUNS.has(`${words[i]} ${words[i + 1] ?? ''}`) || ORG_NOUNS.has(`${words[i - 1] ?? ''} ${words[i]}`);
  const wordUnit = (w: string, i: number, alone = true): Unit => ({
    terms: perWord[i],
    weight: idf(index, lang === 'vi' ? w : perWord[i][0]) * (implied || i >= kept.length || q.cues.includes(w) ? CUE_WEIGHT : 1) * (alone && inStoryWord(i) ? 0.5 : 1),
    holder: q.holders.includes(w),
    pairs: pairsOf[i],
    orgNoun: orgNoun(i),
  });
  // A Vietnamese word of several syllables that a synonym group knows ("sản xuất") is one thing said, weighing as one.
  const units: Unit[] = [];
  for (let i = 0; i < words.length; i = phraseEnd[i]) {
    const parts = words.slice(i, phraseEnd[i]).map((w, k) => wordUnit(w, i + k, phraseEnd[i] === i + 1));
    if (parts.length === 1) units.push(parts[0]);
    else {
      // Matched as the word: by its synonym groups (which hold the word itself), or as a pair of syllables, never by
      // one syllable of it ("tổng" of "tổng giám đốc" is in "tổng đài").
      const phrase = words.slice(i, phraseEnd[i]);
      const terms = [...new Set(parts.flatMap((u) => u.terms).filter((t) => t.startsWith('~')))];
      if (phrase.length === 2) terms.push(phrase.join(' '));
      units.push({ terms, weight: Math.max(...parts.map((u) => u.weight)), holder: parts.some((u) => u.holder), pairs: [] });
    }
  }
  return { units, pairs };
}

/** Prefixes that keep a word's family: "pretrained" is trained, "relaunch" a launch. */
const PREFIXES = /^(?:pre|re|co|un|over|under|out|up|sub|super|multi|non|de|dis|mis|post)-?$/;
/** Endings that keep a word's family: "delivery" is delivered, "investment" invested; "clinician" is no clinic. */
const SUFFIXES = /^(?:y|ie|ment|ion|ation|er|or|al|ive|ity|ance|ence|ant|ent|ery|ary|ure|age)$/;

/**
 * English words of one family that the stemmer leaves apart ("deliveries"/"delivered": "delivery"/"deliver";
 * "investment"/"invest"; "pretrained"/"trained"): one stem is the other with an ending or a prefix of its family.
 */
function sameFamily(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 5 || long.length - short.length > 5) return false;
  if (long.startsWith(short)) return SUFFIXES.test(long.slice(short.length));
  return long.endsWith(short) && PREFIXES.test(long.slice(0, long.length - short.length));
}

/** Where a term of the question occurs in a sentence: exactly, or (English) as a word of the same family. */
export function positions(s: IndexedSentence, term: string, lang: 'en' | 'vi'): number[] {
  const exact = s.terms.get(term);
  if (exact || lang === 'vi' || term.length < 5 || term.startsWith('~')) return exact ?? [];
  const out: number[] = [];
  for (const [t, at] of s.terms) if (sameFamily(term, t)) out.push(...at);
  return out;
}

/** The word index in a sentence where a character offset falls. */
export function wordAt(s: IndexedSentence, offset: number): number {
  const i = s.words.findIndex((w) => w.end > offset);
  return i === -1 ? s.words.length : i;
}
