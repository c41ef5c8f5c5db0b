// History follows the player: a briefing that starts is recorded (unless it is one History is replaying), and the
// progress of the one playing is kept — each sentence reached, and its end — so a reload or a closed tab can continue
// where it stopped.
import type { StoreApi } from 'zustand/vanilla';
import type { AppDeps, AppState } from './types';

export function connectHistory(store: StoreApi<AppState>, deps: Pick<AppDeps, 'history' | 'env'>): void {
  let queue = Promise.resolve();
  store.subscribe((s, prev) => {
    const { player } = s;
    const briefing = player.briefing;
    if (briefing && briefing.id !== prev.player.briefing?.id && briefing.id !== s.history.playingId) {
      void s.recordBriefing(briefing, s.rate);
      return;
    }
    const id = s.history.playingId;
    if (!id || briefing?.id !== id) return;
    const moved = player.pos !== prev.player.pos || briefing !== prev.player.briefing;
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
