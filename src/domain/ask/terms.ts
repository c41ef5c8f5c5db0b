// Matching terms of a sentence or a question: folded words, English reduced to a stem ("priced", "pricing" → "pric"),
// Vietnamese as syllables and syllable pairs (its usual words), and words said for the same thing mapped to one term.
import { foldText } from '../text/normalize';
import { EN_IRREGULAR, EN_SYNONYMS, VI_SYNONYMS } from './term-words';

/** A word of a sentence with where it stands; `lower` is lower case, `key` also without diacritics. */
export interface WordSpan {
  text: string;
  lower: string;
  key: string;
  start: number;
  end: number;
}

/** A word; a noun made of a verb and a particle stays whole ("start-up", "sign-ups", "roll-out"): it is no verb. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:-(?:up|ups|out|outs|off|offs|in|ins|on|down|over|back)(?![\p{L}\p{N}])|['’][\p{L}]+)?/gu;

/** The words of a sentence with their offsets (an apostrophe inside a word keeps it whole: "Nvidia's"). */
export function wordSpans(sentence: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of sentence.matchAll(WORD)) {
    const lower = m[0].normalize('NFC').toLowerCase().replace(/’/g, "'");
    out.push({ text: m[0], lower, key: foldText(lower), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const DOUBLED = /([bdfgkmnprtvz])\1$/;
const VOWEL = /[aeiouy]/;

/** Removes a suffix when what is left still has a vowel; a short remainder gets its e back ("using" → "use"). */
function unsuffix(w: string, suffix: string): string {
  const rest = w.slice(0, -suffix.length).replace(DOUBLED, '$1');
  if (!VOWEL.test(rest)) return w;
  return rest.length <= 3 && /[^aeiouy]$/.test(rest) && !/(.)\1$/.test(rest) ? `${rest}e` : rest;
}

/** A final e is dropped so that "price" meets "priced" and "pricing" ("pric"). */
const withoutFinalE = (w: string) => (w.endsWith('e') && w.length > 3 ? w.slice(0, -1) : w);

/** A crude English stem: plural, -ed, -ing, -er/-or and a final e removed, irregular forms to their base. */
export function stemEn(word: string): string {
  let w = word.toLowerCase().replace(/['’]s?$/, '');
  if (Object.hasOwn(EN_IRREGULAR, w)) return withoutFinalE(EN_IRREGULAR[w]);
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (/ie[sd]$/.test(w) && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(ch|sh|x|ss|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (Object.hasOwn(EN_IRREGULAR, w)) return withoutFinalE(EN_IRREGULAR[w]);
  if (w.endsWith('ing') && w.length >= 5) w = unsuffix(w, 'ing');
  else if (w.endsWith('ed') && w.length >= 4) w = unsuffix(w, 'ed');
  // After -ed and -ing too: "headquartered" and "headquarters" meet at one stem.
  if (/[^aeiou](er|or)$/.test(w) && w.length > 6) w = w.slice(0, -2);
  return withoutFinalE(w);
}

/** Each synonym (English stem, Vietnamese folded phrase) to the groups it belongs to, by their first member. */
function canonicalMap(groups: readonly (readonly string[])[], key: (w: string) => string, name: (w: string) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const group of groups) {
    for (const w of group) {
      const k = key(w);
      const list = out.get(k) ?? [];
      if (!list.includes(name(group[0]))) list.push(name(group[0]));
      out.set(k, list);
    }
  }
  return out;
}
const EN_CANONICAL = canonicalMap(EN_SYNONYMS, stemEn, (w) => `~${stemEn(w)}`);
/**
 * Vietnamese synonyms as written, and apart from them without diacritics (for questions said without them, matched
 * against the story's words folded): "lắp" (fit) must not meet "lập" (found) where diacritics tell them apart.
 */
const VI_CANONICAL = canonicalMap(VI_SYNONYMS, (w) => w, (w) => `~${foldText(w)}`);
const VI_FOLDED_CANONICAL = canonicalMap(VI_SYNONYMS, foldText, (w) => `~~${foldText(w)}`);
/** The syllables synonym phrases open with: a phrase is looked up only where one stands (most syllables open none). */
const VI_OPENERS = new Set([...VI_CANONICAL.keys(), ...VI_FOLDED_CANONICAL.keys()].map((p) => p.split(' ')[0]));

/** The terms an English word is matched by: its stem, and its synonym groups' ("~cost"). */
export function enTerms(word: string): string[] {
  const s = stemEn(word);
  return [s, ...(EN_CANONICAL.get(s) ?? [])];
}

/** The longest synonym phrase, in Vietnamese syllables ("giám đốc điều hành"). */
export const MAX_PHRASE = 4;

/** A matching term and the word positions it covers. */
export interface Term {
  term: string;
  /** Index of its first word and the index after its last. */
  from: number;
  to: number;
  /** A Vietnamese syllable pair: it confirms a match of its syllables rather than counting on its own. */
  pair?: boolean;
}

/**
 * Terms of a run of lower-case words. English (folded): one per word. Vietnamese (as written, or `folded` for a
 * question said without diacritics and the story's words folded to meet it): each syllable, each adjacent pair, and a
 * synonym phrase of up to three syllables as its group's term. `keep` says which words may be terms.
 */
export function termsOf(keys: readonly string[], lang: string, keep: (i: number) => boolean = () => true, folded = false): Term[] {
  const canonicalOf = folded ? VI_FOLDED_CANONICAL : VI_CANONICAL;
  const out: Term[] = [];
  if (lang !== 'vi') {
    keys.forEach((k, i) => keep(i) && out.push(...enTerms(k).map((term) => ({ term, from: i, to: i + 1 }))));
    return out;
  }
  let covered = 0;
  for (let i = 0; i < keys.length; i++) {
    // A syllable inside a longer synonym phrase ("giá" in "định giá") is not also a phrase of its own.
    for (let n = MAX_PHRASE; n >= 1 && i >= covered && VI_OPENERS.has(keys[i]); n--) {
      if (i + n > keys.length) continue;
      const phrase = keys.slice(i, i + n).join(' ');
      const canonical = canonicalOf.get(phrase);
      if (canonical && keys.slice(i, i + n).every((_, j) => keep(i + j))) {
        out.push(...canonical.map((term) => ({ term, from: i, to: i + n })));
        covered = i + n;
        break;
      }
    }
    if (keep(i)) out.push({ term: keys[i], from: i, to: i + 1 });
    if (i + 1 < keys.length && keep(i) && keep(i + 1)) out.push({ term: `${keys[i]} ${keys[i + 1]}`, from: i, to: i + 2, pair: true });
  }
  return out;
}
