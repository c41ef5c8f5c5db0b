// "What's the chatbot called?", "con chatbot đó tên gì?": the name a story gives a thing where it says so ("a chatbot
// called Bác sĩ Sen", "the model, named Skein"). Only that answers: the company that made it, or another thing's
// name, is no answer, and a story that names nothing so says nothing.
import type { ScoredSentence } from './score';
import type { IndexedSentence } from './story-index';

/** A naming word and the name after it (capitalised first; a quote may open it). */
const NAMING: Record<'en' | 'vi', RegExp> = {
  en: /(?:^|[\s,])(?:called|named|dubbed|known as|branded)\s+["“‘']?(\p{Lu}[\p{L}\p{M}\p{N}'’.-]*(?:\s+(?:of|the|de|\p{Lu}[\p{L}\p{M}\p{N}'’.-]*|\d[\d.]*))*)/gu,
  vi: /(?:^|[\s,])(?:gọi là|có tên(?: là)?|tên là|tên gọi|mang tên|tên)\s+["“‘']?(\p{Lu}[\p{L}\p{M}\p{N}'’.-]*(?:\s+(?!(?:của|do|được|là|và|với|để|có|đã|sẽ|cho|trong|tại|ở|từ|nhằm|giúp|đang|hiện|vào|sau|khi|này|đó|nên|mà|thì|vì|bởi|bằng)(?![\p{L}\p{M}]))[\p{L}\p{M}\p{N}'’.-]+){0,4})/gu,
};

/** How many words before the naming word the noun it names may stand ("robot nhặt rác nổi mang tên", "the model, called"). */
const NOUN_REACH = 4;

/** Folded words and phrases a name may be given to where the question names no noun ("what's it called?"). */
const THINGS: Record<'en' | 'vi', readonly string[]> = {
  en: 'app application model system software platform tool chatbot bot assistant robot product service device chip drone car programme program project feature film movie avatar signer presenter character voice'.split(' '),
  vi: ['ung dung', 'app', 'mo hinh', 'he thong', 'phan mem', 'nen tang', 'cong cu', 'tro ly', 'chatbot', 'robot', 'san pham', 'dich vu', 'thiet bi', 'du an', 'tinh nang', 'phim', 'chip', 'xe'],
};

/** True when folded words hold a phrase (whole words). */
const holds = (words: readonly string[], phrase: string) => ` ${words.join(' ')} `.includes(` ${phrase} `);
/** The same for a noun, which English may also say in the plural ("apps"). */
const holdsNoun = (words: readonly string[], noun: string, lang: 'en' | 'vi') => holds(words, noun) || (lang === 'en' && holds(words, `${noun}s`));

/** A name a sentence gives: with its naming word ("called Tern"), where it stands, and the folded words before it. */
interface GivenName {
  name: string;
  start: number;
  end: number;
  before: string[];
}

/** The names a sentence gives, each with the folded words just before its naming word. */
export function givenNames(s: IndexedSentence, lang: 'en' | 'vi'): GivenName[] {
  const out: GivenName[] = [];
  for (const m of s.text.matchAll(NAMING[lang])) {
    const namingAt = m.index + (/^[\s,]/.test(m[0]) ? 1 : 0);
    // Told with its naming word, as one says it: "called Tern", "tên Gu".
    const name = s.text.slice(namingAt, m.index + m[0].length).replace(/[.,;:'’]+$/, '');
    out.push({ name, start: namingAt, end: namingAt + name.length, before: s.words.filter((w) => w.end <= namingAt).slice(-NOUN_REACH).map((w) => w.key) });
  }
  return out;
}

/** Folded words of a question that ask a person's name ("what's the boss called", "ông phó giám đốc tên gì"). */
const PEOPLE: Record<'en' | 'vi', readonly string[]> = {
  en: 'person man woman he she ceo boss chief head founder cofounder director president chairman chair minister spokesperson spokesman spokeswoman analyst professor doctor expert manager officer executive mayor leader guy'.split(' '),
  vi: ['ong', 'ba', 'nguoi', 'anh', 'chi', 'co', 'thay', 'giam doc', 'chu tich', 'ceo', 'sang lap', 'bac si', 'chuyen gia', 'lanh dao', 'truong', 'pho', 'nha khoa hoc'],
};

/**
 * True when a question asking for a name asks a thing's ("what's the app called", "nó tên gì"), not a person's ("ông
 * phó giám đốc tên gì"), which is asked as "who" and answered so.
 */
export function asksThingName(contentWords: readonly string[], lang: 'en' | 'vi'): boolean {
  return !PEOPLE[lang].some((p) => holdsNoun(contentWords, p, lang));
}

/** True when a name is what the story calls a thing ("Ứng dụng có tên Sổ Tiêu"): no person, whatever its shape. */
export function namesAThing(s: IndexedSentence, e: { start: number; end: number }, lang: 'en' | 'vi'): boolean {
  return givenNames(s, lang).some((g) => g.start < e.end && e.start < g.end && THINGS[lang].some((t) => holds(g.before, t)));
}

/** Words of asking for a name, which name nothing asked about. */
const NAMING_WORDS = new Set(['ten', 'goi', 'name', 'names', 'called', 'named']);

/** What a question asking for a name asks it of: its content words and kind nouns ("quỹ" in "quỹ đó tên gì"). */
export const namedNouns = (q: { words: readonly string[]; kindNouns: readonly string[] }) => [...q.kindNouns, ...q.words].filter((w) => !NAMING_WORDS.has(w));

/**
 * The name the story gives what the question asks about: in the sentences in their rank, a name given just after one
 * of the question's words (or, for "what's it called", after a word for a product or a service), or in Vietnamese a
 * name right after the noun ("quỹ Sông Hàn Ventures"); null when none is.
 */
export function askedName(ranked: readonly ScoredSentence[], contentWords: readonly string[], lang: 'en' | 'vi'): string | null {
  const things = THINGS[lang].filter((t) => holdsNoun(contentWords, t, lang));
  const nouns = things.length > 0 ? things : contentWords.length > 0 ? contentWords : THINGS[lang];
  // A product asked by one word may be called by another ("the avatar" is "the digital signer, called Sorcha").
  return nameAfter(ranked, nouns, lang) ?? (things.length > 0 ? nameAfter(ranked, THINGS[lang], lang) : null);
}

/** The first name given after one of `nouns` in the ranked sentences (or, in Vietnamese, right after the noun). */
function nameAfter(ranked: readonly ScoredSentence[], nouns: readonly string[], lang: 'en' | 'vi'): string | null {
  const isNoun = (words: readonly string[]) => nouns.some((t) => holdsNoun(words, t, lang));
  for (const c of ranked) {
    if (c.lent) continue;
    const given = givenNames(c.sentence, lang).find((g) => isNoun(g.before));
    if (given) return given.name;
    if (lang !== 'vi') continue;
    const s = c.sentence;
    const headed = s.entities.find((e) => e.kind !== 'place' && isNoun(s.words.filter((w) => w.end <= e.start).slice(-1).map((w) => w.key)));
    if (headed) return headed.text;
  }
  return null;
}
