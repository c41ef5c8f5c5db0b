// Stories grouped under the local calendar day they were published on, as the Stories screen lists them by day.
import { byRecency } from '../news/order';
import { dayKeyOf } from '../day';
import type { DayKey, Story, StoryHead } from '../types';

type Listed = Pick<Story, 'id' | 'publishedAt'>;

export interface StoryDay<T extends Listed = StoryHead> {
  /** The local day (in the reader's time zone). */
  day: DayKey;
  /** That day's stories (their heads, as the screen lists them), newest first. */
  stories: T[];
}

/** Groups stories by local day in a time zone: newest day first, each day's stories newest first. */
export function groupByDay<T extends Listed>(stories: readonly T[], timeZone: string): StoryDay<T>[] {
  const days = new Map<DayKey, T[]>();
  for (const s of [...stories].sort(byRecency)) {
    const day = dayKeyOf(s.publishedAt, timeZone);
    const list = days.get(day);
    if (list) list.push(s);
    else days.set(day, [s]);
  }
  return [...days].map(([day, list]) => ({ day, stories: list })).sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
}

/** The day groups with only the stories a filter keeps; days left empty are dropped. */
export function filterDays<T extends Listed>(days: readonly StoryDay<T>[], keep: (s: T) => boolean): StoryDay<T>[] {
  return days.map((d) => ({ day: d.day, stories: d.stories.filter(keep) })).filter((d) => d.stories.length > 0);
}
