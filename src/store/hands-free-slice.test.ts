import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SoundInput } from '../domain/sound/sound-stream';
import { createMemorySettingsStorage } from '../../tests/fakes/memory-settings-storage';
import { jsonFeed } from '../../tests/fakes/story-fixtures';
import { createTestStore } from '../../tests/fakes/test-store';
import { loadRecording } from '../../tests/support/sound-recordings';
import { SNAP_TEST_MS } from './hands-free-slice';
import { ECHO_GUARD_MS } from './microphone';

/** The app's pipeline output for a real file (YAMNet in Node), with a level tick every 0.1 s as the worker sends. */
function recorded(name: string): SoundInput[] {
  const { inputs } = loadRecording(name);
  const at = (i: SoundInput) => (i.type === 'window' ? i.end : i.at);
  const end = Math.max(...inputs.map(at)) + 3;
  const ticks: SoundInput[] = Array.from({ length: Math.round(end * 10) }, (_, k) => ({ type: 'level', at: (k + 1) / 10, db: -50 }));
  return [...inputs, ...ticks].sort((a, b) => at(a) - at(b) || (a.type === 'level' ? 1 : 0) - (b.type === 'level' ? 1 : 0));
}

/** Sends inputs up to (and including) a time in the recording, as the worker would by then. */
function playUntil(inputs: SoundInput[], seconds: number, send: (batch: SoundInput[]) => void) {
  const at = (i: SoundInput) => (i.type === 'window' ? i.end : i.at);
  const batch: SoundInput[] = [];
  while (inputs.length && at(inputs[0]) <= seconds) batch.push(inputs.shift()!);
  send(batch);
}

const speechStart = (at: number): SoundInput[] => [
  { type: 'window', end: at, scores: { Speech: 0.01 } },
  { type: 'window', end: at + 0.5, scores: { Speech: 0.95 } },
];

async function setup(options: Parameters<typeof createTestStore>[0] = {}) {
  const t = createTestStore(options);
  await t.store.getState().importFeedFile(
    new Blob([
      jsonFeed([
        { id: 'a', title: 'AI model news', date: '2026-11-28T08:00:00+07:00' },
        { id: 'b', title: 'AI chip news', date: '2026-11-28T07:00:00+07:00' },
      ]),
    ]),
  );
  return t;
}

afterEach(() => vi.useRealTimers());

describe('hands-free', () => {
  it('turning on loads the detector and listens; turning off stops it', async () => {
    const { store, sound } = await setup();
    store.getState().setHandsFree(true);
    expect(store.getState().handsFree).toMatchObject({ on: true, status: 'starting' });
    sound.ready(640);
    expect(store.getState().handsFree).toMatchObject({ status: 'listening', loadMs: 640 });
    sound.emit([{ type: 'level', at: 0.1, db: -23.4 }]);
    expect(store.getState().handsFree.meter.db).toBe(-23);
    store.getState().setHandsFree(false);
    expect(sound.running).toBe(false);
    expect(store.getState().handsFree).toMatchObject({ on: false, status: 'off' });
    expect(store.getState().handsFree.meter.db).toBe(-100);
  });

  it('speech while the app is quiet starts a Talk session', async () => {
    const { store, sound, recognizer } = await setup();
    store.getState().setHandsFree(true);
    sound.ready();
    sound.emit(speechStart(1));
    expect(recognizer.sessions).toEqual(['en-US']);
    expect(store.getState().listening.active).toBe(true);
    expect(store.getState().handsFree.last).toEqual({ sound: 'speech', score: 0.95 });
  });

  it('the real recording of a sentence after quiet starts exactly one session', async () => {
    const { store, sound, recognizer } = await setup();
    store.getState().setHandsFree(true);
    sound.ready();
    sound.emit(recorded('speech-after-silence'));
    expect(recognizer.sessions).toHaveLength(1);
  });

  it('while the app speaks, speech is its own voice: no session, unless headphones are on', async () => {
    const { store, sound, recognizer, env, synth } = await setup();
    store.getState().setHandsFree(true);
    sound.ready();
    await store.getState().playBriefing();
    expect(store.getState().player.status).toBe('speaking');
    sound.emit(speechStart(1));
    expect(recognizer.sessions).toEqual([]);
    // Just after the app stops, its echo is still in the room.
    store.getState().stop();
    env.advance(ECHO_GUARD_MS - 200);
    sound.emit([{ type: 'window', end: 2, scores: { Speech: 0.01 } }, ...speechStart(2.5).slice(1)]);
    expect(recognizer.sessions).toEqual([]);
    env.advance(400);
    sound.emit([{ type: 'window', end: 3.5, scores: { Speech: 0.01 } }, { type: 'window', end: 4, scores: { Speech: 0.9 } }]);
    expect(recognizer.sessions).toEqual(['en-US']);
    recognizer.fail('no-speech');
    // With headphones the microphone cannot hear the app: speech during a briefing is the person's.
    store.getState().setHeadphones(true);
    await store.getState().playBriefing();
    synth.end();
    sound.emit([{ type: 'window', end: 5, scores: { Speech: 0.01 } }, { type: 'window', end: 5.5, scores: { Speech: 0.9 } }]);
    expect(recognizer.sessions).toEqual(['en-US', 'en-US']);
    expect(store.getState().player.status).toBe('speaking');
  });

  it('real snaps pause, resume and skip a briefing', async () => {
    const { store, sound } = await setup();
    store.getState().setHandsFree(true);
    sound.ready();
    await store.getState().playBriefing();
    const inputs = recorded('snap-commands');
    const send = (b: SoundInput[]) => sound.emit(b);
    playUntil(inputs, 6, send);
    expect(store.getState().player).toMatchObject({ status: 'paused', pausedFor: 'user' });
    expect(store.getState().handsFree.lastCommand).toEqual({ command: 'toggle', by: 'snaps' });
    playUntil(inputs, 11, send);
    expect(store.getState().player.status).toBe('speaking');
    const before = store.getState().player.pos.segment;
    playUntil(inputs, 20, send);
    expect(store.getState().player.pos.segment).toBeGreaterThan(before);
    expect(store.getState().handsFree.lastCommand).toEqual({ command: 'next', by: 'snaps' });
  });

  it('snaps with nothing playing change nothing', async () => {
    const { store, sound } = await setup();
    store.getState().setHandsFree(true);
    sound.ready();
    sound.emit(recorded('snap-commands'));
    expect(store.getState().player.status).toBe('idle');
  });

  it('a problem is kept for the panel and playback goes on', async () => {
    const { store, sound } = await setup();
    store.getState().setHandsFree(true);
    sound.fail('denied', 'Permission denied');
    expect(store.getState().handsFree).toMatchObject({ on: true, status: 'problem', problem: 'denied', detail: 'Permission denied' });
    await store.getState().playBriefing();
    expect(store.getState().player.status).toBe('speaking');
    // Turning it on again retries.
    store.getState().setHandsFree(false);
    store.getState().setHandsFree(true);
    expect(sound.starts).toBe(2);
  });

  it('a browser that lacks a feature is told which, without starting', async () => {
    const { store, sound } = await setup();
    sound.missing = 'AudioWorklet';
    store.getState().setHandsFree(true);
    expect(store.getState().handsFree).toMatchObject({ status: 'problem', problem: 'unsupported', detail: 'AudioWorklet' });
    expect(sound.starts).toBe(0);
  });

  it('closes the microphone while the page is hidden and opens it again when seen', async () => {
    const { store, sound, env } = await setup();
    store.getState().setHandsFree(true);
    sound.ready();
    env.setVisible(false);
    expect(sound.running).toBe(false);
    expect(store.getState().handsFree.status).toBe('hidden');
    env.setVisible(true);
    expect(sound.running).toBe(true);
    expect(sound.starts).toBe(2);
    // Off stays off when the page comes back.
    store.getState().setHandsFree(false);
    env.setVisible(false);
    env.setVisible(true);
    expect(sound.starts).toBe(2);
  });

  it('is remembered: a new visit listens again', async () => {
    const settingsStorage = createMemorySettingsStorage();
    const first = await setup({ settingsStorage });
    first.store.getState().setHandsFree(true);
    const second = createTestStore({ settingsStorage });
    expect(second.store.getState().handsFree.on).toBe(true);
    expect(second.sound.starts).toBe(1);
  });

  it('tests a snap: heard, or missed after a few seconds', async () => {
    const { store, sound } = await setup();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    store.getState().setHandsFree(true);
    sound.ready();
    store.getState().testSnap();
    expect(store.getState().handsFree.snapTest).toBe('waiting');
    sound.emit(recorded('single-snaps').filter((i) => (i.type === 'window' ? i.end : i.at) < 3));
    expect(store.getState().handsFree.snapTest).toBe('heard');
    store.getState().testSnap();
    vi.advanceTimersByTime(SNAP_TEST_MS);
    expect(store.getState().handsFree.snapTest).toBe('missed');
  });
});

describe('hands-free cost', () => {
  it('shows the classifier thread’s share of one core every 10 s of audio', async () => {
    const { store, sound } = await setup();
    store.getState().setHandsFree(true);
    sound.ready();
    for (let i = 0; i < 99; i++) sound.emit([], { busyMs: 2, audioSeconds: 0.1 });
    expect(store.getState().handsFree.cpuShare).toBeNull();
    sound.emit([], { busyMs: 2, audioSeconds: 0.1 });
    expect(store.getState().handsFree.cpuShare).toBeCloseTo(0.02, 5);
  });
});

describe('hands-free and Talk sharing the microphone', () => {
  it('on a phone, lets go of the microphone while a Talk session listens, and takes it back after', async () => {
    const { store, sound, recognizer, micLevel } = await setup();
    sound.exclusiveMicrophone = true;
    micLevel.supported = false;
    store.getState().setHandsFree(true);
    sound.ready(500);
    // Speech heard: a session starts, and the detector closes so the recognizer can have the microphone.
    sound.emit(speechStart(1));
    expect(recognizer.isListening()).toBe(true);
    expect(sound.running).toBe(false);
    expect(store.getState().handsFree.status).toBe('yielded');
    expect(store.getState().listening.metered).toBe(false);
    recognizer.say('next');
    expect(sound.starts).toBe(2);
    expect(store.getState().handsFree.status).toBe('starting');
    sound.ready(300);
    expect(store.getState().handsFree.status).toBe('listening');
  });

  it('on a computer, keeps listening through a Talk session (the microphone can be shared)', async () => {
    const { store, sound, recognizer } = await setup();
    store.getState().setHandsFree(true);
    sound.ready(500);
    store.getState().talk();
    expect(sound.running).toBe(true);
    expect(store.getState().handsFree.status).toBe('listening');
    recognizer.say('next');
    expect(sound.starts).toBe(1);
  });

  it('a Talk session ending while Hands-free is off or hidden starts nothing', async () => {
    const { store, sound, recognizer, env } = await setup();
    sound.exclusiveMicrophone = true;
    store.getState().talk();
    recognizer.say('next');
    expect(sound.starts).toBe(0);
    store.getState().setHandsFree(true);
    sound.ready(500);
    store.getState().talk();
    expect(store.getState().handsFree.status).toBe('yielded');
    env.setVisible(false);
    recognizer.say('next');
    expect(store.getState().handsFree.status).toBe('hidden');
    expect(sound.starts).toBe(1);
  });
});
