// Which entities of a sentence answer a question: of the kind asked (a money amount for "how much", a date for
// "when"), and fitting what else it says (a count of the thing asked about, a place something is in, the view of
// whom it names).
import { foldText } from '../text/normalize';
import { isCritical } from './clauses';
import { EN_COUNTRIES, GENERIC_COUNTED, VI_COUNTRIES } from './entity-words';
import { namesAThing } from './given-name';
import { isNationality, ORG_NOUN_AFTER } from './names';
import type { QuestionAnalysis } from './question';
import type { IndexedSentence } from './story-index';
import type { AskKind, Entity, EntityKind } from './types';
import { positions, wordAt, wordTerms, type Unit } from './units';

/** The entity kinds that answer each kind of question. "Who" is answered by a company as often as by a person. */
export const FITTING: Record<AskKind, readonly EntityKind[]> = {
  amount: ['amount'],
  number: ['number', 'amount'],
  person: ['person', 'organisation'],
  organisation: ['organisation'],
  place: ['place'],
  time: ['time'],
  reason: ['reason'],
  opinion: ['opinion'],
  other: [],
};

/** After a name, a relative of that one: "Grant's father" is not Grant. */
const KIN_AFTER = /^['’]s\s+(?:late\s+)?(?:father|mother|son|daughter|wife|husband|brother|sister|parents|grandfather|grandmother|uncle|aunt|widow|family)\b/u;

/** Words before a figure that make it one for each ("each", "mỗi"), not the total a question may ask for. */
const PER_EACH = /(?:^|\s)(?:each|every|per|a|mỗi|từng|một)\s+(?:\S+\s+){0,5}$/iu;
/** A group of organisations told by what they are, not named: "các ngân hàng trong nước", "những công ty lớn". */
const GENERIC_GROUP = /^(?:các|những) /iu;
/** Words before a place that say something is there: "in", "at", "tại", "ở", "bang". */
const LOCATIVES = new Set([
  'in', 'at', 'on', 'near', 'outside', 'inside', 'across', 'throughout', 'from', 'to', 'into', 'within', 'around', 'based', 'headquartered', 'across',
  'tại', 'ở', 'từ', 'đến', 'tới', 'sang', 'khắp', 'trên', 'bang', 'tỉnh', 'thành phố', 'quận', 'huyện', 'khu vực', 'thủ đô', 'vùng',
]);
/** "Which country": places that are countries. */
const COUNTRY_NOUNS = new Set(['country', 'countries', 'nation', 'nations', 'nuoc', 'quoc', 'gia']);

/** Times that lie ahead of the story ("next March", "năm sau", "tháng tới") or behind it ("last year", "năm ngoái"). */
const AHEAD = /(?:^|\s)(?:next|coming|upcoming|from now|later (?:this|in|next)|tới|sắp)(?:\s|$)|(?:năm|tháng|tuần|quý) sau(?:\s|$)/iu;
const BEHIND = /(?:^|\s)(?:last|ago|previous|yesterday|earlier this|ngoái|hôm qua|vừa qua)(?:\s|$)|(?:năm|tháng|tuần|quý) (?:trước|qua)(?:\s|$)/iu;
/**
 * A verb just before a time that puts what happens then behind ("was founded in 2016", "đã đưa vào vận hành từ") or
 * ahead ("will start in May", "sẽ chạy từ"): the time is of a past or a coming event.
 */
const PAST_VERB_BEFORE = /(?:\b(?:was|were)|(?:^|\s)(?:đã|vừa))\s+(?:\S+\s+){0,3}$/iu;
const FUTURE_VERB_BEFORE = /(?:\b(?:will|is due to|are due to|is expected to|are expected to)|(?:^|\s)(?:sẽ|dự kiến))\s+(?:\S+\s+){0,3}$/iu;

/** How many words after "said" the one whose view it is may stand ("said the union supported …"). */
const HOLDER_AFTER = 3;

/**
 * True when the word at `p` opens the clause said at `cueAt` ("said that the union supported"), English only:
 * Vietnamese puts whom a view is told to there ("khuyên nông dân", advised farmers).
 */
function opensWhatIsSaid(s: IndexedSentence, cueAt: number, p: number, lang: 'en' | 'vi'): boolean {
  if (lang !== 'en' || p <= cueAt || p > cueAt + HOLDER_AFTER) return false;
  return s.words.slice(cueAt + 1, p).every((w) => /^(?:that|the|its|their|his|her)$/.test(w.key)) && /^(?:say|said|says)$/.test(s.words[cueAt].key);
}

/** A time of a year or more ("last year", "over four years", "năm ngoái"): what was spent in it is a total. */
const YEARS = /\b(?:years?|annual)\b|năm/iu;

/** What says a figure is for one ("each costs", "mỗi thiết bị giá") just before it. */
const PER_EACH_BEFORE = /(?:each|apiece|per|mỗi|từng)\s+(?:\S+\s+){0,4}$/iu;

/** An amount said per something: "$9.99 a month", "59.000 đồng mỗi tháng", "7.000 đồng/lượt", "$79 each." */
const PER_SOMETHING = /(?:^|\s)(?:a|an|per|each|every|mỗi|một)\s+\p{L}|\/\s?\p{L}|(?:^|\s)(?:each|apiece)(?![\p{L}])/iu;

/** An amount said per stretch of time ("2,8 tỷ đồng mỗi năm", "£40,000 a year"): what all of it costs, not one of many. */
const PER_TIME = /^\s*(?:a|an|per|each|every|mỗi|một|\/)\s*(?:year|month|week|day|năm|tháng|tuần|ngày)(?![\p{L}])/iu;
/** The same said inside the amount's own words: "£40,000 a year". */
const PER_TIME_END = /(?:\s(?:a|an|per|each|every|mỗi|một)\s+|\/\s?)(?:year|month|week|day|năm|tháng|tuần|ngày)$/iu;
const perTime = (s: IndexedSentence, e: Entity) => PER_TIME.test(s.text.slice(e.end)) || PER_TIME_END.test(e.text);

/** A figure with a unit of measure: distance, speed, weight, area, energy, share, time. */
const MEASURE_UNIT = /\d[\d.,]*\s*(?:-\s*)?(?:%|percent|per cent|km|kilomet\w*|metres?|meters?|m\b|cm|mm|miles?|mph|km\/h|kg|kilograms?|grams?|g\b|tonnes?|tons?|hectares?|ha\b|acres?|litres?|liters?|degrees?|°|feet|foot|ft|inches|GB|TB|MB|MW|GW|kW|kWh|MWh|GWh|seconds?|minutes?|hours?|days?|mét|tấn|độ|giây|phút|giờ|ngày|lít|phần trăm)/iu;

/** Words of saying just before a time: "said on Monday", "announced on Tuesday", "cho biết hôm qua". */
const SAID_WHEN = /(?:^|\s)(?:said|says|announced|told|reported|confirmed|cho biết|thông báo|công bố)\s+$/iu;
/** Question words that ask when something was said (folded). */
const SAYING = new Set(['announce', 'announced', 'say', 'said', 'report', 'reported', 'cong', 'bo', 'thong', 'bao']);

/** Vietnamese titles said in two words (folded): "đứng đầu" (head of), "lãnh đạo" (leader). */
const VI_TITLE_PHRASE = /(?:^| )(?:dung dau|lanh dao|giam doc|chu tich)(?: |$)/;

/** Folded words of titles that only a person holds. */
const TITLES = new Set('ceo cto cfo coo director chairman chairwoman president chief executive minister mayor manager officer governor secretary editor dean principal commissioner boss superintendent giam doc chu tich truong'.split(' '));

/** A count's noun stands within this many words after its number ("12,000 Kestrel-4 chips"). */
const COUNTED_REACH = 3;
/** A count that ends on its magnitude or fraction ("3 million", "2 tỷ", "một nửa"), not on the noun it counts. */
const MAGNITUDE_END = /(?:hundred|thousand|million|billion|trillion|bn|m|k|trăm|nghìn|ngàn|triệu|tỷ|tỉ|half|thirds?|quarters?|nửa|phần ba|phần tư)$/iu;

/** What scoring a sentence needs to know of the question. */
export interface Context {
  lang: 'en' | 'vi';
  q: QuestionAnalysis;
  units: Unit[];
  pairs: string[];
  /** Folded words of the question, for qualifiers it says ("phó giám đốc") and entities it repeats. */
  asked: Set<string>;
  askedOrder: string[];
  /** Folded words of the question that are words of names the story gives ("veltrix"): whom the question is about. */
  askedNames: Set<string>;
  /** Those of them that are words of an organisation's name: "the company" may stand for it. */
  askedOrgs?: Set<string>;
  /** Relative times the question says ("year past" for "last year", "năm ngoái"). */
  askedTimes?: ReadonlySet<string>;
  /** The story's sentences, for a sentence that points back at the one before ("Its chief executive, …"). */
  sentences?: readonly IndexedSentence[];
}

/** Folded words of a text. */
export const foldedWords = (s: string) => foldText(s).match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * What stands before a place that answers "where?": a locative word, up to two words before it ("in Texas", "ở khu vực
 * Cầu Giấy", "tại Nhà Trắng"), another place in a list ("in Portugal and Spain"), or a name it follows in brackets
 * ("Công ty … Lam Sơn (Hà Nội)").
 */
const LOCATIVE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...LOCATIVES].join('|')})\\s+(?:the\\s+)?(?:[\\p{L}\\p{M}-]+\\s+){0,2}$|^\\s*$|(?:\\p{Lu}[\\p{L}\\p{M}]*)(?:,| and| và| or| hoặc)\\s+$|\\p{Lu}[\\p{L}\\p{M}]*\\s*\\(\\s*$`,
  'iu',
);

/** A time that is a length ("sáu tháng", "over four years"), not a point in time ("in two weeks", "4 năm tới"). */
const DURATION = /^(?:(?:over|for|during|throughout|trong|suốt|kéo dài|khoảng|about|almost|nearly|gần|hơn) )*(?:the )?(?:[\p{L}\d.,-]+[ -]){1,2}(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|giây|phút|giờ|ngày|tuần|tháng|năm|quý|thập kỷ)$/iu;

/** A number of units of time in a span: what "how long?" asks for ("within 180 days", "between 5 and 30 minutes"). */
const DURATION_UNIT = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|several|a few|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài)\b)\S*?[ -](?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|giây|phút|giờ|ngày|tuần|tháng|năm|quý)/iu;

function isDuration(text: string): boolean {
  return DURATION.test(text) && !/^(?:in|within) /i.test(text);
}


/** True when a count entity counts what the question asks about: one of its words at the number or just after. */
function countsAsked(s: IndexedSentence, e: Entity, c: Context): boolean {
  if (c.q.counted.length === 0) return true;
  const { perWord } = wordTerms(c.q.counted, c.lang, c.q.folded);
  const at = perWord.map((terms) => terms.flatMap((t) => positions(s, t, c.lang)));
  const from = wordAt(s, e.start);
  const last = wordAt(s, e.end - 1);
  // A share counts what it is of ("40% of customers"), not what else the sentence names ("54% were uncomfortable with the
  // cameras" for "how many cameras").
  if (/%|percent|phần trăm/iu.test(e.text)) {
    const of = SHARE_OF.has(s.words[last + 1]?.key ?? '') ? last + 1 : -1;
    return of >= 0 && at.some((ps) => ps.some((p) => p > of && p <= of + COUNTED_REACH));
  }
  // "1,400 clinicians" counts clinicians; "up to 12,000" counts what follows ("Kestrel-4 chips").
  const to = /\p{L}$/u.test(e.text) && !MAGNITUDE_END.test(e.text) ? last + COUNTED_REACH - 1 : last + COUNTED_REACH;
  if (at.some((ps) => ps.some((p) => p >= from && p <= to))) return true;
  // "How many people ride it?" is answered by "45.000 lượt khách", "12,000 passengers": people counted by what they are.
  if (c.q.counted.some((w) => GENERIC_COUNTED.has(foldText(w))) && s.words.slice(from, to + 1).some((w) => PEOPLE_COUNTED.has(w.key))) return true;
  // "How many staff?" is answered by "employs about 70 people": people counted in a sentence that says what they are;
  // "how many robots?" by "recalling 1,100 machines" in a sentence that says they are robots.
  const things = !c.q.counted.some((w) => PEOPLE_COUNTED.has(foldText(w)) || GENERIC_COUNTED.has(foldText(w)));
  return at.some((ps) => ps.length > 0) && s.words.slice(from, to + 1).some((w) => GENERIC_COUNTED.has(w.key) || (things && GENERIC_THINGS.has(w.key)));
}

/** Nouns that count any thing (folded): a count of them answers a count of robots or cameras the sentence names. */
const GENERIC_THINGS = new Set(['machines', 'units', 'devices', 'vehicles', 'may', 'thiet', 'chiec']);

/** What a share is of: "40% of customers", "30% số hộ" (folded). */
const SHARE_OF = new Set(['of', 'cua', 'so', 'trong']);

/** Nouns of people of one kind (folded), which a count of "people" asked for may count. */
const PEOPLE_COUNTED = new Set(
  'passengers riders users customers visitors students pupils workers staff employees patients residents members drivers khach luot hanh nguoi dung dan hoc sinh nhan vien cong benh thanh'.split(' '),
);


/**
 * Words of a grievance (folded; English by its start): "why are the volunteers worried?", "why are the guards
 * striking?", "sao khách hàng phàn nàn?". What those people fear or say is why: their view answers as a reason does.
 */
const GRIEVANCE: Record<'en' | 'vi', RegExp> = {
  en: /^(?:worr|concern|angry|anger|unhappy|upset|complain|strik|unfair|protest|object|oppos|frustrat|afraid|fear|annoy|furious|sceptic|skeptic|nervous|uneasy|against)/,
  vi: /^(?:phan nan|lo|lo ngai|lo lang|buc xuc|phan doi|khieu nai|gian|so|e ngai|phan ung|dinh cong)$/,
};
const REASON_OR_VIEW: readonly EntityKind[] = ['reason', 'opinion'];

/** True when a reason question asks why people are unhappy about something (folded words, Vietnamese as pairs too). */
function asksWhyUnhappy(c: Context): boolean {
  const w = c.q.words;
  return w.some((x, i) => GRIEVANCE[c.lang].test(x) || (c.lang === 'vi' && i + 1 < w.length && GRIEVANCE.vi.test(`${x} ${w[i + 1]}`)));
}

/** "How many hours of video?", "bao nhiêu giờ": a count of a unit of time is answered by a span of it ("4,000 hours"). */
const TIME_UNITS = new Set(['hours', 'minutes', 'seconds', 'days', 'weeks', 'months', 'years', 'giờ', 'tiếng', 'phút', 'giây', 'ngày', 'tuần', 'tháng', 'năm', 'gio', 'tieng', 'phut', 'giay', 'ngay', 'tuan', 'thang', 'nam']);
const NUMBER_OR_SPAN: readonly EntityKind[] = ['number', 'amount', 'time'];
const countsTime = (c: Context) => c.q.kind === 'number' && TIME_UNITS.has(c.q.counted[0] ?? '');

/** The entities of a sentence that answer the question's kind (and, for opinions, its holder). */
export function fittingEntities(s: IndexedSentence, c: Context, holderAt: number[]): Entity[] {
  const kinds = c.q.kind === 'reason' && asksWhyUnhappy(c) ? REASON_OR_VIEW : countsTime(c) ? NUMBER_OR_SPAN : FITTING[c.q.kind];
  const country = c.q.kind === 'place' && c.q.kindNouns.some((n) => COUNTRY_NOUNS.has(n));
  return s.entities.filter((e) => {
    // "On Reddit", "trên YouTube": an online place answers "where?" as a place does.
    const venue = c.q.kind === 'place' && e.kind === 'organisation' && /(?:^|\s)(?:on|trên)\s+$/iu.test(s.text.slice(Math.max(0, e.start - 8), e.start));
    if (!kinds.includes(e.kind) && !venue) return false;
    // "Alibaba's Qwen team": the owner of what the question is about is not who or what it asks for.
    if (/^['’]s\s/u.test(s.text.slice(e.end)) && c.asked.has(s.words[wordAt(s, e.end + 3)]?.key ?? '')) return false;
    // "Founded by Grant's father": the one asked about is the father, whom the story does not name.
    if (isName(e) && KIN_AFTER.test(s.text.slice(e.end))) return false;
    // "Who is the chief executive?", "tổng giám đốc là ai?": a person holds a title, never a company.
    if (e.kind === 'organisation' && c.q.kind === 'person' && (c.q.words.some((w) => TITLES.has(w)) || VI_TITLE_PHRASE.test(c.q.words.join(' ')))) return false;
    // "Ứng dụng có tên Sổ Tiêu": what a thing is called is no person asked about.
    if (e.kind === 'person' && c.q.kind === 'person' && namesAThing(s, e, c.lang)) return false;
    // "The model, called Skein": the name of the thing asked about ("who built the model") is not who made it.
    if (isName(e) && namesAsked(s, e, c)) return false;
    // An entity that only repeats the question ("who is Lisa Tran?") does not answer it.
    if (foldedWords(e.text).every((w) => c.asked.has(w))) return false;
    // "… khó có đủ vốn để đầu tư" for "sao họ lại đầu tư": a purpose that is the question's own act explains nothing.
    if (e.kind === 'reason' && foldedWords(e.text).slice(1).every((w) => c.asked.has(w))) return false;
    if (country && !(c.lang === 'vi' ? VI_COUNTRIES : EN_COUNTRIES).has(e.text) && !(e.kind === 'place' && ORG_NOUN_AFTER.test(s.text.slice(e.end)) && isNationality(e.text))) return false;
    // "Abu Dhabi-based Sandline Cloud" says where Sandline is, which answers only a question about Sandline.
    const based = /^-(?:based|headquartered) ([\p{Lu}][\p{L}\p{M}]*)/u.exec(s.text.slice(e.end));
    if (e.kind === 'place' && based && !c.asked.has(foldText(based[1]))) return false;
    if (c.q.total && PER_EACH.test(s.text.slice(0, e.start))) return false;
    // "Ngân hàng nào?" asks to name one: "các ngân hàng trong nước" (the country's banks) names none.
    if (e.kind === 'organisation' && c.q.kind === 'organisation' && c.q.kindNouns.length > 0 && GENERIC_GROUP.test(e.text)) return false;
    if (e.kind === 'number' && !countsAsked(s, e, c)) return false;
    // "Bao nhiêu tiền một lượt?" is not answered by what 40 buses cost in all: a price per something is said so.
    if (e.kind === 'amount' && c.q.rate && !PER_SOMETHING.test(s.text.slice(e.start, e.end + 24))) return false;
    // "What does it cost to fill one pothole?" is not answered by "C$31 million for 40 trucks": a total for many.
    if (e.kind === 'amount' && c.q.each && s.entities.some((n) => (n.kind === 'number' && !/%/.test(n.text)) || (n.kind === 'time' && YEARS.test(n.text))) && !PER_SOMETHING.test(s.text.slice(e.start, e.end + 24)) && !PER_EACH_BEFORE.test(s.text.slice(0, e.start))) return false;
    // "Mỗi cái camera giá bao nhiêu?" is not answered by "thuê trọn gói, giá 2,8 tỷ đồng mỗi năm": a yearly price of it all.
    if (e.kind === 'amount' && c.q.each && !c.q.rate && perTime(s, e) && !PER_EACH_BEFORE.test(s.text.slice(0, e.start))) return false;
    // "How far can the radar see?" is not answered by "two radars": a measure has a unit.
    if (e.kind === 'number' && c.q.measure && !MEASURE_UNIT.test(e.text)) return false;
    // "How much did Nvidia lose?" is answered by money; "how many chips?" is not.
    if (e.kind === 'amount' && c.q.kind === 'number' && c.q.counted.length > 0) return false;
    // "Where?" is answered by a place something is in, at or from, not one it is compared with ("part of Manhattan").
    // "A Seattle start-up", "the Dutch start-up": a place qualifying an organisation is where that one is from.
    if (e.kind === 'place' && !venue && !LOCATIVE_BEFORE.test(s.text.slice(Math.max(0, e.start - 40), e.start)) && !ORG_NOUN_AFTER.test(s.text.slice(e.end))) return false;
    // "When did it start?" is not answered by "next year", nor "when will it open?" by "last year".
    if (e.kind === 'time' && !c.q.duration && c.q.tense !== null && (c.q.tense === 'past' ? AHEAD : BEHIND).test(e.text)) return false;
    // Nor "when will it be up and running?" by "was founded in 2016", said of what is done.
    if (e.kind === 'time' && !c.q.duration && c.q.tense !== null && (c.q.tense === 'past' ? FUTURE_VERB_BEFORE : PAST_VERB_BEFORE).test(s.text.slice(Math.max(0, e.start - 40), e.start))) return false;
    // "… said on Monday that its new fares …": when it was said, not when it happens (unless that is what is asked).
    if (e.kind === 'time' && SAID_WHEN.test(s.text.slice(Math.max(0, e.start - 24), e.start)) && !c.q.words.some((w) => SAYING.has(w))) return false;
    // "How many hours of video?" is answered by "4,000 hours", not by a date.
    if (e.kind === 'time' && c.q.kind === 'number' && !DURATION_UNIT.test(e.text)) return false;
    // "When does it start?" is not answered by how long it lasts ("sáu tháng"), nor "how long?" by a date.
    if (e.kind === 'time' && c.q.kind === 'time' && (c.q.duration ? !DURATION_UNIT.test(e.text) : isDuration(e.text))) return false;
    if (e.kind === 'opinion') {
      if (c.q.critics && !isCritical(s.text, c.lang)) return false;
      // The view must be theirs: "Mayor Korhonen said … for residents" is not what residents said.
      const cueAt = wordAt(s, e.start);
      // "He said the union supported the ban": the holder may open what is said, just after "said (that) the".
      if (c.units.some((u) => u.holder) && !holderAt.some((p) => p < cueAt || opensWhatIsSaid(s, cueAt, p, c.lang))) return false;
    }
    return true;
  });
}

export const isName = (e: Entity) => e.kind === 'person' || e.kind === 'organisation';

/** "called", "named", "gọi là", "tên là" just before a name, after at most two words since the noun it names. */
const CALLED_BEFORE = /(?:^|\s)(\S+)(?:\s+\S+){0,2}?,?\s+(?:called|named|dubbed|known as|branded|gọi là|có tên(?: là)?|tên là|mang tên)\s+$/iu;

/** True when a name is what a noun of the question is called ("the model, called Skein"; "chatbot tên là Bác sĩ Sen"). */
function namesAsked(s: IndexedSentence, e: Entity, c: Context): boolean {
  const m = CALLED_BEFORE.exec(s.text.slice(Math.max(0, e.start - 40), e.start));
  if (!m) return false;
  const noun = foldedWords(m[0]).filter((w) => !/^(?:called|named|dubbed|known|as|branded|goi|la|co|ten|mang)$/.test(w));
  return noun.some((w) => c.asked.has(w) || c.asked.has(w.replace(/s$/, '')));
}

/** A sentence that opens on the one before's company: "Its chief executive, …", "Their founder …". */
const OPENS_WITH_ITS = /^(?:its|their)\s/i;

/**
 * True when a sentence is about someone else than the question names: "How many people work at Veltrix?" is not
 * answered by "Sandline … employs around 800 people", which names another company first and Veltrix nowhere.
 */
export function aboutSomeoneElse(s: IndexedSentence, c: Context, i = -1): boolean {
  if (c.askedNames.size === 0 || s.words.some((w) => c.askedNames.has(w.key.replace(/'s$/, '')))) return false;
  // "The system was built by Marrowby Sensing. Its chief executive, …": the chief of the company named just before.
  if (c.lang === 'en' && OPENS_WITH_ITS.test(s.text) && i > 0 && c.sentences) {
    const before = c.sentences[i - 1].entities.filter(isName);
    if (before.some((e) => e.kind === 'organisation') && !before.some((e) => foldedWords(e.text).some((w) => c.askedNames.has(w)))) return true;
  }
  const subject = s.entities.find(isName);
  // Where the question asks who, the person the sentence opens on is the answer, not someone else.
  return subject !== undefined && wordAt(s, subject.start) <= 1 && !FITTING[c.q.kind].includes(subject.kind);
}
