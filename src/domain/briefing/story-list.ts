// The script for stories the person picked from a list (the Stories screen): told in the order given, starting with
// the first one's title, with no greeting or count to contradict what was picked. No clustering, no ranking.
import { chunkSentence, speakableSentences } from '../text/sentences';
import type { DayKey, Lang, Story } from '../types';
import { catalogFor, storyRef } from './compose';
import { SPOKEN } from './messages';
import { summarize } from './summarize';
import type { Briefing, Segment } from './types';

/** At most this many stories are told from one pick (a list may hold thousands). */
export const MAX_LISTED_STORIES = 50;

export interface StoryListInput {
  id: string;
  /** Interface language: the outro and any notes. */
  lang: Lang;
  now: number;
  /** The stories in the order they are to be told (the first is the one picked). */
  stories: readonly Story[];
  /** The local days the stories come from (oldest, newest). */
  days: { from: DayKey; to: DayKey };
  rate?: number;
  /** Sentences said first (e.g. that a language has no voice on this device). */
  notes?: string[];
}

/** A briefing of the given stories, in the given order: per story its title and source, then its summary. */
export function composeStoryList(input: StoryListInput): Briefing {
  const { lang } = input;
  const rate = input.rate ?? 1;
  const stories = input.stories.slice(0, MAX_LISTED_STORIES);
  const segments: Segment[] = [{ kind: 'intro', lang, sentences: (input.notes ?? []).flatMap((s) => speakableSentences(s, lang)) }];
  for (const story of stories) {
    const summary = summarize(story.text, { lang: story.lang, rate });
    const headline = catalogFor(story, lang).listedHeadline({ source: story.source, title: story.title });
    segments.push({
      kind: 'story',
      lang: story.lang,
      sentences: [headline, ...summary.sentences].flatMap((s) => chunkSentence(s)),
      rest: summary.rest.flatMap((s) => chunkSentence(s)),
      story: storyRef(story),
    });
  }
  if (stories.length > 0) segments.push({ kind: 'outro', lang, sentences: speakableSentences(SPOKEN[lang].outro(), lang) });
  return {
    id: input.id,
    lang,
    createdAt: input.now,
    requested: input.days,
    served: stories.length > 0 ? input.days : null,
    segments,
    storyCount: stories.length,
    available: input.stories.length,
  };
}
