import { describe, expect, it } from 'vitest';
import { addDays, dayKeyOf, dayRange, daysBetween, isDayKey, utcDayKey, weekdayOf, zoneOffsetMs } from './day';

const HCM = 'Asia/Ho_Chi_Minh';
const NY = 'America/New_York';

describe('dayKeyOf', () => {
  it('puts 00:30 in Hanoi on the Hanoi day even though it is the previous day in UTC', () => {
    const t = Date.parse('2026-11-28T00:30:00+07:00');
    expect(utcDayKey(t)).toBe('2026-11-27');
    expect(dayKeyOf(t, HCM)).toBe('2026-11-28');
    expect(dayKeyOf(t, 'UTC')).toBe('2026-11-27');
  });

  it('handles the extreme offsets +14 and -11', () => {
    const t = Date.parse('2026-01-01T11:00:00Z');
    expect(dayKeyOf(t, 'Pacific/Kiritimati')).toBe('2026-01-02');
    expect(dayKeyOf(t, 'Pacific/Pago_Pago')).toBe('2026-01-01');
    expect(dayKeyOf(Date.parse('2026-01-01T10:59:59Z'), 'Pacific/Pago_Pago')).toBe('2025-12-31');
  });
});

describe('dayRange', () => {
  it('covers exactly 24 hours in Hanoi, starting at 17:00 UTC the day before', () => {
    const r = dayRange('2026-11-28', HCM);
    expect(new Date(r.start).toISOString()).toBe('2026-11-27T17:00:00.000Z');
    expect(r.end - r.start).toBe(86_400_000);
  });

  it('is 23 hours on the New York spring-forward day and 25 on the fall-back day', () => {
    const spring = dayRange('2026-03-08', NY);
    expect((spring.end - spring.start) / 3_600_000).toBe(23);
    expect(new Date(spring.start).toISOString()).toBe('2026-03-08T05:00:00.000Z');
    const fall = dayRange('2026-11-01', NY);
    expect((fall.end - fall.start) / 3_600_000).toBe(25);
    expect(new Date(fall.end).toISOString()).toBe('2026-11-02T05:00:00.000Z');
  });

  it('agrees with dayKeyOf at both edges', () => {
    for (const tz of [HCM, NY, 'Europe/London', 'Pacific/Kiritimati', 'Asia/Kolkata']) {
      const r = dayRange('2026-07-15', tz);
      expect(dayKeyOf(r.start, tz)).toBe('2026-07-15');
      expect(dayKeyOf(r.end - 1, tz)).toBe('2026-07-15');
      expect(dayKeyOf(r.end, tz)).toBe('2026-07-16');
    }
  });
});

describe('calendar arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2025-12-31', '2026-01-02')).toBe(2);
  });

  it('knows weekdays and valid keys', () => {
    expect(weekdayOf('2026-11-28')).toBe(6);
    expect(weekdayOf('2025-02-03')).toBe(1);
    expect(isDayKey('2025-02-29')).toBe(false);
    expect(isDayKey('2024-02-29')).toBe(true);
    expect(isDayKey('2024-2-9')).toBe(false);
  });

  it('reports the zone offset', () => {
    expect(zoneOffsetMs(Date.parse('2026-06-01T00:00:00Z'), HCM)).toBe(7 * 3_600_000);
    expect(zoneOffsetMs(Date.parse('2026-06-01T00:00:00Z'), NY)).toBe(-4 * 3_600_000);
  });
});
