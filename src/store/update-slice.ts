// App updates never interrupt: a new version waits until the person accepts it, and even then not during a briefing
// (update-sync.ts activates it once the player is free).
import type { SliceCreator } from './types';

export interface UpdateSlice {
  /** A new version is installed and waiting; `accepted` once the person said yes (it waits for the briefing to end). */
  update: { ready: boolean; accepted: boolean };
  /** Called by the service worker registration with the function that activates the new version (and reloads). */
  updateReady(activate: () => Promise<void>): void;
  /** The person accepts: it activates when nothing is playing. */
  acceptUpdate(): void;
  /** Activates an accepted update (once). */
  activateUpdate(): void;
}

export const createUpdateSlice: SliceCreator<UpdateSlice> = (set, get) => {
  let activate: (() => Promise<void>) | null = null;
  return {
    update: { ready: false, accepted: false },
    updateReady(fn) {
      activate = fn;
      set({ update: { ready: true, accepted: false } });
    },
    acceptUpdate() {
      if (activate) set({ update: { ready: true, accepted: true } });
    },
    activateUpdate() {
      const run = get().update.accepted ? activate : null;
      activate = null;
      void run?.();
    },
  };
};
