// Listening: one recognition session at a time, and what it shows (words so far, the level, what was understood, a
// problem). What a session is for, and what happens around it, is the microphone coordinator's (microphone.ts).
import type { Command } from '../domain/command/types';
import { SILENCE_DB } from '../domain/sound/level';
import { speechTag, type Lang } from '../domain/types';
import type { EarLoadProblem } from '../platform/ear/device-ear';
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
    /** The app's own on-device ear (Moonshine in a worker): turned on by the person, downloaded once, then offline. */
    device: DeviceEarState;
  };
  /**
   * Whether a session can start now in a language; when not, the problem is shown (no recognizer; offline without
   * on-device recognition; the on-device ear does not hear this language).
   */
  canListen(lang: Lang): boolean;
  /** Whether a session in this language would be heard by the app's own on-device ear (no browser recognizer involved). */
  hearsOnDevice(lang: Lang): boolean;
  /**
   * Starts a session in a language. Its level follows `level` (Hands-free's meter, which already holds the microphone)
   * or, without one, a level stream of its own where the platform allows a second one. A session Hands-free started at
   * a speech onset asks for the audio just before it (`prerollMs`).
   */
  listen(lang: Lang, level: LevelMeter | null, handlers: { onFinal(alternatives: string[]): void; onEnd(): void }, options?: { prerollMs?: number }): void;
  /** Ends the session in progress; false when there is none. */
  stopListening(): boolean;
  /** Shows what the last transcript was and meant. */
  showUnderstood(transcript: string, command: Command): void;
  /** Asks the browser which on-device recognition it offers for a language. */
  checkLocalRecognition(lang: Lang): Promise<void>;
  /** Downloads on-device recognition for a language (where the browser offers it). */
  installLocalRecognition(lang: Lang): Promise<void>;
  /** Turns the app's own on-device ear on (downloading it the first time, then loading it from the device) or off (removing it). */
  setDeviceEar(on: boolean): Promise<void>;
}

export interface DeviceEarState {
  /** The person turned it on (remembered across visits). */
  on: boolean;
  status: 'off' | 'loading' | 'ready' | 'failed';
  /** Share downloaded or loaded, 0…1, while loading. */
  progress: number;
  problem: EarLoadProblem | null;
  detail: string | null;
  /** How long the last load took, ms. */
  loadMs: number | null;
  /** What the browser lacks to run it, or null; the languages it hears; its download size, bytes. */
  missing: string | null;
  langs: readonly Lang[];
  bytes: number;
}

export const createListeningSlice: SliceCreator<ListeningSlice> = (set, get, { deps }) => {
  let session: ListenSession | null = null;
  const patch = (p: Partial<ListeningSlice['listening']>) => set((s) => ({ listening: { ...s.listening, ...p } }));
  const patchDevice = (p: Partial<DeviceEarState>) => set((s) => ({ listening: { ...s.listening, device: { ...s.listening.device, ...p } } }));
  /** Voice works where the browser recognises speech, or the app's own ear is ready; a problem that said otherwise goes. */
  const refreshSupported = () => {
    const supported = deps.recognizer.supported || get().listening.device.status === 'ready';
    const { problem } = get().listening;
    patch({ supported, problem: supported && (problem === 'unsupported' || problem === 'offline' || problem === 'ear-language') ? null : problem });
  };
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
      device: {
        on: false,
        status: 'off',
        progress: 0,
        problem: null,
        detail: null,
        loadMs: null,
        missing: deps.ear.missing,
        langs: deps.ear.langs,
        bytes: deps.ear.langs[0] ? deps.ear.downloadBytes(deps.ear.langs[0]) : 0,
      },
    },

    hearsOnDevice(lang) {
      const { local, device } = get().listening;
      // The browser's own on-device recognition, where it has it, stays preferred.
      return local !== 'available' && device.status === 'ready' && deps.ear.langs.includes(lang);
    },

    canListen(lang) {
      if (get().hearsOnDevice(lang)) return true;
      if (!deps.recognizer.supported) {
        // The ear is on but hears only other languages: say so, rather than that this browser has no recognition.
        patch({ problem: get().listening.device.status === 'ready' ? 'ear-language' : 'unsupported' });
        return false;
      }
      // Offline, the browser's server-side recognizer cannot work: say so at once instead of failing after a wait.
      if (get().listening.local !== 'available' && !deps.env.online()) {
        patch({ problem: get().listening.device.status === 'ready' ? 'ear-language' : 'offline' });
        return false;
      }
      return true;
    },

    listen(lang, level, { onFinal, onEnd }, options = {}) {
      const onDevice = get().hearsOnDevice(lang);
      const recognizer = onDevice ? deps.ear.recognizer : deps.recognizer;
      patch({ active: true, interim: '', problem: null, hearing: false, metered: false });
      let ended = false;
      let stopLevel = () => {};
      const started = recognizer.listen(
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
        { local: !onDevice && get().listening.local === 'available', prerollMs: options.prerollMs },
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

    async setDeviceEar(on) {
      const lang = deps.ear.langs[0];
      if (!on || !lang) {
        patchDevice({ on, status: 'off', progress: 0, problem: null, detail: null });
        refreshSupported();
        await deps.ear.unload(true);
        return;
      }
      if (get().listening.device.status === 'loading' || get().listening.device.status === 'ready') return patchDevice({ on: true });
      patchDevice({ on: true, status: 'loading', progress: 0, problem: null, detail: null });
      const loaded = await deps.ear.load(lang, (progress) => {
        if (get().listening.device.status === 'loading') patchDevice({ progress });
      });
      // Turned off while it loaded: that wins.
      if (!get().listening.device.on) return void deps.ear.unload(true);
      if ('problem' in loaded) patchDevice({ status: 'failed', problem: loaded.problem, detail: loaded.detail });
      else patchDevice({ status: 'ready', progress: 1, loadMs: loaded.loadMs });
      refreshSupported();
    },
  };
};
