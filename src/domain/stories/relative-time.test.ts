import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time';

const NOW = Date.parse('2026-11-28T09:00:00+07:00');
const ago = (ms: number) => relativeTime(NOW - ms, NOW);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('relativeTime', () => {
  it('says "now" under a minute, either way', () => {
    expect(ago(0)).toEqual({ value: 0, unit: 'second' });
    expect(ago(59_000)).toEqual({ value: 0, unit: 'second' });
    expect(ago(-30_000)).toEqual({ value: 0, unit: 'second' });
  });

  it('counts whole minutes, hours and days down, never up', () => {
    expect(ago(MIN)).toEqual({ value: -1, unit: 'minute' });
    expect(ago(59 * MIN + 59_000)).toEqual({ value: -59, unit: 'minute' });
    expect(ago(HOUR)).toEqual({ value: -1, unit: 'hour' });
    expect(ago(23 * HOUR + 59 * MIN)).toEqual({ value: -23, unit: 'hour' });
    expect(ago(DAY)).toEqual({ value: -1, unit: 'day' });
    expect(ago(29 * DAY)).toEqual({ value: -29, unit: 'day' });
  });

  it('goes to months and years for old stories', () => {
    expect(ago(31 * DAY)).toEqual({ value: -1, unit: 'month' });
    expect(ago(364 * DAY)).toEqual({ value: -11, unit: 'month' });
    expect(ago(366 * DAY)).toEqual({ value: -1, unit: 'year' });
    expect(relativeTime(Date.parse('2025-02-03T20:00:00+07:00'), NOW)).toEqual({ value: -1, unit: 'year' });
  });

  it('is positive for a time ahead (a clock set wrong)', () => {
    expect(ago(-3 * HOUR)).toEqual({ value: 3, unit: 'hour' });
  });
});
