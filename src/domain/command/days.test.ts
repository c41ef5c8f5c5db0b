import { describe, expect, it } from 'vitest';
import { compileDays, findDays } from './days';
import { en } from './grammar-en';
import { vi } from './grammar-vi';
import { compileNumbers } from './numbers';
import { hasDiacritics, tokenize } from './tokens';

// Saturday 28 November 2026.
const TODAY = '2026-11-28';

function days(text: string, lang: 'en' | 'vi' = 'en', today = TODAY) {
  const g = lang === 'en' ? en : vi;
  const fold = !hasDiacritics(text);
  const keys = tokenize(text, fold).map((t) => t.key);
  const words = [...Object.keys(g.numbers.units), ...Object.keys(g.numbers.tens), ...Object.keys(g.numbers.fixed)];
  const hit = findDays(keys, compileDays(g.days, fold, words), compileNumbers(g.numbers, fold), today);
  return hit ? `${hit.from}..${hit.to}` : null;
}

describe('English day expressions', () => {
  it.each([
    ['news today', '2026-11-28..2026-11-28'],
    ['this morning', '2026-11-28..2026-11-28'],
    ['tonight', '2026-11-28..2026-11-28'],
    ["yesterday's headlines", '2026-11-27..2026-11-27'],
    ['last night', '2026-11-27..2026-11-27'],
    ['the day before yesterday', '2026-11-26..2026-11-26'],
    ['on saturday', '2026-11-28..2026-11-28'],
    ['friday', '2026-11-27..2026-11-27'],
    ['monday', '2026-11-23..2026-11-23'],
    ['sunday', '2026-11-22..2026-11-22'],
    ['last saturday', '2026-11-21..2026-11-21'],
    ['monday last week', '2026-11-16..2026-11-16'],
    ['this week', '2026-11-23..2026-11-28'],
    ['last week', '2026-11-16..2026-11-22'],
    ['the past week', '2026-11-22..2026-11-28'],
    ['the last 3 days', '2026-11-26..2026-11-28'],
    ['the last three days', '2026-11-26..2026-11-28'],
    ['the past couple of days', '2026-11-27..2026-11-28'],
    ['two days ago', '2026-11-26..2026-11-26'],
    ['from two days ago', '2026-11-26..2026-11-26'],
    ['the briefing from 3 days ago', '2026-11-25..2026-11-25'],
    ['the last two months', '2026-09-29..2026-11-28'],
    ['November 27', '2026-11-27..2026-11-27'],
    ['november twenty seventh', '2026-11-27..2026-11-27'],
    ['the 27th of november', '2026-11-27..2026-11-27'],
    ['December 25', '2025-12-25..2025-12-25'],
    ['27/11', '2026-11-27..2026-11-27'],
    ['11/27', '2026-11-27..2026-11-27'],
    ['3/11', '2026-03-11..2026-03-11'],
    ['2025-02-03', '2025-02-03..2025-02-03'],
    ['february 3 2025', '2025-02-03..2025-02-03'],
    ['in april', '2026-04-01..2026-04-30'],
    ['in december', '2025-12-01..2025-12-31'],
    ['this month', '2026-11-01..2026-11-28'],
    ['last month', '2026-10-01..2026-10-31'],
    ['the fifteenth', '2026-11-15..2026-11-15'],
    ['since monday', '2026-11-23..2026-11-28'],
    ['this weekend', '2026-11-28..2026-11-28'],
    ['last weekend', '2026-11-21..2026-11-22'],
  ])('%s → %s', (text, range) => {
    expect(days(text)).toBe(range);
  });

  it('finds nothing where no day is named, and rejects impossible dates', () => {
    expect(days('the latest news about chips')).toBeNull();
    expect(days('february 30')).toBeNull();
    expect(days('may i hear the news')).toBeNull();
  });

  it('resolves "this weekend" on a weekday to the weekend just past', () => {
    expect(days('this weekend', 'en', '2026-11-25')).toBe('2026-11-21..2026-11-22');
  });

  it('crosses year boundaries', () => {
    expect(days('yesterday', 'en', '2026-01-01')).toBe('2025-12-31..2025-12-31');
    expect(days('last month', 'en', '2026-01-15')).toBe('2025-12-01..2025-12-31');
  });
});

describe('Vietnamese day expressions', () => {
  it.each([
    ['tin hôm nay', '2026-11-28..2026-11-28'],
    ['tin hom nay', '2026-11-28..2026-11-28'],
    ['sáng nay', '2026-11-28..2026-11-28'],
    ['hôm qua', '2026-11-27..2026-11-27'],
    ['tối qua', '2026-11-27..2026-11-27'],
    ['hôm kia', '2026-11-26..2026-11-26'],
    ['hôm thứ hai', '2026-11-23..2026-11-23'],
    ['thứ 6', '2026-11-27..2026-11-27'],
    ['thu bay', '2026-11-28..2026-11-28'],
    ['chủ nhật', '2026-11-22..2026-11-22'],
    ['chủ nhật tuần trước', '2026-11-22..2026-11-22'],
    ['thứ hai tuần trước', '2026-11-16..2026-11-16'],
    ['tuần này', '2026-11-23..2026-11-28'],
    ['tuần trước', '2026-11-16..2026-11-22'],
    ['ba ngày qua', '2026-11-26..2026-11-28'],
    ['3 ngày gần đây', '2026-11-26..2026-11-28'],
    ['ngày 27 tháng 11', '2026-11-27..2026-11-27'],
    ['ngày hai mươi bảy tháng mười một', '2026-11-27..2026-11-27'],
    ['mùng năm tháng mười', '2026-10-05..2026-10-05'],
    ['27/11', '2026-11-27..2026-11-27'],
    ['25/12', '2025-12-25..2025-12-25'],
    ['tháng 10', '2026-10-01..2026-10-31'],
    ['từ thứ hai', '2026-11-23..2026-11-28'],
    ['tháng trước', '2026-10-01..2026-10-31'],
  ])('%s → %s', (text, range) => {
    expect(days(text, 'vi')).toBe(range);
  });

  it('reads 21 and 25 the Vietnamese way', () => {
    expect(days('ngày hai mươi mốt tháng mười', 'vi')).toBe('2026-10-21..2026-10-21');
    expect(days('ngày hai mươi lăm tháng mười', 'vi')).toBe('2026-10-25..2026-10-25');
    expect(days('ngày mười lăm tháng mười', 'vi')).toBe('2026-10-15..2026-10-15');
  });
});
