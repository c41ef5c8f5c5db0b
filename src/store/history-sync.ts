// Keeps the progress of the briefing being played in its history entry: each sentence reached, and its end,
// so a reload or a closed tab can continue where it stopped.
import type { StoreApi } from 'zustand/vanilla';
import type { AppDeps, AppState } from './types';

export function connectHistory(store: StoreApi<AppState>, deps: AppDeps): void {
  let queue = Promise.resolve();
  store.subscribe((s, prev) => {
    const id = s.history.playingId;
    const { player } = s;
    if (!id || player.briefing?.id !== id) return;
    const moved = player.pos !== prev.player.pos || player.briefing !== prev.player.briefing;
    const finished = player.status === 'finished' && prev.player.status !== 'finished';
    if (!moved && !finished) return;
    const pos = player.pos;
    // In order, one at a time: a later sentence never lands before an earlier one.
    queue = queue.then(async () => {
      const entry = await deps.history.setProgress(id, pos, finished, deps.env.now()).catch(() => undefined);
      if (finished && entry) store.getState().showHistoryEntry(entry);
    });
  });
}
