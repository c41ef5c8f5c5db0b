// Listening: one recognition session at a time, and what it shows (words so far, the level, what was understood, a
// problem). What a session is for, and what happens around it, is the microphone coordinator's (microphone.ts).
import type { Command } from '../domain/command/types';
import { SILENCE_DB } from '../domain/sound/level';
import { speechTag, type Lang } from '../domain/types';
import type { ListenSession, LocalRecognition, RecognitionProblem } from '../platform/speech/recognizer';
import { createLevelMeter, type LevelMeter } from './level-meter';
import type { SliceCreator } from './types';

/** The Talk level moves only by this many decibels (each move redraws the bar, nothing else). */
const LEVEL_STEP_DB = 2;

export interface ListeningSlice {
  listening: {
    active: boolean;
    supported: boolean;
    /** Words heard so far in this session. */
    interim: string;
    /** The last final transcript. */
    heard: string | null;
    /** The recognizer hears speech now (between its speechstart and speechend). */
    hearing: boolean;
    /** Loudness heard while listening (outside the state: it changes many times a second). */
    meter: LevelMeter;
    /** The meter is live in this session (a microphone level, or Hands-free's); false: only `hearing` is known. */
    metered: boolean;
    /** The command the last transcript meant. */
    understood: Command | null;
    problem: RecognitionProblem | null;
    /** On-device recognition for the interface language, as the browser offers it (null until asked). */
    local: LocalRecognition | null;
  };
  /** Whether a session can start now; when not, the problem (no recognizer; offline without on-device recognition) is shown. */
  canListen(): boolean;
  /**
   * Starts a session in a language. Its level follows `level` (Hands-free's meter, which already holds the microphone)
   * or, without one, a level stream of its own where the platform allows a second one.
   */
  listen(lang: Lang, level: LevelMeter | null, handlers: { onFinal(alternatives: string[]): void; onEnd(): void }): void;
  /** Ends the session in progress; false when there is none. */
  stopListening(): boolean;
  /** Shows what the last transcript was and meant. */
  showUnderstood(transcript: string, command: Command): void;
  /** Asks the browser which on-device recognition it offers for a language. */
  checkLocalRecognition(lang: Lang): Promise<void>;
  /** Downloads on-device recognition for a language (where the browser offers it). */
  installLocalRecognition(lang: Lang): Promise<void>;
}

export const createListeningSlice: SliceCreator<ListeningSlice> = (set, get, { deps }) => {
  let session: ListenSession | null = null;
  const patch = (p: Partial<ListeningSlice['listening']>) => set((s) => ({ listening: { ...s.listening, ...p } }));
  const meter = createLevelMeter(LEVEL_STEP_DB);
  const show = (db: number) => void meter.move(db);

  /** The level while listening, from another meter or a stream of its own. Returns how to stop it. */
  const startLevel = (source: LevelMeter | null): (() => void) => {
    if (source) {
      patch({ metered: true });
      show(source.db);
      return source.subscribe(show);
    }
    if (!deps.micLevel.supported) return () => {};
    let stopped = false;
    let level: { close(): void } | null = null;
    void deps.micLevel.open(show).then((opened) => {
      if (stopped) opened?.close();
      else if (opened) {
        level = opened;
        patch({ metered: true });
      }
    });
    return () => {
      stopped = true;
      level?.close();
    };
  };

  // An "offline" explanation goes when the network returns.
  deps.env.onOnlineChange(() => {
    if (deps.env.online() && get().listening.problem === 'offline') patch({ problem: null });
  });

  return {
    listening: {
      active: false,
      supported: deps.recognizer.supported,
      interim: '',
      heard: null,
      hearing: false,
      meter,
      metered: false,
      understood: null,
      problem: deps.recognizer.supported ? null : 'unsupported',
      local: null,
    },

    canListen() {
      if (!deps.recognizer.supported) {
        patch({ problem: 'unsupported' });
        return false;
      }
      // Offline, the browser's server-side recognizer cannot work: say so at once instead of failing after a wait.
      if (get().listening.local !== 'available' && !deps.env.online()) {
        patch({ problem: 'offline' });
        return false;
      }
      return true;
    },

    listen(lang, level, { onFinal, onEnd }) {
      patch({ active: true, interim: '', problem: null, hearing: false, metered: false });
      let ended = false;
      let stopLevel = () => {};
      const started = deps.recognizer.listen(
        speechTag(lang),
        {
          onInterim: (interim) => patch({ interim }),
          onFinal,
          onError: (problem) => patch({ problem }),
          onSpeech: (hearing) => patch({ hearing }),
          onEnd: () => {
            ended = true;
            session = null;
            stopLevel();
            meter.set(SILENCE_DB);
            patch({ active: false, interim: '', hearing: false, metered: false });
            onEnd();
          },
        },
        { local: get().listening.local === 'available' },
      );
      // A session the engine ended at once (start() threw) is over: nothing to stop later, no level to open.
      if (!ended) {
        session = started;
        stopLevel = startLevel(level);
      }
    },

    stopListening() {
      if (!session) return false;
      session.stop();
      return true;
    },

    showUnderstood: (heard, understood) => patch({ heard, interim: '', understood }),

    async checkLocalRecognition(lang) {
      const local = await deps.recognizer.localAvailability(speechTag(lang)).catch(() => 'unavailable' as const);
      patch({ local });
    },

    async installLocalRecognition(lang) {
      patch({ local: 'downloading' });
      await deps.recognizer.installLocal(speechTag(lang)).catch(() => false);
      await get().checkLocalRecognition(lang);
    },
  };
};
