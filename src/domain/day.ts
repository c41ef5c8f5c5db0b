// Calendar days in a given time zone: a story's "today" is the reader's local day, not UTC's.
import type { DayKey } from './types';

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock fields of an instant in a time zone. */
function wallClock(epochMs: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(epochMs)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return parts as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** Offset of the time zone from UTC at an instant, in milliseconds (Hanoi: +7 h). */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const w = wallClock(epochMs, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (epochMs - (((epochMs % 1000) + 1000) % 1000));
}

/** The local hour (0–23) of an instant in a time zone. */
export function localHour(epochMs: number, timeZone: string): number {
  return wallClock(epochMs, timeZone).hour;
}

/** The local calendar day of an instant in a time zone. */
export function dayKeyOf(epochMs: number, timeZone: string): DayKey {
  const w = wallClock(epochMs, timeZone);
  return toKey(w.year, w.month, w.day);
}

function toKey(year: number, month: number, day: number): DayKey {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const KEY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a well-formed, existing calendar day like 2025-02-03. */
export function isDayKey(value: string): boolean {
  const m = KEY_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Midnight UTC of a day key, used only for calendar arithmetic. */
function utcMidnight(day: DayKey): number {
  const m = KEY_RE.exec(day);
  if (!m) throw new RangeError(`Not a day key: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** The day `n` days after (or before, when negative) a day. */
export function addDays(day: DayKey, n: number): DayKey {
  const d = new Date(utcMidnight(day) + n * DAY_MS);
  return toKey(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: DayKey): number {
  return new Date(utcMidnight(day)).getUTCDay();
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: DayKey, b: DayKey): number {
  return Math.round((utcMidnight(b) - utcMidnight(a)) / DAY_MS);
}

/** The instant a local wall-clock time happens in a time zone (DST gaps resolve forward). */
function zonedToEpoch(day: DayKey, timeZone: string): number {
  const wallAsUtc = utcMidnight(day);
  // Two passes settle the offset across DST changes near midnight.
  let guess = wallAsUtc - zoneOffsetMs(wallAsUtc, timeZone);
  guess = wallAsUtc - zoneOffsetMs(guess, timeZone);
  return guess;
}

/** The instants a local day covers: [start, end), in epoch milliseconds. */
export function dayRange(day: DayKey, timeZone: string): { start: number; end: number } {
  return { start: zonedToEpoch(day, timeZone), end: zonedToEpoch(addDays(day, 1), timeZone) };
}

/** The instants an inclusive run of local days covers: [start of from, end of to). */
export function daysRange(from: DayKey, to: DayKey, timeZone: string): { start: number; end: number } {
  return { start: dayRange(from, timeZone).start, end: dayRange(to, timeZone).end };
}

/** The UTC day key of an instant (storage buckets are UTC days so a time-zone change never invalidates them). */
export function utcDayKey(epochMs: number): DayKey {
  const d = new Date(epochMs);
  return toKey(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
