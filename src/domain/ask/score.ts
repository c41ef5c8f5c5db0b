// Scoring a sentence against a question: how much of the question's weight it matches (a role only with the same
// qualifiers and owner, a synonym never inside a name, a seat or a start told otherwise), and what in it answers.
import { aboutSomeoneElse, fittingEntities, FITTING, foldedWords, type Context } from './fitting';
import type { IndexedSentence } from './story-index';
import type { Entity } from './types';
import { foldText } from '../text/normalize';
import { ORG_NOUN_AFTER } from './names';
import { organisationMention } from './references';
import { stemEn } from './terms';
import { otherTime } from './relative-times';
import { ownedElsewhere, qualified, ROLE_WORDS } from './roles';
import { positions, wordAt, type Unit } from './units';

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

/** The synonym groups of starting ("launch", "ra mắt", also said without diacritics), and times told from when they hold ("from 1 March", "từ ngày 1/3"). */
const START_TERMS = new Set(['~launch', '~ra mat', '~~ra mat']);
const STARTING = /^(?:from|starting|beginning|as of|effective|từ|bắt đầu từ|kể từ)\s/iu;

/** The synonym groups of a company's seat, and a company described as in a place (", a software company in Columbus"). */
const SEAT_TERMS = new Set(['~headquart', '~headquarter', '~tru so', '~~tru so']);
/** "Based on what they read" is no seat, as a synonym nor as the word itself. */
const BASE_STEM = stemEn('based');
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
/** How much of the question a sentence matches (`coverage`, 0..1), what in it answers, and its rank (`score`). */
export function scoreSentence(s: IndexedSentence, i: number, c: Context): ScoredSentence {
  let total = 0;
  let got = 0;
  const matched: number[] = [];
  const holderAt: number[] = [];
  let roleMissed = false;
  // "Where is X's head office?", "how much profit?": the seat or the kind of money asked must be said, not only a place
  // X works or an amount X spent.
  let kindMissed = false;
  // "Bộ Y tế nói gì?": a view is theirs only where every word naming them is met ("chuyên gia y tế" is no ministry).
  let holderMissed = false;
  for (const u of c.units) {
    total += u.weight;
    // A word said for the same thing does not count inside a name: "Sở Xây dựng" is no building ("xây dựng").
    const at = u.terms
      .flatMap((t) => positions(s, t, c.lang).filter((p) => (!t.startsWith('~') || !inName(s, p, c.lang)) && !((SEAT_TERMS.has(t) || t === BASE_STEM) && BASED_ON.has(s.words[p + 1]?.key ?? ''))))
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
      if (c.q.kind === 'amount' && isMoneyKind(u, c.lang)) kindMissed = true;
      // "Where is X's head office?" is not answered by where X works ("papers in Saskatchewan"), unless the sentence
      // says where a company is from ("Portolan Analytics, a Thessaloniki company").
      if (c.q.kind === 'place' && u.terms.some((t) => SEAT_TERMS.has(t)) && !s.entities.some((e) => e.kind === 'place' && ORG_NOUN_AFTER.test(s.text.slice(e.end)))) kindMissed = true;
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
  const fitting = aboutSomeoneElse(s, c, i) || elsewhen || (roleMissed && c.q.kind === 'person') || kindMissed || (holderMissed && c.q.kind === 'opinion') ? [] : fittingEntities(s, c, holderAt);
  // What critics said is best told by a named one ("Daniel Reyes … said"); "who" by a person before a company.
  const named = c.q.critics && fitting.some((e) => e.kind === 'opinion' && s.entities.some((n) => (n.kind === 'person' || n.kind === 'organisation') && n.end <= e.start));
  const primary = fitting.some((e) => e.kind === FITTING[c.q.kind][0]);
  const near = fitting.some((e) => isNear(s, e, matched));
  const views = c.q.kind === 'opinion' ? s.entities.filter((e) => e.kind === 'opinion') : undefined;
  return { sentence: s, index: i, score: coverage + PAIR_BONUS * pairShare + (named || primary ? KIND_BONUS : 0) + (near ? NEAR_BONUS : 0), coverage, matched, fitting, near, views };
}

/**
 * Money of a kind ("how much profit", "what fine", "lãi bao nhiêu"): an amount of another kind (what something cost)
 * does not answer it. English stems and their groups; Vietnamese syllables, as said and without diacritics.
 */
const MONEY_KINDS: Record<'en' | 'vi', ReadonlySet<string>> = {
  en: new Set(['profit', 'revenue', 'sales', 'earning', 'income', 'salary', 'wage', 'fine', '~fine', 'grant', 'subsidy', 'loan', 'debt', 'valuation', '~worth', 'compensation', 'tax', 'bonus', 'dividend'].map((w) => (w.startsWith('~') ? w : stemEn(w)))),
  vi: new Set(['lãi', 'lương', 'phạt', 'thuế', 'nợ', 'vay', 'lai', 'luong', 'phat', 'thue']),
};
const isMoneyKind = (u: Unit, lang: 'en' | 'vi') => MONEY_KINDS[lang].has(u.terms[0]);

/** The chief's group and the founder's ("who founded it", "ai sáng lập"): a person named without it is someone else. */
const ROLE_GROUPS = new Set(['~ceo', '~found', '~sang lap', '~~sang lap']);
/** True when a unit says a role ("ceo", "giám đốc", "who runs", "who founded"): its terms hold a role word or group. */
const isRole = (u: Unit) => u.terms.some((t) => ROLE_GROUPS.has(t) || ROLE_WORDS.has(foldText(t)));

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

