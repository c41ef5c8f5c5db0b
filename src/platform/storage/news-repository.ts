// Stories on the device (IndexedDB via idb-keyval), indexed by day, by source and by the words of their title and
// lead, so no read needs a full scan; upkeep (pruning, removing, checking) runs in slices that never hold the store
// for long, so speech and input never wait on it.
import { createStore } from 'idb-keyval';
import { utcDayKey } from '../../domain/day';
import { DEFAULT_RETENTION, type RetentionPolicy } from '../../domain/news/retention';
import { evaluateTermQuery, queryTerms, termKey as queryKey, type TermQuery } from '../../domain/stories/story-terms';
import type { Story } from '../../domain/types';
import { createRunner, request } from './idb-run';
import { LOCAL_SOURCE_SPARED, prepare, readCount, removeFromDay, writeStories, type NewStory } from './news-indexes';
import {
  dayKey, dayOfSourceKey, keptKey, metaKey, prefixRange, sourceOfKey, sourceRange, storyKey, termShardKey, urlKey,
  utcDaysBetween, type DayEntry, type TermShard,
} from './news-keys';
import { verifyArchive } from './news-verify';
import { StorageError } from './storage-error';
import { yieldToOthers } from './yield';

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
   * Runs a slice at a time (at most REMOVE_SLICE stories of one day per transaction, each consistent on its own),
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
const DAY_MS = 86_400_000;
/**
 * Stories removed per transaction. Chromium's IndexedDB spends ~150 µs on each key deleted (measured: 1,700 deleted
 * one by one 266 ms, as one range 44 ms), and a story is two keys (story, URL key): 100 keep a slice near 30 ms, so
 * a briefing waiting for the store waits about that at most.
 */
export const REMOVE_SLICE = 100;

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

  const add = (stories: readonly Story[]) => {
    // Terms are worked out before the transaction, so it holds the store only for reading and writing.
    const ready = stories.map(prepare);
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

  /** Removes the planned stories (by UTC day) a slice at a time, letting other transactions run in between. */
  async function removeInSlices(plan: Iterable<[day: string, ids: string[]]>, spare?: (e: DayEntry) => boolean): Promise<number> {
    let removed = 0;
    for (const [day, ids] of plan) {
      for (let i = 0; i < ids.length; i += REMOVE_SLICE) {
        removed += changed({ removed: await run('readwrite', (os) => removeFromDay(os, day, ids.slice(i, i + REMOVE_SLICE), spare)) }).removed;
        await yieldToOthers();
      }
    }
    return removed;
  }

  const setMeta = (name: string, value: unknown) =>
    run('readwrite', async (os) => {
      if (value === undefined) os.delete(metaKey(name));
      else os.put(value, metaKey(name));
    });
  const getMeta = <T>(name: string) => run('readonly', (os) => request(os.get(metaKey(name))) as Promise<T | undefined>);
  const verify = () =>
    verifyArchive(run, (os) => {
      os.put(SCHEMA, metaKey(SCHEMA_META));
      os.delete(metaKey(IMPORTING_META));
    }).then(changed);
  const storiesOf = (os: IDBObjectStore, ids: readonly string[]) =>
    Promise.all(ids.map((id) => request(os.get(storyKey(id))) as Promise<Story | undefined>)).then((s) => s.filter(isStory));

  /** The ids of the stories of [start, end) the query finds, newest first, from the day and term indexes alone. */
  async function matching(os: IDBObjectStore, query: TermQuery, start: number, end: number): Promise<string[]> {
    if (end <= start) return [];
    // Only the days that have stories (one range read of the day index), however long the span.
    const span = IDBKeyRange.bound(dayKey(utcDayKey(start)), dayKey(utcDayKey(end - 1)));
    const [dayKeys, buckets] = await Promise.all([request(os.getAllKeys(span)), request(os.getAll(span)) as Promise<DayEntry[][]>]);
    const days = dayKeys.map((k) => String(k).slice(2));
    const terms = queryTerms(query);
    // Each day's shards the query's terms fall in, read once.
    const shardKeys = [...new Set(days.flatMap((d) => terms.map((t) => termShardKey(d, t.term))))];
    const shards = new Map(
      await Promise.all(shardKeys.map(async (k) => [k, ((await request(os.get(k))) as TermShard | undefined) ?? new Map()] as const)),
    );
    const lists = terms.map((t) =>
      days.map((d) => {
        const shard = shards.get(termShardKey(d, t.term))!;
        if (!t.prefix) return shard.get(t.term) ?? [];
        return [...shard].filter(([term]) => term.startsWith(t.term)).flatMap(([, numbers]) => numbers);
      }),
    );
    // Story numbers are unique across days, so each term's postings of every day make one set.
    const postings = new Map(terms.map((t, i) => [queryKey(t), new Set(lists[i].flat())]));
    const found = evaluateTermQuery(query, postings);
    return buckets
      .flatMap((b) => b.filter((e) => e[1] >= start && e[1] < end && found.has(e[2])))
      .sort((a, b) => b[1] - a[1])
      .map((e) => e[0]);
  }

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

    listAbout: (query, start, end, limit = Infinity) => run('readonly', async (os) => storiesOf(os, (await matching(os, query, start, end)).slice(0, limit))),

    findAbout: (query, start, end) => run('readonly', (os) => matching(os, query, start, end)),

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

    async removeSource(sourceId) {
      const buckets = await run('readonly', async (os) => {
        const range = sourceRange(sourceId);
        const [keys, values] = await Promise.all([request(os.getAllKeys(range)), request(os.getAll(range) as IDBRequest<string[][]>)]);
        return keys.map((k, i) => [dayOfSourceKey(String(k)), values[i]] as [string, string[]]);
      });
      return { removed: await removeInSlices(buckets) };
    },

    async clearStories() {
      const days = await run('readonly', async (os) => {
        const range = prefixRange('d:');
        const [keys, values] = await Promise.all([request(os.getAllKeys(range)), request(os.getAll(range) as IDBRequest<DayEntry[][]>)]);
        return keys.map((k, i) => [String(k).slice(2), values[i].map(([id]) => id)] as [string, string[]]);
      });
      return { removed: await removeInSlices(days) };
    },

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

    async prune(now, policy = DEFAULT_RETENTION) {
      const cutoff = now - policy.maxAgeDays * DAY_MS;
      // The oldest day first, read from the day index alone; kept stories and the sample edition stay and still count.
      let left = await run('readonly', readCount);
      let removed = 0;
      for (let after: string | null = null; ; ) {
        const range: IDBKeyRange = after === null ? prefixRange('d:') : IDBKeyRange.bound(after, 'd:\uffff', true, false);
        const oldest = await run('readonly', async (os) => {
          const [keys, values] = await Promise.all([request(os.getAllKeys(range, 1)), request(os.getAll(range, 1) as IDBRequest<DayEntry[][]>)]);
          return keys.length > 0 ? { key: String(keys[0]), entries: values[0] } : null;
        });
        if (!oldest) break;
        const sorted = [...oldest.entries].sort((a, b) => a[1] - b[1]);
        const doomed = sorted.filter(([, t], i) => t < cutoff || left - i > policy.maxStories).map(([id]) => id);
        if (doomed.length === 0) break;
        const gone = await removeInSlices([[oldest.key.slice(2), doomed]], LOCAL_SOURCE_SPARED);
        removed += gone;
        left -= gone;
        after = oldest.key;
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
