// Reads first: the repository's foreground reads (a briefing, a list, a search) counted while they run, so that
// upkeep (the check of every index, which runs in a worker: verify-runner.ts; pruning and removing, news-upkeep.ts)
// waits for them to finish before asking the store for its next slice. Chromium's IndexedDB serves an origin's
// requests one after another: a read asked for while upkeep's next slice is queued waits for that slice as well as the
// one already running. Held back, upkeep costs a read at most the slice in flight when it came. The counting is in the
// initial JavaScript; the waiting loads with the check.

/** Longest upkeep holds back for reads that keep coming (so upkeep always moves on). */
export const MAX_HOLD_MS = 200;

type Timer = (f: () => void, ms: number) => unknown;

/** The foreground reads running, and who is told when they start (none was running) or stop (the last one ended). */
export interface ReadCount {
  running: number;
  listeners: Set<(busy: boolean) => void>;
}

export const createReadCount = (): ReadCount => ({ running: 0, listeners: new Set() });

/** Runs a foreground read, counted while it runs (a read that fails counts as ended). */
export async function counted<T>(count: ReadCount, read: () => Promise<T>): Promise<T> {
  if (count.running++ === 0) count.listeners.forEach((l) => l(true));
  try {
    return await read();
  } finally {
    if (--count.running === 0) count.listeners.forEach((l) => l(false));
  }
}

/** What upkeep waits on: resolves once no foreground read runs (at once when none does), or after `maxHoldMs` whatever happens. */
export type Clear = () => Promise<void>;

/** Upkeep's wait for the reads `count` counts. */
export function clearOf(count: ReadCount, maxHoldMs = MAX_HOLD_MS, setTimer: Timer = setTimeout): Clear {
  return () =>
    count.running === 0
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const go = () => {
            count.listeners.delete(listener);
            resolve();
          };
          const listener = (busy: boolean) => {
            if (!busy) go();
          };
          count.listeners.add(listener);
          setTimer(go, maxHoldMs);
        });
}

/** The count as another thread sees it: told when reads start and stop (a worker, by messages from the page). */
export interface ReadMirror {
  set(busy: boolean): void;
  clear: Clear;
}

export function createReadMirror(maxHoldMs = MAX_HOLD_MS, setTimer: Timer = setTimeout): ReadMirror {
  // The page's count seen as one read running or none.
  const count = createReadCount();
  return {
    set(busy) {
      count.running = busy ? 1 : 0;
      count.listeners.forEach((l) => l(busy));
    },
    clear: clearOf(count, maxHoldMs, setTimer),
  };
}
