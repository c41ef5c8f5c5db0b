// Stories grouped under the local calendar day they were published on, as the Stories screen lists them by day.
import { byRecency } from '../news/order';
import { dayKeyOf } from '../day';
import type { DayKey, Story } from '../types';

export interface StoryDay {
  /** The local day (in the reader's time zone). */
  day: DayKey;
  /** That day's stories, newest first. */
  stories: Story[];
}

/** Groups stories by local day in a time zone: newest day first, each day's stories newest first. */
export function groupByDay(stories: readonly Story[], timeZone: string): StoryDay[] {
  const days = new Map<DayKey, Story[]>();
  for (const s of [...stories].sort(byRecency)) {
    const day = dayKeyOf(s.publishedAt, timeZone);
    const list = days.get(day);
    if (list) list.push(s);
    else days.set(day, [s]);
  }
  return [...days].map(([day, list]) => ({ day, stories: list })).sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
}

/** The day groups with only the stories a filter keeps; days left empty are dropped. */
export function filterDays(days: readonly StoryDay[], keep: (s: Story) => boolean): StoryDay[] {
  return days.map((d) => ({ day: d.day, stories: d.stories.filter(keep) })).filter((d) => d.stories.length > 0);
}
