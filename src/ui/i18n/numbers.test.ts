import { describe, expect, it } from 'vitest';
import { countFormatter } from './numbers';

describe('countFormatter', () => {
  it('groups thousands as each language writes them', () => {
    expect(countFormatter('en-US')(10032)).toBe('10,032');
    expect(countFormatter('vi-VN')(10032)).toBe('10.032');
    expect(countFormatter('en-US')(1000)).toBe('1,000');
  });

  it('writes small counts, negatives and fractions as the locale does', () => {
    expect(countFormatter('en-US')(32)).toBe('32');
    expect(countFormatter('vi-VN')(999)).toBe('999');
    expect(countFormatter('en-US')(-1500)).toBe('-1,500');
    expect(countFormatter('vi-VN')(2.5)).toBe('2,5');
  });
});
