// The store with the REAL web synthesizer over a fake engine that behaves like the broken ones in the field.
import { createFakeDeviceEar } from '../../tests/fakes/fake-device-ear';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeEnvironment } from '../../tests/fakes/fake-environment';
import { createFakeMedia, createFakeWakeLock } from '../../tests/fakes/fake-media';
import { createFakeFeedPorts } from '../../tests/fakes/fake-feeds';
import { createFakeRecognizer } from '../../tests/fakes/fake-recognizer';
import { createFakeSpeechEngine, type EngineBehaviour } from '../../tests/fakes/fake-speech-engine';
import { createMemorySettingsStorage } from '../../tests/fakes/memory-settings-storage';
import { makeStory } from '../../tests/fakes/story-fixtures';
import { interjectionOf } from '../domain/player/machine';
import { createWebSynthesizer } from '../platform/speech/synthesizer';
import { createHistoryRepository } from '../platform/storage/history-repository';
import { createNewsRepository } from '../platform/storage/news-repository';
import { readTextFile } from '../platform/system/text-file';
import { createAppStore } from './app-store';
import { createFakeSoundDetector } from '../../tests/fakes/fake-sound-detector';
import { createFakeMicLevel } from '../../tests/fakes/fake-mic-level';

let n = 0;

async function setup(behaviour: EngineBehaviour = {}) {
  const engine = createFakeSpeechEngine([{ name: 'English', lang: 'en-US', localService: true, default: true, voiceURI: 'en' }], behaviour);
  const news = createNewsRepository(`speech-integration-${++n}`);
  await news.add([makeStory('a', '2026-11-28T08:00:00+07:00'), makeStory('b', '2026-11-28T07:00:00+07:00')]);
  await news.setMeta('sample-edition', 99);
  const store = createAppStore({
    news,
    synth: createWebSynthesizer(engine.window as never),
    recognizer: createFakeRecognizer(),
    env: createFakeEnvironment(),
    sound: createFakeSoundDetector(),
    micLevel: createFakeMicLevel(),
    ear: createFakeDeviceEar(),
    settingsStorage: createMemorySettingsStorage(),
    loadSampleEdition: () => Promise.reject(new Error('not used')),
    readFile: (f) => readTextFile(f),
    media: createFakeMedia(),
    wakeLock: createFakeWakeLock(),
    feeds: createFakeFeedPorts(),
    history: createHistoryRepository(`history-${Math.random()}`),
    voiceChannel: { claim: () => {}, onClaimed: () => {} },
  });
  return { store, engine };
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

describe('a briefing on a broken speech engine', () => {
  it('still reaches the end when no utterance ever fires `end` (watchdog), each sentence said once', async () => {
    const { store, engine } = await setup({ loseEnd: true });
    await store.getState().playBriefing();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    const texts = engine.spoken.map((s) => s.text);
    expect(texts.slice(0, 2)).toEqual(['Good morning.', 'Two AI stories for today, Saturday, November 28.']);
    expect(texts).toContain('First, from Test Wire: Story a.');
    expect(texts).toContain('And finally, from Test Wire: Story b.');
    expect(new Set(texts).size).toBe(texts.length);
    expect(store.getState().player.status).toBe('finished');
  });

  it('pauses with an explanation instead of racing through the briefing in silence when the engine is stuck', async () => {
    const { store, engine } = await setup({ stuck: true });
    await store.getState().playBriefing();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.getState().player).toMatchObject({ status: 'paused', lastFailure: 'timeout', failures: 3 });
    expect(engine.spoken).toHaveLength(3);
  });

  it('pauses and resumes without the engine’s pause(), re-speaking the interrupted sentence', async () => {
    const { store, engine } = await setup();
    await store.getState().playBriefing();
    await vi.advanceTimersByTimeAsync(1000);
    const interrupted = engine.spoken.at(-1)!.text;
    store.getState().pause();
    await vi.advanceTimersByTimeAsync(5000);
    const whilePaused = engine.spoken.length;
    store.getState().resume();
    await vi.advanceTimersByTimeAsync(10);
    expect(engine.spoken.at(-1)!.text).toBe(interrupted);
    expect(engine.spoken.length).toBe(whilePaused + 1);
    expect(engine.calls).toMatchObject({ pause: 0, resume: 0 });
  });

  it('applies a new rate from the next utterance, by re-speaking the current one', async () => {
    const { store, engine } = await setup();
    await store.getState().playBriefing();
    await vi.advanceTimersByTimeAsync(1000);
    const current = engine.spoken.at(-1)!.text;
    store.getState().changeRate(1);
    await vi.advanceTimersByTimeAsync(10);
    expect(engine.spoken.at(-1)).toMatchObject({ text: current, rate: 1.25 });
  });

  it('a rate chosen in Settings applies at once, mid-sentence; an invalid or unchanged one does nothing', async () => {
    const { store, engine } = await setup();
    await store.getState().playBriefing();
    await vi.advanceTimersByTimeAsync(1000);
    const current = engine.spoken.at(-1)!.text;
    const before = engine.spoken.length;
    store.getState().setRate(1.5);
    await vi.advanceTimersByTimeAsync(10);
    expect(engine.spoken.at(-1)).toMatchObject({ text: current, rate: 1.5 });
    const after = engine.spoken.length;
    expect(after).toBe(before + 1);
    store.getState().setRate(1.5);
    store.getState().setRate(7);
    store.getState().setRate(Number.NaN);
    await vi.advanceTimersByTimeAsync(10);
    expect(store.getState().rate).toBe(1.5);
    expect(engine.spoken.length).toBe(after);
  });

  it('moves the caption with each utterance although the engine never fires `boundary`', async () => {
    const { store, engine } = await setup();
    await store.getState().playBriefing();
    const seen = new Set<string>();
    for (let i = 0; i < 40 && store.getState().player.status === 'speaking'; i++) {
      await vi.advanceTimersByTimeAsync(100);
      const p = store.getState().player;
      if (!interjectionOf(p)) seen.add(p.briefing!.segments[p.pos.segment].sentences[p.pos.sentence]);
    }
    expect(seen.size).toBeGreaterThan(3);
    expect([...seen].every((s) => engine.spoken.some((u) => u.text === s))).toBe(true);
  });
});
