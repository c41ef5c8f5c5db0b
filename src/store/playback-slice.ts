// Playback: runs the pure player machine and performs its effects through the synthesizer port; the speaking rate,
// the sleep timer and the plain transport. What a spoken command means is the command router's (command-router.ts).
import { SPOKEN } from '../domain/briefing/messages';
import type { Briefing, StoryRef } from '../domain/briefing/types';
import { initialPlayerState, isPausedByUser, storyToldAt, transition, type PlayerEffect, type PlayerEvent, type PlayerState, type Position } from '../domain/player/machine';
import { isRate } from '../domain/player/rate';
import type { Lang } from '../domain/types';
import type { SliceCreator } from './types';

export interface PlaybackSlice {
  player: PlayerState;
  /** The story the player told last in this session (kept after it stops): what "how much does it cost?" is about. */
  lastStory: StoryRef | null;
  /** The speaking rate (0.5–2), remembered. */
  rate: number;
  /** Another tab started speaking, so this one stopped (until it plays again). */
  playingElsewhere: boolean;
  /** A running sleep timer: when it ends on the monotonic clock (Environment.elapsed), and on the wall clock for display. */
  sleepTimer: { endsAt: number; until: number; minutes: number } | null;
  /** Feeds an event to the player machine and performs its effects; false when the event meant nothing now. */
  dispatch(event: PlayerEvent): boolean;
  /** Plays a briefing from its start, or from a position (resuming an interrupted one). */
  play(briefing: Briefing, at?: Position): void;
  /** Says sentences in a language over whatever is playing, then goes back to it. */
  say(sentences: string[], lang: string): void;
  /** Says a sample sentence in a language with its chosen voice. */
  testVoice(lang: Lang): void;
  /** Sets the speaking rate (0.5–2), applied at once, even mid-sentence; other values are ignored. */
  setRate(rate: number): void;
  /** Starts (or with null, cancels) a sleep timer that stops playback after that many minutes. */
  setSleepTimer(minutes: number | null): void;
  /** Stops (or not) when the current story ends; false when nothing is playing. */
  setStopAfterStory(on: boolean): boolean;
  setPlayingElsewhere(on: boolean): void;
  pause(): void;
  stop(): void;
  /** Resumes a briefing the person paused, else pauses. */
  togglePause(): void;
  /** One sentence back or forward (headset seek buttons). */
  seekSentence(by: -1 | 1): void;
}

export const createPlaybackSlice: SliceCreator<PlaybackSlice> = (set, get, { deps }) => {
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

  let sleepHandle: ReturnType<typeof setTimeout> | undefined;

  return {
    player: initialPlayerState,
    lastStory: null,
    rate: 1,
    playingElsewhere: false,
    sleepTimer: null,

    dispatch(event) {
      const t = transition(get().player, event);
      // Speech first, then the new state: re-rendering the screen must not delay the first sound.
      // (Synthesizer handlers always arrive asynchronously, so they see the state set below.)
      t.effects.forEach(perform);
      if (t.state !== get().player) {
        const told = storyToldAt(t.state.briefing, t.state.pos);
        set(told && told !== get().lastStory ? { player: t.state, lastStory: told } : { player: t.state });
      }
      return t.handled;
    },

    play: (briefing, at) => void get().dispatch({ type: 'START', briefing, at }),
    say: (sentences, lang) => void get().dispatch({ type: 'SAY', sentences, lang }),
    testVoice: (lang) => get().say([SPOKEN[lang].voiceSample()], lang),

    setRate(rate) {
      if (!isRate(rate) || rate === get().rate) return;
      set({ rate });
      // Speaking: the current sentence starts again at the new rate. Paused to listen: it will when listening ends.
      if (get().player.status === 'speaking') get().dispatch({ type: 'RESPEAK' });
    },

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

    setStopAfterStory: (on) => get().dispatch({ type: 'STOP_AFTER_STORY', on }),
    setPlayingElsewhere: (playingElsewhere) => set({ playingElsewhere }),
    pause: () => void get().dispatch({ type: 'PAUSE' }),
    stop: () => void get().dispatch({ type: 'STOP' }),
    togglePause: () => void get().dispatch({ type: isPausedByUser(get().player) ? 'RESUME' : 'PAUSE' }),
    seekSentence: (by) => void get().dispatch({ type: 'SEEK_SENTENCE', by }),
  };
};
