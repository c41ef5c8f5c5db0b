// Stories on the device (IndexedDB via idb-keyval), indexed by day and by source so neither needs a full scan.
import { createStore } from 'idb-keyval';
import { utcDayKey } from '../../domain/day';
import { DEFAULT_RETENTION, type RetentionPolicy } from '../../domain/news/retention';
import { articleKey } from '../../domain/news/story';
import type { Story } from '../../domain/types';
import { createRunner, request } from './idb-run';
import { rebuildIndexes, removeStories } from './news-indexes';
import {
  dayKey, keptKey, metaKey, prefixRange, sourceDayKey, sourceOf, sourceOfKey, sourceRange, storyKey, urlKey, utcDaysBetween,
  type DayEntry,
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
  /** Publication time of the newest story published before `end`, or null when there is none. */
  latestBefore(end: number): Promise<number | null>;
  count(): Promise<number>;
  /** Stories per source id (stories without one count under "local"). */
  countBySource(): Promise<Map<string, number>>;
  /** Removes a source's stories, except kept ones. */
  removeSource(sourceId: string): Promise<{ removed: number }>;
  /** Removes every story but the kept ones. */
  clearStories(): Promise<{ removed: number }>;
  /** Marks stories to keep (or not) beyond retention and source removal. */
  setKept(ids: readonly string[], kept: boolean): Promise<void>;
  /** The kept stories that are stored. */
  listKept(): Promise<Story[]>;
  /**
   * Removes the oldest stories beyond the policy (older than maxAgeDays, then oldest first above maxStories).
   * Kept stories stay, and so does the sample edition (stories with no source): it is the app's offline demo.
   */
  prune(now: number, policy?: RetentionPolicy): Promise<{ removed: number }>;
  /** On start: repairs the indexes when the last import did not finish or the layout is older. Null when nothing to do. */
  recover(): Promise<{ stories: number; repaired: number } | null>;
  /** Reads every story and repairs any index entry that disagrees. */
  verify(): Promise<{ stories: number; repaired: number }>;
  getMeta<T>(key: string): Promise<T | undefined>;
  setMeta(key: string, value: unknown): Promise<void>;
  /**
   * Grows with every change this repository made to the stories (added, removed, indexes repaired), so a cache of
   * reads can tell whether it still holds without reading anything.
   */
  revision(): number;
}

/** Layout version: 2 added the source index and kept marks. */
const SCHEMA = 2;
const SCHEMA_META = 'schema';
const IMPORTING_META = 'import-in-progress';
const DAY_MS = 86_400_000;

/** The idb-keyval implementation. `dbName` lets tests and benchmarks use a database of their own. */
export function createNewsRepository(dbName = 'earshot-news'): NewsRepository {
  const run = createRunner(createStore(dbName, 'kv'));
  let revision = 0;
  /** Counts a change when it changed something. */
  const changed = <T extends { added?: number; removed?: number; repaired?: number }>(r: T): T => {
    if ((r.added ?? 0) + (r.removed ?? 0) + (r.repaired ?? 0) > 0) revision++;
    return r;
  };

  const add = (stories: readonly Story[]) =>
    run('readwrite', async (os) => {
      const urlKeys = stories.map((s) => articleKey(s.url));
      const [idHits, urlHits] = await Promise.all([
        Promise.all(stories.map((s) => request(os.count(storyKey(s.id))))),
        Promise.all(urlKeys.map((k) => (k ? request(os.count(urlKey(k))) : Promise.resolve(0)))),
      ]);
      const seenIds = new Set<string>();
      const seenUrls = new Set<string>();
      const fresh: { s: Story; k: string | null }[] = [];
      stories.forEach((s, i) => {
        const k = urlKeys[i];
        if (idHits[i] > 0 || urlHits[i] > 0 || seenIds.has(s.id) || (k && seenUrls.has(k))) return;
        seenIds.add(s.id);
        if (k) seenUrls.add(k);
        fresh.push({ s, k });
      });
      const byDay = new Map<string, DayEntry[]>();
      const bySource = new Map<string, string[]>();
      for (const { s } of fresh) {
        const day = utcDayKey(s.publishedAt);
        const dk = dayKey(day);
        (byDay.get(dk) ?? byDay.set(dk, []).get(dk)!).push([s.id, s.publishedAt]);
        const sk = sourceDayKey(sourceOf(s), day);
        (bySource.get(sk) ?? bySource.set(sk, []).get(sk)!).push(s.id);
      }
      const [days, sources] = await Promise.all([
        Promise.all([...byDay.keys()].map((k) => request(os.get(k)) as Promise<DayEntry[] | undefined>)),
        Promise.all([...bySource.keys()].map((k) => request(os.get(k)) as Promise<string[] | undefined>)),
      ]);
      for (const { s, k } of fresh) {
        os.put(s, storyKey(s.id));
        if (k) os.put(s.id, urlKey(k));
      }
      [...byDay].forEach(([k, list], i) => os.put([...(days[i] ?? []), ...list], k));
      [...bySource].forEach(([k, list], i) => os.put([...(sources[i] ?? []), ...list], k));
      return { added: fresh.length, duplicates: stories.length - fresh.length };
    }).then(changed);

  const setMeta = (name: string, value: unknown) =>
    run('readwrite', async (os) => {
      if (value === undefined) os.delete(metaKey(name));
      else os.put(value, metaKey(name));
    });
  const getMeta = <T>(name: string) => run('readonly', (os) => request(os.get(metaKey(name))) as Promise<T | undefined>);
  const verify = () =>
    run('readwrite', async (os) => {
      const result = await rebuildIndexes(os);
      os.put(SCHEMA, metaKey(SCHEMA_META));
      os.delete(metaKey(IMPORTING_META));
      return result;
    }).then(changed);

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
        const ids = buckets.flatMap((b) => (b ?? []).filter(([, t]) => t >= start && t < end).map(([id]) => id));
        const stories = await Promise.all(ids.map((id) => request(os.get(storyKey(id))) as Promise<Story | undefined>));
        return stories.filter((s): s is Story => s !== undefined);
      }),

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

    // The day index holds one entry per story: summing its ~60 lists is far cheaper than counting 100,000 keys.
    count: () =>
      run('readonly', async (os) => {
        const days = (await request(os.getAll(prefixRange('d:')))) as DayEntry[][];
        return days.reduce((n, d) => n + d.length, 0);
      }),

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

    removeSource: (sourceId) =>
      run('readwrite', async (os) => {
        const lists = (await request(os.getAll(sourceRange(sourceId)))) as string[][];
        return { removed: await removeStories(os, lists.flat()) };
      }).then(changed),

    clearStories: () =>
      run('readwrite', async (os) => {
        const days = (await request(os.getAll(prefixRange('d:')))) as DayEntry[][];
        return { removed: await removeStories(os, days.flat().map(([id]) => id)) };
      }).then(changed),

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
        const stories = await Promise.all(keys.map((k) => request(os.get(storyKey(String(k).slice(2)))) as Promise<Story | undefined>));
        return stories.filter((s): s is Story => s !== undefined);
      }),

    async prune(now, policy = DEFAULT_RETENTION) {
      const cutoff = now - policy.maxAgeDays * DAY_MS;
      // Plan on the day index (small), oldest day first, then remove a day at a time so each step is consistent.
      const { days, total } = await run('readonly', async (os) => {
        const range = prefixRange('d:');
        const [keys, values] = await Promise.all([request(os.getAllKeys(range)), request(os.getAll(range) as IDBRequest<DayEntry[][]>)]);
        return { days: keys.map((k, i) => [String(k), values[i]] as const), total: values.reduce((n, v) => n + v.length, 0) };
      });
      let left = total;
      let removed = 0;
      for (const [, entries] of days) {
        const sorted = [...entries].sort((a, b) => a[1] - b[1]);
        const doomed = sorted.filter(([, t], i) => t < cutoff || left - i > policy.maxStories).map(([id]) => id);
        if (doomed.length === 0) break;
        const gone = changed({ removed: await run('readwrite', (os) => removeStories(os, doomed, (s) => s.sourceId === undefined)) }).removed;
        removed += gone;
        left -= gone; // kept stories stay and still count
      }
      return { removed };
    },

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
