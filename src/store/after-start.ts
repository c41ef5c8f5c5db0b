// Followers of the store that hear of its changes a moment later while the speech engine is starting a sentence: the
// engine needs the CPU for its first sound, and re-rendering the screen or handing the lock screen a new story would
// take it (the speech latency benchmark, with one core busy). The store itself changes at once; only its followers
// wait, until the sentence has started (Synthesizer.afterStart: at the latest a second), and several changes meanwhile
// reach them once, as one change from the state before the first to the latest. Used for the screen (main.tsx) and
// the lock screen and wake lock (media-sync.ts).
import type { StoreApi } from 'zustand/vanilla';

export function followAfterStart<S>(store: StoreApi<S>, afterStart: (run: () => void) => void): StoreApi<S> {
  return {
    ...store,
    subscribe(listener) {
      let waiting = false;
      let prev: S | null = null;
      return store.subscribe((state, before) => {
        if (waiting) return;
        waiting = true;
        prev = before;
        afterStart(() => {
          waiting = false;
          listener(store.getState(), prev ?? state);
        });
      });
    },
  };
}
