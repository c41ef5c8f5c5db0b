// Which stories a briefing tells: those of the days asked (falling back to the latest day that has any), those
// about a topic (in the days asked, else the newest week, the month when the week has too few), or those from an
// outlet (in the days asked, else today or the latest day that has some). Reads through a small
// reader so it runs on the device's archive, a read-ahead cache or a list in a test alike.
import { addDays, dayKeyOf, daysRange } from '../day';
import type { TermQuery } from '../stories/term-query';
import type { Briefable, DayKey, Story } from '../types';
import { bestFits, outletFilter, outletName, outletsOf, type OutletSource } from './outlet';
import { READ_WHOLE_UP_TO } from './read-whole';
import { aiRelevance } from './relevance';
import { AI_RELEVANCE_THRESHOLD } from './ai-lexicon';

const DAY_MS = 86_400_000;
/** A topic with no days named is looked for in the newest week of stories on the device, then the month. */
export const TOPIC_WINDOWS_DAYS = [7, 30];
/** A week with this many stories about the topic is enough for a briefing (it tells at most 10). */
export const ENOUGH_TOPIC_STORIES = 10;
/**
 * Through a term index, at most this many of a window's stories about the topic are read, the newest first: enough
 * for ranking and grouping a 10-story briefing, and a popular topic in a big archive never reads thousands of texts.
 */
export const TOPIC_READ_LIMIT = 60;

/** What choosing stories reads: the stories of a span, and where the newest story before an instant is. */
export interface StoryReader {
  /** Stories published in [start, end), epoch milliseconds. */
  listBetween(start: number, end: number): Promise<Story[]>;
  /**
   * When the archive keeps heads: the same, but a span of more than `over` stories as their heads (no text), for a day
   * briefing, which chooses, groups and ranks by what a head holds and reads only the texts it tells (compose.ts).
   */
  listBriefable?(start: number, end: number, over: number): Promise<Briefable[]>;
  /** When the archive has a term index: the stories of [start, end) the query finds by their title and lead, at most `limit`, newest first. */
  listAbout?(query: TermQuery, start: number, end: number, limit?: number): Promise<Story[]>;
  /** Publication time of the newest story published before `end`, or null. */
  latestBefore(end: number): Promise<number | null>;
}


/** The stories of a span as a briefing reads them: as heads past READ_WHOLE_UP_TO when the reader has them, else whole. */
const briefable = (reader: StoryReader, start: number, end: number): Promise<Briefable[]> =>
  reader.listBriefable ? reader.listBriefable(start, end, READ_WHOLE_UP_TO) : reader.listBetween(start, end);

export interface DayRange {
  from: DayKey;
  to: DayKey;
}

export interface DaySelection {
  /** Whole stories, or heads when the day had more than READ_WHOLE_UP_TO. */
  stories: Briefable[];
  /** The days the stories are from: those asked, the latest earlier day that had some, or null when none had any. */
  served: DayRange | null;
}

/**
 * The stories of the days asked that `keep` accepts; when those days have none, the latest earlier day that has
 * some (a day with stories, none of them kept, counts as empty). `keep` reads only what a head holds: a day of more
 * than READ_WHOLE_UP_TO stories is read as heads, when the reader has them.
 */
export async function selectDayStories(reader: StoryReader, requested: DayRange, timeZone: string, keep: (s: Briefable) => boolean): Promise<DaySelection> {
  const read = (start: number, end: number) => briefable(reader, start, end);
  const span = daysRange(requested.from, requested.to, timeZone);
  let stories = (await read(span.start, span.end)).filter(keep);
  let served: DayRange | null = requested;
  for (let before = span.start; stories.length === 0; ) {
    const latest = await reader.latestBefore(before);
    served = null;
    if (latest === null) break;
    const day = dayKeyOf(latest, timeZone);
    const range = daysRange(day, day, timeZone);
    stories = (await read(range.start, range.end)).filter(keep);
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
 * widened to the month only when the week has fewer than ENOUGH_TOPIC_STORIES. With `query` (the topic as a term
 * query) and a reader that has a term index, only the stories whose title or lead may be about it are read (a
 * story that names the topic only deep in its text is not about it); without, every story of the window is read and
 * scored (reading a month of texts takes ~1 s). When none is found through the index, the newest day's stories are
 * read as candidates, for suggesting the topics there are.
 */
export async function selectTopicStories(
  reader: StoryReader,
  score: (s: Story) => number,
  range: DayRange | null,
  now: number,
  timeZone: string,
  query?: TermQuery,
): Promise<TopicSelection> {
  const indexed = query && reader.listAbout ? (start: number, end: number) => reader.listAbout!(query, start, end, TOPIC_READ_LIMIT) : null;
  const read = indexed ?? ((start: number, end: number) => reader.listBetween(start, end));
  let found: TopicSelection;
  if (range) {
    const span = daysRange(range.from, range.to, timeZone);
    const candidates = await read(span.start, span.end);
    found = { stories: candidates.filter((s) => score(s) > 0), candidates, days: range };
  } else {
    const latest = await reader.latestBefore(now + DAY_MS);
    if (latest === null) return { stories: [], candidates: [], days: null };
    let candidates: Story[] = [];
    let stories: Story[] = [];
    let start = latest + 1;
    for (const days of TOPIC_WINDOWS_DAYS) {
      const older = await read(latest - days * DAY_MS, start);
      start = latest - days * DAY_MS;
      candidates = [...candidates, ...older];
      stories = [...stories, ...older.filter((s) => score(s) > 0)];
      if (stories.length >= ENOUGH_TOPIC_STORIES) break;
    }
    found = { stories, candidates, days: { from: dayKeyOf(start, timeZone), to: dayKeyOf(latest, timeZone) } };
  }
  if (indexed && found.stories.length === 0) {
    const latest = await reader.latestBefore(range ? daysRange(range.from, range.to, timeZone).end : now + DAY_MS);
    if (latest !== null) {
      const day = daysRange(dayKeyOf(latest, timeZone), dayKeyOf(latest, timeZone), timeZone);
      found.candidates = await reader.listBetween(day.start, day.end);
    }
  }
  return found;
}

/**
 * "What's new?": the AI stories of [start, end) that arrived after `since` (by `addedAt`, else their time) and are not
 * in `heard`. A span of more than READ_WHOLE_UP_TO stories is read as heads (the texts told are read afterwards), so a
 * week of 1,700 stories a day is not read whole.
 */
export async function selectNewStories(reader: StoryReader, start: number, end: number, since: number, heard: ReadonlySet<string>): Promise<Briefable[]> {
  return (await briefable(reader, start, end)).filter((s) => (s.addedAt ?? s.publishedAt) > since && !heard.has(s.id) && aiRelevance(s) >= AI_RELEVANCE_THRESHOLD);
}

/** An outlet with no days named is looked for in at most this many days of stories, back from the newest. */
export const OUTLET_WINDOW_DAYS = 30;

export interface OutletRequest {
  /** The outlet as said ("the verge", "báo tuổi trẻ"). */
  outlet: string;
  /** The person's sources, which the outlet may be by title or address. */
  sources: readonly OutletSource[];
  /** The days asked, or null for today, else the latest day with stories from the outlet. */
  range: DayRange | null;
  /** With a topic too: how much a story is about it (only stories with score > 0 are kept). */
  topic?: (s: Story) => number;
}

export interface OutletSelection {
  /** The outlet's stories (about the topic, when there is one). */
  stories: Story[];
  /** The days they are from (a topic without days: the window looked in); null when there are none. */
  days: DayRange | null;
  /** The outlet's name to say: a source or story name that is it exactly, else as said. */
  name: string;
  /** True when a source of the person or a story read is from the outlet, in the days asked or not. */
  known: boolean;
  /** When it is not known: up to three outlets there is news from (the person's sources first). */
  others: string[];
}

/**
 * The stories from an outlet: those whose source name is it, or that came from a source of the person whose title or
 * address is it (see outlet.ts). Stories that are not about AI are kept: naming an outlet is a precise request.
 * In the days asked; with none, today's, else the latest day that has some (going back day by day, at most
 * OUTLET_WINDOW_DAYS days of stories). With a topic, the topic's stories (selectTopicStories) from that outlet: the
 * outlet is part of its score, so the week is widened to the month when the outlet has too few about it.
 */
export async function selectOutletStories(reader: StoryReader, request: OutletRequest, now: number, timeZone: string): Promise<OutletSelection> {
  const { outlet, sources, range, topic } = request;
  const filter = outletFilter(outlet, sources);
  /** Every story read, for knowing whether the outlet has any and naming those that do. */
  const read = new Map<string, Story>();
  const from = (stories: Story[]) => {
    for (const s of stories) read.set(s.id, s);
    return bestFits(stories, filter.fit);
  };

  let stories: Story[];
  let days: DayRange | null;
  let lookedBack = false;
  if (topic) {
    const found = await selectTopicStories(reader, (s) => (filter.fit(s) > 0 ? topic(s) : 0), range, now, timeZone);
    from(found.candidates);
    stories = bestFits(found.stories, filter.fit);
    days = found.days;
    // With no days named, finding none means the month was read.
    lookedBack = !range;
  } else if (range) {
    const span = daysRange(range.from, range.to, timeZone);
    stories = from(await reader.listBetween(span.start, span.end));
    days = range;
  } else {
    const today = dayKeyOf(now, timeZone);
    const span = daysRange(today, today, timeZone);
    stories = from(await reader.listBetween(span.start, span.end));
    days = { from: today, to: today };
    if (stories.length === 0) {
      const latest = await latestOutletDay(reader, span.start, timeZone, from, read.size > 0 ? today : null);
      lookedBack = true;
      stories = latest?.stories ?? [];
      days = latest && { from: latest.day, to: latest.day };
    }
  }
  let known = stories.length > 0 || filter.sources > 0 || [...read.values()].some((s) => filter.fit(s) > 0);
  // Nothing from it where it was looked for: is it an outlet there is news from at all? (Said differently.)
  if (!known && !lookedBack) known = (await latestOutletDay(reader, now + DAY_MS, timeZone, from, null)) !== null;
  const names = [...stories.map((s) => s.source), ...filter.matched.map((s) => s.title)];
  return {
    stories,
    days: stories.length > 0 ? days : null,
    name: outletName(outlet, names),
    known,
    others: known ? [] : outletsOf(sources, [...read.values()]),
  };
}

/**
 * Going back a day at a time from `before`, the latest day with stories `from` keeps, within OUTLET_WINDOW_DAYS days
 * of `newest` (the newest day with stories; the newest found when null); null when there is none.
 */
async function latestOutletDay(
  reader: StoryReader,
  before: number,
  timeZone: string,
  from: (stories: Story[]) => Story[],
  newest: DayKey | null,
): Promise<{ day: DayKey; stories: Story[] } | null> {
  let oldest = newest && addDays(newest, 1 - OUTLET_WINDOW_DAYS);
  for (let end = before; ; ) {
    const latest = await reader.latestBefore(end);
    if (latest === null) return null;
    const day = dayKeyOf(latest, timeZone);
    oldest ??= addDays(day, 1 - OUTLET_WINDOW_DAYS);
    if (day < oldest) return null;
    const span = daysRange(day, day, timeZone);
    const stories = from(await reader.listBetween(span.start, span.end));
    if (stories.length > 0) return { day, stories };
    end = span.start;
  }
}
