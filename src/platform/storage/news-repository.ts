// Stories on the device (IndexedDB via idb-keyval), with a per-day index so one day is read without a full scan.
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import { utcDayKey, addDays } from '../../domain/day';
import { articleKey } from '../../domain/news/story';
import type { Story } from '../../domain/types';
import { toStorageError } from './storage-error';

/** The news repository port. */
export interface NewsRepository {
  /** Stores the stories not already here (same id, or same article URL). One transaction: all or nothing. */
  add(stories: readonly Story[]): Promise<{ added: number; duplicates: number }>;
  /** Stories published in [start, end), epoch milliseconds. */
  listBetween(start: number, end: number): Promise<Story[]>;
  /** Publication time of the newest story published before `end`, or null when there is none. */
  latestBefore(end: number): Promise<number | null>;
  count(): Promise<number>;
  getMeta<T>(key: string): Promise<T | undefined>;
  setMeta(key: string, value: unknown): Promise<void>;
}

/**
 * Key layout, all in one object store so every write is one transaction:
 *   s:<id>          → Story
 *   u:<articleKey>  → story id (dedup by URL)
 *   d:<UTC day>     → [id, publishedAt][] (the day index; UTC days, so a time-zone change never stales it)
 *   m:<name>        → metadata
 */
const storyKey = (id: string) => `s:${id}`;
const urlKey = (key: string) => `u:${key}`;
const dayKey = (day: string) => `d:${day}`;
const metaKey = (name: string) => `m:${name}`;

type IndexEntry = [id: string, publishedAt: number];

function request<T>(r: IDBRequest<T>): Promise<T> {
  return promisifyRequest(r);
}

/** UTC days covering [start, end). */
function utcDaysBetween(start: number, end: number): string[] {
  if (end <= start) return [];
  const days: string[] = [];
  const last = utcDayKey(end - 1);
  for (let d = utcDayKey(start); d <= last; d = addDays(d, 1)) days.push(d);
  return days;
}

/** The idb-keyval implementation. `dbName` lets tests and benchmarks use a database of their own. */
export function createNewsRepository(dbName = 'earshot-news'): NewsRepository {
  const store: UseStore = createStore(dbName, 'kv');

  async function run<T>(mode: IDBTransactionMode, body: (os: IDBObjectStore) => Promise<T>): Promise<T> {
    try {
      return await store(mode, async (os) => {
        let result: T;
        try {
          result = await body(os);
        } catch (e) {
          // A throw between requests would otherwise let the transaction commit what was already put.
          try {
            os.transaction.abort();
          } catch {
            // Already finished or aborted.
          }
          throw e;
        }
        // Resolve only once the transaction has committed, so a quota failure is never reported as success.
        if (mode === 'readwrite') await promisifyRequest(os.transaction);
        return result;
      });
    } catch (e) {
      throw toStorageError(e);
    }
  }

  return {
    add: (stories) =>
      run('readwrite', async (os) => {
        const urlKeys = stories.map((s) => articleKey(s.url));
        const [idHits, urlHits] = await Promise.all([
          Promise.all(stories.map((s) => request(os.count(storyKey(s.id))))),
          Promise.all(urlKeys.map((k) => (k ? request(os.count(urlKey(k))) : Promise.resolve(0)))),
        ]);
        const seenIds = new Set<string>();
        const seenUrls = new Set<string>();
        const fresh: Story[] = [];
        stories.forEach((s, i) => {
          const k = urlKeys[i];
          if (idHits[i] > 0 || urlHits[i] > 0 || seenIds.has(s.id) || (k && seenUrls.has(k))) return;
          seenIds.add(s.id);
          if (k) seenUrls.add(k);
          fresh.push(s);
        });
        const byDay = new Map<string, IndexEntry[]>();
        for (const s of fresh) {
          const day = utcDayKey(s.publishedAt);
          const list = byDay.get(day) ?? [];
          list.push([s.id, s.publishedAt]);
          byDay.set(day, list);
        }
        const days = [...byDay.keys()];
        const existing = await Promise.all(days.map((d) => request(os.get(dayKey(d))) as Promise<IndexEntry[] | undefined>));
        fresh.forEach((s) => {
          os.put(s, storyKey(s.id));
          const k = articleKey(s.url);
          if (k) os.put(s.id, urlKey(k));
        });
        days.forEach((d, i) => os.put([...(existing[i] ?? []), ...(byDay.get(d) ?? [])], dayKey(d)));
        return { added: fresh.length, duplicates: stories.length - fresh.length };
      }),

    listBetween: (start, end) =>
      run('readonly', async (os) => {
        const buckets = await Promise.all(
          utcDaysBetween(start, end).map((d) => request(os.get(dayKey(d))) as Promise<IndexEntry[] | undefined>),
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
            const times = (c.value as IndexEntry[]).map(([, t]) => t).filter((t) => t < end);
            if (times.length > 0) return resolve(Math.max(...times));
            c.continue();
          };
        });
      }),

    count: () => run('readonly', (os) => request(os.count(IDBKeyRange.bound('s:', 's:\uffff')))),

    getMeta: <T>(name: string) => run('readonly', (os) => request(os.get(metaKey(name))) as Promise<T | undefined>),

    setMeta: (name, value) =>
      run('readwrite', async (os) => {
        os.put(value, metaKey(name));
      }),
  };
}
