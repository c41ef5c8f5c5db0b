// Playback: runs the pure player machine, performs its effects through the synthesizer port, acts on commands.
import { SPOKEN, type SpokenCatalog } from '../domain/briefing/messages';
import { dayKeyOf, daysRange, localHour } from '../domain/day';
import { currentSegment, initialPlayerState, transition, type PlayerEffect } from '../domain/player/machine';
import { isRate, stepRate } from '../domain/player/rate';
import { isLang, type DayKey, type Lang, type Story } from '../domain/types';
import { announce } from './announce';
import type * as BriefingToolsModule from './briefing-tools';
import type { PlaybackSlice, SliceCreator } from './types';

const DAY_MS = 86_400_000;
/** A topic with no days named is looked for in the newest week of stories on the device, then the month. */
const TOPIC_WINDOWS_DAYS = [7, 30];
/** A week with this many stories about the topic is enough for a briefing (it tells at most 10). */
const ENOUGH_TOPIC_STORIES = 10;

type BriefingTools = typeof BriefingToolsModule;
let toolsLoad: Promise<BriefingTools> | null = null;
/** The briefing composer and its helpers (./briefing-tools), loaded once; a failed load is tried again next time. */
export function briefingTools(): Promise<BriefingTools> {
  toolsLoad ??= import('./briefing-tools').catch((error: unknown) => {
    toolsLoad = null;
    throw error;
  });
  return toolsLoad;
}

export const createPlaybackSlice: SliceCreator<PlaybackSlice> = (set, get, deps) => {
  function perform(effect: PlayerEffect) {
    if (effect.type === 'cancel') {
      deps.synth.cancel();
      return;
    }
    const { token } = effect;
    deps.synth.speak(
      { text: effect.text, lang: effect.lang, rate: get().rate },
      {
        onStart: () => {},
        onEnd: () => get().dispatch({ type: 'SPOKEN', token }),
        onError: (failure) => get().dispatch({ type: 'SPEECH_FAILED', token, failure }),
      },
    );
  }

  /** Says a short message in the interface language, over whatever is playing. */
  const say = (pick: (c: SpokenCatalog, today: DayKey) => string) => announce(get, deps, pick);

  /** A transport event; when it means nothing now (nothing playing), says so instead of staying silent. */
  function transport(type: 'NEXT' | 'PREVIOUS' | 'REPEAT' | 'RESUME') {
    const event = type === 'REPEAT' ? { type, at: deps.env.elapsed() } : { type };
    if (!get().dispatch(event)) say((c) => c.nothingPlaying());
  }

  /** Languages of these stories with no voice on this device, not yet mentioned (said once per device). */
  function newlyMissingVoices(stories: Story[]): Lang[] {
    const { voices, voicesLoaded, missingVoiceNoted } = get();
    // An empty list says nothing (Linux lists none, yet speaks by language): only a list without the language does.
    if (!voicesLoaded || voices.length === 0) return [];
    const langs = new Set(stories.map((s) => s.lang).filter(isLang));
    return [...langs].filter((l) => !missingVoiceNoted.includes(l) && !voices.some((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === l));
  }

  function start(
    { composeBriefing }: BriefingTools,
    stories: Story[],
    requested: { from: DayKey; to: DayKey },
    served: { from: DayKey; to: DayKey } | null,
    { topic, minutes, all }: { topic?: { name: string; daysNamed: boolean; score: (s: Story) => number }; minutes?: number | null; all?: boolean } = {},
  ) {
    const now = deps.env.now();
    const tz = deps.env.timeZone();
    const latest = stories.reduce((t, s) => Math.max(t, s.publishedAt), 0);
    const briefing = composeBriefing({
      id: `b-${now}`,
      lang: get().lang,
      now,
      today: dayKeyOf(now, tz),
      hour: localHour(now, tz),
      requested,
      served,
      stories,
      aiOnly: !topic && !all,
      rate: get().rate,
      minutes,
      topic: topic && { ...topic, latestDay: dayKeyOf(latest, tz) },
      notes: voiceNotes(stories),
    });
    get().dispatch({ type: 'START', briefing });
    void get().recordBriefing(briefing);
  }

  /** What to say first about languages of these stories that have no voice here (each said once per device). */
  function voiceNotes(stories: Story[]): string[] {
    const say = SPOKEN[get().lang];
    const missing = newlyMissingVoices(stories);
    if (missing.length > 0) set({ missingVoiceNoted: [...get().missingVoiceNoted, ...missing] });
    return missing.map((l) => say.noVoiceFor({ language: say.languageName(l) }));
  }

  async function playTopic(topic: string, range: { from: DayKey; to: DayKey } | undefined, minutes: number | null | undefined) {
    const tools = await briefingTools();
    const { env, news } = deps;
    const tz = env.timeZone();
    const score = tools.topicScorer(topic);
    let window = { start: 0, end: 0 };
    let candidates: Story[] = [];
    let stories: Story[] = [];
    if (range) {
      window = daysRange(range.from, range.to, tz);
      candidates = await news.listBetween(window.start, window.end);
      stories = candidates.filter((s) => score(s) > 0);
    } else {
      // The newest week first; the month only when the week has too few (reading a month of texts takes ~1 s).
      const latest = await news.latestBefore(env.now() + DAY_MS);
      if (latest !== null) {
        for (const days of TOPIC_WINDOWS_DAYS) {
          const start = latest - days * DAY_MS;
          const older = await news.listBetween(start, window.start || latest + 1);
          candidates = [...candidates, ...older];
          stories = [...stories, ...older.filter((s) => score(s) > 0)];
          window = { start, end: latest + 1 };
          if (stories.length >= ENOUGH_TOPIC_STORIES) break;
        }
      }
    }
    if (stories.length === 0) {
      const suggestions = tools.nearestTopics(topic, candidates);
      say((c, today) => c.noStoriesAbout({ topic, when: range ? c.rangeName({ ...range, today }) : null, suggestions }));
      return;
    }
    const days = range ?? { from: dayKeyOf(window.start, tz), to: dayKeyOf(window.end - 1, tz) };
    start(tools, stories, days, days, { topic: { name: topic, daysNamed: range !== undefined, score }, minutes });
  }

  let sleepHandle: ReturnType<typeof setTimeout> | undefined;
  /** Today's stories read ahead (see prefetchToday), valid for one day and one library state. */
  let ahead: { key: string; stories: Promise<Story[]> } | null = null;

  function todayKey(): { key: string; span: { start: number; end: number }; today: DayKey } {
    const tz = deps.env.timeZone();
    const today = dayKeyOf(deps.env.now(), tz);
    return { key: `${today}|${tz}|${get().library.storyCount}`, span: daysRange(today, today, tz), today };
  }

  /** Stories of a span; today's come from the read-ahead when it is still valid. */
  function storiesBetween(span: { start: number; end: number }): Promise<Story[]> {
    const t = todayKey();
    const hit = ahead && ahead.key === t.key && span.start === t.span.start && span.end === t.span.end ? ahead.stories : null;
    ahead = null;
    return hit ?? deps.news.listBetween(span.start, span.end);
  }

  /** Handles "stop after this story" (`after` = 'story'), sleep timers (minutes), and cancelling both (0). */
  function stopLater(after: 'story' | number) {
    if (after === 'story') {
      if (get().dispatch({ type: 'STOP_AFTER_STORY', on: true })) say((c) => c.stopAfterStory());
      else say((c) => c.nothingPlaying());
      return;
    }
    if (after === 0) {
      get().setSleepTimer(null);
      get().dispatch({ type: 'STOP_AFTER_STORY', on: false });
      say((c) => c.sleepTimerOff());
      return;
    }
    get().setSleepTimer(after);
    say((c) => c.sleepTimer({ minutes: after }));
  }

  return {
    player: initialPlayerState,
    playingElsewhere: false,
    sleepTimer: null,

    setSleepTimer(minutes) {
      clearTimeout(sleepHandle);
      if (minutes === null || minutes <= 0) {
        set({ sleepTimer: null });
        return;
      }
      set({ sleepTimer: { endsAt: deps.env.elapsed() + minutes * 60_000, until: deps.env.now() + minutes * 60_000, minutes } });
      sleepHandle = setTimeout(() => {
        set({ sleepTimer: null });
        get().stop();
      }, minutes * 60_000);
    },

    setStopAfterStory: (on) => void get().dispatch({ type: 'STOP_AFTER_STORY', on }),

    dispatch(event) {
      const t = transition(get().player, event);
      // Speech first, then the new state: re-rendering the screen must not delay the first sound.
      // (Synthesizer handlers always arrive asynchronously, so they see the state set below.)
      t.effects.forEach(perform);
      if (t.state !== get().player) set({ player: t.state });
      return t.handled;
    },

    async playBriefing(range, topic, minutes) {
      await get().init();
      if (topic) return playTopic(topic, range, minutes);
      const tools = await briefingTools();
      const { aiRelevance, AI_RELEVANCE_THRESHOLD } = tools;
      const { env, news } = deps;
      const tz = env.timeZone();
      const today = dayKeyOf(env.now(), tz);
      const requested = range ?? { from: today, to: today };
      const span = daysRange(requested.from, requested.to, tz);
      let served: { from: string; to: string } | null = requested;
      // "AI news": stories that are not about AI do not count, so a day with none falls back like an empty one.
      const aiStories = (list: Story[]) => list.filter((s) => aiRelevance(s) >= AI_RELEVANCE_THRESHOLD);
      let stories = aiStories(await storiesBetween(span));
      for (let before = span.start; stories.length === 0; ) {
        const latest = await news.latestBefore(before);
        served = null;
        if (latest === null) break;
        const day = dayKeyOf(latest, tz);
        const r = daysRange(day, day, tz);
        stories = aiStories(await news.listBetween(r.start, r.end));
        served = { from: day, to: day };
        before = r.start;
      }
      start(tools, stories, requested, served, { minutes });
    },

    async playStories(stories, range) {
      start(await briefingTools(), stories, range, range, { all: true });
    },

    async playStoryList(stories) {
      if (stories.length === 0) return;
      const { composeStoryList, MAX_LISTED_STORIES } = await briefingTools();
      const now = deps.env.now();
      const tz = deps.env.timeZone();
      const told = stories.slice(0, MAX_LISTED_STORIES);
      const days = told.map((s) => dayKeyOf(s.publishedAt, tz)).sort();
      const briefing = composeStoryList({
        id: `b-${now}`,
        lang: get().lang,
        now,
        stories,
        days: { from: days[0], to: days[days.length - 1] },
        rate: get().rate,
        notes: voiceNotes(told),
      });
      get().dispatch({ type: 'START', briefing });
      void get().recordBriefing(briefing);
    },

    prepareBriefing() {
      // A failed fetch is no error yet: the briefing that needs the composer tries to load it again.
      void briefingTools().catch(() => undefined);
    },

    prefetchToday() {
      get().prepareBriefing();
      const t = todayKey();
      if (ahead?.key === t.key) return;
      const stories = deps.news.listBetween(t.span.start, t.span.end);
      stories.catch(() => undefined);
      ahead = { key: t.key, stories };
    },

    next: () => transport('NEXT'),
    previous: () => transport('PREVIOUS'),
    repeat: () => transport('REPEAT'),
    resume: () => transport('RESUME'),
    pause: () => void get().dispatch({ type: 'PAUSE' }),
    stop: () => void get().dispatch({ type: 'STOP' }),
    togglePause() {
      const { status, pausedFor } = get().player;
      if (status === 'paused' && pausedFor === 'user') get().resume();
      else get().pause();
    },

    seekSentence: (by) => void get().dispatch({ type: 'SEEK_SENTENCE', by }),

    more() {
      if (get().dispatch({ type: 'MORE' })) return;
      say((c) => (get().player.briefing && get().player.status !== 'idle' ? c.noMore() : c.nothingPlaying()));
    },

    changeRate(direction) {
      const rate = stepRate(get().rate, direction);
      if (rate === null) {
        say((c) => c.rate({ rate: get().rate, limit: direction > 0 ? 'fastest' : 'slowest' }));
        return;
      }
      get().setRate(rate);
      const { status, pausedFor } = get().player;
      if (status !== 'speaking' && !(status === 'paused' && pausedFor === 'listening')) say((c) => c.rate({ rate, limit: null }));
    },

    setRate(rate) {
      if (!isRate(rate) || rate === get().rate) return;
      set({ rate });
      // Speaking: the current sentence starts again at the new rate. Paused to listen: it will when listening ends.
      if (get().player.status === 'speaking') get().dispatch({ type: 'RESPEAK' });
    },

    sayStorySource() {
      const story = currentSegment(get().player)?.story;
      if (!story || get().player.status === 'idle') {
        say((c) => c.nothingPlaying());
        return;
      }
      const day = dayKeyOf(story.publishedAt, deps.env.timeZone());
      say((c, today) => c.source({ source: story.source, when: c.dayName({ day, today }) }));
    },

    async runCommand(command) {
      const s = get();
      const range = command.from && command.to ? { from: command.from, to: command.to } : undefined;
      switch (command.intent) {
        case 'brief':
          return s.playBriefing(range, command.topic, command.minutes);
        case 'next':
          return s.next();
        case 'previous':
          return s.previous();
        case 'repeat':
          return s.repeat();
        case 'pause':
          return s.pause();
        case 'resume':
          // Nothing playing: "continue" picks up an interrupted briefing, if there is one.
          return s.player.status === 'idle' || s.player.status === 'finished' ? s.continueListening() : s.resume();
        case 'stop':
          return command.after === undefined ? s.stop() : stopLater(command.after);
        case 'more':
          return s.more();
        case 'faster':
          return s.changeRate(1);
        case 'slower':
          return s.changeRate(-1);
        case 'source':
          return s.sayStorySource();
        case 'help':
          return say((c) => c.help());
        case 'save':
          return s.saveCurrentStory();
        case 'replay':
          return s.replayBriefing(range);
        case 'none':
          return say((c) => c.notUnderstood());
      }
    },
  };
};
