import { describe, expect, it } from 'vitest';
import { isRate, stepRate } from './rate';

describe('speaking rate', () => {
  it('steps by a quarter between 0.5 and 2', () => {
    expect(stepRate(1, 1)).toBe(1.25);
    expect(stepRate(1, -1)).toBe(0.75);
    expect(stepRate(1.75, 1)).toBe(2);
    expect(stepRate(2, 1)).toBeNull();
    expect(stepRate(0.5, -1)).toBeNull();
    expect(stepRate(1.1, 1)).toBe(1.25);
  });

  it('accepts only rates in range', () => {
    expect(isRate(1.5)).toBe(true);
    expect(isRate(3)).toBe(false);
    expect(isRate('1')).toBe(false);
  });
});
