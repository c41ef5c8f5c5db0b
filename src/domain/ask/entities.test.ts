import { describe, expect, it } from 'vitest';
import { findEntities } from './entities';

const kinds = (s: string, lang = 'en') => findEntities(s, lang).map((e) => `${e.kind}:${e.text}`);

describe('findEntities', () => {
  it('gives money over the number in it and a date over a count of years, in reading order', () => {
    expect(kinds('Meta will spend $65bn over four years, starting in 2026.')).toEqual(['organisation:Meta', 'amount:$65bn', 'time:over four years', 'time:starting in 2026']);
  });

  it('keeps clauses beside the spans they hold', () => {
    expect(kinds('Shares fell 17% on Monday because investors feared cheaper models.')).toEqual([
      'number:17%',
      'time:on Monday',
      'reason:because investors feared cheaper models',
      'opinion:feared cheaper models.',
    ]);
  });

  it('reads a Vietnamese sentence', () => {
    expect(kinds('DHB dự kiến mở rộng dịch vụ cho khách hàng doanh nghiệp từ quý II/2027.', 'vi')).toEqual(['organisation:DHB', 'time:từ quý II/2027']);
  });
});
