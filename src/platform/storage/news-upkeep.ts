// Removing stories without holding the store: retention, a source's stories, every story. Each goes through the day
// index alone (no story is read), a slice at a time, with other work let in between slices; stories that lie
// together in time go as key ranges. Loaded on first use.
import { DEFAULT_RETENTION, type RetentionPolicy } from '../../domain/news/retention';
import { request, type Runner } from './idb-run';
import {
  COUNT_META, dayKey, dayOfSourceKey, dayTermsRange, LOCAL_SOURCE, metaKey, prefixRange, readCount, sourceDayKey, sourceRange, storyKey,
  type DayEntry,
} from './news-keys';
import { dayHeadsRange } from './news-heads';
import { yieldToOthers } from './yield';

const DAY_MS = 86_400_000;

/**
 * Stories removed per transaction when they are scattered among others (a source's): Chromium's IndexedDB spends
 * ~150 µs on each key deleted alone, so 100 keep a slice near 15–30 ms, and a briefing waiting for the store waits
 * about that at most.
 */
export const REMOVE_SLICE = 100;
/**
 * Stories removed per transaction when they lie together in time (pruning the oldest, clearing whole days): removed as
 * key ranges, ~26 µs a story, so a whole day (~1,700 here) goes in one slice. At 100,000 stories, pruning to 20,000
 * took 4.6–5.0 s in slices of 2,000, 5.6–7.0 s in slices of 1,000 and 6.6 s in slices of 500; a story read waited
 * 93–391 ms at the longest whatever the slice (the storage engine's own work after large deletes).
 */
export const RANGE_SLICE = 2000;

/**
 * Deletes the stories of these entries, those next to each other in key order (time, then id) as one range: a run
 * of the day's entries, in key order, that are all doomed holds no other story key.
 */
function deleteStories(os: IDBObjectStore, entries: readonly DayEntry[], doomed: ReadonlySet<string>): void {
  const ordered = [...entries].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (let i = 0; i < ordered.length; i++) {
    if (!doomed.has(ordered[i][0])) continue;
    let j = i;
    while (j + 1 < ordered.length && doomed.has(ordered[j + 1][0])) j++;
    const [first, last] = [ordered[i], ordered[j]];
    os.delete(i === j ? storyKey(first[1], first[0]) : IDBKeyRange.bound(storyKey(first[1], first[0]), storyKey(last[1], last[0])));
    i = j;
  }
}

/** Pruning spares the sample edition: stories with no source. */
export const LOCAL_SOURCE_SPARED = (e: DayEntry) => e[3] === LOCAL_SOURCE;

/**
 * Removes stories of one UTC day, given their day-index entries, with every index entry that names them and the
 * counter, inside the caller's transaction; no story is read. Kept stories stay, and so do those `spare` says to keep.
 * The day's term shards and head buckets keep the numbers and heads of removed stories (nothing without a day entry
 * counts) until the day is empty, when they all go at once. Returns how many were removed.
 */
export async function removeFromDay(
  os: IDBObjectStore,
  day: string,
  ids: readonly string[],
  spare: (entry: DayEntry) => boolean = () => false,
): Promise<number> {
  const dk = dayKey(day);
  // The kept marks are few: one read of them all costs less than a look-up per story (every request counts here).
  const [entries, kept] = await Promise.all([
    request(os.get(dk)) as Promise<DayEntry[] | undefined>,
    request(os.getAllKeys(prefixRange('k:'))).then((keys) => new Set(keys.map((k) => String(k).slice(2)))),
  ]);
  const asked = new Set(ids.filter((id) => !kept.has(id)));
  const doomed = (entries ?? []).filter((e) => asked.has(e[0]) && !spare(e));
  if (doomed.length === 0) return 0;
  const gone = new Set(doomed.map((e) => e[0]));
  const sources = [...new Set(doomed.map((e) => sourceDayKey(e[3], day)))];
  const [sourceLists, count] = await Promise.all([Promise.all(sources.map((k) => request(os.get(k)) as Promise<string[] | undefined>)), readCount(os)]);
  const left = entries!.filter((e) => !gone.has(e[0]));
  if (left.length > 0) os.put(left, dk);
  else {
    os.delete(dk);
    os.delete(dayTermsRange(day));
    os.delete(dayHeadsRange(day));
  }
  sources.forEach((k, i) => {
    const rest = (sourceLists[i] ?? []).filter((id) => !gone.has(id));
    if (rest.length > 0) os.put(rest, k);
    else os.delete(k);
  });
  // The id and URL lookups keep their entries (a hit counts only when its story is there): news-lookup.ts.
  deleteStories(os, entries!, gone);
  os.put(Math.max(0, count - gone.size), metaKey(COUNT_META));
  return gone.size;
}

/** `changed` counts removals into the repository's revision (and returns the number it was given). */
export function createUpkeep(run: Runner, changed: (removed: number) => number) {
  /**
   * Removes the planned stories (by UTC day) a slice at a time, letting other transactions run in between: `slice`
   * stories at a time (RANGE_SLICE when they lie together in time, as listed). Each slice commits without waiting for
   * the disk (relaxed durability): a slice a crash loses is whole (the indexes stay consistent) and is removed again
   * by the next upkeep. At 100,000 stories on a slower machine of this kind, pruning took 7.4 s instead of 9.8 s.
   */
  async function removeInSlices(plan: Iterable<[day: string, ids: string[]]>, slice: number, spare?: (e: DayEntry) => boolean): Promise<number> {
    let removed = 0;
    for (const [day, ids] of plan) {
      for (let i = 0; i < ids.length; i += slice) {
        removed += changed(await run('readwrite', (os) => removeFromDay(os, day, ids.slice(i, i + slice), spare), { durability: 'relaxed' }));
        await yieldToOthers();
      }
    }
    return removed;
  }


  return {
    async removeSource(sourceId: string) {
      const buckets = await run('readonly', async (os) => {
        const range = sourceRange(sourceId);
        const [keys, values] = await Promise.all([request(os.getAllKeys(range)), request(os.getAll(range) as IDBRequest<string[][]>)]);
        return keys.map((k, i) => [dayOfSourceKey(String(k)), values[i]] as [string, string[]]);
      });
      return { removed: await removeInSlices(buckets, REMOVE_SLICE) };
    },

    async clearStories() {
      const days = await run('readonly', async (os) => {
        const range = prefixRange('d:');
        const [keys, values] = await Promise.all([request(os.getAllKeys(range)), request(os.getAll(range) as IDBRequest<DayEntry[][]>)]);
        return keys.map((k, i) => [String(k).slice(2), [...values[i]].sort((a, b) => a[1] - b[1]).map(([id]) => id)] as [string, string[]]);
      });
      return { removed: await removeInSlices(days, RANGE_SLICE) };
    },

    async prune(now: number, policy: RetentionPolicy = DEFAULT_RETENTION) {
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
        const gone = await removeInSlices([[oldest.key.slice(2), doomed]], RANGE_SLICE, LOCAL_SOURCE_SPARED);
        removed += gone;
        left -= gone;
        after = oldest.key;
      }
      return { removed };
    },

  };
}
