// Dates and times in a sentence, English and Vietnamese: "next March", "on Tuesday", "in the second quarter of 2027",
// "by the end of the year", "three years ago"; "tháng 3 năm sau", "quý II/2027", "vào thứ ba", "cuối năm nay",
// "hôm qua". A span keeps the words that place it ("by", "early", "vào", "cuối") and neighbouring parts are joined
// ("at 9am on Tuesday, 4 March").
import {
  DIGITS,
  EN_DAY_WORDS,
  EN_DURATION_UNITS,
  EN_HOLIDAYS,
  EN_MONTHS,
  EN_NUMBER_WORDS,
  EN_ORDINAL_PERIOD,
  EN_RELATIVE_UNITS,
  EN_TIME_LEAD,
  EN_WEEKDAYS,
  ROMAN_QUARTERS,
  VI_DAY_WORDS,
  VI_DURATION_UNITS,
  VI_HOLIDAYS,
  VI_MONTH_NUMBERS,
  VI_NUMBER_WORDS,
  VI_RELATIVE,
  VI_TIME_LEAD,
  VI_WEEKDAYS,
} from './entity-words';
import { WORD_END as E, WORD_START as B } from '../text/patterns';
import type { Entity } from './types';


/** Each alternative also with its first letter in capitals, for a sentence that starts with it ("By the end of"). */
const eitherCase = (alternatives: string) =>
  alternatives
    .split('|')
    .map((a) => (/^[a-z]/.test(a) ? `[${a[0]}${a[0].toUpperCase()}]${a.slice(1)}` : a))
    .join('|');

const YEAR = '(?:19|20)\\d{2}';
const EN_LEAD = `(?:(?:${eitherCase(EN_TIME_LEAD)}) )*`;
const ORDINAL_DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const EN_CORE = [
  // 21 January 2025, the 3rd of March, March 21, 2025, March next year
  // "14 and 15 March", "3-5 June": two days of one month are one time.
  `(?:(?:the )?(?:${ORDINAL_DAY}(?: (?:and|to|or) |[-–]))?${ORDINAL_DAY} (?:of )?(?:${EN_MONTHS})|(?:${EN_MONTHS})(?: ${ORDINAL_DAY}(?![\\d,.]\\d))?)(?:,? ${YEAR})?(?: (?:next|this|last) year)?`,
  `(?:${EN_WEEKDAYS})s?(?: (?:morning|afternoon|evening|night))?`,
  `(?:the )?(?:${eitherCase(EN_ORDINAL_PERIOD)}) (?:quarter|half)(?: of (?:the |this |next |last )?(?:${YEAR}|year|fiscal year|the year))?`,
  `Q[1-4](?: ?${YEAR}|/\\d{2,4})?|H[12](?: ?${YEAR})?|(?:fiscal |FY ?)${YEAR}`,
  `(?:the )?(?:${eitherCase('end|start|beginning|middle|turn|rest|close')}) of (?:the |this |next |last )?(?:${EN_RELATIVE_UNITS}|decade|century|${YEAR})`,
  `(?:${eitherCase('later|earlier|early|late')} )?(?:${eitherCase('next|last|this|the coming|the past|the previous|the following|the same|the current|coming')}) (?:(?:${EN_RELATIVE_UNITS})s?|days)`,
  `(?:(?:spring|summer|autumn|fall|winter) (?:of )?)?${YEAR}s?`,
  eitherCase(EN_DAY_WORDS),
  `(?:the )?(?:${EN_HOLIDAYS})(?: (?:holiday|holidays|season|break|weekend))?`,
  `(?:between )?(?:${DIGITS}|(?:${EN_NUMBER_WORDS})) (?:and|to) (?:${DIGITS}|(?:${EN_NUMBER_WORDS})) (?:${EN_DURATION_UNITS})`,
  `(?:(?:the )?(?:next|past|coming|last|first|following) )?(?:${DIGITS}|(?:${eitherCase(EN_NUMBER_WORDS)})(?:[ -](?:${EN_NUMBER_WORDS}))*|a|an|several|a few|a couple of)[ -](?:${EN_DURATION_UNITS})(?: (?:ago|later|earlier|from now|away))?`,
  `\\d{1,2}(?:[:.]\\d{2})? ?(?:a\\.m\\.|p\\.m\\.|am|pm)(?: [A-Z]{2,4})?|noon|midnight`,
];
// A time span starts on a lead word or a core part; "in", "on", "at", "by" lead only when a core part follows.
const EN_TIME = new RegExp(`${B}${EN_LEAD}(?:${EN_CORE.join('|')})(?![\\p{L}\\p{N}]|\\.\\d)`, 'gu');

const VI_LEAD = `(?:(?:${VI_TIME_LEAD}) )*`;
const VI_YEAR_TAIL = `(?:/${YEAR}| năm (?:${YEAR}|${VI_RELATIVE})| (?:này|tới|sau|trước|qua|vừa qua))?`;
const VI_CORE = [
  `(?:ngày )?\\d{1,2}[/-]\\d{1,2}(?:[/-](?:${YEAR}|\\d{2}))?`,
  `\\d{1,2}/${YEAR}`,
  `(?:ngày \\d{1,2} )?tháng (?:${VI_MONTH_NUMBERS})${VI_YEAR_TAIL}`,
  `ngày \\d{1,2}(?: tháng (?:${VI_MONTH_NUMBERS}))?(?: năm (?:${YEAR}|${VI_RELATIVE}))?`,
  `quý (?:${ROMAN_QUARTERS}|[1-4]|một|hai|ba|bốn|tư|đầu tiên|đầu|cuối)${VI_YEAR_TAIL}`,
  `(?:nửa đầu|nửa cuối|nửa sau|nửa đầu tiên|6 tháng đầu|6 tháng cuối|sáu tháng đầu|sáu tháng cuối) năm(?: (?:${YEAR}|${VI_RELATIVE}))?`,
  `năm (?:${YEAR}|nay|sau|tới|ngoái|trước|qua|kế tiếp|tiếp theo)`,
  `(?:tuần|tháng|quý|năm) (?:này|tới|sau|trước|qua|vừa qua)`,
  `(?:cuối|đầu|giữa) (?:năm|tháng|tuần|quý|thập kỷ)(?: (?:nay|này|sau|tới|trước|ngoái|${YEAR}))?`,
  `(?:(?:vào|hôm|sáng|chiều|tối|ngày|từ|đến) )(?:${VI_WEEKDAYS})(?: (?:tuần (?:này|trước|sau|tới|qua)|này|tới|vừa qua))?`,
  `(?:${VI_WEEKDAYS}) tuần (?:này|trước|sau|tới|qua)`,
  VI_DAY_WORDS,
  `(?:dịp |kỳ nghỉ )?(?:${VI_HOLIDAYS})`,
  `(?:từ )?(?:${DIGITS}|(?:${VI_NUMBER_WORDS})) (?:đến|tới|-) (?:${DIGITS}|(?:${VI_NUMBER_WORDS})) (?:${VI_DURATION_UNITS})`,
  `(?:${DIGITS}|(?:${VI_NUMBER_WORDS})(?: (?:${VI_NUMBER_WORDS}))?|vài|mấy|nhiều) (?:${VI_DURATION_UNITS})(?: (?:tới|qua|nữa|trước|sau|gần đây|vừa qua))?`,
  `\\d{1,2}(?:h|giờ)(?:\\d{2}| \\d{1,2} phút)?(?: (?:sáng|trưa|chiều|tối|đêm))?`,
  YEAR,
];
// "bắt đầu từ cuối tháng 10" (begins from late October): "đầu" there is half of "bắt đầu", no time's beginning.
const VI_TIME = new RegExp(`${B}(?<![Bb]ắt )${VI_LEAD}(?:${VI_CORE.join('|')})${E}`, 'giu');

/**
 * What may stand between two time spans that are one time: a space or a linking word ("at 9am on Tuesday", "ngày
 * 15/3 lúc 9h"), or a comma before a day's number ("Tuesday, 4 March", "thứ ba, ngày 21/1"); a comma before anything
 * else separates two times.
 */
const JOINER = /^(?: | (?:on|at|of|in|vào|lúc) )$/;
const COMMA_JOINER = /^, (?=\d|ngày )/;
/** A length of time ends here ("for six months"): what follows ("from 1 December") is another time, not part of it. */
const ENDS_IN_LENGTH = /(?:seconds|minutes|hours|days|weeks|months|years|decades|(?:\d|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài) (?:giây|phút|giờ|ngày|tuần|tháng|năm))$/iu;

/** Lead words alone are not a time: a span must hold a core part (checked by not being only lead words). */
const BARE_LEAD = new RegExp(`^(?:(?:${eitherCase(EN_TIME_LEAD)}|${VI_TIME_LEAD}) ?)+$`, 'u');

/** Dates and times, neighbouring ones joined. */
export function findTimes(sentence: string, lang: string): Entity[] {
  const re = lang === 'vi' ? VI_TIME : EN_TIME;
  const found: Entity[] = [];
  for (const m of sentence.matchAll(re)) {
    if (BARE_LEAD.test(m[0])) continue;
    const prev = found[found.length - 1];
    const between = sentence.slice(prev?.end ?? 0, m.index);
    const joins = prev && !ENDS_IN_LENGTH.test(prev.text) && (JOINER.test(between) || (between === ', ' && COMMA_JOINER.test(sentence.slice(prev.end))));
    if (prev && joins) {
      prev.end = m.index + m[0].length;
      prev.text = sentence.slice(prev.start, prev.end);
    } else found.push({ kind: 'time', text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return found;
}
