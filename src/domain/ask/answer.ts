// Answers a spoken question from the story's own text, or declines: the sentence that holds what was asked for (an
// amount, a date, a name…) together with enough of the question's words; the phrase itself when one sentence clearly
// wins and holds exactly one such phrase; null when no sentence does, even if the story gives some other amount or
// date elsewhere. Never a guess, no model: words matched (units.ts, score.ts) and entities recognised (entities.ts).
// A few questions about the story's own thing, asked in the listener's words, are known by their shape and answered
// by what the story says of it: why it is done (motivation.ts), what it costs (whole-cost.ts), when all of it is done
// (all-done.ts), how far ahead (lead-time.ts), who made it (maker.ts).
import { FITTING, foldedWords, isName, type Context } from './fitting';
import { fullName } from './full-names';
import { askedName, asksThingName, namedNouns } from './given-name';
import { distinctiveWords } from './names';
import { isOtherDomain, questionKind, type QuestionAnalysis } from './question';
import { answersNearby, pronounHolders } from './nearby';
import { asksWhyAtAll, motivationSentence } from './motivation';
import { asksWholeCost, wholeCostSentence } from './whole-cost';
import { allDoneDeadline, asksWhenAllDone, deadlineIn } from './all-done';
import { asksHowFarAhead, leadTime } from './lead-time';
import { asksMaker, makerOf } from './maker';
import { relativeTimes } from './relative-times';
import { isNear, scoreSentence, type ScoredSentence } from './score';
import { indexStory, type IndexedSentence, type StoryIndex } from './story-index';
import { MAX_ANSWER_WORDS, type Answer, type AskKind, type AskStory, type Entity } from './types';
import { questionUnits, wordAt } from './units';
import { stemEn } from './terms';

export type { ScoredSentence } from './score';

/** Kinds whose answer is a short phrase that can be spoken alone; a reason or an opinion is told as its sentence. */
const PHRASE_KINDS = new Set<AskKind>(['amount', 'number', 'person', 'organisation', 'place', 'time']);

/** The share of the question's weight a sentence must match to answer it. */
const MIN_COVERAGE = 0.5;
/** Less where what answers stands beside a word the question matched ("costs $9.99", "85,000 recordings"). */
const MIN_COVERAGE_NEAR = 0.35;
/** A question that asks for no kind of thing ("is it available in Sweden?") has no entity to check: it must match more. */
const MIN_COVERAGE_OTHER = 0.75;
/** A question answered yes or no ("does the camera film the driver's face?", "camera có lưu mặt người không?"). */
const YES_NO: Record<'en' | 'vi', RegExp> = {
  en: /^(?:(?:so|and|but|ok|okay|um|uh|well)\s+)*(?:does|do|did|is|are|was|were|will|would|can|could|has|have|had|should)\b/i,
  vi: /(?:^|\s)có\s.+\s(?:không|chưa)\s*\??$/iu,
};
/**
 * A sentence that says no ("will not record the driver's face", "không lưu hình ảnh khuôn mặt"): news tells what a
 * thing does not do when a listener would ask it, so half of the question's weight is enough for such a sentence.
 */
const SAYS_NO: Record<'en' | 'vi', RegExp> = {
  en: /\b(?:not|no|never|none|nobody|without)\b|n't\b/i,
  vi: /(?:^|\s)(?:không|chưa|chẳng|không hề)(?=\s)/iu,
};

/**
 * "Which European airports have tested it?", "which other chains will follow?": a question of no known kind that asks
 * which ones wants them named. A sentence that only counts them ("tested at four European airports", "two other
 * carriers", "other chains") does not say which.
 */
const WHICH = /(?:^|\s)which\s+((?:\S+\s+){0,2}\S+)/i;
/** What stands between things counted and their names: "airports, Schiphol and Oslo", "carriers such as KLM". */
const NAMING = /^\s*(?:[,:(—–]|such as\b|including\b|namely\b|like\b)/i;
const COUNTED_BEFORE = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|several|some|few|many|other|others)$/i;

/** True when a sentence only counts what a which-question asks to be named: a number or "other" just before it. */
function onlyCounts(s: IndexedSentence, question: string): boolean {
  const m = WHICH.exec(question);
  if (!m) return false;
  const asked = foldedWords(m[1]).filter((w) => w.length > 2 && !COUNTED_BEFORE.test(w)).map(stemEn);
  // "two European airports, Schiphol and Oslo": counted, then named.
  const namedAfter = (i: number) =>
    s.words.slice(i, i + 3).some((w) => NAMING.test(s.text.slice(w.end)) && s.entities.some((e) => (isName(e) || e.kind === 'place') && e.start > w.end && wordAt(s, e.start) <= i + 6));
  return s.words.some((w, i) => asked.includes(stemEn(w.key)) && s.words.slice(Math.max(0, i - 3), i).some((b) => COUNTED_BEFORE.test(b.key)) && !namedAfter(i));
}

/** A reason told with its cue: "because …", "so that …", "vì …", "để …". */
const SAYS_WHY = /^(?:because|as|since|so that|in order to|due to|owing to|after|to|bởi vì|vì|do|để|nhằm|nhờ)\s/iu;

/** How far ahead the winner must be to be answered by its phrase alone rather than its whole sentence. */
const CLEAR_MARGIN = 0.1;
/**
 * A sentence that matches the question by this much more than the best one holding what is asked for speaks of the
 * thing asked without saying it ("the money would pay for a second factory": where it will be built is not said).
 */
const OUTMATCHED = 0.3;
/** A stance this short ("was not reassured") is no view yet; nor is what follows unless the same person says it. */
const STANCE_WORDS = 4;
const SAID_BY_PRONOUN = /\b(?:he|she|they) (?:said|says|added|warned|also)\b|(?:^|\s)(?:ông|bà|anh|chị|họ) (?:nói|cho biết|nhấn mạnh|cũng)/iu;
/** An opinion sentence this short ("Some doctors are wary.") is told with the next, which says what they said. */
const SHORT_OPINION_WORDS: Record<'en' | 'vi', number> = { en: 12, vi: 16 };


/** A sentence saying that something was not made known ("did not disclose what a cart costs", "không công bố"). */
const WITHHELD: Record<'en' | 'vi', RegExp> = {
  en: /\b(?:(?:not|n't|never)\s+(?:been\s+|yet\s+)?(?:disclosed?|revealed?|made public|published|announced|named|specified|given)|(?:did|does|would|will)\s*(?:not|n't)\s+(?:disclose|reveal|say|name|specify|give|comment)|undisclosed|unspecified|unnamed|declined to (?:name|say|disclose|give|reveal|comment|specify))\b/i,
  vi: /(?:không|chưa)\s+(?:được\s+)?(?:công bố|tiết lộ|nêu tên|nêu rõ|cho biết|công khai)|giấu tên|từ chối (?:nêu|cho biết|tiết lộ|bình luận)/iu,
};

/**
 * What a withheld thing must be to stand for the kind asked: "would not say what a camera costs" withholds a price, not
 * where the company is. Kinds without an entry take any withholding.
 */
const WITHHELD_KIND: Partial<Record<AskKind, Record<'en' | 'vi', RegExp>>> = {
  amount: { en: /\b(?:cost|costs|price|prices|priced|paid|pay|paying|value|valued|worth|amount|sum|fee|fees|terms|financial|figure|how much|money)\b/i, vi: /giá|chi phí|số tiền|khoản|bao nhiêu|tài chính|trị giá|mức/iu },
  number: { en: /\b(?:how many|number|numbers|figure|figures|count|share|percentage|total)\b/i, vi: /bao nhiêu|số lượng|con số|tỷ lệ|số/iu },
  place: { en: /\b(?:where|location|locations|site|sites|city|country)\b/i, vi: /ở đâu|địa điểm|vị trí|nơi|tỉnh|thành phố/iu },
  time: { en: /\b(?:when|date|dates|timing|timetable|schedule|deadline)\b/i, vi: /khi nào|bao giờ|thời điểm|thời gian|ngày|lịch/iu },
};

/** A sentence about one thing of many: "an individual camera", "each unit", "mỗi thiết bị". */
const ONE_OF_THEM = /\b(?:individual|each|single|per|apiece)\b|(?:^|\s)(?:mỗi|từng)\s/iu;

/** True when a sentence says something is withheld, and gives nothing of the kind asked after saying so. */
function saysItWithholds(c: ScoredSentence, re: RegExp): boolean {
  const m = re.exec(c.sentence.text);
  return m !== null && !c.fitting.some((e) => e.start > m.index);
}

/** At most MAX_ANSWER_WORDS words of a text, centred on the character offset of what answers or matched. */
function trimmed(text: string, centreChar: number): string {
  const words = text.split(' ');
  if (words.length <= MAX_ANSWER_WORDS) return text;
  let seen = 0;
  let centre = 0;
  for (let i = 0; i < words.length; i++) {
    if (seen + words[i].length >= centreChar) {
      centre = i;
      break;
    }
    seen += words[i].length + 1;
  }
  const start = Math.max(0, Math.min(centre - Math.floor(MAX_ANSWER_WORDS / 2), words.length - MAX_ANSWER_WORDS));
  return words.slice(start, start + MAX_ANSWER_WORDS).join(' ');
}

let cached: { text: string; title: string; language: string; index: StoryIndex } | null = null;

/** The story's index, kept for the next question about the same story (a listener asks several in a row). */
function storyIndex(story: AskStory): StoryIndex {
  if (cached && cached.language === story.language && cached.text === story.text && cached.title === story.title) return cached.index;
  const index = indexStory(story);
  cached = { text: story.text, title: story.title, language: story.language, index };
  return index;
}

/** Every sentence of the story scored against a question, best first: how much of the question it matches, what fits. */
export function rankSentences(story: AskStory, question: string, lang: string): { analysis: QuestionAnalysis; ranked: ScoredSentence[]; index: StoryIndex } {
  const analysis = questionKind(question, lang);
  const l: 'en' | 'vi' = lang === 'vi' ? 'vi' : 'en';
  const index = storyIndex(story);
  const { units, pairs } = questionUnits(analysis, l, index);
  if (units.length === 0 && !analysis.critics) return { analysis, ranked: [], index };
  const askedOrder = foldedWords(question);
  const nameWords = new Set(index.sentences.flatMap((s) => s.entities.filter(isName).flatMap(distinctiveWords)));
  const askedNames = new Set(askedOrder.filter((w) => nameWords.has(w) && analysis.words.includes(w)));
  const orgWords = new Set(index.sentences.flatMap((s) => s.entities.filter((e) => e.kind === 'organisation').flatMap(distinctiveWords)));
  const askedOrgs = new Set([...askedNames].filter((w) => orgWords.has(w)));
  const c: Context = { lang: l, q: analysis, units, pairs, asked: new Set(askedOrder), askedOrder, askedNames, askedOrgs, askedTimes: relativeTimes(question, l), sentences: index.sentences };
  const scored = index.sentences.map((s, i) => scoreSentence(s, i, c));
  // The title, a headline's few words, answers only where no sentence of the text does as well.
  const ranked = [...scored, ...answersNearby(scored, analysis.kind), ...pronounHolders(scored, analysis.kind)].sort(
    (a, b) => b.score - a.score || Number(a.sentence.title) - Number(b.sentence.title) || a.sentence.text.length - b.sentence.text.length || a.index - b.index,
  );
  return { analysis, ranked, index };
}

/**
 * The fitting entities near the question's matched words ("Tern … at a price of $18,500, with a … subscription of
 * $240": the price for "how much does Tern cost"); all of them where nothing matched in the sentence itself.
 */
function nearMatches(best: ScoredSentence, kindNouns: readonly string[]): Entity[] {
  const s = best.sentence;
  // "Who?" is answered by a person where the sentence names a person and a company ("Ông Hưng, … Sở Xây dựng").
  const people = best.fitting.filter((e) => e.kind === 'person');
  const fitting = people.length > 0 ? people : best.fitting;
  // "Quỹ nào?", "which fund?": the one the sentence calls so ("quỹ Sông Hàn Ventures", "Nordic Venture Fund").
  const called = fitting.filter((e) => {
    const from = wordAt(s, e.start);
    const own = s.words.slice(Math.max(0, from - 2), wordAt(s, e.end - 1) + 1).map((w) => w.key);
    return own.some((k) => kindNouns.includes(k));
  });
  if (called.length > 0) return called;
  if (best.matched.length === 0) return fitting;
  return fitting.filter((e) => isNear(s, e, best.matched));
}

/**
 * An opinion told in a few words ("Some doctors are wary.", "…, was not reassured.") with the next sentence's view,
 * which says what it is: a short sentence, or a stance of a few words followed by what the same person said ("…," he said).
 */
function withFollowingView(best: ScoredSentence, index: StoryIndex): string {
  const s = best.sentence;
  const hasView = (t: IndexedSentence | undefined) => t?.entities.some((e) => e.kind === 'opinion') === true;
  // The view may come a sentence later, after the one that names who holds it ("… is a policy officer at …. She said …").
  const after = index.sentences[best.index + 2];
  const next = hasView(index.sentences[best.index + 1]) ? index.sentences[best.index + 1] : after !== undefined && hasView(after) && SAID_BY_PRONOUN.test(after.text) ? after : undefined;
  const short = s.words.length < SHORT_OPINION_WORDS[index.lang === 'vi' ? 'vi' : 'en'];
  const stance = best.fitting.some((e) => e.kind === 'opinion' && e.text.split(' ').length <= STANCE_WORDS) && next !== undefined && SAID_BY_PRONOUN.test(next.text);
  if (!(short || stance) || s.title || next === undefined) return s.text;
  const both = `${s.text} ${next.text}`;
  // Where the two are too long to tell, the view itself is told: it names whose it is, the short one only that there is one.
  return both.split(' ').length <= MAX_ANSWER_WORDS ? both : next.text;
}

/** What joins the names of a list: "Japan and Singapore", "Nhật Bản và Hàn Quốc", "Mesa, Tempe". */
const LISTED = /^(?:,\s*(?:and\s+|và\s+)?|\s+(?:and|or|và|hoặc)\s+)$/iu;
/** What follows an amount to say what it is for: "each", "a month", "per ride", "mỗi tháng", "/lượt". */
const PER_AFTER = /^(?:\s+(?:each|apiece|a (?:month|year|week|day|night|head|ride|trip)|an (?:hour|hour's)|per [\p{L}-]+|mỗi (?:tháng|năm|tuần|ngày|lượt|người|chuyến|giờ)|một (?:tháng|năm|lượt|chuyến))|\/\s?[\p{L}]+)(?![\p{L}])/iu;

/** Kinds a list of names answers together ("which countries?" is not answered by the first of two). */
const LIST_KINDS = new Set<AskKind>(['place', 'organisation']);

/**
 * The phrase that answers: an amount with what it is for ("$79 each"); a place or an organisation with the names listed
 * with it ("buyers in Japan and Singapore": both, where the question's words stand nearer the first); a person by the
 * full name the story gives.
 */
function phraseOf(e: Entity, best: ScoredSentence, index: StoryIndex): string {
  // "$79 each", "49.000 đồng mỗi tháng": what an amount is for goes with it.
  if (e.kind === 'amount') return e.text + (PER_AFTER.exec(best.sentence.text.slice(e.end))?.[0] ?? '');
  if (!LIST_KINDS.has(e.kind)) return fullName(e, index);
  const text = best.sentence.text;
  const same = best.fitting.filter((f) => f.kind === e.kind).sort((a, b) => a.start - b.start);
  let first = e;
  let last = e;
  for (let i = same.indexOf(e) + 1; i < same.length && LISTED.test(text.slice(last.end, same[i].start)); i++) last = same[i];
  for (let i = same.indexOf(e) - 1; i >= 0 && LISTED.test(text.slice(same[i].end, first.start)); i--) first = same[i];
  return first === last ? fullName(e, index) : text.slice(first.start, last.end);
}

/**
 * Answers a question about a story from its text: the phrase or the shortest sentence that answers, at most 30 words,
 * in the story's language; `answer: null` when the story does not say.
 */
export function answerQuestion(story: AskStory, question: string, lang: string): Answer {
  if (isOtherDomain(question, lang)) return { answer: null, kind: 'other' };
  const { analysis, ranked, index } = rankSentences(story, question, lang);
  const kind = analysis.kind;
  const l: 'en' | 'vi' = lang === 'vi' ? 'vi' : 'en';
  // "What's the chatbot called?": the name the story gives it, or nothing (the maker's name is no answer).
  if (analysis.named && asksThingName(analysis.words, l)) return { answer: askedName(ranked, namedNouns(analysis), l), kind };
  const yesNo = kind === 'other' && YES_NO[l].test(question);
  const answers = ranked.filter((c) =>
    kind === 'other'
      ? c.coverage >= MIN_COVERAGE_OTHER || (yesNo && c.coverage >= MIN_COVERAGE && !c.sentence.title && SAYS_NO[l].test(c.sentence.text))
      : (c.coverage >= MIN_COVERAGE || (c.near && c.coverage >= MIN_COVERAGE_NEAR)) && c.fitting.length > 0,
  );
  const direct = answers.filter((c) => c.lent !== 'weak');
  const viable = direct.length > 0 ? direct : answers;
  // "Why are they doing this?": the trouble the story tells behind it (motivation.ts), where no reason matched, or only
  // the title's or the lead's, which say what the thing does, or one told without a cue of why ("Khi nhặt được đồ…"
  // says when).
  const lead = index.sentences.find((t) => !t.title);
  const saysWhat = (c: ScoredSentence) => c.sentence.title || c.sentence === lead;
  const why = (viable.length === 0 || saysWhat(viable[0]) || !viable[0].fitting.some((e) => e.kind === 'reason' && SAYS_WHY.test(e.text))) && asksWhyAtAll(question, analysis, index) ? motivationSentence(index) : null;
  if (why) return { answer: trimmed(why, 0), kind, sentence: why };
  // "When will every line have it?": the deadline for all of it, where what matched does not say all.
  const done = asksWhenAllDone(question, analysis, l) && (viable.length === 0 || !deadlineIn(viable[0].sentence, l)) ? allDoneDeadline(index) : null;
  if (done) return { answer: fullName(done.time, index), kind, sentence: done.sentence.text };
  // "How far ahead?": the one span the story says comes before, where nothing matched well enough to answer.
  const ahead = viable.length === 0 && asksHowFarAhead(question, l) ? leadTime(index) : null;
  if (ahead) return { answer: ahead.said, kind: 'time', sentence: ahead.sentence.text };
  // "Which company made the avatar?": the organisation the story says built it, told in words the question does not match.
  const maker = asksMaker(question, analysis, index) ? makerOf(index) : null;
  if (maker && !viable[0]?.fitting.some((e) => e.text === maker.entity.text)) return { answer: maker.entity.text, kind, sentence: maker.sentence };
  if (viable.length === 0) {
    // "Vụ thí điểm này hết bao nhiêu tiền?": the whole thing's cost, told in words the question does not match.
    const cost = asksWholeCost(question, analysis, index) ? wholeCostSentence(index) : null;
    if (!cost) return { answer: null, kind };
    return { answer: cost.amounts.length === 1 ? cost.amounts[0] : trimmed(cost.sentence.text, 0), kind, sentence: cost.sentence.text };
  }
  const best = viable[0];
  if (kind === 'other' && l === 'en' && onlyCounts(best.sentence, question)) return { answer: null, kind };
  const told = ranked.filter((c) => !c.lent && c.fitting.length === 0).reduce((m, c) => Math.max(m, c.coverage), 0);
  if (PHRASE_KINDS.has(kind) && told - best.coverage >= OUTMATCHED) return { answer: null, kind };
  // "The amount was not made public": the story says it does not say, where it matches the question at least as well
  // (a sentence that tells it after all, "would not say, but the report shows £1.1 million", withholds nothing).
  // What one of them costs, withheld, does not stand for a total asked ("would not say what an individual camera costs").
  const withheld = (c: ScoredSentence) =>
    c.coverage >= best.coverage - CLEAR_MARGIN && saysItWithholds(c, WITHHELD[l]) && WITHHELD_KIND[kind]?.[l].test(c.sentence.text) !== false && !(analysis.total && ONE_OF_THEM.test(c.sentence.text));
  if (PHRASE_KINDS.has(kind) && ranked.some(withheld)) return { answer: null, kind };
  const clear = viable.length === 1 || best.score - viable[1].score >= CLEAR_MARGIN;
  const s = best.sentence;
  const near = nearMatches(best, analysis.kindNouns);
  // Sentences close behind that give the same phrase ("€30m" in the title and the text) agree with the winner.
  // A rival holding nothing of the kind asked first (only companies, for "who") does not contest the winner's person.
  const primary = FITTING[kind][0];
  const rivals = viable.slice(1).filter((c) => best.score - c.score < CLEAR_MARGIN && !(near.some((e) => e.kind === primary) && !c.fitting.some((e) => e.kind === primary)));
  const agreed = near.length === 1 && rivals.every((c) => nearMatches(c, analysis.kindNouns).length === 1 && nearMatches(c, analysis.kindNouns)[0].text === near[0].text);
  // "Who are the other founders?" where the sentence names one founder: that one is not the other, who goes unnamed.
  if (analysis.others && near.length < 2) return { answer: null, kind };
  if ((clear || agreed) && PHRASE_KINDS.has(kind) && near.length === 1) return { answer: phraseOf(near[0], best, index), kind, sentence: s.text };
  if (kind === 'opinion') return { answer: trimmed(withFollowingView(best, index), 0), kind, sentence: s.text };
  const centre = best.fitting.length ? best.fitting[0].start : (s.words[best.matched[0] ?? 0]?.start ?? 0);
  return { answer: trimmed(s.text, centre), kind, sentence: s.text };
}
