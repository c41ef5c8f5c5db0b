import { describe, expect, it } from 'vitest';
import { findClauses, isCritical } from './clauses';

const reasons = (s: string, lang = 'en') => findClauses(s, lang).filter((e) => e.kind === 'reason').map((e) => e.text);
const opinion = (s: string, lang = 'en') => findClauses(s, lang).find((e) => e.kind === 'opinion')?.text ?? null;

describe('reasons', () => {
  it('reads the clause after a cue, up to where the clause ends', () => {
    expect(reasons('Veltrix accepted the terms because the alternative was losing the contract altogether.')).toEqual(['because the alternative was losing the contract altogether']);
    expect(reasons('Prices rose in 2022 due to the energy crisis, but fell later.')).toEqual(['due to the energy crisis']);
    expect(reasons('Local pharmacies used it to deliver prescriptions during winter storms.')).toEqual(['to deliver prescriptions during winter storms']);
    expect(reasons('Trợ lý ảo được đưa vào hoạt động nhằm giảm tải cho tổng đài.', 'vi')).toEqual(['nhằm giảm tải cho tổng đài']);
  });

  it('reads no reason in "due to open", "vì vậy" (therefore) or "thay vì" (instead of)', () => {
    expect(reasons('The first halls are due to open in June.')).toEqual([]);
    expect(reasons('Vì vậy, ngân hàng không nên coi giọng nói là đủ.', 'vi')).toEqual([]);
    expect(reasons('AI chỉnh đèn thay vì chạy theo chu kỳ cố định.', 'vi')).toEqual([]);
  });
});

describe('opinions', () => {
  it('reads a view from where it is voiced, the speaker before it', () => {
    expect(opinion('Daniel Reyes said the rules would be hard to enforce.')).toBe('said the rules would be hard to enforce.');
    expect(opinion('Some doctors are wary.')).toBe('wary.');
    expect(opinion('Theo ông Lộc, AI có thể nhận diện sai.', 'vi')).toBe('AI có thể nhận diện sai.');
    expect(opinion('Chuyên gia cho rằng AI chỉ giải quyết một phần.', 'vi')).toBe('cho rằng AI chỉ giải quyết một phần.');
  });

  it('reads no view in a plain statement, nor in "giọng nói" (voice)', () => {
    expect(opinion('The licence covers up to 12,000 chips.')).toBeNull();
    expect(opinion('Khách hàng khóa thẻ bằng giọng nói.', 'vi')).toBeNull();
  });

  it('tells a critical view', () => {
    expect(isCritical('He warned that insurance rules are unclear.', 'en')).toBe(true);
    expect(isCritical('Một số nhà khoa học tỏ ra thận trọng.', 'vi')).toBe(true);
    expect(isCritical('She said sales would double.', 'en')).toBe(false);
  });
});

describe('findClauses, denied reasons', () => {
  it('gives no reason that the sentence denies', () => {
    expect(reasons('"We did not go public because we needed the cash," she said.')).toEqual([]);
    expect(reasons('Công ty không phải vì thiếu vốn mà bán mình.', 'vi')).toEqual([]);
    expect(reasons('We did it because our customers want to know.')).toEqual(['because our customers want to know']);
  });
});
