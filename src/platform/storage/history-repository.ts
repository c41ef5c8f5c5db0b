// Briefings played, in their own IndexedDB store: the script of each, and how far it was listened.
import { createStore } from 'idb-keyval';
import { MAX_HISTORY, type HistoryEntry } from '../../domain/history/history';
import type { Position } from '../../domain/player/machine';
import { createRunner, request } from './idb-run';

export interface HistoryRepository {
  /** Stores a briefing played; beyond MAX_HISTORY the oldest go. */
  add(entry: HistoryEntry): Promise<void>;
  /** Newest first. */
  list(): Promise<HistoryEntry[]>;
  get(id: string): Promise<HistoryEntry | undefined>;
  /**
   * Records how far an entry was heard, and stories heard in it (added to those already there); returns the entry as
   * stored now (undefined when it is gone).
   */
  setProgress(id: string, pos: Position, done: boolean, at: number, heard?: readonly string[]): Promise<HistoryEntry | undefined>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
}

export function createHistoryRepository(dbName = 'earshot-history'): HistoryRepository {
  const run = createRunner(createStore(dbName, 'kv'));
  const all = (os: IDBObjectStore) => request(os.getAll()) as Promise<HistoryEntry[]>;
  return {
    add: (entry) =>
      run('readwrite', async (os) => {
        os.put(entry, entry.id);
        const entries = await all(os);
        if (entries.length > MAX_HISTORY) {
          for (const old of entries.sort((a, b) => a.createdAt - b.createdAt).slice(0, entries.length - MAX_HISTORY)) os.delete(old.id);
        }
      }),
    list: () => run('readonly', async (os) => (await all(os)).sort((a, b) => b.createdAt - a.createdAt)),
    get: (id) => run('readonly', (os) => request(os.get(id)) as Promise<HistoryEntry | undefined>),
    setProgress: (id, pos, done, at, heard = []) =>
      run('readwrite', async (os) => {
        const entry = (await request(os.get(id))) as HistoryEntry | undefined;
        if (!entry) return undefined;
        // A replay that starts over never undoes "finished".
        const before = entry.heard ?? [];
        const added = heard.filter((h) => !before.includes(h));
        const updated = { ...entry, progress: { pos, done: done || entry.progress.done, updatedAt: at }, ...(before.length + added.length > 0 ? { heard: [...before, ...added] } : {}) };
        os.put(updated, id);
        return updated;
      }),
    remove: (id) =>
      run('readwrite', async (os) => {
        os.delete(id);
      }),
    clear: () =>
      run('readwrite', async (os) => {
        os.clear();
      }),
  };
}
