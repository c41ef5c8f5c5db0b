// Writing new stories' index entries (day, source, id and URL lookups, terms), their heads and the counter of stories;
// removing them is news-upkeep.ts, checking them news-verify.ts. Loaded with the first import (news-add.ts).
import { utcDayKey } from '../../domain/day';
import { articleKey } from '../../domain/news/story';
import type { Story } from '../../domain/types';
import { request } from './idb-run';
import {
  COUNT_META, dayKey, metaKey, readCount, SEQ_META, sourceDayKey, sourceOf, termShardKey, type DayEntry, type TermShard,
} from './news-keys';
import { appendHeads, groupHeads } from './news-heads';
import { noteStories, type Lookups } from './news-lookup';
import { packShard, unpackShard } from './term-shard';

/** A story ready to be stored: its URL key (null when it has none) and its terms, worked out before the transaction. */
export interface NewStory {
  story: Story;
  url: string | null;
  terms: string[];
}

/**
 * Works out a story's URL key and terms (`terms`: domain/stories/story-terms.ts, loaded with the first import, so
 * the initial JavaScript does without it); a story that is not well formed gets none (storing it then fails).
 */
export const prepare = (story: Story, terms: (s: Story) => string[]): NewStory => ({
  story,
  url: typeof story.url === 'string' ? articleKey(story.url) : null,
  terms: typeof story.title === 'string' && typeof story.text === 'string' ? terms(story) : [],
});

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * Writes new stories' index entries (their records are in their rooms already; news-add.ts), the counter and the
 * story numbers, inside the caller's transaction, given the lookup buckets the stories fall in. Each index bucket and
 * term shard is read once and written once.
 */
export async function writeStories(os: IDBObjectStore, fresh: readonly NewStory[], lookups: Lookups): Promise<void> {
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
  const heads = groupHeads(fresh.map((f) => f.story));
  const read = <V>(keys: Iterable<string>) => Promise.all([...keys].map((k) => request(os.get(k)) as Promise<V | undefined>));
  const [days, sources, shards] = await Promise.all([read<DayEntry[]>(byDay.keys()), read<string[]>(bySource.keys()), read<unknown>(byShard.keys())]);
  noteStories(os, lookups, fresh);
  /** Writes each list after what its key held. */
  const append = <V>(map: Map<string, V[]>, have: (V[] | undefined)[]) => [...map].forEach(([k, list], i) => os.put(have[i] ? have[i]!.concat(list) : list, k));
  append(byDay, days);
  // The heads, in buckets of their own (nothing read or rewritten: news-heads.ts).
  appendHeads(os, heads, (seq ?? 0) + 1);
  append(bySource, sources);
  [...byShard].forEach(([k, add], i) => {
    const shard = unpackShard(shards[i]);
    for (const [t, numbers] of add) shard.set(t, shard.has(t) ? shard.get(t)!.concat(numbers) : numbers);
    os.put(packShard(shard), k);
  });
  os.put(n, metaKey(SEQ_META));
  os.put(count + fresh.length, metaKey(COUNT_META));
}
