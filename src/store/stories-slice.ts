// The Stories screen's data: the latest local days that have stories, read a page of days at a time through the day
// index (latestBefore finds each day; listBetween reads the newest, then the rest), never the whole library; the view
// and the search words, kept here so they are still there when the person comes back to the screen.
import { dayKeyOf, dayRange, daysRange } from '../domain/day';
import { groupByDay, type StoryDay } from '../domain/stories/story-days';
import type { DayKey } from '../domain/types';
import type { SliceCreator } from './types';

/** How the Stories screen lists stories. */
export type StoryView = 'today' | 'days' | 'topics';

export interface StoriesSlice {
  storyBrowser: {
    view: StoryView;
    /** The search words as typed. */
    query: string;
    /** The latest local days that have stories, newest first, each with its stories newest first. */
    days: StoryDay[];
    /** Older days with stories exist beyond the loaded ones. */
    more: boolean;
    status: 'idle' | 'loading' | 'ready' | 'failed';
    /** The reader's local day when the days were last shown, and that instant ("2 hours ago" counts from it). */
    today: DayKey;
    readAt: number;
    /** What the last search found among the loaded days: the ids of the stories whose title or lead it matches. */
    found: { query: string; ids: ReadonlySet<string> } | null;
  };
  setStoryView(view: StoryView): void;
  setStoryQuery(query: string): void;
  /** Reads the latest days that have stories (a page of 7, or as many as were loaded), unless already read for this library and day. */
  loadStoryDays(): Promise<void>;
  /** Reads the next 7 older days that have stories. */
  loadOlderStoryDays(): Promise<void>;
  /** Looks up which loaded stories the search words find (every word begins a word of the title or lead, or the words as a topic). */
  findStories(query: string): Promise<void>;
}

/** Days with stories read at a time. */
export const STORY_DAYS_PAGE = 7;

export const createStoriesSlice: SliceCreator<StoriesSlice> = (set, get, { deps, doors }) => {
  /** The library's revision and the day the loaded days were read for. */
  let readFor: string | null = null;
  /** Bumped by every read, so a slower earlier read never overwrites a later one. */
  let generation = 0;
  /** The same for searches. */
  let searches = 0;

  const patch = (p: Partial<StoriesSlice['storyBrowser']>) => set((s) => ({ storyBrowser: { ...s.storyBrowser, ...p } }));

  /** Up to `count` local days that have stories, before the instant `before`, newest first (the day index alone), and whether older ones exist. */
  async function findDays(before: number, count: number, timeZone: string): Promise<{ found: DayKey[]; more: boolean }> {
    const found: DayKey[] = [];
    for (let cursor = before; ; ) {
      const latest = await deps.news.latestBefore(cursor);
      if (latest === null) return { found, more: false };
      if (found.length === count) return { found, more: true };
      const day = dayKeyOf(latest, timeZone);
      found.push(day);
      cursor = dayRange(day, timeZone).start;
    }
  }

  /** Stories of the local days from `from` to `to`, grouped by day. */
  async function storiesOf(from: DayKey, to: DayKey, timeZone: string): Promise<StoryDay[]> {
    const span = daysRange(from, to, timeZone);
    // Heads alone: a list needs no text (a day of 1,700 stories reads ~4× faster).
    return groupByDay(await deps.news.listHeadsBetween(span.start, span.end), timeZone);
  }

  /**
   * Reads `count` days with stories before `before` and shows them after `keep`. The newest day is read first and,
   * when nothing is on screen yet, shown at once: a week of long stories takes a few hundred milliseconds to read.
   */
  async function read(before: number, count: number, keep: StoryDay[], key: string) {
    const gen = ++generation;
    const showEarly = get().storyBrowser.days.length === 0;
    patch({ status: 'loading' });
    try {
      const tz = deps.env.timeZone();
      const { found, more } = await findDays(before, count, tz);
      const newest = found.length > 0 ? await storiesOf(found[0], found[0], tz) : [];
      if (gen !== generation) return;
      if (showEarly && found.length > 1) patch({ days: [...keep, ...newest] });
      const older = found.length > 1 ? await storiesOf(found[found.length - 1], found[1], tz) : [];
      if (gen !== generation) return;
      readFor = key;
      patch({ days: [...keep, ...newest, ...older], more, status: 'ready' });
    } catch {
      if (gen === generation) patch({ status: 'failed' });
    }
  }

  return {
    storyBrowser: { view: 'today', query: '', days: [], more: false, status: 'idle', today: '', readAt: 0, found: null },

    setStoryView: (view) => patch({ view }),
    setStoryQuery: (query) => patch({ query }),

    async loadStoryDays() {
      await doors.ready();
      const now = deps.env.now();
      const tz = deps.env.timeZone();
      const today = dayKeyOf(now, tz);
      const key = `${today}|${tz}|${deps.news.revision()}`;
      // "2 hours ago" counts from this visit, even when the days need no new read.
      patch({ today, readAt: now });
      const { status, days } = get().storyBrowser;
      if (key === readFor && status !== 'failed') return;
      // As many days as were shown before, so a new story does not fold the older days away.
      await read(dayRange(today, tz).end, Math.max(STORY_DAYS_PAGE, days.length), [], key);
    },

    async findStories(query) {
      const mine = ++searches;
      const { days } = get().storyBrowser;
      // The query builder (with the topic synonyms) loads on the first search, so it is not in the initial JavaScript.
      const search = (await import('../domain/stories/topic-query')).searchTermQuery(query);
      let found: StoriesSlice['storyBrowser']['found'] = null;
      if (search && days.length > 0) {
        const span = daysRange(days[days.length - 1].day, days[0].day, deps.env.timeZone());
        found = { query, ids: new Set(await deps.news.findAbout(search, span.start, span.end).catch(() => [])) };
      }
      if (mine === searches) patch({ found });
    },

    async loadOlderStoryDays() {
      const { days, more, status } = get().storyBrowser;
      if (!more || status === 'loading' || days.length === 0 || readFor === null) return;
      await read(dayRange(days[days.length - 1].day, deps.env.timeZone()).start, STORY_DAYS_PAGE, days, readFor);
    },
  };
};
