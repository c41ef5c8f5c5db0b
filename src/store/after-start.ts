// The screen follows the store a moment later while the speech engine is starting a sentence: the engine needs the
// CPU for its first sound, and re-rendering the screen for a briefing that just began would take it (the speech
// latency benchmark, with one core busy). The store itself changes at once; only the screen's update waits, until
// the sentence has started (Synthesizer.afterStart: at the latest a second), and several changes meanwhile render once.
import type { StoreApi } from 'zustand/vanilla';

export function rendersAfterStart<S>(store: StoreApi<S>, afterStart: (run: () => void) => void): StoreApi<S> {
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
