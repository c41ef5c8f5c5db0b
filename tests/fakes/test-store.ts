// A store on fakes for unit tests: every port faked or in memory (fake-indexeddb, tests/setup/indexeddb.ts), each overridable.
import { createHistoryRepository } from '../../src/platform/storage/history-repository';
import { createNewsRepository } from '../../src/platform/storage/news-repository';
import { readTextFile } from '../../src/platform/system/text-file';
import { createAppStore } from '../../src/store/app-store';
import type { AppDeps } from '../../src/store/types';
import { createFakeEnvironment, type FakeEnvironment } from './fake-environment';
import { createFakeFeedPorts, type FakeFeedPorts } from './fake-feeds';
import { createFakeMedia, createFakeWakeLock } from './fake-media';
import { createFakeRecognizer, type FakeRecognizer } from './fake-recognizer';
import { createFakeSynthesizer, type FakeSynthesizer } from './fake-synthesizer';
import { createMemorySettingsStorage } from './memory-settings-storage';
import { createFakeSoundDetector, type FakeSoundDetector } from './fake-sound-detector';
import { createFakeMicLevel, type FakeMicLevel } from './fake-mic-level';
import { createFakeDeviceEar, type FakeDeviceEar } from './fake-device-ear';

let n = 0;

export interface TestDeps extends AppDeps {
  synth: FakeSynthesizer;
  recognizer: FakeRecognizer;
  env: FakeEnvironment;
  feeds: FakeFeedPorts;
  sound: FakeSoundDetector;
  micLevel: FakeMicLevel;
  ear: FakeDeviceEar;
}

/** Fakes for every port, with fresh databases; an empty sample edition unless given. */
export function testDeps(overrides: Partial<AppDeps> = {}): TestDeps {
  const id = ++n;
  return {
    news: createNewsRepository(`test-news-${id}`),
    history: createHistoryRepository(`test-history-${id}`),
    voiceChannel: { claim: () => {}, onClaimed: () => {} },
    feeds: createFakeFeedPorts(),
    synth: createFakeSynthesizer(),
    recognizer: createFakeRecognizer(),
    env: createFakeEnvironment(),
    settingsStorage: createMemorySettingsStorage(),
    loadSampleEdition: async () => ({ version: 1, title: 'Empty', stories: [] }),
    readFile: (f) => readTextFile(f),
    media: createFakeMedia(),
    wakeLock: createFakeWakeLock(),
    sound: createFakeSoundDetector(),
    micLevel: createFakeMicLevel(),
    ear: createFakeDeviceEar(),
    ...overrides,
  } as TestDeps;
}

export function createTestStore(overrides: Partial<AppDeps> = {}) {
  const deps = testDeps(overrides);
  return { store: createAppStore(deps), ...deps };
}
