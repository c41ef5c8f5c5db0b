import { describe, expect, it } from 'vitest';
import { findAmounts } from './amounts';

const amounts = (s: string, lang = 'en') => findAmounts(s, lang).filter((e) => e.kind === 'amount').map((e) => e.text);
const numbers = (s: string, lang = 'en') => findAmounts(s, lang).filter((e) => e.kind === 'number').map((e) => e.text);

describe('findAmounts, English', () => {
  it('reads money with a sign, a word, a magnitude and what it is per', () => {
    expect(amounts('The deal is worth $1.2bn.')).toEqual(['worth $1.2bn']);
    expect(amounts('It costs $999, or $20 a month.')).toEqual(['$999', '$20 a month']);
    expect(amounts('They will invest about 500 billion dollars.')).toEqual(['about 500 billion dollars']);
    expect(amounts('Notara raised €30m; the utility spends €18 million.')).toEqual(['€30m', '€18 million']);
    expect(amounts('It raised two hundred million dollars.')).toEqual(['two hundred million dollars']);
    // Other currencies by sign or code: the rand, the Swiss franc, the rupee.
    expect(amounts('The contract is worth R148 million.')).toEqual(['worth R148 million']);
    expect(amounts('It paid CHF 12 million.')).toEqual(['CHF 12 million']);
  });

  it('reads a range with its currency said once, and costing nothing', () => {
    expect(amounts('SoftBank may invest between 15 billion and 25 billion US dollars.')).toEqual(['between 15 billion and 25 billion US dollars']);
    expect(amounts('The app is free for farmers.')).toEqual(['is free']);
  });

  it('reads percentages and counts with the noun they count', () => {
    expect(numbers('Shares fell 17 percent, then 3.5% more.')).toEqual(['17 percent', '3.5%']);
    expect(numbers('It is used in 90 clinics by 1,400 clinicians.')).toEqual(['90 clinics', '1,400 clinicians']);
    expect(numbers('It made more than three thousand flights.')).toEqual(['more than three thousand flights']);
  });

  it('takes no model number for a count ("Kestrel-4", "GPT-5")', () => {
    expect(numbers('The Kestrel-4 chip beats GPT-5.')).toEqual([]);
  });
});

describe('findAmounts, Vietnamese', () => {
  it('reads money in đồng, USD, spelled and per unit', () => {
    expect(amounts('Dự án tốn khoảng 120 tỷ đồng.', 'vi')).toEqual(['khoảng 120 tỷ đồng']);
    expect(amounts('Công ty gọi được 1,5 triệu USD (khoảng 38 tỷ đồng).', 'vi')).toEqual(['1,5 triệu USD', 'khoảng 38 tỷ đồng']);
    expect(amounts('Giá là hai trăm triệu đồng, phí 50.000 đồng/tháng.', 'vi')).toEqual(['hai trăm triệu đồng', '50.000 đồng/tháng']);
    expect(amounts('Ứng dụng được cung cấp miễn phí.', 'vi')).toEqual(['miễn phí']);
  });

  it('reads percentages and counts, spelled ones only where they count something', () => {
    expect(numbers('Giảm 25% chi phí với hơn 200 kỹ sư.', 'vi')).toEqual(['25%', 'hơn 200 kỹ sư']);
    expect(numbers('Liên doanh có khoảng một nghìn nhân sự và ba công ty.', 'vi')).toEqual(['khoảng một nghìn nhân sự', 'ba công ty']);
    expect(numbers('Năm nay công ty mở rộng.', 'vi')).toEqual([]);
  });
  it('does not read "đồng hồ" (a meter) after a number as money', () => {
    expect(findAmounts('Công ty gắn thiết bị cho 25.000 đồng hồ nước, giá 520.000 đồng.', 'vi').map((e) => `${e.kind}:${e.text}`)).toEqual(['number:25.000 đồng hồ', 'amount:520.000 đồng']);
  });
});
