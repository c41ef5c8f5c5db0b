// Hands-free: the sound detector's reports become actions: speech starts a Talk session, snaps and claps steer playback.
import { SILENCE_DB } from '../domain/sound/level';
import { SOUND_RULES } from '../domain/sound/rules';
import { createSoundEvents, type SoundEvent } from '../domain/sound/sound-events';
import type { SoundInput } from '../domain/sound/sound-stream';
import type { SoundSession } from '../platform/sound/sound-detector';
import { createLevelMeter } from './level-meter';
import type { HandsFreeSlice, SliceCreator } from './types';

/** Listening starts on speech only this long after the app last spoke (its own voice must not start a session). */
export const ECHO_GUARD_MS = 1200;
/** How long "Test a snap" waits for one. */
export const SNAP_TEST_MS = 6000;
/** The level meter moves at most this often, and only by this many decibels. */
const LEVEL_EVERY_MS = 250;
const LEVEL_STEP_DB = 3;
const CPU_EVERY_SECONDS = 10;

export const createHandsFreeSlice: SliceCreator<HandsFreeSlice> = (set, get, deps) => {
  let session: SoundSession | null = null;
  const meter = createLevelMeter(LEVEL_STEP_DB);
  let events = createSoundEvents(SOUND_RULES);
  let lastSpokeAt = -Infinity;
  let levelShownAt = -Infinity;
  let snapTestTimer: ReturnType<typeof setTimeout> | null = null;
  const patch = (p: Partial<HandsFreeSlice['handsFree']>) => set((s) => ({ handsFree: { ...s.handsFree, ...p } }));
  const speaking = () => get().player.status === 'speaking';

  const act = (event: SoundEvent) => {
    const now = deps.env.elapsed();
    if (event.type === 'heard') {
      patch({ last: { sound: event.sound, score: event.score } });
      if (event.sound === 'snap' && get().handsFree.snapTest === 'waiting') endSnapTest('heard');
    } else if (event.type === 'speech-start') {
      const s = get();
      // Without headphones the microphone hears the app: while it speaks (and just after), speech is its own.
      const appAudible = !s.headphones && (speaking() || now - lastSpokeAt < ECHO_GUARD_MS);
      if (!s.listening.active && s.listening.supported && !appAudible) s.talk();
    } else {
      patch({ lastCommand: { command: event.command, by: event.by } });
      // Sound commands steer a briefing in progress; with nothing playing they do nothing (never start one by surprise).
      const { status, pausedFor } = get().player;
      const inProgress = status === 'speaking' || (status === 'paused' && pausedFor === 'user');
      if (!inProgress) return;
      if (event.command === 'next') get().next();
      else get().togglePause();
    }
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
    if (speaking()) lastSpokeAt = now;
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

    testSnap() {
      if (get().handsFree.status !== 'listening') return;
      if (snapTestTimer) clearTimeout(snapTestTimer);
      patch({ snapTest: 'waiting' });
      snapTestTimer = setTimeout(() => endSnapTest('missed'), SNAP_TEST_MS);
    },
  };
};
