// Keeping the day, source and URL indexes in step with the stories: removing stories, and rebuilding the indexes.
import { utcDayKey } from '../../domain/day';
import { articleKey } from '../../domain/news/story';
import type { Story } from '../../domain/types';
import { request } from './idb-run';
import { dayKey, keptKey, prefixRange, sourceDayKey, sourceOf, storyKey, urlKey, type DayEntry } from './news-keys';

/**
 * Removes stories and every index entry that names them, inside the caller's transaction.
 * Kept stories stay, and so do those `spare` says to keep.
 */
export async function removeStories(os: IDBObjectStore, ids: readonly string[], spare: (s: Story) => boolean = () => false): Promise<number> {
  const kept = await Promise.all(ids.map((id) => request(os.count(keptKey(id)))));
  const doomed = ids.filter((_, i) => kept[i] === 0);
  const stories = (await Promise.all(doomed.map((id) => request(os.get(storyKey(id))) as Promise<Story | undefined>))).filter(
    (s): s is Story => s !== undefined && !spare(s),
  );
  const gone = new Set(stories.map((s) => s.id));
  const dayBuckets = new Set<string>();
  const sourceBuckets = new Set<string>();
  const urls: string[] = [];
  for (const s of stories) {
    const day = utcDayKey(s.publishedAt);
    dayBuckets.add(dayKey(day));
    sourceBuckets.add(sourceDayKey(sourceOf(s), day));
    const k = articleKey(s.url);
    if (k) urls.push(urlKey(k));
  }
  const [days, sources, urlOwners] = await Promise.all([
    Promise.all([...dayBuckets].map((k) => request(os.get(k)) as Promise<DayEntry[] | undefined>)),
    Promise.all([...sourceBuckets].map((k) => request(os.get(k)) as Promise<string[] | undefined>)),
    Promise.all(urls.map((k) => request(os.get(k)) as Promise<string | undefined>)),
  ]);
  [...dayBuckets].forEach((key, i) => {
    const left = (days[i] ?? []).filter(([id]) => !gone.has(id));
    if (left.length) os.put(left, key);
    else os.delete(key);
  });
  [...sourceBuckets].forEach((key, i) => {
    const left = (sources[i] ?? []).filter((id) => !gone.has(id));
    if (left.length) os.put(left, key);
    else os.delete(key);
  });
  urls.forEach((key, i) => {
    if (urlOwners[i] !== undefined && gone.has(urlOwners[i])) os.delete(key);
  });
  for (const id of gone) os.delete(storyKey(id));
  return gone.size;
}

function entries<V>(os: IDBObjectStore, prefix: string): Promise<Map<string, V>> {
  const range = prefixRange(prefix);
  return Promise.all([request(os.getAllKeys(range)), request(os.getAll(range))]).then(
    ([keys, values]) => new Map(keys.map((k, i) => [String(k), values[i] as V])),
  );
}

const sameDayEntries = (a: DayEntry[], b: DayEntry[]) =>
  a.length === b.length && a.every(([id, t], i) => b[i][0] === id && b[i][1] === t);
const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((id, i) => b[i] === id);
const byId = (a: DayEntry, b: DayEntry) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * Reads every story and rewrites whichever index entries disagree with them: entries for stories that are
 * gone, stories missing from their day or source, URL keys pointing nowhere. Returns how many keys changed.
 */
export async function rebuildIndexes(os: IDBObjectStore): Promise<{ stories: number; repaired: number }> {
  const days = new Map<string, DayEntry[]>();
  const sources = new Map<string, string[]>();
  const urls = new Map<string, string>();
  let count = 0;
  await new Promise<void>((resolve, reject) => {
    const cursor = os.openCursor(prefixRange('s:'));
    cursor.onerror = () => reject(cursor.error);
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) return resolve();
      const s = c.value as Story;
      count++;
      const day = utcDayKey(s.publishedAt);
      const dk = dayKey(day);
      (days.get(dk) ?? days.set(dk, []).get(dk)!).push([s.id, s.publishedAt]);
      const sk = sourceDayKey(sourceOf(s), day);
      (sources.get(sk) ?? sources.set(sk, []).get(sk)!).push(s.id);
      const k = articleKey(s.url);
      if (k && !urls.has(urlKey(k))) urls.set(urlKey(k), s.id);
      c.continue();
    };
  });
  const [haveDays, haveSources, haveUrls] = await Promise.all([
    entries<DayEntry[]>(os, 'd:'),
    entries<string[]>(os, 'x:'),
    entries<string>(os, 'u:'),
  ]);
  let repaired = 0;
  const fix = (key: string, value: unknown) => {
    repaired++;
    if (value === undefined) os.delete(key);
    else os.put(value, key);
  };
  for (const [key, want] of days) {
    const have = haveDays.get(key);
    if (!have || !sameDayEntries([...have].sort(byId), [...want].sort(byId))) fix(key, want);
  }
  for (const key of haveDays.keys()) if (!days.has(key)) fix(key, undefined);
  for (const [key, want] of sources) {
    const have = haveSources.get(key);
    if (!have || !sameIds([...have].sort(), [...want].sort())) fix(key, want);
  }
  for (const key of haveSources.keys()) if (!sources.has(key)) fix(key, undefined);
  // A URL key may rightly name the first of several stories with one URL; only keys naming no story, or missing, are wrong.
  const ids = new Set<string>();
  for (const list of sources.values()) for (const id of list) ids.add(id);
  for (const [key, id] of haveUrls) if (!ids.has(id)) fix(key, urls.get(key));
  for (const [key, id] of urls) if (!haveUrls.has(key)) fix(key, id);
  return { stories: count, repaired };
}
