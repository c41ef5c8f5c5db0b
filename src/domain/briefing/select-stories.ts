// Which stories a briefing tells: those of the days asked (falling back to the latest day that has any), or those
// about a topic (in the days asked, else the newest week, the month when the week has too few). Reads through a small
// reader so it runs on the device's archive, a read-ahead cache or a list in a test alike.
import { dayKeyOf, daysRange } from '../day';
import type { DayKey, Story } from '../types';

const DAY_MS = 86_400_000;
/** A topic with no days named is looked for in the newest week of stories on the device, then the month. */
export const TOPIC_WINDOWS_DAYS = [7, 30];
/** A week with this many stories about the topic is enough for a briefing (it tells at most 10). */
export const ENOUGH_TOPIC_STORIES = 10;

/** What choosing stories reads: the stories of a span, and where the newest story before an instant is. */
export interface StoryReader {
  /** Stories published in [start, end), epoch milliseconds. */
  listBetween(start: number, end: number): Promise<Story[]>;
  /** Publication time of the newest story published before `end`, or null. */
  latestBefore(end: number): Promise<number | null>;
}

export interface DayRange {
  from: DayKey;
  to: DayKey;
}

export interface DaySelection {
  stories: Story[];
  /** The days the stories are from: those asked, the latest earlier day that had some, or null when none had any. */
  served: DayRange | null;
}

/**
 * The stories of the days asked that `keep` accepts; when those days have none, the latest earlier day that has
 * some (a day with stories, none of them kept, counts as empty).
 */
export async function selectDayStories(reader: StoryReader, requested: DayRange, timeZone: string, keep: (s: Story) => boolean): Promise<DaySelection> {
  const span = daysRange(requested.from, requested.to, timeZone);
  let stories = (await reader.listBetween(span.start, span.end)).filter(keep);
  let served: DayRange | null = requested;
  for (let before = span.start; stories.length === 0; ) {
    const latest = await reader.latestBefore(before);
    served = null;
    if (latest === null) break;
    const day = dayKeyOf(latest, timeZone);
    const range = daysRange(day, day, timeZone);
    stories = (await reader.listBetween(range.start, range.end)).filter(keep);
    served = { from: day, to: day };
    before = range.start;
  }
  return { stories, served };
}

export interface TopicSelection {
  /** The stories about the topic (score > 0). */
  stories: Story[];
  /** Every story read while looking (for suggesting nearby topics when none is about it). */
  candidates: Story[];
  /** The days looked in: those asked, or the window read; null when the device has no stories at all. */
  days: DayRange | null;
}

/**
 * The stories about a topic (`score` > 0): in the days asked, or else in the newest week of stories on the device,
 * widened to the month only when the week has fewer than ENOUGH_TOPIC_STORIES (reading a month of texts takes ~1 s).
 */
export async function selectTopicStories(
  reader: StoryReader,
  score: (s: Story) => number,
  range: DayRange | null,
  now: number,
  timeZone: string,
): Promise<TopicSelection> {
  if (range) {
    const span = daysRange(range.from, range.to, timeZone);
    const candidates = await reader.listBetween(span.start, span.end);
    return { stories: candidates.filter((s) => score(s) > 0), candidates, days: range };
  }
  const latest = await reader.latestBefore(now + DAY_MS);
  if (latest === null) return { stories: [], candidates: [], days: null };
  let candidates: Story[] = [];
  let stories: Story[] = [];
  let start = latest + 1;
  for (const days of TOPIC_WINDOWS_DAYS) {
    const older = await reader.listBetween(latest - days * DAY_MS, start);
    start = latest - days * DAY_MS;
    candidates = [...candidates, ...older];
    stories = [...stories, ...older.filter((s) => score(s) > 0)];
    if (stories.length >= ENOUGH_TOPIC_STORIES) break;
  }
  return { stories, candidates, days: { from: dayKeyOf(start, timeZone), to: dayKeyOf(latest, timeZone) } };
}
