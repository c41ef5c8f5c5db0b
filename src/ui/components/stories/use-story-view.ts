// What the current view of the Stories screen lists once the search words have filtered it, and how many stories
// that is. Topics are worked out when By topic first shows, from the latest 7 days that have stories, and kept for
// those days (a week of long stories takes a tenth of a second or two to group).
import { useMemo } from 'react';
import { filterDays, type StoryDay } from '../../../domain/stories/story-days';
import { filterTopics, groupByTopic, type StoryTopic } from '../../../domain/stories/story-topics';
import type { StoryHead } from '../../../domain/types';
import { STORY_DAYS_PAGE } from '../../../store/stories-slice';
import type { StoriesSlice } from '../../../store/stories-slice';

export type ShownStories =
  /** Today's stories (newest first) the words find; `total` before the words. */
  | { view: 'today'; stories: StoryHead[]; total: number; count: number }
  /** The loaded days the words find stories in, and those stories in one list (the order they are shown and played). */
  | { view: 'days'; days: StoryDay[]; all: StoryHead[]; count: number }
  | { view: 'topics'; topics: StoryTopic[]; count: number };

/** The topics last worked out, and the day groups (objects) they were worked out from. */
let lastTopics: { of: readonly StoryDay[]; topics: StoryTopic[] } | null = null;

/** Topics of the newest 7 days; the same days (the same objects: "Show older days" keeps them) are not grouped again. */
function topicsFor(days: readonly StoryDay[]): StoryTopic[] {
  const newest = days.slice(0, STORY_DAYS_PAGE);
  if (lastTopics && lastTopics.of.length === newest.length && lastTopics.of.every((d, i) => d === newest[i])) return lastTopics.topics;
  const topics = groupByTopic(newest.flatMap((d) => d.stories));
  lastTopics = { of: newest, topics };
  return topics;
}

/** The stories `view` lists, filtered by `keep`. */
export function useStoryView(browser: StoriesSlice['storyBrowser'], view: StoriesSlice['storyBrowser']['view'], keep: ((s: StoryHead) => boolean) | null): ShownStories {
  const { days, today } = browser;
  const topicsShown = view === 'topics';
  const topics = useMemo(() => (topicsShown ? topicsFor(days) : []), [topicsShown, days]);
  return useMemo((): ShownStories => {
    if (view === 'today') {
      const all = days[0]?.day === today ? days[0].stories : [];
      const stories = keep ? all.filter(keep) : all;
      return { view, stories, total: all.length, count: stories.length };
    }
    if (view === 'days') {
      const kept = keep ? filterDays(days, keep) : days;
      const all = kept.flatMap((d) => d.stories);
      return { view, days: kept, all, count: all.length };
    }
    const kept = keep ? filterTopics(topics, keep) : topics;
    return { view, topics: kept, count: new Set(kept.flatMap((g) => g.stories.map((s) => s.id))).size };
  }, [view, days, today, topics, keep]);
}
