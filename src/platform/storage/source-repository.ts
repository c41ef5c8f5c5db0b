// The person's sources (feeds and imported files), in their own IndexedDB store.
import { createStore } from 'idb-keyval';
import type { Source } from '../../domain/feed/source';
import { createRunner, request } from './idb-run';

export interface SourceRepository {
  list(): Promise<Source[]>;
  get(id: string): Promise<Source | undefined>;
  put(source: Source): Promise<void>;
  /** Applies a change to a stored source (read and write in one transaction); no-op when it is gone. */
  update(id: string, change: (s: Source) => Source): Promise<Source | undefined>;
  remove(id: string): Promise<void>;
}

export function createSourceRepository(dbName = 'earshot-sources'): SourceRepository {
  const run = createRunner(createStore(dbName, 'kv'));
  return {
    list: () =>
      run('readonly', async (os) => {
        const all = (await request(os.getAll())) as Source[];
        return all.sort((a, b) => a.addedAt - b.addedAt || a.title.localeCompare(b.title));
      }),
    get: (id) => run('readonly', (os) => request(os.get(id)) as Promise<Source | undefined>),
    put: (source) =>
      run('readwrite', async (os) => {
        os.put(source, source.id);
      }),
    update: (id, change) =>
      run('readwrite', async (os) => {
        const current = (await request(os.get(id))) as Source | undefined;
        if (!current) return undefined;
        const next = change(current);
        os.put(next, id);
        return next;
      }),
    remove: (id) =>
      run('readwrite', async (os) => {
        os.delete(id);
      }),
  };
}
