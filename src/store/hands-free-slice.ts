// Hands-free: the sound detector's session (microphone, model, worker) and what it heard. Speech onsets and snap or
// clap commands go to whoever subscribes (the microphone coordinator decides what they start or steer).
import { SILENCE_DB } from '../domain/sound/level';
import { SOUND_RULES } from '../domain/sound/rules';
import { createSoundEvents, type HeardSound, type SoundEvent } from '../domain/sound/sound-events';
import type { SoundInput } from '../domain/sound/sound-stream';
import type { SoundProblem, SoundSession } from '../platform/sound/sound-detector';
import { createLevelMeter, type LevelMeter } from './level-meter';
import type { SliceCreator } from './types';

/** What Hands-free tells its subscribers: speech began, or a snap or clap command. */
export type HandsFreeSignal = Exclude<SoundEvent, { type: 'heard' }>;

export interface HandsFreeSlice {
  handsFree: {
    /** The person turned Hands-free on (remembered across visits). */
    on: boolean;
    /**
     * 'hidden': on, with the microphone closed while the page is not seen. 'yielded': on, with the microphone lent to
     * a Talk session (on phones, where only one can hold it).
     */
    status: 'off' | 'starting' | 'listening' | 'hidden' | 'yielded' | 'problem';
    problem: SoundProblem | null;
    /** The browser's own words about a problem, or the missing feature. */
    detail: string | null;
    /** Loudness heard now (outside the state: it changes several times a second). */
    meter: LevelMeter;
    /** The last sound recognised, with the classifier's score. */
    last: { sound: HeardSound; score: number } | null;
    lastCommand: { command: 'toggle' | 'next'; by: 'snaps' | 'claps' } | null;
    /** "Test a snap": waiting for one, heard it, or none came in time. */
    snapTest: 'idle' | 'waiting' | 'heard' | 'missed';
    /** How long the model and WASM took to load, ms. */
    loadMs: number | null;
    /** Share of one CPU core the classifier's thread used over the last ~10 s of audio (0.012 = 1.2%). */
    cpuShare: number | null;
  };
  /** Turns hands-free listening on (loading the model, opening the microphone) or off (closing both). */
  setHandsFree(on: boolean): void;
  /** Waits a few seconds for a finger snap and says whether one was heard. */
  testSnap(): void;
  /**
   * A Talk session starts (true) or ends (false): where the microphone has one owner, Hands-free lets go of it for
   * the session and takes it back after. Elsewhere nothing changes.
   */
  lendMicrophone(lend: boolean): void;
  /** Calls back on every speech onset and sound command; returns the unsubscribe function. */
  onHandsFreeSignal(listener: (signal: HandsFreeSignal) => void): () => void;
}

/** How long "Test a snap" waits for one. */
export const SNAP_TEST_MS = 6000;
/** The level meter moves at most this often, and only by this many decibels. */
const LEVEL_EVERY_MS = 250;
const LEVEL_STEP_DB = 3;
const CPU_EVERY_SECONDS = 10;

export const createHandsFreeSlice: SliceCreator<HandsFreeSlice> = (set, get, { deps }) => {
  let session: SoundSession | null = null;
  const meter = createLevelMeter(LEVEL_STEP_DB);
  let events = createSoundEvents(SOUND_RULES);
  const listeners = new Set<(signal: HandsFreeSignal) => void>();
  let levelShownAt = -Infinity;
  let snapTestTimer: ReturnType<typeof setTimeout> | null = null;
  const patch = (p: Partial<HandsFreeSlice['handsFree']>) => set((s) => ({ handsFree: { ...s.handsFree, ...p } }));

  const act = (event: SoundEvent) => {
    if (event.type === 'heard') {
      patch({ last: { sound: event.sound, score: event.score } });
      if (event.sound === 'snap' && get().handsFree.snapTest === 'waiting') endSnapTest('heard');
      return;
    }
    if (event.type === 'command') patch({ lastCommand: { command: event.command, by: event.by } });
    listeners.forEach((l) => l(event));
  };

  let cost = { busyMs: 0, audioSeconds: 0 };
  const onInputs = (inputs: SoundInput[], chunk: { busyMs: number; audioSeconds: number }) => {
    const now = deps.env.elapsed();
    // The classifier's cost, shown (and benchmarked) as a share of one core, every 10 s of audio.
    cost = { busyMs: cost.busyMs + chunk.busyMs, audioSeconds: cost.audioSeconds + chunk.audioSeconds };
    if (cost.audioSeconds >= CPU_EVERY_SECONDS - 1e-6) {
      patch({ cpuShare: cost.busyMs / 1000 / cost.audioSeconds });
      cost = { busyMs: 0, audioSeconds: 0 };
    }
    for (const input of inputs) {
      for (const event of events.feed(input)) act(event);
      if (input.type === 'level' && now - levelShownAt >= LEVEL_EVERY_MS && meter.move(input.db)) levelShownAt = now;
    }
  };

  const endSnapTest = (result: 'heard' | 'missed') => {
    if (snapTestTimer) clearTimeout(snapTestTimer);
    snapTestTimer = null;
    patch({ snapTest: result });
  };

  const begin = () => {
    if (session) return;
    if (deps.sound.missing) {
      patch({ status: 'problem', problem: 'unsupported', detail: deps.sound.missing });
      return;
    }
    events = createSoundEvents(SOUND_RULES);
    cost = { busyMs: 0, audioSeconds: 0 };
    patch({ status: 'starting', problem: null, detail: null, cpuShare: null });
    session = deps.sound.start({
      onReady: ({ loadMs }) => patch({ status: 'listening', loadMs }),
      onInputs,
      onProblem: (problem, detail) => {
        session = null;
        meter.set(SILENCE_DB);
        patch({ status: 'problem', problem, detail: detail ?? null });
      },
    });
  };

  const end = (status: 'off' | 'hidden' | 'yielded') => {
    session?.stop();
    session = null;
    meter.set(SILENCE_DB);
    patch({ status });
  };

  // The microphone closes while the page is hidden and opens again when it is seen.
  deps.env.onVisibilityChange(() => {
    const { on, status } = get().handsFree;
    if (!on) return;
    if (!deps.env.visible()) end('hidden');
    else if (status === 'hidden') begin();
  });

  return {
    handsFree: { on: false, status: 'off', problem: null, detail: null, meter, last: null, lastCommand: null, snapTest: 'idle', loadMs: null, cpuShare: null },

    setHandsFree(on) {
      patch({ on });
      if (!on) return end('off');
      if (deps.env.visible()) begin();
      else patch({ status: 'hidden' });
    },

    lendMicrophone(lend) {
      const { on, status } = get().handsFree;
      if (!on || !deps.sound.exclusiveMicrophone) return;
      if (lend && (status === 'listening' || status === 'starting')) end('yielded');
      else if (!lend && status === 'yielded') {
        if (deps.env.visible()) begin();
        else patch({ status: 'hidden' });
      }
    },

    onHandsFreeSignal(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    testSnap() {
      if (get().handsFree.status !== 'listening') return;
      if (snapTestTimer) clearTimeout(snapTestTimer);
      patch({ snapTest: 'waiting' });
      snapTestTimer = setTimeout(() => endSnapTest('missed'), SNAP_TEST_MS);
    },
  };
};
