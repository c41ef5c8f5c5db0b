// Stories on the device (IndexedDB via idb-keyval), indexed by day, by source and by the words of their title and
// lead, so no read needs a full scan; upkeep (pruning, removing, checking) runs in slices that never hold the store
// for long, so speech and input never wait on it.
import { createStore } from 'idb-keyval';
import { utcDayKey } from '../../domain/day';
import { DEFAULT_RETENTION, type RetentionPolicy } from '../../domain/news/retention';
import type { TermQuery } from '../../domain/stories/term-query';
import type { Story } from '../../domain/types';
import { createRunner, request } from './idb-run';
import { prepare, readCount, writeStories, type NewStory } from './news-indexes';
import {
  dayKey, keptKey, metaKey, prefixRange, sourceOfKey, storyKey, urlKey,
  utcDaysBetween, type DayEntry,
} from './news-keys';
import { StorageError } from './storage-error';

export interface AddResult {
  added: number;
  duplicates: number;
}

/** What a batched import did: what was stored before any failure, and the failure. */
export interface BatchedAddResult extends AddResult {
  /** Stories not stored because storage failed; 0 when everything was stored. */
  notStored: number;
  error: StorageError | null;
}


/** The news repository port. */
export interface NewsRepository {
  /** Stores the stories not already here (same id, or same article URL). One transaction: all or nothing. */
  add(stories: readonly Story[]): Promise<AddResult>;
  /**
   * Stores many stories in batches of one transaction each. A failing batch (a full disk) stops the import;
   * the batches before it stay, consistent. A crash in between is noticed by `recover()` on the next start.
   */
  addInBatches(stories: readonly Story[], batchSize?: number): Promise<BatchedAddResult>;
  get(id: string): Promise<Story | undefined>;
  /** Stories published in [start, end), epoch milliseconds. */
  listBetween(start: number, end: number): Promise<Story[]>;
  /**
   * The stories published in [start, end) that the query finds by the words of their title and lead (the term index);
   * with `limit`, only that many, the newest first (the others are not read).
   */
  listAbout(query: TermQuery, start: number, end: number, limit?: number): Promise<Story[]>;
  /** The same stories' ids, newest first, without reading the stories. */
  findAbout(query: TermQuery, start: number, end: number): Promise<string[]>;
  /** Publication time of the newest story published before `end`, or null when there is none. */
  latestBefore(end: number): Promise<number | null>;
  count(): Promise<number>;
  /** Stories per source id (stories without one count under "local"). */
  countBySource(): Promise<Map<string, number>>;
  /** Removes a source's stories, except kept ones (in slices, like prune). */
  removeSource(sourceId: string): Promise<{ removed: number }>;
  /** Removes every story but the kept ones (in slices, like prune). */
  clearStories(): Promise<{ removed: number }>;
  /** Marks stories to keep (or not) beyond retention and source removal. */
  setKept(ids: readonly string[], kept: boolean): Promise<void>;
  /** The kept stories that are stored. */
  listKept(): Promise<Story[]>;
  /**
   * Removes the oldest stories beyond the policy (older than maxAgeDays, then oldest first above maxStories).
   * Kept stories stay, and so does the sample edition (stories with no source): it is the app's offline demo.
   * Runs a slice at a time (news-upkeep.ts: at most REMOVE_SLICE stories of one day per transaction, each consistent on its own),
   * reading only the day index, so a read waiting for the store waits one slice at most.
   */
  prune(now: number, policy?: RetentionPolicy): Promise<{ removed: number }>;
  /** On start: repairs the indexes when the last import did not finish or the layout is older. Null when nothing to do. */
  recover(): Promise<{ stories: number; repaired: number } | null>;
  /** Reads every story (a chunk at a time) and repairs any index entry that disagrees; see news-verify.ts. */
  verify(): Promise<{ stories: number; repaired: number }>;
  getMeta<T>(key: string): Promise<T | undefined>;
  setMeta(key: string, value: unknown): Promise<void>;
  /**
   * Grows with every change this repository made to the stories (added, removed, indexes repaired), so a cache of
   * reads can tell whether it still holds without reading anything.
   */
  revision(): number;
}

/** Layout version: 2 added the source index and kept marks; 3 the term index, story numbers and the counter. */
const SCHEMA = 3;
const SCHEMA_META = 'schema';
const IMPORTING_META = 'import-in-progress';
const isStory = (s: Story | undefined): s is Story => s !== undefined;
/** The idb-keyval implementation. `dbName` lets tests and benchmarks use a database of their own. */
export function createNewsRepository(dbName = 'earshot-news'): NewsRepository {
  const run = createRunner(createStore(dbName, 'kv'));
  let revision = 0;
  /** Counts a change when it changed something. */
  const changed = <T extends { added?: number; removed?: number; repaired?: number }>(r: T): T => {
    if ((r.added ?? 0) + (r.removed ?? 0) + (r.repaired ?? 0) > 0) revision++;
    return r;
  };

  const add = async (stories: readonly Story[]) => {
    // Terms are worked out before the transaction, so it holds the store only for reading and writing.
    const { storyTerms } = await import('../../domain/stories/story-terms');
    const ready = stories.map((s) => prepare(s, storyTerms));
    return run('readwrite', async (os) => {
      const [idHits, urlHits] = await Promise.all([
        Promise.all(ready.map(({ story }) => request(os.count(storyKey(story.id))))),
        Promise.all(ready.map(({ url }) => (url ? request(os.count(urlKey(url))) : Promise.resolve(0)))),
      ]);
      const seenIds = new Set<string>();
      const seenUrls = new Set<string>();
      const fresh: NewStory[] = [];
      ready.forEach((r, i) => {
        if (idHits[i] > 0 || urlHits[i] > 0 || seenIds.has(r.story.id) || (r.url && seenUrls.has(r.url))) return;
        seenIds.add(r.story.id);
        if (r.url) seenUrls.add(r.url);
        fresh.push(r);
      });
      await writeStories(os, fresh);
      return { added: fresh.length, duplicates: stories.length - fresh.length };
    }).then(changed);
  };

  // Removal loads on first use (a refresh's retention, a source removed), so it is not in the initial JavaScript.
  const upkeep = () => import('./news-upkeep').then((m) => m.createUpkeep(run, (removed) => changed({ removed }).removed));

  const setMeta = (name: string, value: unknown) =>
    run('readwrite', async (os) => {
      if (value === undefined) os.delete(metaKey(name));
      else os.put(value, metaKey(name));
    });
  const getMeta = <T>(name: string) => run('readonly', (os) => request(os.get(metaKey(name))) as Promise<T | undefined>);
  // The check loads on first use (a start after a crash or an older layout, never the usual start).
  const verify = () =>
    import('./news-verify')
      .then(({ verifyArchive }) =>
        verifyArchive(run, (os) => {
          os.put(SCHEMA, metaKey(SCHEMA_META));
          os.delete(metaKey(IMPORTING_META));
        }),
      )
      .then(changed);
  const storiesOf = (os: IDBObjectStore, ids: readonly string[]) =>
    Promise.all(ids.map((id) => request(os.get(storyKey(id))) as Promise<Story | undefined>)).then((s) => s.filter(isStory));

  return {
    add,

    async addInBatches(stories, batchSize = 250) {
      const total: BatchedAddResult = { added: 0, duplicates: 0, notStored: 0, error: null };
      if (stories.length === 0) return total;
      await setMeta(IMPORTING_META, Date.now());
      for (let i = 0; i < stories.length; i += batchSize) {
        const batch = stories.slice(i, i + batchSize);
        try {
          const r = await add(batch);
          total.added += r.added;
          total.duplicates += r.duplicates;
        } catch (e) {
          total.error = e instanceof StorageError ? e : new StorageError('unknown', e);
          total.notStored = stories.length - i;
          break;
        }
      }
      // Every finished batch is consistent on its own, so the mark only stays when a crash cut the loop short.
      await setMeta(IMPORTING_META, undefined).catch(() => undefined);
      return total;
    },

    get: (id) => run('readonly', (os) => request(os.get(storyKey(id))) as Promise<Story | undefined>),

    listBetween: (start, end) =>
      run('readonly', async (os) => {
        const buckets = await Promise.all(
          utcDaysBetween(start, end).map((d) => request(os.get(dayKey(d))) as Promise<DayEntry[] | undefined>),
        );
        return storiesOf(os, buckets.flatMap((b) => (b ?? []).filter(([, t]) => t >= start && t < end).map(([id]) => id)));
      }),

    // The term index's query code loads with the first topic or search (both come from code that loads on use too).
    listAbout: (query, start, end, limit = Infinity) =>
      import('./news-query').then(({ matching }) => run('readonly', async (os) => storiesOf(os, (await matching(os, query, start, end)).slice(0, limit)))),

    findAbout: (query, start, end) => import('./news-query').then(({ matching }) => run('readonly', (os) => matching(os, query, start, end))),

    latestBefore: (end) =>
      run('readonly', async (os) => {
        const range = IDBKeyRange.bound(dayKey('0000-00-00'), dayKey(utcDayKey(end)));
        return new Promise<number | null>((resolve, reject) => {
          const cursor = os.openCursor(range, 'prev');
          cursor.onerror = () => reject(cursor.error);
          cursor.onsuccess = () => {
            const c = cursor.result;
            if (!c) return resolve(null);
            const times = (c.value as DayEntry[]).map(([, t]) => t).filter((t) => t < end);
            if (times.length > 0) return resolve(Math.max(...times));
            c.continue();
          };
        });
      }),

    // A counter kept in step by every write, so counting never reads the indexes.
    count: () => run('readonly', readCount),

    countBySource: () =>
      run('readonly', async (os) => {
        const range = prefixRange('x:');
        const [keys, values] = await Promise.all([request(os.getAllKeys(range)), request(os.getAll(range) as IDBRequest<string[][]>)]);
        const counts = new Map<string, number>();
        keys.forEach((k, i) => {
          const source = sourceOfKey(String(k));
          counts.set(source, (counts.get(source) ?? 0) + values[i].length);
        });
        return counts;
      }),

    removeSource: (sourceId) => upkeep().then((u) => u.removeSource(sourceId)),

    clearStories: () => upkeep().then((u) => u.clearStories()),

    setKept: (ids, kept) =>
      run('readwrite', async (os) => {
        for (const id of ids) {
          if (kept) os.put(true, keptKey(id));
          else os.delete(keptKey(id));
        }
      }),

    listKept: () =>
      run('readonly', async (os) => {
        const keys = await request(os.getAllKeys(prefixRange('k:')));
        return storiesOf(os, keys.map((k) => String(k).slice(2)));
      }),

    prune: (now, policy = DEFAULT_RETENTION) => upkeep().then((u) => u.prune(now, policy)),

    async recover() {
      const [schema, importing] = await Promise.all([getMeta<number>(SCHEMA_META), getMeta<number>(IMPORTING_META)]);
      if (schema === SCHEMA && importing === undefined) return null;
      return verify();
    },

    verify,
    getMeta,
    setMeta,
    revision: () => revision,
  };
}
