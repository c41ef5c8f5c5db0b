// Scoring a sentence against a question: how much of the question's weight it matches (a role only with the same
// qualifiers, a synonym never inside a name), what in it answers, and what a sentence before it lends it.
import { aboutSomeoneElse, fittingEntities, FITTING, foldedWords, type Context } from './fitting';
import type { IndexedSentence } from './story-index';
import type { AskKind, Entity } from './types';
import { foldText } from '../text/normalize';
import { organisationMention } from './references';
import { stemEn } from './terms';
import { positions, wordAt, type Unit } from './units';

/**
 * Words that make a role another one: a deputy director is not the director asked about, nor a director the "tổng
 * giám đốc" (chief executive). Folded.
 */
const QUALIFIERS = new Set([
  'pho', 'deputy', 'vice', 'pro', 'former', 'cuu', 'nguyen', 'ex', 'acting', 'quyen', 'assistant', 'interim', 'tong',
  // A director of one function is not the head: "sales director", "technology director".
  'sales', 'marketing', 'finance', 'financial', 'technology', 'technical', 'product', 'engineering', 'research', 'creative', 'commercial', 'regional', 'communications',
]);
/** How much a match lent by a sentence before (answersNearby) is worth, for each sentence between; how far for a reason. */
const NEARBY_DISCOUNT = 0.9;
const NEARBY_REACH = 2;
/** What a winner gains for its Vietnamese syllable pairs, and for holding the kind asked first (a person for "who"). */
const PAIR_BONUS = 0.1;
const KIND_BONUS = 0.05;
/** A phrase that answers stands within this many words of a matched word ("authority, the Garante"); such a sentence gains. */
export const NEAR_WORDS = 4;
const NEAR_BONUS = 0.05;

/** A sentence scored against a question. */
export interface ScoredSentence {
  sentence: IndexedSentence;
  index: number;
  score: number;
  coverage: number;
  /** Word positions in the sentence where question words matched. */
  matched: number[];
  fitting: Entity[];
  /** What answers stands within NEAR_WORDS of a word the question matched ("costs $9.99", "85,000 recordings"). */
  near?: boolean;
  /** Opinion questions: the views the sentence holds, whoever holds them (a pronoun's view is lent its holder). */
  views?: Entity[];
  /** Its match is lent by a sentence before it (answersNearby): `weak` answers only where nothing else does. */
  lent?: 'strong' | 'weak';
}

/**
 * True when word `p` of a sentence lies inside a name (a person, an organisation), but not where it ends an English
 * organisation's name: that word says what it is ("Warehouse Workers Alliance" is a union). A place's other names are
 * its names ("Sài Gòn" for "TP.HCM").
 */
function inName(s: IndexedSentence, p: number, lang: 'en' | 'vi'): boolean {
  const w = s.words[p];
  return s.entities.some(
    (e) => (e.kind === 'person' || e.kind === 'organisation') && e.start <= w.start && w.end <= e.end && !(lang === 'en' && e.kind === 'organisation' && w.end === e.end),
  );
}

/** Words of roles (folded), the only words a qualifier changes: "Tổng kinh phí" is still the budget. */
const ROLE_WORDS = new Set(
  'giam doc chu tich truong director ceo president chairman chairwoman chair minister manager officer executive secretary governor editor head chief cto cfo coo founder leader boss mayor commissioner dean principal chancellor provost rector managing responsible'.split(' '),
);

/** The qualifiers just before a run of words ("phó tổng" before "giám đốc"), walking back from `first`. */
function qualifiersBefore(words: readonly string[], first: number): string {
  let i = first;
  while (i > 0 && QUALIFIERS.has(words[i - 1])) i--;
  return words.slice(i, first).join(' ');
}

/**
 * True when a match at word `p` names another role than asked: "Phó giám đốc" for "giám đốc", "giám đốc" for "tổng
 * giám đốc". The qualifiers before the matched run of question words must be the question's own.
 */
function qualified(s: IndexedSentence, p: number, c: Context): boolean {
  const keys = s.words.map((w) => w.key);
  let first = p;
  while (first > 0 && c.asked.has(keys[first - 1]) && !QUALIFIERS.has(keys[first - 1])) first--;
  if (!keys.slice(first, p + 3).some((k) => ROLE_WORDS.has(k))) return false;
  const at = c.askedOrder.indexOf(keys[first]);
  return qualifiersBefore(keys, first) !== (at < 0 ? '' : qualifiersBefore(c.askedOrder, at));
}

/** The synonym groups of starting ("launch", "ra mắt", also said without diacritics), and times told from when they hold ("from 1 March", "từ ngày 1/3"). */
const START_TERMS = new Set(['~launch', '~ra mat', '~~ra mat']);
const STARTING = /^(?:from|starting|beginning|as of|effective|từ|bắt đầu từ|kể từ)\s/iu;

/** The synonym groups of a company's seat, and a company described as in a place (", a software company in Columbus"). */
const SEAT_TERMS = new Set(['~headquart', '~headquarter', '~tru so', '~~tru so']);
/** "Based on what they read" is no seat. */
const BASED_ON = new Set(['on', 'upon']);
const COMPANY_IN: Record<'en' | 'vi', RegExp> = {
  en: /, an? (?:[\p{L}-]+ ){0,3}(?:company|start-?up|firm|maker|developer|supplier|manufacturer|provider|business|lab|group)(?: based)? in (?=\p{Lu})/u,
  vi: /, (?:một )?(?:công ty|doanh nghiệp|start-?up|hãng|tập đoàn)(?: [\p{Ll}\p{M}]+){0,4} (?:ở|tại) (?=\p{Lu})/u,
};

/** Words that tell one of a kind from its others: "the northern suburbs" are not "the southern suburbs" asked about. */
const CONTRASTS: readonly (readonly string[])[] = [
  ['north', 'northern', 'south', 'southern', 'east', 'eastern', 'west', 'western'],
  ['first', 'second', 'third', 'fourth', 'last', 'final'],
  ['domestic', 'foreign', 'international', 'local', 'national'],
  ['public', 'private'],
  ['upper', 'lower'],
];
const CONTRAST_OF = new Map(CONTRASTS.flatMap((g) => g.map((w) => [w, g] as const)));

/**
 * True when an English word matched at `p` is told apart by the word before it, which the question says otherwise:
 * "northern suburbs" against "southern suburbs". (Vietnamese folded syllables collide too often: "nam" is south, year.)
 */
function contrasted(s: IndexedSentence, p: number, c: Context): boolean {
  const k = s.words[p - 1]?.key;
  const group = c.lang === 'en' && k !== undefined ? CONTRAST_OF.get(k) : undefined;
  return group !== undefined && !c.asked.has(k!) && c.q.words.some((w) => w !== k && group.includes(w));
}

/** Words just before a holder that make it the object of something, not the one who speaks (English, folded). */
const HOLDER_OBJECT = /(?:^| )(?:with|for|to|among|from|by|at)(?: the)?(?: \S+'s?)?$/;
/** Nouns a question names an owner by without naming it: "the leader of the council", "the head of the union". */
const OWNER_NOUNS = new Set(['council', 'union', 'city', 'district', 'board', 'ministry', 'government', 'university', 'hospital', 'school', 'airport', 'club', 'party', 'association', 'agency', 'authority', 'regulator', 'police', 'court', 'army']);

/** Words of an owner that say only "the company": a role of it may be the role of the one asked about. */
const GENERIC_OWNERS = new Set(['the', 'a', 'its', 'their', 'his', 'her', 'company', 'firm', 'start', 'startup', 'group', 'business', 'cong', 'ty', 'hang', 'doanh', 'nghiep', 'tap', 'doan', 'nay', 'do']);

/**
 * True when a role matched at word `p` is the role of someone the question does not ask about: "Harrow Lane's chief
 * executive" for "Cadenza's chief executive", "Giám đốc bệnh viện" for "giám đốc công ty Lam Hồng". Only where both
 * name an owner: "its chief executive", "giám đốc công ty" may be the one asked about.
 */
function ownedElsewhere(s: IndexedSentence, p: number, c: Context): boolean {
  if (!ROLE_WORDS.has(s.words[p].key)) return false;
  const keys = s.words.map((w) => w.key);
  let a = p;
  let b = p;
  while (a > 0 && ROLE_WORDS.has(keys[a - 1])) a--;
  while (b + 1 < keys.length && ROLE_WORDS.has(keys[b + 1])) b++;
  // Only where the question names whose role it asks ("Cadenza's"), not where it describes them ("the firm that makes it").
  const asked = c.q.words.filter((w) => !ROLE_WORDS.has(w) && !GENERIC_OWNERS.has(w) && (c.askedNames.has(w) || OWNER_NOUNS.has(w)));
  if (asked.length === 0) return false;
  let owner: string[] = [];
  if (c.lang === 'en' && a > 0 && /'s$/.test(s.words[a - 1].lower)) owner = [keys[a - 1].replace(/'s$/, '')];
  else if (c.lang === 'en' && keys[b + 1] === 'of') owner = keys.slice(b + 2, b + 5).filter((k) => k !== 'the');
  else if (c.lang === 'vi') owner = keys.slice(b + 1, b + 4).filter((k) => k !== 'cua');
  // Only what follows the role in the same phrase: a comma or a stop ends it.
  const phraseEnd = s.text.slice(s.words[b].end).search(/[,.;:()"“”]/);
  if (c.lang !== 'en' || keys[b + 1] === 'of') owner = owner.filter((_, k) => phraseEnd < 0 || s.words[b + 1 + k + (keys[b + 1] === 'of' ? 1 : 0)]?.start < s.words[b].end + phraseEnd);
  const named = owner.filter((w) => !GENERIC_OWNERS.has(w));
  return named.length > 0 && !named.some((w) => asked.includes(w) || c.asked.has(w));
}

/** How much of the question a sentence matches (`coverage`, 0..1), what in it answers, and its rank (`score`). */
export function scoreSentence(s: IndexedSentence, i: number, c: Context): ScoredSentence {
  let total = 0;
  let got = 0;
  const matched: number[] = [];
  const holderAt: number[] = [];
  let roleMissed = false;
  // "Bộ Y tế nói gì?": a view is theirs only where every word naming them is met ("chuyên gia y tế" is no ministry).
  let holderMissed = false;
  for (const u of c.units) {
    total += u.weight;
    // A word said for the same thing does not count inside a name: "Sở Xây dựng" is no building ("xây dựng").
    const at = u.terms
      .flatMap((t) => positions(s, t, c.lang).filter((p) => (!t.startsWith('~') || !inName(s, p, c.lang)) && !(SEAT_TERMS.has(t) && BASED_ON.has(s.words[p + 1]?.key ?? ''))))
      .filter((p) => !qualified(s, p, c) && !ownedElsewhere(s, p, c) && !contrasted(s, p, c));
    // "When do they switch it on?" is met by "… from 1 March": a time told from when it holds says when it starts.
    if (at.length === 0 && u.terms.some((t) => START_TERMS.has(t))) at.push(...s.entities.filter((e) => e.kind === 'time' && STARTING.test(e.text)).map((e) => wordAt(s, e.start)));
    // "Where is Ferrobyte based?" is met by "Ferrobyte Health, a software company in Columbus": a company in a place.
    if (at.length === 0 && u.terms.some((t) => SEAT_TERMS.has(t))) {
      const m = COMPANY_IN[c.lang].exec(s.text);
      // Only of the company asked about: ", a software company in Columbus" after "Ferrobyte Health", asked by name.
      const described = m ? s.entities.find((e) => e.kind === 'organisation' && e.end <= m.index && m.index - e.end <= 1) : undefined;
      if (m && described && foldedWords(described.text).some((w) => c.askedNames.has(w))) at.push(wordAt(s, m.index + m[0].length - 1));
    }
    // "Who founded the company?" is met by "… founded Notara": the company by its name.
    if (at.length === 0 && u.orgNoun) at.push(...s.entities.filter((e) => e.kind === 'organisation').map((e) => wordAt(s, e.start)));
    // "Where was Arctide founded?" is met by "The firm was founded in Stockholm", by half: the firm may be another.
    // A sentence that names no organisation at all goes on about the one the story is about ("said Raman, who is
    // chief executive"): by half too.
    if (at.length === 0 && isAskedOrganisation(u, c)) {
      const mention = organisationMention(s, c.lang);
      if (mention >= 0 || !s.entities.some((e) => e.kind === 'organisation')) {
        got += u.weight / 2;
        if (mention >= 0) matched.push(mention);
        continue;
      }
    }
    if (at.length === 0) {
      if (isRole(u)) roleMissed = true;
      if (u.holder) holderMissed = true;
      continue;
    }
    // A Vietnamese syllable met outside its word ("hàng" of "ngân hàng" for "khách hàng") counts half.
    const inWord = u.pairs.length === 0 ? at : at.filter((p) => u.pairs.some((pair) => s.terms.get(pair.term)?.includes(p + pair.offset)));
    const bySynonym = u.terms.some((t) => t.startsWith('~') && s.terms.has(t));
    const alone = inWord.length === 0 && !bySynonym;
    got += alone ? u.weight / 2 : u.weight;
    matched.push(...at);
    // "… an app popular with the district's students, said …": the students are not who spoke.
    if (u.holder && !alone) holderAt.push(...(inWord.length ? inWord : at).filter((p) => !HOLDER_OBJECT.test(s.words.slice(Math.max(0, p - 3), p).map((w) => w.key).join(' '))));
  }
  // "What did critics say?" names no one: any critical view in the story answers it.
  const coverage = c.units.length === 0 ? (c.q.critics ? 1 : 0) : got / total;
  const pairShare = c.pairs.length === 0 ? 0 : c.pairs.filter((p) => s.terms.has(p)).length / c.pairs.length;
  // "Who is the director of X?" is answered only where the director is spoken of: another person named is not them.
  const elsewhen = otherTime(c.askedTimes, s.text, c.lang);
  const fitting = aboutSomeoneElse(s, c) || elsewhen || (roleMissed && c.q.kind === 'person') || (holderMissed && c.q.kind === 'opinion') ? [] : fittingEntities(s, c, holderAt);
  // What critics said is best told by a named one ("Daniel Reyes … said"); "who" by a person before a company.
  const named = c.q.critics && fitting.some((e) => e.kind === 'opinion' && s.entities.some((n) => (n.kind === 'person' || n.kind === 'organisation') && n.end <= e.start));
  const primary = fitting.some((e) => e.kind === FITTING[c.q.kind][0]);
  const near = fitting.some((e) => isNear(s, e, matched));
  const views = c.q.kind === 'opinion' ? s.entities.filter((e) => e.kind === 'opinion') : undefined;
  return { sentence: s, index: i, score: coverage + PAIR_BONUS * pairShare + (named || primary ? KIND_BONUS : 0) + (near ? NEAR_BONUS : 0), coverage, matched, fitting, near, views };
}

/** True when a unit says a role ("ceo", "giám đốc", "who runs"): its terms hold a role word or the chief's group. */
const isRole = (u: Unit) => u.terms.some((t) => t === '~ceo' || ROLE_WORDS.has(foldText(t)));

/** True when a unit is a word of the name of an organisation the story gives ("arctide"). */
function isAskedOrganisation(u: Unit, c: Context): boolean {
  if (!c.askedOrgs?.size) return false;
  return [...c.askedOrgs].some((w) => u.terms.includes(c.lang === 'en' ? stemEn(w) : w));
}

/** True when an entity stands within NEAR_WORDS words of a matched word. */
export function isNear(s: IndexedSentence, e: Entity, matched: readonly number[]): boolean {
  const from = wordAt(s, e.start);
  const to = wordAt(s, e.end - 1);
  return matched.some((p) => p >= from - NEAR_WORDS && p <= to + NEAR_WORDS);
}

/**
 * News tells a thing, then its figure or its reason in a sentence after it: "Shares fell 17%. Investors feared that…";
 * "The final training run used 2.8 million GPU hours. … that comes to about 5.6 million dollars."; the title, then the
 * lead. A sentence that matches the question but holds nothing that answers lends its match, discounted for each step,
 * to the first sentence after it that does: strongly to the next one when it points back ("that", "con số này") or
 * follows the title; weakly, for a reason only, within NEARBY_REACH sentences (answered only if nothing else is).
 */
export function answersNearby(scored: ScoredSentence[], kind: AskKind): ScoredSentence[] {
  const best = new Map<number, ScoredSentence>();
  const reach = kind === 'reason' ? NEARBY_REACH : 1;
  scored.forEach((event, i) => {
    if (event.fitting.length > 0 || event.coverage === 0) return;
    for (let step = 1; step <= reach; step++) {
      const next = scored[i + step];
      // "Luật sư Phan Minh Đức chuyên về … . Ông cho rằng …": whom the question names, then their view.
      const theirs = kind === 'opinion' && step === 1 && next !== undefined && (next.views?.length ?? 0) > 0 && PRONOUN_SAYS.test(next.sentence.text);
      if (!next || (next.fitting.length === 0 && !theirs)) continue;
      const strong = (event.sentence.title && step === 1) || POINTS_BACK.test(next.sentence.text) || theirs;
      if (kind !== 'reason' && !strong) return;
      const coverage = event.coverage * NEARBY_DISCOUNT ** step;
      // Each sentence borrows once, from the sentence that lends it most.
      const fitting = next.fitting.length > 0 ? next.fitting : (next.views ?? []);
      if ((best.get(next.index)?.coverage ?? -1) < coverage) best.set(next.index, { ...next, fitting, coverage, score: coverage, matched: [], lent: strong ? 'strong' : 'weak' });
      return;
    }
  });
  return [...best.values()];
}

/** Relative times by unit ("last year", "năm ngoái"): which side of now they say. */
const RELATIVE_TIME: Record<'en' | 'vi', RegExp> = {
  en: /\b(?<side>this|last|next|coming|previous|past) (?<unit>year|month|week|quarter)\b/giu,
  vi: /(?<![\p{L}])(?<unit>năm|tháng|tuần|quý) (?<side>nay|này|ngoái|trước|qua|sau|tới)(?![\p{L}])/giu,
};
const SIDE: Readonly<Record<string, 'past' | 'now' | 'ahead'>> = {
  this: 'now', last: 'past', next: 'ahead', coming: 'ahead', previous: 'past', past: 'past',
  nay: 'now', này: 'now', ngoái: 'past', trước: 'past', qua: 'past', sau: 'ahead', tới: 'ahead',
};
const UNIT: Readonly<Record<string, string>> = { year: 'year', năm: 'year', month: 'month', tháng: 'month', week: 'week', tuần: 'week', quarter: 'quarter', quý: 'quarter' };

/** The relative times a text says, as "unit side" ("year past"). */
export function relativeTimes(text: string, lang: 'en' | 'vi'): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(RELATIVE_TIME[lang])) out.add(`${UNIT[m.groups!.unit.toLowerCase()]} ${SIDE[m.groups!.side.toLowerCase()]}`);
  return out;
}

/**
 * True when a sentence speaks of another time than the question's: "năm ngoái họ xuất khẩu bao nhiêu" (last year) is
 * not answered by "năm nay, hợp tác xã đặt mục tiêu xuất khẩu 5.000 tấn" (this year).
 */
function otherTime(asked: ReadonlySet<string> | undefined, text: string, lang: 'en' | 'vi'): boolean {
  if (!asked?.size) return false;
  const said = relativeTimes(text, lang);
  return [...asked].some((a) => !said.has(a) && [...said].some((t) => t.split(' ')[0] === a.split(' ')[0]));
}

/** A sentence whose subject is a pronoun for a person: "Nhưng ông lo …", "She also worried …". */
const PERSON_PRONOUN_FIRST = /^(?:\S+\s+)?(?:he|she|ông|bà|anh|chị)\s/iu;

/**
 * "Who said people would buy creams themselves?" is answered by "Nhưng ông lo người bệnh … tự mua thuốc bôi", whose
 * "ông" is the person a sentence before names (PGS.TS Trịnh Văn Lực, up to two back): that person, discounted once.
 */
export function pronounHolders(scored: ScoredSentence[], kind: AskKind): ScoredSentence[] {
  if (kind !== 'person') return [];
  const out: ScoredSentence[] = [];
  scored.forEach((said, i) => {
    if (said.coverage === 0 || said.fitting.length > 0 || !PERSON_PRONOUN_FIRST.test(said.sentence.text)) return;
    for (let back = 1; back <= NEARBY_REACH && i - back >= 0; back++) {
      const before = scored[i - back];
      const people = before.sentence.entities.filter((e) => e.kind === 'person');
      if (people.length === 0) continue;
      const coverage = said.coverage * NEARBY_DISCOUNT;
      out.push({ ...before, fitting: [people[people.length - 1]], coverage, score: coverage, matched: [], lent: 'strong' });
      return;
    }
  });
  return out;
}

/** A sentence that opens with a pronoun saying something: "She said …", "Ông cho rằng …", "Bà lo …". */
const PRONOUN_SAYS = /^(?:\S+\s+)?(?:he|she|they|ông|bà|anh|chị|họ)\s+(?:also\s+|cũng\s+)?(?:said|says|added|argued|warned|thinks|believes|cho rằng|cho biết|nói|lo|nhấn mạnh|đề nghị|cảnh báo|khuyên)(?![\p{L}])/iu;

/** A sentence that opens by pointing back at the one before ("That comes to…", "…, that comes to", "Con số này…"). */
const POINTS_BACK = /^(?:\S+\s+){0,12}?(?:that|this|these|those|it|the figure|the total|the sum|the amount|đây|điều này|con số này|số tiền này|khoản này|mức này)\s+(?:comes?|came|amounts?|amounted|adds?|added|is|was|means|totals?|totalled|totaled|là|tương đương|bằng)(?![\p{L}\p{N}])|^(?:It|They|Nó)\s+(?:costs?|sells?|weighs?|runs?|holds?|carries|carry|has|have|can|will|would|employs?|uses?)(?![\p{L}\p{N}])|^(?:The reason is|That is because|This is because|Lý do là|Nguyên nhân là)(?![\p{L}\p{N}])/u;
