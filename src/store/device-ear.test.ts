// The app's own on-device ear in the store: turned on and off, remembered, chosen over the browser's server-side
// recognizer (never over the browser's own on-device one), offline, in a browser without recognition, from
// Hands-free's onsets on the one microphone, and told the device's names.
import { describe, expect, it, vi } from 'vitest';
import type { SoundInput } from '../domain/sound/sound-stream';
import { createFakeDeviceEar } from '../../tests/fakes/fake-device-ear';
import { createFakeRecognizer } from '../../tests/fakes/fake-recognizer';
import { createMemorySettingsStorage } from '../../tests/fakes/memory-settings-storage';
import { jsonFeed } from '../../tests/fakes/story-fixtures';
import { createTestStore } from '../../tests/fakes/test-store';
import { ONSET_PREROLL_MS } from './microphone';

const speechStart = (at: number): SoundInput[] => [
  { type: 'window', end: at, scores: { Speech: 0.01 } },
  { type: 'window', end: at + 0.5, scores: { Speech: 0.95 } },
];

describe('the on-device ear', () => {
  it('loads when turned on, with its progress, and is remembered: the next visit loads it again', async () => {
    const settings = createMemorySettingsStorage();
    const ear = createFakeDeviceEar();
    ear.hold = true;
    const { store } = createTestStore({ ear, settingsStorage: settings });
    expect(store.getState().listening.device).toMatchObject({ on: false, status: 'off', bytes: 39_391_201, langs: ['en'], missing: null });
    const turning = store.getState().setDeviceEar(true);
    await vi.waitFor(() => expect(store.getState().listening.device).toMatchObject({ on: true, status: 'loading', progress: 1 }));
    ear.release();
    await turning;
    expect(store.getState().listening.device).toMatchObject({ status: 'ready', loadMs: 1200 });
    expect(ear.loads).toEqual(['en']);

    const again = createFakeDeviceEar();
    const next = createTestStore({ ear: again, settingsStorage: settings }).store;
    await vi.waitFor(() => expect(next.getState().listening.device.status).toBe('ready'));
    expect(again.loads).toEqual(['en']);
  });

  it('in a browser without speech recognition, Talk is heard by the ear and acted on', async () => {
    const recognizer = createFakeRecognizer(false);
    const { store, ear } = createTestStore({ recognizer });
    store.getState().talk();
    expect(store.getState().listening.problem).toBe('unsupported');
    expect(store.getState().listening.supported).toBe(false);
    await store.getState().setDeviceEar(true);
    // Ready: the explanation goes and voice is available.
    expect(store.getState().listening).toMatchObject({ supported: true, problem: null });
    store.getState().talk();
    expect(ear.recognizer.sessions).toEqual(['en-US']);
    expect(recognizer.sessions).toEqual([]);
    ear.recognizer.say('Slower, please.');
    await vi.waitFor(() => expect(store.getState().listening.heard).toBe('Slower, please.'));
    expect(store.getState().listening.understood?.intent).toBe('slower');
  });

  it('works offline in English, and says in words that it does not hear Vietnamese', async () => {
    const { store, ear, env, recognizer } = createTestStore();
    await store.getState().setDeviceEar(true);
    env.setOnline(false);
    store.getState().talk();
    expect(store.getState().listening.active).toBe(true);
    expect(ear.recognizer.sessions).toEqual(['en-US']);
    ear.recognizer.fail('no-speech');
    store.getState().setLang('vi');
    store.getState().talk();
    expect(store.getState().listening).toMatchObject({ active: false, problem: 'ear-language' });
    // Online, Vietnamese goes to the browser's recognizer as before.
    env.setOnline(true);
    store.getState().talk();
    expect(recognizer.sessions).toEqual(['vi-VN']);
  });

  it("leaves the browser's own on-device recognition preferred where it has it", async () => {
    const recognizer = createFakeRecognizer();
    recognizer.local = 'available';
    const { store, ear } = createTestStore({ recognizer });
    await vi.waitFor(() => expect(store.getState().listening.local).toBe('available'));
    await store.getState().setDeviceEar(true);
    expect(store.getState().hearsOnDevice('en')).toBe(false);
    store.getState().talk();
    expect(recognizer.localSessions).toEqual([true]);
    expect(ear.recognizer.sessions).toEqual([]);
  });

  it('a failed download says why and leaves voice as it was; turning it off removes the files', async () => {
    const recognizer = createFakeRecognizer(false);
    const ear = createFakeDeviceEar();
    ear.outcome = { problem: 'offline', detail: '/ear/encoder_model.onnx: Failed to fetch' };
    const { store } = createTestStore({ recognizer, ear });
    await store.getState().setDeviceEar(true);
    expect(store.getState().listening.device).toMatchObject({ on: true, status: 'failed', problem: 'offline' });
    expect(store.getState().listening.supported).toBe(false);
    await store.getState().setDeviceEar(false);
    expect(store.getState().listening.device).toMatchObject({ on: false, status: 'off', problem: null });
    expect(ear.unloads).toEqual([true]);
  });

  it('turned off while it loads, it does not end up on', async () => {
    const ear = createFakeDeviceEar();
    ear.hold = true;
    const { store } = createTestStore({ ear });
    const turning = store.getState().setDeviceEar(true);
    await store.getState().setDeviceEar(false);
    ear.release();
    await turning;
    expect(store.getState().listening.device).toMatchObject({ on: false, status: 'off' });
    expect(ear.unloads.length).toBeGreaterThanOrEqual(1);
  });

  it("Hands-free's speech onset starts a session that hears the moments before it, without lending the microphone", async () => {
    const { store, ear, sound } = createTestStore();
    sound.exclusiveMicrophone = true;
    await store.getState().setDeviceEar(true);
    store.getState().setHandsFree(true);
    sound.ready();
    sound.emit(speechStart(2));
    expect(ear.recognizer.sessions).toEqual(['en-US']);
    expect(ear.recognizer.prerolls).toEqual([ONSET_PREROLL_MS]);
    // The ear listens to Hands-free's own capture: Hands-free keeps the microphone.
    expect(store.getState().handsFree.status).toBe('listening');
    expect(sound.stops).toBe(0);
    ear.recognizer.say('Next.');
    store.getState().talk();
    expect(ear.recognizer.prerolls).toEqual([ONSET_PREROLL_MS, 0]);
  });

  it('is told the names the week’s headlines carry and the outlets of the sources', async () => {
    const { store, ear } = createTestStore();
    await store.getState().importFeedFile(
      new Blob([
        jsonFeed([
          { id: 'a', title: 'DeepSeek ships a new model', date: '2026-11-28T08:00:00+07:00' },
          { id: 'b', title: 'DeepSeek and Nvidia talk chips', date: '2026-11-28T07:00:00+07:00' },
        ]),
      ]),
    );
    await store.getState().setDeviceEar(true);
    await vi.waitFor(() => expect(ear.names.length).toBeGreaterThan(0));
    const names = ear.names.at(-1)!;
    expect(names.topics).toContain('DeepSeek');
    expect(names.outlets.length).toBeGreaterThan(0);
  });
});
