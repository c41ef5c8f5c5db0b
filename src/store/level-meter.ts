// The live sound level: changes several times a second, so it lives beside the store state, not in it. A store update
// runs every subscriber (connectors, persistence, every component's selector); the meter has one listener, the bar.

export interface LevelMeter {
  /** Loudness now, dBFS (−100: nothing heard). */
  readonly db: number;
  set(db: number): void;
  /** Calls back on every change; returns the unsubscribe function. */
  subscribe(listener: (db: number) => void): () => void;
}

export function createLevelMeter(): LevelMeter {
  let db = -100;
  const listeners = new Set<(db: number) => void>();
  return {
    get db() {
      return db;
    },
    set(next) {
      if (next === db) return;
      db = next;
      listeners.forEach((l) => l(db));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
