// Times said relative to now ("last year", "năm ngoái", "next month"): a question about one year is not answered by a
// sentence about another.

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
export function otherTime(asked: ReadonlySet<string> | undefined, text: string, lang: 'en' | 'vi'): boolean {
  if (!asked?.size) return false;
  const said = relativeTimes(text, lang);
  return [...asked].some((a) => !said.has(a) && [...said].some((t) => t.split(' ')[0] === a.split(' ')[0]));
}
