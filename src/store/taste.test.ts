// Learning on the device: "next" before a story's summary ended and "tell me more" change what is told first later;
// it is remembered with the settings (on the device only) and forgotten on Reset.
import { describe, expect, it, vi } from 'vitest';
import { createFakeEnvironment } from '../../tests/fakes/fake-environment';
import { jsonFeed } from '../../tests/fakes/story-fixtures';
import { createMemorySettingsStorage } from '../../tests/fakes/memory-settings-storage';
import { sayCommand } from '../../tests/fakes/say-command';
import { createTestStore } from '../../tests/fakes/test-store';

const ITEMS = [
  { id: 'c', title: 'AI trading bot sends Bitcoin to a record', date: '2026-11-28T08:00:00+07:00' },
  { id: 'g', title: 'Nvidia ships a new AI chip for laptops', date: '2026-11-28T07:00:00+07:00' },
];

describe('taste learned from skips and "tell me more"', () => {
  it('a skipped crypto story and a chip story asked more about are learned, remembered, and forgotten on Reset', async () => {
    const settingsStorage = createMemorySettingsStorage();
    const ctx = createTestStore({ env: createFakeEnvironment({ now: '2026-11-28T09:00:00+07:00' }), settingsStorage });
    const { store, synth, recognizer } = ctx;
    await store.getState().init();
    await store.getState().importFeedFile(new Blob([jsonFeed(ITEMS)]));
    const say = async (text: string) => {
      await sayCommand({ store, recognizer }, text);
      await new Promise((r) => setTimeout(r, 20));
    };
    /** Lets the briefing speak until a sentence matching `re` is being said. */
    const until = async (re: RegExp) => {
      for (;;) {
        await vi.waitFor(() => expect(synth.current()).not.toBeNull());
        if (re.test(synth.current()!.text)) return;
        synth.end();
      }
    };
    await say('news about Bitcoin');
    await until(/^From Test Wire: .*Bitcoin/);
    await say('next');
    await say('news about Nvidia');
    await until(/^From Test Wire: .*chip/);
    await say('tell me more');

    const { taste } = store.getState();
    expect(taste.topics.crypto).toBeLessThan(0);
    expect(taste.topics.chips).toBeGreaterThan(0);
    expect(taste.sources['Test Wire']).toBeCloseTo(0.95 * -0.2 + 0.25);

    // Kept with the settings, so a new tab on this device starts from it.
    const again = createTestStore({ settingsStorage });
    expect(again.store.getState().taste).toEqual(taste);

    store.getState().resetTaste();
    expect(store.getState().taste).toEqual({ topics: {}, sources: {} });
  });

  it('"next" on the last sentence of a story is not a skip', async () => {
    const ctx = createTestStore({ env: createFakeEnvironment({ now: '2026-11-28T09:00:00+07:00' }) });
    const { store, synth } = ctx;
    await store.getState().init();
    await store.getState().importFeedFile(new Blob([jsonFeed(ITEMS.slice(0, 1))]));
    await store.getState().playBriefing();
    await vi.waitFor(() => expect(synth.current()).not.toBeNull());
    while (store.getState().player.pos.segment === 0) synth.end();
    const segment = store.getState().player.briefing!.segments[1];
    while (store.getState().player.pos.sentence < segment.sentences.length - 1) synth.end();
    store.getState().next();
    expect(store.getState().taste).toEqual({ topics: {}, sources: {} });
  });
});
