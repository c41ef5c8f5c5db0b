import { describe, expect, it, vi } from 'vitest';
import { createTestStore } from '../../tests/fakes/test-store';
import { jsonFeed } from '../../tests/fakes/story-fixtures';

async function setup() {
  const { store, synth } = createTestStore();
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
