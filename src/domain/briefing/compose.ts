// Builds the spoken script of a briefing: intro (greeting, count, day), one segment per event (told once, from the
// richest report, summarized to its time budget), outro. Pure: the same input always yields the same script. The
// stories may be heads (a big day is read without texts): choosing, grouping and ranking read only what a head holds,
// and planBriefing says which texts the script needs, so only the stories told are read whole.
import { chunkSentence, speakableSentences } from '../text/sentences';
import { isLang, type Briefable, type DayKey, type Lang, type Story, type StoryHead } from '../types';
import { isWhole } from '../news/story-head';
import { byRecency } from '../news/order';
import { clusterStories } from './cluster';
import { SPOKEN, type SpokenCatalog } from './messages';
import { rankClusters, type Ranked } from './rank';
import type { Taste } from './taste-value';
import { aiRelevance } from './relevance';
import { topicScorer } from './topic';
import { countWords, WORDS_PER_MINUTE } from './pace';
import { DEFAULT_STORY_SECONDS, summarize } from './summarize';
import { shortlist } from './shortlist';
import type { Briefing, Segment, StoryRef } from './types';

export const DEFAULT_MAX_STORIES = 10;
/** A briefing of a length weighs at most this many events (each at its shortest) to see how many fit. */
const MAX_TIMED_STORIES = 20;

/** The most events a briefing may tell (or weigh, with a length): their leads' texts are all the script reads. */
const mostTold = (input: ComposeInput) => (input.minutes ? MAX_TIMED_STORIES : (input.maxStories ?? DEFAULT_MAX_STORIES));
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
  stories: readonly Briefable[];
  /** Leave out stories that are not about AI (a plain "AI news" request). */
  aiOnly?: boolean;
  /** Speaking rate: summaries fit more words when faster. */
  rate?: number;
  /** A briefing of about this many minutes: whole stories, summaries shortened before stories are dropped. */
  minutes?: number | null;
  maxStories?: number;
  /** A topic briefing: the topic as said, whether days were named, the day of the newest story, and (optionally)
   * the scorer the stories were chosen with, so each is read once. */
  topic?: { name: string; daysNamed: boolean; latestDay: DayKey; score?: (s: Briefable) => number };
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

/** A scoring function that scores each story once. */
function remembered(score: (s: Briefable) => number): (s: Briefable) => number {
  const known = new Map<Briefable, number>();
  return (s) => {
    let v = known.get(s);
    if (v === undefined) known.set(s, (v = score(s)));
    return v;
  };
}

/**
 * The ranked events with those already heard left out (`leaveOut`, and how many were) or moved after the others,
 * each part in its ranked order.
 */
export function unheardFirst<T extends Briefable>(ranked: Ranked<T>[], heard: ComposeInput['heard']): { ranked: Ranked<T>[]; heardCount: number } {
  if (!heard || heard.ids.size === 0) return { ranked, heardCount: 0 };
  const isHeard = (c: Ranked<T>) => c.stories.some((s) => heard.ids.has(s.id));
  const fresh = ranked.filter((c) => !isHeard(c));
  const old = ranked.filter(isHeard);
  return heard.leaveOut ? { ranked: fresh, heardCount: old.length } : { ranked: [...fresh, ...old], heardCount: 0 };
}

/** What a segment keeps of its story: everything but the text (of a head: but what it holds of the text). */
export function storyRef(story: Briefable): StoryRef {
  if (isWhole(story)) {
    const { text: _text, ...ref } = story;
    return ref;
  }
  const { lead: _lead, opening: _opening, chars: _chars, ...ref } = story;
  return ref;
}

/** Seconds a text takes to speak in a language at a rate. */
function seconds(text: string, lang: string, rate: number): number {
  return (countWords(text, lang) * 60) / ((WORDS_PER_MINUTE[lang] ?? WORDS_PER_MINUTE.en) * rate);
}

/** The catalog a story's own lines are said in: its language when Earshot speaks it, else the interface's. */
export const catalogFor = (story: Pick<Story, 'lang'>, uiLang: Lang): SpokenCatalog => SPOKEN[isLang(story.lang) ? story.lang : uiLang];

interface Planned {
  cluster: Ranked<Briefable>;
  headline: string;
  also: string | null;
}

function headlinesFor(ranked: Ranked<Briefable>[], count: number, uiLang: Lang): Planned[] {
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
function planLength(ranked: Ranked<Briefable>[], input: ComposeInput, frameSeconds: number, textOf: (s: Briefable) => string): { plans: Planned[]; seconds: number } {
  const rate = input.rate ?? 1;
  if (!input.minutes) return { plans: headlinesFor(ranked, Math.min(ranked.length, mostTold(input)), input.lang), seconds: DEFAULT_STORY_SECONDS };
  const budget = input.minutes * 60 - frameSeconds;
  // Each story's fixed cost (headline, "also reported by") and shortest summary (the lead), with the placement
  // words of the longest plan, so adding a story never changes the cost of the ones before it.
  const all = headlinesFor(ranked, Math.min(ranked.length, mostTold(input)), input.lang);
  const fixedOf = (p: Planned) => seconds(p.headline, p.cluster.lead.lang, rate) + seconds(p.also ?? '', p.cluster.lead.lang, rate);
  const leadOf = (p: Planned) => seconds(summarize(textOf(p.cluster.lead), { lang: p.cluster.lead.lang, seconds: 0, rate }).sentences.join(' '), p.cluster.lead.lang, rate);
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

/** A briefing chosen, grouped and ranked, waiting for the texts it tells (see planBriefing). */
export interface BriefingPlan {
  /** The heads among the stories the script may tell or time: read their texts, then `compose`. Empty for whole stories. */
  needs: StoryHead[];
  /**
   * The script, with the texts of `needs` by story id. A text missing (the story removed meanwhile) is told from its
   * head's lead.
   */
  compose(texts: ReadonlyMap<string, string>): Briefing;
}

/**
 * The script for a briefing of stories or heads, the texts it needs read through `read` (those it cannot read, or a
 * failing read, are told from the heads' leads).
 */
export async function composeReading(input: ComposeInput, read: (heads: readonly StoryHead[]) => Promise<readonly Story[]>): Promise<Briefing> {
  const plan = planBriefing(input);
  const texts = plan.needs.length === 0 ? [] : await read(plan.needs).catch(() => []);
  return plan.compose(new Map(texts.map((s) => [s.id, s.text])));
}

/** The script for a briefing of whole stories. */
export function composeBriefing(input: ComposeInput): Briefing {
  return planBriefing(input).compose(new Map());
}

/**
 * A briefing's events chosen, grouped and ranked (from stories or heads alike), and the texts its script needs: those
 * of the first events' leads, as many as a briefing of its length may tell (MAX_TIMED_STORIES with a length).
 */
export function planBriefing(input: ComposeInput): BriefingPlan {
  const { lang, today, requested, served } = input;
  const say = SPOKEN[lang];
  const rate = input.rate ?? 1;
  const topicName = input.topic?.name;
  const ai = remembered(aiRelevance);
  const relevance: (s: Briefable) => number = topicName ? (input.topic?.score ?? topicScorer(topicName)) : ai;
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
  const told = ranked.slice(0, mostTold(input)).map((c) => c.lead);
  return { needs: told.filter((s): s is StoryHead => !isWhole(s)), compose: (texts) => script(texts) };

  /** The script, with the texts read for the heads told (a text missing: the head's lead). */
  function script(texts: ReadonlyMap<string, string>): Briefing {
    const textOf = (s: Briefable) => (isWhole(s) ? s.text : (texts.get(s.id) ?? s.lead));
    const outro = say.outro();
    const frame = seconds([...introFor(Math.min(ranked.length, DEFAULT_MAX_STORIES)), outro].join(' '), lang, rate);
    const { plans, seconds: storySeconds } = planLength(ranked, input, frame, textOf);
    const count = ranked.length === 0 ? 0 : plans.length;

    const segments: Segment[] = [{ kind: 'intro', lang, sentences: introFor(count).flatMap((s) => speakableSentences(s, lang)) }];
    for (const { cluster, headline, also } of count > 0 ? plans : []) {
      const story = cluster.lead;
      const summary = summarize(textOf(story), { lang: story.lang, seconds: storySeconds, rate });
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
}
