// The app store on fakes with the real sample edition and repositories on fake-indexeddb, for the store's tests.
import { createFakeDeviceEar } from './fake-device-ear';
import { readFileSync } from 'node:fs';
import { parseSampleEdition } from '../../src/domain/news/sample-edition';
import type { Lang } from '../../src/domain/types';
import { createHistoryRepository } from '../../src/platform/storage/history-repository';
import { createNewsRepository, type NewsRepository } from '../../src/platform/storage/news-repository';
import type { VoiceInfo } from '../../src/platform/speech/synthesizer';
import { readTextFile } from '../../src/platform/system/text-file';
import { createFakeEnvironment } from './fake-environment';
import { createFakeFeedPorts } from './fake-feeds';
import { createFakeRecognizer } from './fake-recognizer';
import { createFakeSynthesizer } from './fake-synthesizer';
import { createMemorySettingsStorage } from './memory-settings-storage';
import { jsonFeed } from './story-fixtures';
import { createFakeMedia, createFakeWakeLock } from './fake-media';
import { createAppStore } from '../../src/store/app-store';
import { createFakeSoundDetector } from './fake-sound-detector';
import { createFakeMicLevel } from './fake-mic-level';

export const sample = parseSampleEdition(JSON.parse(readFileSync(new URL('../../public/sample-edition.json', import.meta.url), 'utf8')));
let dbs = 0;

export function setup(
  opts: { urlLang?: Lang | null; browserLang?: Lang; news?: NewsRepository; settings?: ReturnType<typeof createMemorySettingsStorage>; supported?: boolean; voices?: VoiceInfo[] } = {},
) {
  const synth = createFakeSynthesizer(opts.voices);
  const recognizer = createFakeRecognizer(opts.supported ?? true);
  const env = createFakeEnvironment({ urlLang: opts.urlLang, browserLang: opts.browserLang });
  const news = opts.news ?? createNewsRepository(`store-test-${++dbs}`);
  const settingsStorage = opts.settings ?? createMemorySettingsStorage();
  const media = createFakeMedia();
  const wakeLock = createFakeWakeLock();
  const feeds = createFakeFeedPorts();
  const store = createAppStore({
    feeds,
    history: createHistoryRepository(`history-${Math.random()}`),
    voiceChannel: { claim: () => {}, onClaimed: () => {} },
    media,
    sound: createFakeSoundDetector(),
    micLevel: createFakeMicLevel(),
    ear: createFakeDeviceEar(),
    wakeLock,
    news,
    synth,
    recognizer,
    env,
    settingsStorage,
    loadSampleEdition: async () => sample,
    readFile: (f) => readTextFile(f),
  });
  return { store, synth, recognizer, env, news, settingsStorage, media, wakeLock, feeds };
}

export const flush = () => new Promise((r) => setTimeout(r, 0));
export const file = (text: string) => new Blob([text], { type: 'application/json' });

export const ALPHA = { id: 'a', title: 'Alpha story', date: '2026-11-28T03:00:00+07:00' };
export const BETA = { id: 'b', title: 'Beta story', date: '2026-11-28T02:00:00+07:00' };
export const GAMMA = { id: 'c', title: 'Gamma story', date: '2026-11-28T01:00:00+07:00' };

/** A store with these stories of this morning (Hanoi) imported. */
export async function withStories(items: { id: string; title: string; date: string }[], opts: Parameters<typeof setup>[0] = {}) {
  const ctx = setup(opts);
  await ctx.store.getState().importFeedFile(file(jsonFeed(items)));
  return ctx;
}
