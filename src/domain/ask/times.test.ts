import { describe, expect, it } from 'vitest';
import { findTimes } from './times';

const times = (s: string, lang = 'en') => findTimes(s, lang).map((e) => e.text);

describe('findTimes, English', () => {
  it('reads months, weekdays, quarters and relative years with the words that place them', () => {
    expect(times('It launches next March, not on Tuesday.')).toEqual(['next March', 'on Tuesday']);
    expect(times('Deliveries start in the second quarter of 2027 and end by the end of the year.')).toEqual(['in the second quarter of 2027', 'by the end of the year']);
    expect(times('Sales in Q3 2025 will rise later this year.')).toEqual(['in Q3 2025', 'later this year']);
    expect(times('It was unveiled on 21 January, three years ago.')).toEqual(['on 21 January', 'three years ago']);
  });

  it('joins parts of one time and reads holidays and ranges of duration', () => {
    expect(times('We met at 9am on Tuesday, 4 March.')).toEqual(['at 9am on Tuesday, 4 March']);
    expect(times('The launch came as the Lunar New Year holiday began.')).toEqual(['the Lunar New Year holiday']);
    expect(times('A task takes between 5 and 30 minutes.')).toEqual(['between 5 and 30 minutes']);
  });

  it('does not read the modal "may" or a bare preposition as a time', () => {
    expect(times('The company may expand in Europe.')).toEqual([]);
  });
});

describe('findTimes, Vietnamese', () => {
  it('reads months, quarters, weekdays and relative days', () => {
    expect(times('Sản phẩm ra mắt vào tháng 3 năm sau.', 'vi')).toEqual(['vào tháng 3 năm sau']);
    expect(times('Mở rộng từ quý II/2027, hoặc cuối năm nay.', 'vi')).toEqual(['từ quý II/2027', 'cuối năm nay']);
    expect(times('Hôm qua, vào thứ ba, họ ký hợp đồng.', 'vi')).toEqual(['Hôm qua', 'vào thứ ba']);
    expect(times('Từ ngày 1/12, thành phố thí điểm trong sáu tháng.', 'vi')).toEqual(['Từ ngày 1/12', 'trong sáu tháng']);
  });

  it('reads two days of one month as one time', () => {
    expect(times('The union plans walkouts on 14 and 15 March.')).toEqual(['on 14 and 15 March']);
    expect(times('The fair runs 3-5 June.')).toEqual(['3-5 June']);
  });

  it('does not take the "đầu" of "bắt đầu" (begin) for a time\'s beginning', () => {
    expect(times('Vụ thu hoạch năm nay dự kiến bắt đầu từ cuối tháng 10.', 'vi')).toEqual(['năm nay', 'từ cuối tháng 10']);
  });

  it('does not read an ordinal "thứ hai" (second) or "năm" (five) as a time', () => {
    expect(times('Đây là lần thứ hai, năm người tham gia.', 'vi')).toEqual([]);
  });
});
