// Startup: the library gets ready once — indexes checked and the sample edition stored (library), then the sources
// with their counts and the history read — and everything that needs the library waits for it (the `ready` door).
import type { CoordinatorCreator } from './types';

export interface StartupActions {
  /** Gets the library ready (idempotent): index repair, first-run sample edition, sources, counts, history. */
  init(): Promise<void>;
  /** Counts the stories again, in the library and per source, after stories were added or removed. Never throws. */
  recount(): Promise<void>;
}

export const createStartup: CoordinatorCreator<StartupActions> = (get) => {
  let ready: Promise<void> | null = null;
  return {
    init() {
      ready ??= (async () => {
        await get().openLibrary();
        await get().recount();
        // Someone who keeps sources of their own (from before the offer existed) has nothing to choose.
        if (get().starterChoice === 'ask' && get().sources.list.length > 0) get().setStarterChoice('on');
        await get().loadHistory();
        get().markLibraryReady();
      })();
      return ready;
    },

    async recount() {
      const s = get();
      // Reading the sources says when storage is unavailable; the library count then stays as it was.
      await Promise.all([s.loadSources(), s.countStories().catch(() => undefined)]);
    },
  };
};
