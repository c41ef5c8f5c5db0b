import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createHistoryRepository } from '../platform/storage/history-repository';
import { createNewsRepository } from '../platform/storage/news-repository';
import { readTextFile } from '../platform/system/text-file';
import { createFakeEnvironment } from '../../tests/fakes/fake-environment';
import { createFakeFeedPorts } from '../../tests/fakes/fake-feeds';
import { createFakeMedia, createFakeWakeLock } from '../../tests/fakes/fake-media';
import { createFakeRecognizer } from '../../tests/fakes/fake-recognizer';
import { createFakeSynthesizer } from '../../tests/fakes/fake-synthesizer';
import { createMemorySettingsStorage } from '../../tests/fakes/memory-settings-storage';
import { jsonFeed } from '../../tests/fakes/story-fixtures';
import { createAppStore } from './app-store';

let n = 0;
async function setup() {
  const synth = createFakeSynthesizer();
  const store = createAppStore({
    news: createNewsRepository(`update-news-${++n}`),
    history: createHistoryRepository(`update-history-${n}`),
    voiceChannel: { claim: () => {}, onClaimed: () => {} },
    feeds: createFakeFeedPorts(),
    synth,
    recognizer: createFakeRecognizer(),
    env: createFakeEnvironment(),
    settingsStorage: createMemorySettingsStorage(),
    loadSampleEdition: async () => ({ version: 1, title: 'Empty', stories: [] }),
    readFile: (f) => readTextFile(f),
    media: createFakeMedia(),
    wakeLock: createFakeWakeLock(),
  });
  await store.getState().importFeedFile(new Blob([jsonFeed([{ id: 'a', title: 'AI model news', date: '2026-11-28T08:00:00+07:00' }])]));
  return { store, synth };
}

describe('updates never interrupt', () => {
  it('activates at once when nothing plays', async () => {
    const { store } = await setup();
    const activate = vi.fn(async () => {});
    store.getState().updateReady(activate);
    expect(store.getState().update).toEqual({ ready: true, accepted: false });
    expect(activate).not.toHaveBeenCalled();
    store.getState().acceptUpdate();
    expect(activate).toHaveBeenCalledTimes(1);
  });

  it('accepted during a briefing, waits until it ends (or is stopped)', async () => {
    const { store, synth } = await setup();
    const activate = vi.fn(async () => {});
    store.getState().updateReady(activate);
    await store.getState().playBriefing();
    expect(store.getState().player.status).toBe('speaking');
    store.getState().acceptUpdate();
    expect(store.getState().update.accepted).toBe(true);
    synth.end();
    store.getState().pause();
    store.getState().resume();
    expect(activate).not.toHaveBeenCalled();
    synth.drain();
    expect(store.getState().player.status).toBe('finished');
    expect(activate).toHaveBeenCalledTimes(1);
  });
});
