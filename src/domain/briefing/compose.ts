// Builds the spoken script of a briefing from stories: intro, one segment per story, outro.
import { speakableSentences, splitSentences } from '../text/sentences';
import { isLang, type DayKey, type Lang, type Story } from '../types';
import { SPOKEN } from './messages';
import type { Briefing, Segment, StoryRef } from './types';

export const DEFAULT_MAX_STORIES = 10;
/** Until the summarizer lands, a story is told by its headline and first sentences. */
export const LEAD_SENTENCES = 3;

export interface ComposeInput {
  id: string;
  lang: Lang;
  now: number;
  today: DayKey;
  requested: { from: DayKey; to: DayKey };
  /** Days the stories were taken from; null when nothing at all was found. */
  served: { from: DayKey; to: DayKey } | null;
  stories: readonly Story[];
  maxStories?: number;
  /** A topic briefing: the topic as said, whether days were named, and the day of the newest story. */
  topic?: { name: string; daysNamed: boolean; latestDay: DayKey };
  /** Sentences said before the intro (e.g. that a language has no voice on this device). */
  notes?: string[];
}

/** Newest first; ties by id so the order never depends on storage order. */
export function byRecency(a: Story, b: Story): number {
  return b.publishedAt - a.publishedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function refOf({ text: _text, ...ref }: Story): StoryRef {
  return ref;
}

function storySegment(story: Story, uiLang: Lang): Segment {
  const lang = isLang(story.lang) ? story.lang : uiLang;
  const catalog = SPOKEN[lang];
  const headline = catalog.headline({ source: story.source, title: story.title.replace(/[.!?…]+$/, '') });
  const all = splitSentences(story.text, story.lang);
  const lead = all.slice(0, LEAD_SENTENCES).join(' ');
  return {
    kind: 'story',
    lang: story.lang,
    sentences: [...speakableSentences(`${headline}.`, story.lang), ...speakableSentences(lead, story.lang)],
    rest: all.slice(LEAD_SENTENCES).flatMap((s) => speakableSentences(s, story.lang)),
    story: refOf(story),
  };
}

/** The script for a briefing. Pure: the same input always yields the same script. */
export function composeBriefing(input: ComposeInput): Briefing {
  const { lang, today, requested, served } = input;
  const say = SPOKEN[lang];
  const chosen = [...input.stories].sort(byRecency).slice(0, input.maxStories ?? DEFAULT_MAX_STORIES);
  const askedFor = say.rangeName({ ...requested, today });
  const intro: string[] = [];
  if (input.topic && chosen.length > 0) {
    const { name, daysNamed, latestDay } = input.topic;
    intro.push(say.topicIntro({ topic: name, when: daysNamed ? askedFor : null, count: chosen.length, latest: say.dayName({ day: latestDay, today }) }));
  } else if (!served || chosen.length === 0) {
    intro.push(say.noStoriesFor({ when: askedFor }), say.noStoriesAtAll());
  } else if (served.from !== requested.from || served.to !== requested.to) {
    const servedName = say.rangeName({ ...served, today });
    intro.push(say.noStoriesFor({ when: askedFor }), say.insteadFrom({ when: servedName }));
    intro.push(say.intro({ when: servedName, count: chosen.length, available: input.stories.length }));
  } else {
    intro.push(say.intro({ when: askedFor, count: chosen.length, available: input.stories.length }));
  }
  const segments: Segment[] = [{ kind: 'intro', lang, sentences: [...(input.notes ?? []), ...intro].flatMap((s) => speakableSentences(s, lang)) }];
  for (const story of chosen) segments.push(storySegment(story, lang));
  if (chosen.length > 0) segments.push({ kind: 'outro', lang, sentences: speakableSentences(say.outro(), lang) });
  return {
    id: input.id,
    lang,
    createdAt: input.now,
    requested,
    served: chosen.length > 0 ? served : null,
    segments,
    storyCount: chosen.length,
    available: input.stories.length,
  };
}
