// Keeping the day, source, URL and term indexes in step with the stories: writing them for new stories, removing
// stories through the day index alone (no story is read), and the counter of stories.
import { utcDayKey } from '../../domain/day';
import { articleKey } from '../../domain/news/story';
import { storyTerms } from '../../domain/stories/story-terms';
import type { Story } from '../../domain/types';
import { request } from './idb-run';
import {
  dayKey, dayTermsRange, LOCAL_SOURCE, metaKey, prefixRange, sourceDayKey, sourceOf, storyKey, termShardKey, urlKey, type DayEntry, type TermShard,
} from './news-keys';

export const COUNT_META = 'count';
export const SEQ_META = 'seq';

/** A story ready to be stored: its URL key (null when it has none) and its terms, worked out before the transaction. */
export interface NewStory {
  story: Story;
  url: string | null;
  terms: string[];
}

/** Pruning spares the sample edition: stories with no source. */
export const LOCAL_SOURCE_SPARED = (e: DayEntry) => e[3] === LOCAL_SOURCE;

/** Works out a story's URL key and terms; a story that is not well formed gets none (storing it then fails as it should). */
export const prepare = (story: Story): NewStory => ({
  story,
  url: typeof story.url === 'string' ? articleKey(story.url) : null,
  terms: typeof story.title === 'string' && typeof story.text === 'string' ? storyTerms(story) : [],
});

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** The number of stories, from the counter (0 when there is none yet). */
export const readCount = (os: IDBObjectStore) => request(os.get(metaKey(COUNT_META))).then((n) => (typeof n === 'number' ? n : 0));

/**
 * Stores new stories (already checked not to be here) with every index entry, the counter and the story numbers,
 * inside the caller's transaction. Each index bucket and term shard is read once and written once.
 */
export async function writeStories(os: IDBObjectStore, fresh: readonly NewStory[]): Promise<void> {
  if (fresh.length === 0) return;
  const byDay = new Map<string, DayEntry[]>();
  const bySource = new Map<string, string[]>();
  const byShard = new Map<string, TermShard>();
  const [seq, count] = await Promise.all([request(os.get(metaKey(SEQ_META))) as Promise<number | undefined>, readCount(os)]);
  let n = seq ?? 0;
  for (const { story: s, url, terms } of fresh) {
    const day = utcDayKey(s.publishedAt);
    n++;
    push(byDay, dayKey(day), [s.id, s.publishedAt, n, sourceOf(s), url ?? '', terms.length] as DayEntry);
    push(bySource, sourceDayKey(sourceOf(s), day), s.id);
    for (const t of terms) {
      const key = termShardKey(day, t);
      push(byShard.get(key) ?? byShard.set(key, new Map()).get(key)!, t, n);
    }
  }
  const read = <V>(keys: Iterable<string>) => Promise.all([...keys].map((k) => request(os.get(k)) as Promise<V[] | undefined>));
  const [days, sources, shards] = await Promise.all([
    read<DayEntry>(byDay.keys()),
    read<string>(bySource.keys()),
    Promise.all([...byShard.keys()].map((k) => request(os.get(k)) as Promise<TermShard | undefined>)),
  ]);
  for (const { story: s, url } of fresh) {
    os.put(s, storyKey(s.id));
    if (url) os.put(s.id, urlKey(url));
  }
  const append = <V>(map: Map<string, V[]>, have: (V[] | undefined)[]) =>
    [...map].forEach(([k, list], i) => os.put(have[i] ? have[i]!.concat(list) : list, k));
  append(byDay, days);
  append(bySource, sources);
  [...byShard].forEach(([k, add], i) => {
    const shard = shards[i] instanceof Map ? shards[i] : new Map<string, number[]>();
    for (const [t, numbers] of add) shard.set(t, shard.has(t) ? shard.get(t)!.concat(numbers) : numbers);
    os.put(shard, k);
  });
  os.put(n, metaKey(SEQ_META));
  os.put(count + fresh.length, metaKey(COUNT_META));
}

/**
 * Removes stories of one UTC day, given their day-index entries, with every index entry that names them and the
 * counter, inside the caller's transaction; no story is read. Kept stories stay, and so do those `spare` says to keep.
 * The day's term shards keep the numbers of removed stories (no match without a day entry) until the day is empty,
 * when they all go at once. Returns how many were removed.
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
  }
  sources.forEach((k, i) => {
    const rest = (sourceLists[i] ?? []).filter((id) => !gone.has(id));
    if (rest.length > 0) os.put(rest, k);
    else os.delete(k);
  });
  // An entry names a URL key only when its story was stored as that key's owner, and a key changes owner only once
  // its story is gone: so it is this story's, and goes without being read.
  for (const e of doomed) if (e[4] !== '') os.delete(urlKey(e[4]));
  for (const id of gone) os.delete(storyKey(id));
  os.put(Math.max(0, count - gone.size), metaKey(COUNT_META));
  return gone.size;
}
