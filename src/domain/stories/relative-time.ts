// How long ago something happened, in the largest unit that says it well, for Intl.RelativeTimeFormat.

export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The average Gregorian month and year. */
const MONTH = 30.436875 * DAY;
const YEAR = 365.2425 * DAY;

/**
 * The time from `now` to `then` as a whole number of one unit: negative in the past ("3 hours ago" is
 * { value: -3, unit: 'hour' }). Under a minute is 0 seconds ("now"); whole units are counted down, never rounded up,
 * so a story from 59 minutes ago is not "1 hour ago".
 */
export function relativeTime(then: number, now: number): { value: number; unit: TimeUnit } {
  const diff = then - now;
  const size = Math.abs(diff);
  const sign = diff < 0 ? -1 : 1;
  const whole = (unit: number) => sign * Math.floor(size / unit) || 0;
  if (size < MINUTE) return { value: 0, unit: 'second' };
  if (size < HOUR) return { value: whole(MINUTE), unit: 'minute' };
  if (size < DAY) return { value: whole(HOUR), unit: 'hour' };
  if (size < MONTH) return { value: whole(DAY), unit: 'day' };
  if (size < YEAR) return { value: whole(MONTH), unit: 'month' };
  return { value: whole(YEAR), unit: 'year' };
}
