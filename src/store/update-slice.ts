// App updates never interrupt: a new version waits until the person accepts it, and even then not during a briefing.
import type { StoreApi } from 'zustand/vanilla';
import type { AppState, SliceCreator, UpdateSlice } from './types';

const busy = (s: AppState) => s.player.status === 'speaking' || s.player.status === 'paused';

export const createUpdateSlice: SliceCreator<UpdateSlice> = (set, get) => {
  let activate: (() => Promise<void>) | null = null;
  return {
    update: { ready: false, accepted: false },
    updateReady(fn) {
      activate = fn;
      set({ update: { ready: true, accepted: false } });
    },
    acceptUpdate() {
      if (!activate) return;
      if (busy(get())) {
        set({ update: { ready: true, accepted: true } });
        return;
      }
      void activate();
    },
    activatePendingUpdate() {
      if (activate && get().update.accepted && !busy(get())) void activate();
    },
  };
};

/** An accepted update activates as soon as the briefing ends or is stopped. */
export function connectUpdate(store: StoreApi<AppState>): void {
  store.subscribe((s, prev) => {
    if (s.update.accepted && s.player.status !== prev.player.status) s.activatePendingUpdate();
  });
}
