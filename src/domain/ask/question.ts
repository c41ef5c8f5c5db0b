// Reads a spoken question about a story: what kind of thing it asks for and the words the answer must be near; and
// whether an utterance is such a question at all (rather than a statement, a command, or a question for another kind
// of assistant: the weather, the time, music).
import { hasDiacritics, tokenize } from '../command/tokens';
import { foldDiacritics } from '../text/normalize';
import { escapeRegExp, wholeWords } from '../text/patterns';
import { GENERIC_COUNTED } from './entity-words';
import { plainIdioms } from './phrasal';
import { EN_DOUBT_PATTERN, QUESTION_WORDS, type QuestionWords } from './question-words';
import { VI_SYNONYMS } from './term-words';
import { MAX_PHRASE } from './terms';
import type { AskKind } from './types';

export interface QuestionAnalysis {
  kind: AskKind;
  /** Content words, lower case without diacritics, in the order said ("nvidia", "cost"; "gia", "chip"). */
  words: string[];
  /** The words to match, lower case as said, with any diacritics ("giá", "chip"), and `optional` syllables. */
  said: string[];
  /** Those of `said` that mostly restate the kind ("start" in "when does it start") or say little ("làm", "use"): they weigh less. */
  cues: string[];
  /** Opinion questions: those of `said` naming whose view is asked ("doctors", "chuyên", "gia"). */
  holders: string[];
  /** Asks what critics said without naming them: a critical view answers. */
  critics: boolean;
  /** Asks for a total ("in total", "tổng cộng"): a figure for each one does not answer. */
  total: boolean;
  /** What a count question counts, as said ("how many chips", "bao nhiêu kỹ sư"): the number must be of these. */
  counted: string[];
  /** The kind nouns said ("country", "năm"), which the answer's entity stands for. */
  kindNouns: string[];
  /** For each of `said`, whether it follows the one before it directly in the question (Vietnamese words are pairs). */
  joined: boolean[];
  /** For each of `said`, whether it is a function syllable kept only as half of a word the story writes ("diễn ra"). */
  optional: boolean[];
  /** Said without diacritics (Vietnamese): matched against the story's words folded. */
  folded: boolean;
  /** A time question asking how long ("how long", "bao lâu"), which a duration answers; else a point in time does. */
  duration: boolean;
  /** Asks who or which besides one the story names ("the other founders", "công ty nào khác"). */
  others: boolean;
  /** Asks what something is called ("what's the chatbot called", "nó tên gì"): only a name the story gives it answers. */
  named: boolean;
  /** An amount asked per ride, month or year: only an amount said per something answers it. */
  rate?: boolean;
  /** An amount asked of one thing: a total spent on many does not answer it. */
  each?: boolean;
  /** A number question asking a measure ("how far can it see"): a figure with a unit answers it, not a count of things. */
  measure?: boolean;
  /** A time question about what happened ("when did it start", "chạy từ hồi nào") or what will ("when will it open", "bao giờ có"). */
  tense: 'past' | 'future' | null;
}

/** Whole words only: a letter or digit may not touch the pattern on either side. */

interface Compiled {
  openers: string[];
  kinds: { kind: AskKind; re: RegExp }[];
  marks: RegExp;
  otherDomains: RegExp;
  stopwords: ReadonlySet<string>;
  questionPhrases: ReadonlySet<string>;
  personPronouns: ReadonlySet<string>;
  kindNouns: Partial<Record<AskKind, ReadonlySet<string>>>;
  kindCues: Partial<Record<AskKind, ReadonlySet<string>>>;
  light: ReadonlySet<string>;
  speech: RegExp;
  critics: ReadonlySet<string>;
  totals: ReadonlySet<string>;
  references: ReadonlySet<string>;
  demonstratives: ReadonlySet<string>;
}

const alternatives = (list: readonly string[]) => list.map(escapeRegExp).join('|');
/** Entries that are patterns themselves ("\\d+ times \\d+") go in as written; the rest are literal phrases. */
const patternsOrPhrases = (list: readonly string[]) => list.map((p) => (p.includes('\\') ? p : escapeRegExp(p))).join('|');

/**
 * Folded words that stand for a content word as often as for a function word once diacritics are gone ("ban" is
 * bạn, you, but also bán, sell; "dau" is đâu, where, but also đầu tư, invest): kept as content in folded questions.
 */
const FOLDED_AMBIGUOUS = new Set(['ban', 'dau', 'hoi', 'lai', 'chi', 'thi', 'nen', 'tai', 'tu', 'the', 'co', 'vi', 'do', 'nhu', 'cung', 'ma']);

function compile(w: QuestionWords, fold: boolean, lang: 'en' | 'vi'): Compiled {
  const f = fold ? foldDiacritics : (s: string) => s;
  const stop = fold && lang === 'vi' ? new Set([...w.stopwords].map(foldDiacritics).filter((s) => !FOLDED_AMBIGUOUS.has(s))) : w.stopwords;
  const foldSet = (set: ReadonlySet<string>) => new Set([...set].map(f));
  const foldRecord = (r: Partial<Record<AskKind, ReadonlySet<string>>>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, foldSet(v)]));
  return {
    openers: [...w.openers].map(f).sort((a, b) => b.length - a.length),
    kinds: w.kinds.map((r) => ({ kind: r.kind, re: wholeWords(f(r.pattern)) })),
    marks: wholeWords(alternatives(w.questionMarks.map(f))),
    otherDomains: wholeWords(patternsOrPhrases(w.otherDomains.map(f))),
    stopwords: stop,
    questionPhrases: foldSet(w.questionPhrases),
    personPronouns: foldSet(w.personPronouns),
    kindNouns: foldRecord(w.kindNouns),
    kindCues: foldRecord(w.kindCues),
    light: foldSet(w.light),
    speech: wholeWords(f(w.speech)),
    critics: foldSet(w.critics),
    totals: foldSet(w.totals),
    references: foldSet(w.references),
    demonstratives: foldSet(w.demonstratives),
  };
}

const compiled = new Map<string, Compiled>();

function tables(lang: 'en' | 'vi', fold: boolean): Compiled {
  const key = `${lang}:${fold}`;
  let c = compiled.get(key);
  if (!c) compiled.set(key, (c = compile(QUESTION_WORDS[lang], fold, lang)));
  return c;
}

/** English contractions said in questions, spelled out so the rules see "what is", "did not". */
const CONTRACTIONS: Record<string, string[]> = {
  "what's": ['what', 'is'], "who's": ['who', 'is'], "where's": ['where', 'is'], "when's": ['when', 'is'], "how's": ['how', 'is'],
  "why's": ['why', 'is'], "it's": ['it', 'is'], "that's": ['that', 'is'], "there's": ['there', 'is'], "what're": ['what', 'are'],
  "who're": ['who', 'are'], "won't": ['will', 'not'], "can't": ['can', 'not'], whats: ['what', 'is'], whos: ['who', 'is'],
};

/** Nouns that, said just before "ai", make it the technology (tin AI, mô hình AI) rather than the question word "who". */
const AI_TECH_BEFORE = new Set(
  ['tin', 'công nghệ', 'mô hình', 'chip', 'hệ thống', 'ứng dụng', 'công cụ', 'trợ lý', 'startup', 'công ty', 'ngành', 'lĩnh vực', 'về', 'chatbot', 'máy', 'dùng', 'sử dụng', 'cuộc đua', 'phát triển'].map(
    (s) => foldDiacritics(s.split(' ').slice(-1)[0]),
  ),
);

interface Prepared {
  lang: 'en' | 'vi';
  fold: boolean;
  /** Lower-case words after the wake words and fillers; "AI" the technology stays upper case in Vietnamese. */
  keys: string[];
  t: Compiled;
}

/** A noun made of a verb and a particle, written with a hyphen ("start-up", "sign-ups"). */
const PARTICLE_NOUN = /(\p{L})-(ups?|outs?|offs?|ins?|on|down|over|back)(?![\p{L}\p{N}])/gu;

function prepare(utterance: string, lang: string): Prepared {
  const l: 'en' | 'vi' = lang === 'vi' ? 'vi' : 'en';
  const fold = l === 'en' || !hasDiacritics(utterance);
  const t = tables(l, fold);
  let keys: string[] = [];
  // "start-up", "roll-out": one word, as a story's words keep them ("startup" meets "start-up" as the same thing).
  const tokens = tokenize(l === 'en' ? utterance.replace(PARTICLE_NOUN, '$1$2') : utterance, fold);
  tokens.forEach((tok, i) => {
    if (l === 'en') {
      const k = tok.key.replace(/’/g, "'");
      if (Object.hasOwn(CONTRACTIONS, k)) keys.push(...CONTRACTIONS[k]);
      else if (/n't$/.test(k)) keys.push(k.slice(0, -3), 'not');
      else keys.push(k.replace(/'(s|re|ll|ve|d|m)$/, ''));
    } else {
      const tech = tok.raw === 'AI' || (tok.key === 'ai' && i > 0 && AI_TECH_BEFORE.has(foldDiacritics(tokens[i - 1].key)));
      keys.push(tech ? 'AI' : tok.key);
    }
  });
  if (l === 'en') keys = plainIdioms(keys);
  // Wake words and fillers, repeatedly: "hey earshot, so, um, who built it".
  for (let again = true; again && keys.length; ) {
    again = false;
    const joined = keys.join(' ');
    for (const o of t.openers) {
      if (joined === o || joined.startsWith(`${o} `)) {
        keys = keys.slice(o.split(' ').length);
        again = true;
        break;
      }
    }
  }
  return { lang: l, fold, keys, t };
}

/** Where a count question's count word stands: "how many", "bao nhiêu", "mấy" (the counted noun follows). */
const COUNT_WORDS = wholeWords('how many|bao nhiêu|bao nhieu|nhiêu|nhieu|mấy|may');
/** How long something lasts, not when: "how long", "bao lâu", "kéo dài mấy tháng". */
const DURATION_WORDS = wholeWords('how long|how much time|how many (?:days|weeks|months|years)|bao lâu|bao lau|(?:mấy|may|bao nhiêu|bao nhieu) (?:ngày|ngay|tuần|tuan|tháng|thang|năm|nam)|kéo dài|keo dai');

/** A doubt asked after without naming whose (question-words.ts): its words ask for a critical view, not to be matched. */
export const EN_DOUBT = wholeWords(EN_DOUBT_PATTERN);

/** "The other founders", "anyone else", "công ty nào khác": someone besides the one the story names is asked for. */
const OTHERS = wholeWords('other|others|else|khác|khac');

/** Vietnamese classifiers said between a count word and the noun counted ("bao nhiêu cái máy", "mấy chiếc xe"). */
const VI_CLASSIFIERS = new Set(['cái', 'chiếc', 'con', 'cai', 'chiec']);

/** "Có ai … không/chưa", said with or without diacritics, asking no "gì", "nào", "sao" besides. */
const ANYONE_YES_NO = /^(?:có|co) ai (?!(?:\S+ )*(?:gì|nào|sao|gi|nao)(?: |$))(?:\S+ )+(?:không|chưa|khong|chua)$/u;

/** Words that put a question in the past or the future ("bao giờ" opening a question asks ahead; "hồi nào" asks either way). */
const PAST = wholeWords('did|was|were|has|have|had|đã|da|vừa|vua');
const FUTURE = wholeWords("will|ll|going to|sẽ|se|sắp|sap|chừng nào|chung nao|^bao giờ|^bao gio|^khi nào|^khi nao");

/** "What is it called", "what's the name of the app", "tên (là) gì", "gọi là gì": a name is asked for. */
const NAMED = wholeWords('(?:called|named)$|name of|(?:its|their|the) (?:\\S+ )?names?$|(?:its|their|the) names?|tên (?:là )?(?:gì|chi)|ten (?:la )?(?:gi|chi)|gọi là gì|goi la gi');

/** The index of the last word of a regex's first match in a space-joined word list, or -1. */
function wordIndexOf(keys: readonly string[], re: RegExp): number {
  const joined = keys.join(' ');
  const m = re.exec(joined);
  return m ? joined.slice(0, m.index + m[0].length).split(' ').length - 1 : -1;
}

/** Vietnamese words of more than one syllable that mean something of their own (folded too): never a cue in part. */
const CONTENT_PHRASES = new Set(VI_SYNONYMS.flat().filter((p) => p.includes(' ')).flatMap((p) => [p, foldDiacritics(p)]));

/** The positions of words inside phrases of a set (up to MAX_PHRASE words, longest first). */
function phrasePositions(keys: readonly string[], set: ReadonlySet<string> | undefined): Set<number> {
  const out = new Set<number>();
  if (!set) return out;
  for (let i = 0; i < keys.length; i++) {
    for (let n = MAX_PHRASE; n >= 1; n--) {
      if (i + n <= keys.length && set.has(keys.slice(i, i + n).join(' '))) {
        for (let j = i; j < i + n; j++) out.add(j);
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

/**
 * Word positions that point back at the story's subject: "the company", "this app" (English, demonstrative first),
 * "công ty này", "app đó" (Vietnamese, demonstrative after). They add little to match: a story says "Notara", not
 * "the company", where it tells who founded it.
 */
function referencePositions(keys: readonly string[], lang: 'en' | 'vi', t: Compiled): Set<number> {
  const out = new Set<number>();
  keys.forEach((k, i) => {
    if (lang === 'en') {
      if (i > 0 && t.references.has(k) && t.demonstratives.has(keys[i - 1])) out.add(i);
      return;
    }
    for (let n = MAX_PHRASE; n >= 1; n--) {
      if (t.references.has(keys.slice(i, i + n).join(' ')) && t.demonstratives.has(keys[i + n] ?? '')) {
        for (let j = i; j < i + n; j++) out.add(j);
        break;
      }
    }
  });
  return out;
}

/** The kind of thing a question asks for, and its content words (folded), for matching against a story. */
export function questionKind(question: string, lang: string): QuestionAnalysis {
  const { keys, t, lang: l, fold } = prepare(question, lang);
  const spoken = keys.join(' ');
  const found = t.kinds.find((r) => r.re.test(spoken))?.kind ?? 'other';
  // "Có ai bị đuổi việc không?" asks whether anyone was, yes or no: no person is asked for.
  const kind = found === 'person' && l === 'vi' && ANYONE_YES_NO.test(spoken) ? 'other' : found;
  const kindNouns = phrasePositions(keys, t.kindNouns[kind]);
  // Words that say little (a kind's cue, a light verb, "the company") weigh less; but not a syllable of a longer word
  // that means something ("định giá", valuation, is no "giá", price, with a light "định").
  const weakPhrases = new Set([...(t.kindCues[kind] ?? []), ...t.light]);
  const content = phrasePositions(keys, new Set([...CONTENT_PHRASES].filter((p) => !weakPhrases.has(p))));
  // "hệ thống đó" (that system) points back at the story's subject, however much "hệ thống" means on its own.
  const cues = new Set([...[...phrasePositions(keys, t.kindCues[kind]), ...phrasePositions(keys, t.light)].filter((i) => !content.has(i)), ...referencePositions(keys, l, t)]);
  const totals = phrasePositions(keys, t.totals);
  const asking = phrasePositions(keys, t.questionPhrases);
  // In "what did environmental groups say about it", the words before the verb name whose view is asked.
  const verbAt = kind === 'opinion' ? wordIndexOf(keys, t.speech) : -1;
  const critics = phrasePositions(keys.slice(0, Math.max(0, verbAt)), t.critics);
  // "Is anyone worried?", "what's the catch?": a critical view is asked for, whoever holds it.
  const doubt = l === 'en' ? EN_DOUBT.exec(spoken) : null;
  if (doubt) {
    const from = spoken.slice(0, doubt.index).split(' ').length - 1;
    for (let i = from; i < from + doubt[0].split(' ').length; i++) critics.add(i);
  }
  // "how many chips", "bao nhiêu kỹ sư": up to two content words after the count word say what is counted.
  const countAt = kind === 'number' ? wordIndexOf(keys, COUNT_WORDS) : -1;
  // "chị ấy" (she) stands for the person the story calls "chị": a word to match, not a pronoun to drop.
  const pronoun = (i: number) => t.personPronouns.has(keys[i]) && (keys[i + 1] === 'ấy' || keys[i + 1] === 'ay');
  const stop = (i: number) => (t.stopwords.has(keys[i]) || asking.has(i)) && !pronoun(i);
  const out: QuestionAnalysis = {
    kind,
    words: [],
    said: [],
    cues: [],
    holders: [],
    critics: critics.size > 0,
    total: totals.size > 0,
    counted: [],
    kindNouns: [],
    joined: [],
    optional: [],
    folded: l === 'vi' && fold,
    duration: kind === 'time' && DURATION_WORDS.test(spoken),
    others: (kind === 'person' || kind === 'organisation') && OTHERS.test(spoken),
    named: NAMED.test(spoken),
    tense: kind !== 'time' ? null : FUTURE.test(spoken) ? 'future' : PAST.test(spoken) ? 'past' : null,
  };
  let last = -2;
  // "bao nhiêu cái đồng hồ", "mấy con tàu": a classifier stands between the count word and what is counted.
  const countedFrom = countAt >= 0 && l === 'vi' && VI_CLASSIFIERS.has(keys[countAt + 1] ?? '') ? countAt + 2 : countAt + 1;
  for (let i = countedFrom; countAt >= 0 && i < keys.length && out.counted.length < 2 && !stop(i) && !kindNouns.has(i); i++) {
    out.counted.push(keys[i].toLowerCase());
  }
  const dropped = (i: number) => i < 0 || i >= keys.length || stop(i) || totals.has(i) || kindNouns.has(i) || critics.has(i);
  // A Vietnamese function syllable may be half of a word ("ra" in "diễn ra", "hỏi" in "hỏi đáp"): kept beside a
  // content syllable as optional, for the answerer to keep where the story writes the pair.
  const optional = (i: number) => l === 'vi' && t.stopwords.has(keys[i]) && !asking.has(i) && (!dropped(i - 1) || !dropped(i + 1));
  keys.forEach((k, i) => {
    const word = foldDiacritics(k.toLowerCase());
    if (kindNouns.has(i)) out.kindNouns.push(word);
    const maybe = dropped(i) && optional(i);
    if (dropped(i) && !maybe) return;
    if (!maybe) out.words.push(word);
    out.said.push(k.toLowerCase());
    out.optional.push(maybe);
    out.joined.push(i === last + 1);
    last = i;
    // "How many people were in the trial": "people" says only that people are counted; "the trial" says which.
    if (cues.has(i) || (i > countAt && countAt >= 0 && GENERIC_COUNTED.has(word))) out.cues.push(k.toLowerCase());
    if (i < verbAt) out.holders.push(k.toLowerCase());
  });
  out.measure = kind === 'number' && MEASURE.test(spoken);
  out.rate = kind === 'amount' && RATE.test(spoken);
  out.each = kind === 'amount' && EACH.test(spoken);
  return out;
}

/** A price asked per ride, month, year ("bao nhiêu tiền một lượt", "how much a month"): a total does not answer it. */
const RATE = wholeWords('(?:a|an|per|each|every) (?:ride|trip|journey|month|year|week|day|night|visit)|(?:một|mỗi|mot|moi) (?:lượt|chuyến|tháng|năm|tuần|ngày|lần|luot|chuyen|thang|nam|tuan|ngay|lan)');

/** A price asked of one thing ("what's the price of each camera", "one pothole", "mỗi thiết bị"). */
const EACH = wholeWords('(?:each|one|a single|per) (?!of )\\S+|one of (?:the|those|these|them|its|their)(?: \\S+)?|(?:mỗi|moi|một chiếc|một cái|mot chiec|mot cai) \\S+');

/** A number question asking a measure ("how far", "cao bao nhiêu"): a count of things does not answer it. */
const MEASURE = wholeWords('how (?:far|fast|big|large|heavy|high|tall|deep|wide|long|small)|(?:xa|nhanh|nặng|nang|cao|sâu|sau|rộng|rong|dài|dai) (?:bao nhiêu|bao nhieu|cỡ nào|co nao|mấy|may)');

const EN_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'does', 'do', 'did', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'shall']);
/** Auxiliaries that open a request to the assistant rather than a question ("can you…", "would you…"). */
const EN_REQUEST = /^(can|could|will|would) (you|we|i)\b/;
/** Vietnamese yes/no questions end with a particle: "có … không", "đã … chưa", "… à", "… nhỉ". */
const VI_FINAL_PARTICLES = new Set(['không', 'chưa', 'à', 'hả', 'hở', 'nhỉ', 'chứ', 'chăng', 'khong', 'chua', 'a', 'ha', 'ho', 'nhi', 'chu', 'chang']);
const VI_YES_NO_OPENERS = /(^| )(có|đã|được|phải|là|co|da|duoc|phai|la)( |$)/;

/** True when an utterance asks another kind of assistant: the weather, the time, an alarm, music, a recipe… */
export function isOtherDomain(utterance: string, lang: string): boolean {
  const p = prepare(utterance, lang);
  return p.t.otherDomains.test(p.keys.join(' '));
}

/**
 * True when an utterance is a question a story could answer: a wh-question ("who built it?", "what did critics say?"),
 * a yes/no question ("is it open source?", "có miễn phí không?"). False for statements, commands, and questions about
 * other domains (weather, the time, alarms, music, recipes, traffic).
 */
export function isStoryQuestion(utterance: string, lang: string): boolean {
  const p = prepare(utterance, lang);
  if (p.keys.length === 0) return false;
  const joined = p.keys.join(' ');
  if (p.t.otherDomains.test(joined)) return false;
  const asked = /[?？]\s*$/.test(utterance) && p.keys.length >= 2;
  if (p.lang === 'en') {
    if (EN_REQUEST.test(joined)) return p.t.marks.test(p.keys.slice(2).join(' '));
    return p.t.marks.test(joined) || EN_AUXILIARIES.has(p.keys[0]) || asked;
  }
  const last = p.keys[p.keys.length - 1];
  if (VI_FINAL_PARTICLES.has(last) && p.keys.length >= 2) {
    // "có … không", "đã … chưa" ask; a bare "không" ends a statement too ("tôi không biết") only without an opener.
    if (last !== 'không' && last !== 'khong') return true;
    if (VI_YES_NO_OPENERS.test(p.keys.slice(0, -1).join(' '))) return true;
  }
  // Vietnamese asks with a question word, mostly at the end ("nhiêu tiền vậy", "làm chức gì"): one that names a kind
  // asks, and so does any question word followed by nothing but particles.
  const kind = p.t.kinds.find((r) => r.re.test(joined))?.kind;
  const trailing = new RegExp(`${p.t.marks.source}(?: (?:vậy|thế|nhỉ|ạ|ta|hả|đó|đấy|nhé|vay|the|nhi|a|do|day|nhe))*$`, 'u');
  return kind !== undefined || trailing.test(joined) || asked;
}
