// Briefings: what to play and from where — the days or topic asked (stories chosen in the domain, composed by the
// lazily loaded composer), a list picked on the Stories screen, saved stories, or a briefing kept in History. A
// coordinator: it reads settings and the library, and starts the player; History records what starts (history-sync).
import { READ_WHOLE_UP_TO } from '../domain/briefing/read-whole';
import type { StoryReader } from '../domain/briefing/select-stories';
import { missingVoices, voiceNotes } from '../domain/briefing/voice-notes';
import { dayKeyOf, daysRange, localHour } from '../domain/day';
import { pickReplay, resumable, type HistoryEntry } from '../domain/history/history';
import type { Briefable, DayKey, Story, StoryHead } from '../domain/types';
import { announcer } from './announce';
import type * as BriefingToolsModule from './briefing-tools';
import type { CoordinatorCreator } from './types';

type BriefingTools = typeof BriefingToolsModule;
type Days = { from: DayKey; to: DayKey };
/** What a briefing is about besides its days: a topic, an outlet, a length; `all` keeps stories not about AI. */
type ComposeOptions = {
  topic?: { name: string; daysNamed: boolean; score: (s: Briefable) => number };
  outlet?: { name: string; daysNamed: boolean };
  minutes?: number | null;
  all?: boolean;
  /** Stories already heard: left out (a day briefing) or told after the others. */
  heard?: { ids: ReadonlySet<string>; leaveOut: boolean };
  /** The stories that arrived since the last briefing ("what's new"). */
  fresh?: boolean;
  /** The first run's offer of sources, said when the days asked have no stories. */
  offer?: string;
};

/** How far back "what's new" looks for stories that arrived since the last briefing (by their publication). */
const NEW_WITHIN_DAYS = 7;

let toolsLoad: Promise<BriefingTools> | null = null;
/** The briefing composer and its helpers (./briefing-tools), loaded once; a failed load is tried again next time. */
export function briefingTools(): Promise<BriefingTools> {
  toolsLoad ??= import('./briefing-tools').catch((error: unknown) => {
    toolsLoad = null;
    throw error;
  });
  return toolsLoad;
}

export interface BriefingActions {
  /**
   * Plays the briefing for the given days (today when omitted), falling back to the latest day with stories;
   * with a topic, the stories about it (in those days, or the newest week of news, the month when the week has fewer than 10);
   * with an outlet (as said), its stories, AI or not (in those days, else today or its latest day), matched against
   * the person's sources and the stories' own sources; saying so when it has none, or when nothing is from it.
   * Stories already heard are left out of a day briefing (and it says so) unless `scope` is `all`, and told after the
   * others for a topic or an outlet; `scope` `new` tells only the stories that arrived since the last briefing.
   */
  playBriefing(range?: Days, topic?: string | null, minutes?: number | null, outlet?: string | null, scope?: 'all' | 'new'): Promise<void>;
  /** Plays a briefing of these stories (saved stories), AI or not. */
  playStories(stories: Story[], range: Days): Promise<void>;
  /** Tells stories picked from a list in the order given (the first is the one picked), up to 50, at once. */
  playStoryList(stories: readonly Pick<StoryHead, 'id' | 'publishedAt'>[]): Promise<void>;
  /** Loads the briefing composer ahead of the first briefing (it is not in the initial JavaScript). */
  prepareBriefing(): void;
  /** Starts reading today's stories ahead of a likely "what's the news" (called when Talk is pressed). */
  prefetchToday(): void;
  /** Replays the latest briefing (of the named days), word for word. */
  replayBriefing(range?: Days): Promise<void>;
  playHistory(id: string): Promise<void>;
  /** Resumes the interrupted briefing at its story and sentence. */
  continueListening(): Promise<void>;
  /** Plays the saved stories as a briefing. */
  playSaved(): Promise<void>;
}

export const createBriefings: CoordinatorCreator<BriefingActions> = (get, deps) => {
  const { env, news } = deps;
  const say = announcer(get, deps);

  /**
   * Today's stories read ahead as a briefing reads them (see prefetchToday), and the texts today's briefing will tell,
   * valid for one day and one state of the library.
   */
  let ahead: { key: string; span: { start: number; end: number }; stories: Promise<Briefable[]>; texts: Promise<Map<string, Story>> } | null = null;
  /** The read-ahead's texts, for the briefing that took its stories (used once). */
  let aheadTexts: Promise<Map<string, Story>> | null = null;

  function today() {
    const tz = env.timeZone();
    const day = dayKeyOf(env.now(), tz);
    return { day, key: `${day}|${tz}|${news.revision()}`, span: daysRange(day, day, tz) };
  }

  /** Today's stories from the read-ahead when it still holds (used once). */
  function takeAhead(start: number, end: number) {
    const t = today();
    const hit = ahead && ahead.key === t.key && ahead.span.start === start && ahead.span.end === end ? ahead : null;
    ahead = null;
    aheadTexts = hit?.texts ?? null;
    return hit?.stories ?? null;
  }

  /** The archive, with today's stories from the read-ahead when it still holds. */
  const reader: StoryReader = {
    listBetween: (start, end) => news.listBetween(start, end),
    // The read-ahead was read as a day briefing reads (READ_WHOLE_UP_TO): it holds whenever `over` is that.
    listBriefable: (start, end, over) => (over === READ_WHOLE_UP_TO ? takeAhead(start, end) : null) ?? news.listBriefable(start, end, over),
    latestBefore: (end) => news.latestBefore(end),
    listAbout: (query, start, end, limit) => news.listAbout(query, start, end, limit),
  };

  /** What to say first about languages of these stories that have no voice here (each said once per device). */
  function notesFor(stories: readonly Briefable[]): string[] {
    const s = get();
    const missing = missingVoices(stories, { voices: s.voices, loaded: s.voicesLoaded, noted: s.missingVoiceNoted });
    s.noteMissingVoices(missing);
    return voiceNotes(missing, s.lang);
  }

  /** What the composer is given for these stories (`notes`: what to say first about missing voices). */
  function inputFor(stories: Briefable[], requested: Days, served: Days | null, { topic, outlet, minutes, all, heard, fresh, offer }: ComposeOptions, notes: string[]) {
    const now = env.now();
    const tz = env.timeZone();
    const latest = stories.reduce((t, s) => Math.max(t, s.publishedAt), 0);
    const { lang, rate, taste } = get();
    return {
      taste,
      id: `b-${now}`,
      lang,
      now,
      today: dayKeyOf(now, tz),
      hour: localHour(now, tz),
      requested,
      served,
      stories,
      aiOnly: !topic && !all,
      rate,
      minutes,
      topic: topic && { ...topic, latestDay: dayKeyOf(latest, tz) },
      outlet: outlet && { ...outlet, latestDay: dayKeyOf(latest, tz) },
      notes,
      heard,
      fresh,
      offer,
    };
  }

  /** Of heads (a big day), the texts of the stories told: those the read-ahead read already, the others now. */
  async function textsOf(heads: readonly StoryHead[]): Promise<Story[]> {
    const read = (await aheadTexts?.catch(() => null)) ?? new Map<string, Story>();
    aheadTexts = null;
    const missing = heads.filter((h) => !read.has(h.id));
    for (const s of missing.length > 0 ? await news.storiesOf(missing) : []) read.set(s.id, s);
    return heads.flatMap((h) => read.get(h.id) ?? []);
  }

  /** Plays the briefing of these stories; of heads (a big day), the texts of the stories told are read first. */
  async function compose({ composeReading }: BriefingTools, stories: Briefable[], requested: Days, served: Days | null, options: ComposeOptions = {}) {
    get().play(await composeReading(inputFor(stories, requested, served, options, notesFor(stories)), textsOf));
  }

  /** "AI news": stories that are not about AI do not count (a day briefing). */
  const aiNews = (tools: BriefingTools) => (s: Briefable) => tools.aiRelevance(s) >= tools.AI_RELEVANCE_THRESHOLD;
  /** A day briefing leaves out what was heard, unless all of it is asked for. */
  const dayHeard = (scope?: 'all' | 'new') => (scope === 'all' ? undefined : { ids: get().history.heard, leaveOut: true });

  /** The stories heard so far, told after the others (a topic, an outlet). */
  const heardLast = () => ({ ids: get().history.heard, leaveOut: false });

  async function playTopic(topic: string, range: Days | undefined, minutes: number | null | undefined) {
    const tools = await briefingTools();
    const score = tools.topicScorer(topic);
    const found = await tools.selectTopicStories(reader, score, range ?? null, env.now(), env.timeZone(), tools.topicTermQuery(topic));
    if (found.stories.length === 0 || !found.days) {
      const suggestions = tools.nearestTopics(topic, found.candidates);
      say((c, today) => c.noStoriesAbout({ topic, when: range ? c.rangeName({ ...range, today }) : null, suggestions }));
      return;
    }
    return compose(tools, found.stories, found.days, found.days, { topic: { name: topic, daysNamed: range !== undefined, score }, minutes, heard: heardLast() });
  }

  async function playOutlet(outlet: string, range: Days | undefined, topic: string | null | undefined, minutes: number | null | undefined) {
    const tools = await briefingTools();
    const score = topic ? tools.topicScorer(topic) : undefined;
    const request = { outlet, sources: get().sources.list, range: range ?? null, topic: score };
    const { stories, days, name, known, others } = await tools.selectOutletStories(reader, request, env.now(), env.timeZone());
    if (!days) {
      return say((c, today) =>
        known ? c.noStoriesFrom({ outlet: name, topic: topic ?? null, when: range ? c.rangeName({ ...range, today }) : null }) : c.unknownOutlet({ outlet: name, others }),
      );
    }
    const daysNamed = range !== undefined;
    // Named outlets are a precise request: their stories that are not about AI are told too.
    return compose(tools, stories, days, days, { topic: topic && score ? { name: topic, daysNamed, score } : undefined, outlet: { name, daysNamed }, minutes, all: true, heard: heardLast() });
  }

  /** "What's new": the AI stories that arrived since the last briefing and were not heard, or that there are none. */
  async function playNew(since: number, minutes: number | null | undefined) {
    const tools = await briefingTools();
    const tz = env.timeZone();
    const now = env.now();
    const today = dayKeyOf(now, tz);
    const first = dayKeyOf(now - NEW_WITHIN_DAYS * 86_400_000, tz);
    const { start, end } = daysRange(first, today, tz);
    const heard = get().history.heard;
    const arrived = await tools.selectNewStories(news, start, end, since, heard);
    const days = arrived.map((s) => dayKeyOf(s.publishedAt, tz)).sort();
    const served = days.length ? { from: days[0], to: days.at(-1)! } : { from: today, to: today };
    return compose(tools, arrived, served, served, { minutes, fresh: true, heard: { ids: heard, leaveOut: true } });
  }

  /** Plays a briefing kept in History again, from its start or a position. */
  function replay(entry: HistoryEntry, at?: HistoryEntry['progress']['pos']) {
    get().markPlaying(entry.id);
    get().play(entry.briefing, at);
  }

  const stored = () => deps.history.list().catch(() => [] as HistoryEntry[]);

  return {
    async playBriefing(range, topic, minutes, outlet, scope) {
      await get().init();
      aheadTexts = null;
      if (outlet) return playOutlet(outlet, range, topic, minutes);
      if (topic) return playTopic(topic, range, minutes);
      // History's list is newest first: "what's new" tells what arrived since the latest briefing kept.
      const since = get().history.list[0]?.createdAt ?? null;
      // With no briefing before, everything is new: today's briefing.
      if (scope === 'new' && !range && since !== null) return playNew(since, minutes);
      const tools = await briefingTools();
      const tz = env.timeZone();
      const day = dayKeyOf(env.now(), tz);
      const requested = range ?? { from: day, to: day };
      // "AI news": stories that are not about AI do not count, so a day with none falls back like an empty one.
      const { stories, served } = await tools.selectDayStories(reader, requested, tz, aiNews(tools));
      return compose(tools, stories, requested, served, { minutes, offer: get().starterOffer() ?? undefined, heard: dayHeard(scope) });
    },

    async playStories(stories, range) {
      return compose(await briefingTools(), stories, range, range, { all: true });
    },

    async playStoryList(listed) {
      if (listed.length === 0) return;
      const { composeStoryList, MAX_LISTED_STORIES } = await briefingTools();
      // The screen lists heads: the texts of the stories told are read (those removed meanwhile are left out).
      const stories = await news.storiesOf(listed.slice(0, MAX_LISTED_STORIES));
      if (stories.length === 0) return;
      const now = env.now();
      const tz = env.timeZone();
      const told = stories.slice(0, MAX_LISTED_STORIES);
      const days = told.map((s) => dayKeyOf(s.publishedAt, tz)).sort();
      const { lang, rate } = get();
      get().play(composeStoryList({ id: `b-${now}`, lang, now, stories, days: { from: days[0], to: days[days.length - 1] }, rate, notes: notesFor(told) }));
    },

    prepareBriefing() {
      // A failed fetch is no error yet: the briefing that needs the composer tries to load it again.
      void briefingTools().catch(() => undefined);
    },

    prefetchToday() {
      get().prepareBriefing();
      const t = today();
      if (ahead?.key === t.key) return;
      const stories = news.listBriefable(t.span.start, t.span.end, READ_WHOLE_UP_TO);
      stories.catch(() => undefined);
      // Of heads, the texts today's briefing will tell are read too, while the request is still being spoken: its plan
      // is made from them as the briefing makes it ("today's AI news"; another request reads what it lacks).
      const texts = Promise.all([stories, briefingTools()]).then(async ([listed, tools]) => {
        const read = new Map<string, Story>();
        if (listed.every((s) => 'text' in s)) return read;
        const day = { from: t.day, to: t.day };
        const { needs } = tools.planBriefing(inputFor(listed.filter(aiNews(tools)), day, day, { heard: dayHeard() }, []));
        for (const s of await news.storiesOf(needs)) read.set(s.id, s);
        return read;
      });
      texts.catch(() => undefined);
      ahead = { ...t, stories, texts };
    },

    async replayBriefing(range) {
      const entry = pickReplay(await stored(), range ?? null, env.timeZone());
      if (!entry) return say((c, today) => c.nothingToReplay({ when: range ? c.rangeName({ ...range, today }) : null }));
      replay(entry);
    },

    async playHistory(id) {
      const entry = await deps.history.get(id).catch(() => undefined);
      if (entry) replay(entry);
    },

    async continueListening() {
      const open = resumable(await stored(), env.now());
      if (!open) return say((c) => c.nothingToContinue());
      replay(open, open.progress.pos);
    },

    async playSaved() {
      const stories = get().saved;
      if (stories.length === 0) return say((c) => c.nothingToSave());
      const tz = env.timeZone();
      const days = stories.map((s) => dayKeyOf(s.publishedAt, tz)).sort();
      await get().playStories(stories, { from: days[0], to: days.at(-1)! });
    },
  };
};
