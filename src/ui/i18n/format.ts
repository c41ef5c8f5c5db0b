// Formatting the catalogs share: a day's heading, how long ago, a language's name; each in the interface locale.
import { daysBetween } from '../../domain/day';
import { relativeTime } from '../../domain/stories/relative-time';
import type { DayKey } from '../../domain/types';

const cached = <T>(make: (locale: string) => T) => {
  const made = new Map<string, T>();
  return (locale: string): T => {
    let v = made.get(locale);
    if (v === undefined) made.set(locale, (v = make(locale)));
    return v;
  };
};

const dates = cached((locale) => ({
  sameYear: new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric' }),
  otherYear: new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }),
}));
const relative = cached((locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
const languages = cached((locale) => new Intl.DisplayNames(locale, { type: 'language' }));

/** A local day as a heading: the word for today or yesterday, else its date ("Friday, November 27"; the year when not this year's). */
export function dayHeading(day: DayKey, today: DayKey, locale: string, near: { today: string; yesterday: string }): string {
  const diff = daysBetween(day, today);
  if (diff === 0) return near.today;
  if (diff === 1) return near.yesterday;
  const [y, m, d] = day.split('-').map(Number);
  const f = dates(locale);
  return (day.slice(0, 4) === today.slice(0, 4) ? f.sameYear : f.otherYear).format(Date.UTC(y, m - 1, d));
}

/** "3 hours ago", "yesterday", "last year". */
export function timeAgo(then: number, now: number, locale: string): string {
  const { value, unit } = relativeTime(then, now);
  return relative(locale).format(value, unit);
}

/** A language's name from its code ("vi" → "Vietnamese"), or the code when the browser has no name for it. */
export function languageName(code: string, locale: string): string {
  try {
    return languages(locale).of(code) ?? code;
  } catch {
    return code;
  }
}
