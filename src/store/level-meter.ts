// The live sound level: changes several times a second, so it lives beside the store state, not in it. A store update
// runs every subscriber (connectors, persistence, every component's selector); the meter has one listener, the bar.
import { SILENCE_DB } from '../domain/sound/level';

export interface LevelMeter {
  /** Loudness now, dBFS (SILENCE_DB: nothing heard). */
  readonly db: number;
  /** Sets the level as it is (a reset to silence). */
  set(db: number): void;
  /**
   * A new reading, in whole decibels (never below silence), shown only when it differs by at least the meter's step
   * from what is shown: each move redraws the bar. True when it moved.
   */
  move(db: number): boolean;
  /** Calls back on every change; returns the unsubscribe function. */
  subscribe(listener: (db: number) => void): () => void;
}

export function createLevelMeter(stepDb = 1): LevelMeter {
  let db = SILENCE_DB;
  const listeners = new Set<(db: number) => void>();
  const meter: LevelMeter = {
    get db() {
      return db;
    },
    set(next) {
      if (next === db) return;
      db = next;
      listeners.forEach((l) => l(db));
    },
    move(reading) {
      const next = Math.round(Math.max(SILENCE_DB, reading));
      if (Math.abs(next - db) < stepDb) return false;
      meter.set(next);
      return true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return meter;
}
