// Money amounts and other numbers in a sentence, English and Vietnamese: "$1.2bn", "two hundred million dollars",
// "500 tỷ USD", "hai trăm triệu đồng"; "17 percent", "2,000 chips", "40 quốc gia". A span keeps the words that
// qualify it ("about", "a month", "khoảng", "/tháng") so that it can be spoken back alone.
import {
  CURRENCY_SIGNS,
  DIGITS,
  EN_AMOUNT_MODIFIERS,
  EN_CURRENCY_WORDS,
  EN_NUMBER_WORDS,
  EN_PER,
  EN_PERCENT,
  VI_AMOUNT_MODIFIERS,
  VI_CURRENCY_WORDS,
  VI_MAGNITUDE,
  VI_NUMBER_WORDS,
  VI_PER,
  VI_PERCENT,
} from './entity-words';
import type { Entity } from './types';

/** Not inside a word, nor a model number after a hyphen ("Kestrel-4", "GPT-5"). */
const B = '(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]-)';
const E = '(?![\\p{L}\\p{N}])';
const pattern = (source: string, flags = 'giu') => new RegExp(`${B}(?:${source})${E}`, flags);

// English: a number in digits with its magnitude ("1.2bn", "5 million"), or spelled ("two hundred million").
const EN_NUM = `${DIGITS}(?:(?:bn|tn|mn|m|b|k)|(?: (?:trillion|billion|million|thousand|hundred))+)?`;
const EN_SPELLED = `(?:an? )?(?:${EN_NUMBER_WORDS})(?:(?:[ -]| and | a | of )(?:${EN_NUMBER_WORDS}))*`;
const EN_MOD = `(?:(?:${EN_AMOUNT_MODIFIERS}) )?`;
const EN_MONEY_ONE = `(?:(?:${CURRENCY_SIGNS})${EN_NUM}(?: (?:${EN_CURRENCY_WORDS}))?|(?:${EN_NUM}|${EN_SPELLED}) (?:${EN_CURRENCY_WORDS}))`;
/** A range with the currency said once: "between 15 billion and 25 billion US dollars", "60 to 65 billion dollars". */
const EN_MONEY_RANGE = `(?:between )?${EN_NUM}(?: and | to |-|–)${EN_MONEY_ONE}`;
const EN_MONEY = pattern(`${EN_MOD}(?:${EN_MONEY_RANGE}|${EN_MONEY_ONE}(?:(?: to | and |-|–)${EN_MONEY_ONE})?)(?: ${EN_PER})?`);
const EN_PERCENT_RE = pattern(`${EN_MOD}(?:${DIGITS}|${EN_SPELLED}) ?(?:${EN_PERCENT})`);
/** A count: digits (with a magnitude) and the noun they count, or a spelled number before a noun. */
// "100 kilograms an hour", "12 hectares an hour": a rate keeps what it is per.
const EN_COUNT = pattern(`${EN_MOD}${EN_NUM}(?:[ -][a-z][a-z-]*)?(?: ${EN_PER}(?![\\p{L}]))?|${EN_MOD}(?:${EN_SPELLED}) [a-z][a-z-]*`, 'gu');

// Vietnamese: digits with magnitudes ("1,2 tỷ", "500 nghìn tỷ") or spelled ("hai trăm triệu").
const VI_NUM = `${DIGITS}(?: ?(?:${VI_MAGNITUDE}))*`;
const VI_SPELLED = `(?:${VI_NUMBER_WORDS})(?: (?:${VI_NUMBER_WORDS}))*`;
const VI_MOD = `(?:(?:${VI_AMOUNT_MODIFIERS}) )?`;
// "25.000 đồng hồ nước" counts water meters (đồng hồ): no money.
const VI_MONEY_ONE = `(?:(?:${CURRENCY_SIGNS})${EN_NUM}|(?:${VI_NUM}|${VI_SPELLED}) ?(?:${VI_CURRENCY_WORDS})(?! hồ(?![\\p{L}\\p{M}])))`;
const VI_MONEY = pattern(`${VI_MOD}${VI_MONEY_ONE}(?:(?: đến | tới |-|–)${VI_MONEY_ONE})?(?:${VI_PER})?`);
const VI_PERCENT_RE = pattern(`${VI_MOD}(?:${DIGITS}|${VI_SPELLED}) ?(?:${VI_PERCENT})`);
/** Classifiers and nouns a spelled Vietnamese count comes before ("ba công ty"), so "năm" the year is not read as five. */
const VI_COUNTED = 'người|công ty|hãng|chiếc|quốc gia|nước|lần|mô hình|doanh nghiệp|nhà máy|trung tâm|thành phố|tỉnh|nhân viên|kỹ sư';
/** A spelled count: with a magnitude ("một nghìn nhân sự", "hàng trăm người") or before a counted noun ("ba công ty"). */
const VI_SPELLED_COUNT = `(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|hàng|mấy)(?: (?:${VI_NUMBER_WORDS}|chục))* (?:trăm|nghìn|ngàn|triệu|tỷ|tỉ|chục)|(?:hai|ba|bốn|sáu|bảy|tám|chín|mười|vài)(?: (?:${VI_NUMBER_WORDS}))*(?= (?:${VI_COUNTED}))`;
const VI_COUNT = pattern(`${VI_MOD}(?:${VI_NUM}|${VI_SPELLED_COUNT})(?: [\\p{Ll}\\p{M}]+){0,2}`);

/** Shares said as fractions: "half of the venture", "two-thirds of the money", "một nửa cổ phần". */
const EN_FRACTION = pattern('(?:a |one )?(?:half|third|quarter)(?: of)?|(?:one|two)-thirds?|three-quarters?|(?:one|two|three) (?:thirds?|quarters?)');
const VI_FRACTION = pattern('một nửa|nửa|một phần ba|hai phần ba|một phần tư|ba phần tư|phân nửa');

/** Costing nothing is an amount too: "free of charge", "miễn phí". */
const EN_FREE = pattern('free of charge|for free|at no (?:extra )?cost|no charge|(?:is|are|be|remains?|stays?) free');
const VI_FREE = pattern('miễn phí');

/** Words a count may not end on: a count's noun is a content word, not "of" or "và". */
const TRAILING_FUNCTION_WORDS = new Set(
  'of|and|the|in|to|a|an|on|for|by|at|is|was|were|are|from|with|as|or|per|that|this|than|it|its|has|have|had|will|would|be|been|và|của|là|có|được|cho|các|những|một|trong|với|này|đã|sẽ|đang|không|để|từ|theo|khi|về|ra|vào|đến|cũng|nhưng|thì|như|tại|do|bị|rằng|nên|vì|hơn|trên|sau|so|với|năm|tháng|ngày'.split('|'),
);

function trimTrailing(text: string): string {
  const words = text.split(' ');
  while (words.length > 1 && TRAILING_FUNCTION_WORDS.has(words[words.length - 1].toLowerCase())) words.pop();
  return words.join(' ');
}

function spans(sentence: string, re: RegExp, kind: Entity['kind'], trim = false): Entity[] {
  const out: Entity[] = [];
  for (const m of sentence.matchAll(re)) {
    const text = trim ? trimTrailing(m[0]) : m[0];
    // A bare single word that only looked like a number ("one", "a") counts nothing.
    if (kind === 'number' && !/\d/.test(text) && text.split(' ').length < 2 && !/^(?:half|nửa)$/i.test(text)) continue;
    out.push({ kind, text, start: m.index, end: m.index + text.length });
  }
  return out;
}

/** Spans kept in order of preference, none overlapping one kept before it (money over the number inside it). */
function firstClaims(found: Entity[]): Entity[] {
  const kept: Entity[] = [];
  for (const e of found) if (!kept.some((k) => k.start < e.end && e.start < k.end)) kept.push(e);
  return kept.sort((a, b) => a.start - b.start);
}

/** Money amounts, percentages and counts, in reading order; a money amount wins over the number inside it. */
export function findAmounts(sentence: string, lang: string): Entity[] {
  if (lang === 'vi') {
    return firstClaims([...spans(sentence, VI_MONEY, 'amount'), ...spans(sentence, VI_FREE, 'amount'), ...spans(sentence, VI_PERCENT_RE, 'number'), ...spans(sentence, VI_COUNT, 'number', true), ...spans(sentence, VI_FRACTION, 'number')]);
  }
  return firstClaims([...spans(sentence, EN_MONEY, 'amount'), ...spans(sentence, EN_FREE, 'amount'), ...spans(sentence, EN_PERCENT_RE, 'number'), ...spans(sentence, EN_COUNT, 'number', true), ...spans(sentence, EN_FRACTION, 'number', true)]);
}
