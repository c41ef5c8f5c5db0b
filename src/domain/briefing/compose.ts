// Builds the spoken script of a briefing: intro (greeting, count, day), one segment per event (told once, from the
// richest report, summarized to its time budget), outro. Pure: the same input always yields the same script.
import { chunkSentence, speakableSentences } from '../text/sentences';
import { isLang, type DayKey, type Lang, type Story } from '../types';
import { byRecency } from '../news/order';
import { clusterStories } from './cluster';
import { SPOKEN, type SpokenCatalog } from './messages';
import { rankClusters, type Ranked } from './rank';
import type { Taste } from './taste-value';
import { aiRelevance } from './relevance';
import { topicScorer } from './topic';
import { countWords, WORDS_PER_MINUTE } from './pace';
import { DEFAULT_STORY_SECONDS, summarize } from './summarize';
import type { Briefing, Segment, StoryRef } from './types';

export const DEFAULT_MAX_STORIES = 10;
/** A story's summary never takes more than this, however long the briefing asked for. */
const MAX_STORY_SECONDS = 60;

export interface ComposeInput {
  id: string;
  lang: Lang;
  now: number;
  today: DayKey;
  /** Local hour, for the greeting. */
  hour: number;
  requested: { from: DayKey; to: DayKey };
  /** Days the stories were taken from; null when nothing at all was found. */
  served: { from: DayKey; to: DayKey } | null;
  stories: readonly Story[];
  /** Leave out stories that are not about AI (a plain "AI news" request). */
  aiOnly?: boolean;
  /** Speaking rate: summaries fit more words when faster. */
  rate?: number;
  /** A briefing of about this many minutes: whole stories, summaries shortened before stories are dropped. */
  minutes?: number | null;
  maxStories?: number;
  /** A topic briefing: the topic as said, whether days were named, the day of the newest story, and (optionally)
   * the scorer the stories were chosen with, so each is read once. */
  topic?: { name: string; daysNamed: boolean; latestDay: DayKey; score?: (s: Story) => number };
  /** An outlet's briefing (with a topic too, when given): the outlet's name to say, whether days were named, and
   * the day of the newest story. Named outlets are a precise request: pair it with `aiOnly: false`. */
  outlet?: { name: string; daysNamed: boolean; latestDay: DayKey };
  /** Sentences said before the intro (e.g. that a language has no voice on this device). */
  notes?: string[];
  /**
   * Stories already heard (History's): `leaveOut` for a day briefing, which tells only the others and says so in one
   * sentence; otherwise they are told after the unheard ones. An event counts as heard when any report of it was.
   */
  heard?: { ids: ReadonlySet<string>; leaveOut: boolean };
  /**
   * Said when the days asked have no stories, after saying so (the first run's offer of sources, while only the sample
   * edition is there).
   */
  offer?: string;
  /** What was learned of the listener's taste: a bounded nudge to the ranking. */
  taste?: Taste;
  /** "What's new?": the stories are those that arrived since the last briefing, and the intro says so. */
  fresh?: boolean;
}

/** At most this many stories are clustered and ranked (a day of news rarely has more; a topic search may). */
export const MAX_CANDIDATES = 400;

/** A scoring function that scores each story once. */
function remembered(score: (s: Story) => number): (s: Story) => number {
  const known = new Map<Story, number>();
  return (s) => {
    let v = known.get(s);
    if (v === undefined) known.set(s, (v = score(s)));
    return v;
  };
}

/**
 * The stories worth clustering when there are too many: the most relevant and recent, kept in the given order.
 * Reports of one event are alike in both, so a widely reported event keeps its reports together.
 */
function shortlist(stories: Story[], relevance: (s: Story) => number): Story[] {
  if (stories.length <= MAX_CANDIDATES) return stories;
  const newest = Math.max(...stories.map((s) => s.publishedAt));
  const prior = stories.map((s, i) => ({ i, id: s.id, value: 0.5 * relevance(s) + 0.5 * Math.exp(-(newest - s.publishedAt) / (48 * 3_600_000)) }));
  prior.sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : 1));
  const kept = new Set(prior.slice(0, MAX_CANDIDATES).map((p) => p.i));
  return stories.filter((_, i) => kept.has(i));
}

/**
 * The ranked events with those already heard left out (`leaveOut`, and how many were) or moved after the others,
 * each part in its ranked order.
 */
export function unheardFirst(ranked: Ranked[], heard: ComposeInput['heard']): { ranked: Ranked[]; heardCount: number } {
  if (!heard || heard.ids.size === 0) return { ranked, heardCount: 0 };
  const isHeard = (c: Ranked) => c.stories.some((s) => heard.ids.has(s.id));
  const fresh = ranked.filter((c) => !isHeard(c));
  const old = ranked.filter(isHeard);
  return heard.leaveOut ? { ranked: fresh, heardCount: old.length } : { ranked: [...fresh, ...old], heardCount: 0 };
}

/** What a segment keeps of its story: everything but the text. */
export function storyRef({ text: _text, ...ref }: Story): StoryRef {
  return ref;
}

/** Seconds a text takes to speak in a language at a rate. */
function seconds(text: string, lang: string, rate: number): number {
  return (countWords(text, lang) * 60) / ((WORDS_PER_MINUTE[lang] ?? WORDS_PER_MINUTE.en) * rate);
}

/** The catalog a story's own lines are said in: its language when Earshot speaks it, else the interface's. */
export const catalogFor = (story: Story, uiLang: Lang): SpokenCatalog => SPOKEN[isLang(story.lang) ? story.lang : uiLang];

interface Planned {
  cluster: Ranked;
  headline: string;
  also: string | null;
}

function headlinesFor(ranked: Ranked[], count: number, uiLang: Lang): Planned[] {
  return ranked.slice(0, count).map((cluster, index) => {
    const say = catalogFor(cluster.lead, uiLang);
    const title = cluster.lead.title.replace(/[.!?…]+$/, '');
    return {
      cluster,
      headline: `${say.storyHeadline({ source: cluster.lead.source, title, place: { index, count } })}.`,
      also: cluster.alsoReportedBy.length > 0 ? say.alsoReportedBy(cluster.alsoReportedBy) : null,
    };
  });
}

/**
 * How many stories, and how many seconds each summary may take. Without a length: up to `max` stories of
 * 25 s. With one: as many whole stories as fit with their shortest summaries (the lead), then the time left
 * shared out among them, so summaries shrink before stories are dropped.
 */
function planLength(ranked: Ranked[], input: ComposeInput, frameSeconds: number): { plans: Planned[]; seconds: number } {
  const rate = input.rate ?? 1;
  const max = Math.min(ranked.length, input.maxStories ?? DEFAULT_MAX_STORIES);
  if (!input.minutes) return { plans: headlinesFor(ranked, max, input.lang), seconds: DEFAULT_STORY_SECONDS };
  const budget = input.minutes * 60 - frameSeconds;
  // Each story's fixed cost (headline, "also reported by") and shortest summary (the lead), with the placement
  // words of the longest plan, so adding a story never changes the cost of the ones before it.
  const all = headlinesFor(ranked, Math.min(ranked.length, 20), input.lang);
  const fixedOf = (p: Planned) => seconds(p.headline, p.cluster.lead.lang, rate) + seconds(p.also ?? '', p.cluster.lead.lang, rate);
  const leadOf = (p: Planned) => seconds(summarize(p.cluster.lead.text, { lang: p.cluster.lead.lang, seconds: 0, rate }).sentences.join(' '), p.cluster.lead.lang, rate);
  let count = 0;
  let need = 0;
  let fixed = 0;
  for (const p of all) {
    const f = fixedOf(p);
    need += f + leadOf(p);
    if (need > budget && count > 0) break;
    count++;
    fixed += f;
  }
  const plans = headlinesFor(ranked, Math.max(1, count), input.lang);
  return { plans, seconds: Math.min(MAX_STORY_SECONDS, Math.max(0, (budget - fixed) / plans.length)) };
}

/** The script for a briefing. */
export function composeBriefing(input: ComposeInput): Briefing {
  const { lang, today, requested, served } = input;
  const say = SPOKEN[lang];
  const rate = input.rate ?? 1;
  const topicName = input.topic?.name;
  const ai = remembered(aiRelevance);
  const relevance = topicName ? (input.topic?.score ?? topicScorer(topicName)) : ai;
  const candidates = shortlist([...input.stories].sort(byRecency), relevance);
  const { ranked, heardCount } = unheardFirst(rankClusters(clusterStories(candidates), { aiOnly: input.aiOnly ?? false, relevance, ai, taste: input.taste }), input.heard);
  const askedFor = say.rangeName({ ...requested, today });

  /** Intro sentences for a given number of stories. */
  const introFor = (count: number): string[] => {
    const intro: string[] = [...(input.notes ?? [])];
    if (input.outlet && count > 0) {
      const { name, daysNamed, latestDay } = input.outlet;
      const latest = say.dayName({ day: latestDay, today });
      intro.push(say.outletIntro({ outlet: name, topic: topicName ?? null, when: daysNamed ? askedFor : null, count, latest }));
    } else if (input.topic && count > 0) {
      const { name, daysNamed, latestDay } = input.topic;
      intro.push(say.topicIntro({ topic: name, when: daysNamed ? askedFor : null, count, latest: say.dayName({ day: latestDay, today }) }));
    } else if (input.fresh) {
      intro.push(...(count > 0 ? [say.greeting(input.hour), say.newIntro({ count })] : [say.nothingNew()]));
    } else if (served && count === 0 && heardCount > 0) {
      intro.push(say.allHeard({ count: heardCount, when: say.rangeName({ ...served, today }) }));
    } else if (!served || count === 0) {
      intro.push(say.noStoriesFor({ when: askedFor }), input.offer ?? say.noStoriesAtAll());
    } else {
      intro.push(say.greeting(input.hour));
      if (served.from !== requested.from || served.to !== requested.to) {
        intro.push(say.noStoriesFor({ when: askedFor }), say.insteadFrom({ when: say.rangeName({ ...served, today }) }), ...(input.offer ? [input.offer] : []));
      }
      intro.push(say.briefingIntro({ count, available: ranked.length, day: served, today }));
      if (heardCount > 0) intro.push(say.othersHeard({ count: heardCount, when: say.rangeName({ ...served, today }) }));
    }
    return intro;
  };
  const outro = say.outro();
  const frame = seconds([...introFor(Math.min(ranked.length, DEFAULT_MAX_STORIES)), outro].join(' '), lang, rate);
  const { plans, seconds: storySeconds } = planLength(ranked, input, frame);
  const count = ranked.length === 0 ? 0 : plans.length;

  const segments: Segment[] = [{ kind: 'intro', lang, sentences: introFor(count).flatMap((s) => speakableSentences(s, lang)) }];
  for (const { cluster, headline, also } of count > 0 ? plans : []) {
    const story = cluster.lead;
    const summary = summarize(story.text, { lang: story.lang, seconds: storySeconds, rate });
    segments.push({
      kind: 'story',
      lang: story.lang,
      // Already sentences: only cut to the utterance limit.
      sentences: [headline, ...(also ? [also] : []), ...summary.sentences].flatMap((s) => chunkSentence(s)),
      rest: summary.rest.flatMap((s) => chunkSentence(s)),
      story: storyRef(story),
      ...(cluster.alsoReportedBy.length > 0 ? { alsoReportedBy: cluster.alsoReportedBy } : {}),
      ...(cluster.stories.length > 1 ? { clusterIds: cluster.stories.map((s) => s.id) } : {}),
    });
  }
  if (count > 0) segments.push({ kind: 'outro', lang, sentences: speakableSentences(outro, lang) });
  return {
    id: input.id,
    lang,
    createdAt: input.now,
    requested,
    served: count > 0 ? served : null,
    segments,
    storyCount: count,
    available: ranked.length,
  };
}
