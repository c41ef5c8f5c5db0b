// The command router: what each intent does, as a table, and the transport actions that answer out loud when they
// mean nothing now ("next" with nothing playing says so). A coordinator: it reaches playback, briefings and history.
import type { Command, Intent } from '../domain/command/types';
import { dayKeyOf } from '../domain/day';
import { currentSegment, isActive, isBusy, isPausedToListen, type PlayerEvent } from '../domain/player/machine';
import { stepRate } from '../domain/player/rate';
import { announcer } from './announce';
import type { CoordinatorCreator } from './types';

export interface CommandActions {
  /** Acts on a parsed command, answering out loud when it cannot. */
  runCommand(command: Command): Promise<void>;
  next(): void;
  previous(): void;
  repeat(): void;
  resume(): void;
  /** Tells the rest of the current story. */
  more(): void;
  /** One step faster (+1) or slower (−1), applied at once, and said when nothing is being spoken. */
  changeRate(direction: 1 | -1): void;
  /** Says who published the current story, and when. */
  sayStorySource(): void;
  /** Keeps the current story (and the same event's other reports) beyond retention. */
  saveCurrentStory(): Promise<void>;
}

type Route = (command: Command) => void | Promise<void>;

export const createCommandRouter: CoordinatorCreator<CommandActions> = (get, deps) => {
  const say = announcer(get, deps);

  /** A transport event; when it means nothing now (nothing playing), says so instead of staying silent. */
  function transport(event: PlayerEvent) {
    if (!get().dispatch(event)) say((c) => c.nothingPlaying());
  }

  /** "Stop after this story" (`after` = 'story'), a sleep timer (minutes), or cancelling both (0). */
  function stopLater(after: 'story' | number) {
    const s = get();
    if (after === 'story') return say((c) => (s.setStopAfterStory(true) ? c.stopAfterStory() : c.nothingPlaying()));
    if (after === 0) {
      s.setSleepTimer(null);
      s.setStopAfterStory(false);
      return say((c) => c.sleepTimerOff());
    }
    s.setSleepTimer(after);
    say((c) => c.sleepTimer({ minutes: after }));
  }

  /** The story being told, for learning from it (its headline and the summary told stand for its text). */
  function storyNow() {
    const { player } = get();
    const segment = currentSegment(player);
    if (!segment?.story || !isActive(player)) return null;
    return { story: { ...segment.story, text: segment.sentences.join(' ') }, toldToEnd: player.pos.sentence >= segment.sentences.length - 1 };
  }

  const actions: CommandActions = {
    next() {
      // "Next" before a story's summary ended is a skip: its topics and outlet sink a little in later briefings.
      const now = storyNow();
      if (now && !now.toldToEnd) void get().learnTaste(now.story, 'skip');
      transport({ type: 'NEXT' });
    },
    previous: () => transport({ type: 'PREVIOUS' }),
    repeat: () => transport({ type: 'REPEAT', at: deps.env.elapsed() }),
    resume: () => transport({ type: 'RESUME' }),

    more() {
      // Asking for more is interest, whether or not there is more to tell.
      const now = storyNow();
      if (now) void get().learnTaste(now.story, 'more');
      if (get().dispatch({ type: 'MORE' })) return;
      say((c) => (get().player.briefing ? c.noMore() : c.nothingPlaying()));
    },

    changeRate(direction) {
      const s = get();
      const rate = stepRate(s.rate, direction);
      if (rate === null) return say((c) => c.rate({ rate: s.rate, limit: direction > 0 ? 'fastest' : 'slowest' }));
      s.setRate(rate);
      // Spoken at once when nothing is being said; a sentence in progress (or about to resume) already carries it.
      if (s.player.status !== 'speaking' && !isPausedToListen(s.player)) say((c) => c.rate({ rate, limit: null }));
    },

    sayStorySource() {
      const story = currentSegment(get().player)?.story;
      if (!story) return say((c) => c.nothingPlaying());
      const day = dayKeyOf(story.publishedAt, deps.env.timeZone());
      say((c, today) => c.source({ source: story.source, when: c.dayName({ day, today }) }));
    },

    async saveCurrentStory() {
      const segment = currentSegment(get().player);
      const story = segment?.story;
      if (!story) return say((c) => c.nothingToSave());
      if (await get().keepStories(segment.clusterIds ?? [story.id])) say((c) => c.saved({ title: story.title }));
    },

    runCommand: async (command) => ROUTES[command.intent](command),
  };

  const rangeOf = (c: Command) => (c.from && c.to ? { from: c.from, to: c.to } : undefined);

  /** What each intent does. */
  const ROUTES: Record<Intent, Route> = {
    brief: (c) => get().playBriefing(rangeOf(c), c.topic, c.minutes, c.outlet, c.scope),
    next: actions.next,
    previous: actions.previous,
    repeat: actions.repeat,
    pause: () => get().pause(),
    // Nothing playing: "continue" picks up an interrupted briefing, if there is one.
    resume: () => (isBusy(get().player) ? actions.resume() : get().continueListening()),
    stop: (c) => (c.after === undefined ? get().stop() : stopLater(c.after)),
    more: actions.more,
    faster: () => actions.changeRate(1),
    slower: () => actions.changeRate(-1),
    source: actions.sayStorySource,
    help: () => say((c) => c.help()),
    starter: (c) => {
      if (!c.decline) return get().turnOnSuggestedSources();
      get().keepSampleEdition();
      say((m) => m.starterDeclined());
    },
    save: actions.saveCurrentStory,
    // A question about the story being told (or the last one told): answered from its text, or "the story doesn't say".
    ask: (c) => get().askAboutStory(c.question ?? ''),
    replay: (c) => get().replayBriefing(rangeOf(c)),
    // Another assistant's request (weather, music…) is answered kindly; anything else gets what can be said.
    none: (c) => say((m) => (c.notOurs ? m.onlyNews() : m.notUnderstood())),
  };

  return actions;
};
