// Writing new stories' index entries (day, source, id and URL lookups, terms), their heads and the counter of stories;
// removing them is news-upkeep.ts, checking them news-verify.ts. Loaded with the first import (news-add.ts).
import { utcDayKey } from '../../domain/day';
import { articleKey } from '../../domain/news/story';
import type { Story } from '../../domain/types';
import { request } from './idb-run';
import {
  COUNT_META, dayKey, metaKey, readCount, SEQ_META, sourceDayKey, sourceOf, termShardKey, type DayEntry, type TermShard,
} from './news-keys';
import { groupHeads, writeHeads } from './news-heads';
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
  const [days, sources, shards, headBuckets] = await Promise.all([
    read<DayEntry[]>(byDay.keys()),
    read<string[]>(bySource.keys()),
    read<unknown>(byShard.keys()),
    read<unknown>(heads.keys()),
  ]);
  noteStories(os, lookups, fresh);
  /** Writes each list after what its key held; returns what was written, by key. */
  const append = <V>(map: Map<string, V[]>, have: (V[] | undefined)[]) =>
    new Map(
      [...map].map(([k, list], i) => {
        const all = have[i] ? have[i]!.concat(list) : list;
        os.put(all, k);
        return [k, all] as const;
      }),
    );
  const dayIndex = append(byDay, days);
  // The heads, with those of stories the day index no longer holds dropped from the buckets written (each bucket's
  // stories are new stories of one of these days).
  const liveIds = new Map([...dayIndex].map(([k, list]) => [k.slice(2), new Set(list.map((e) => e[0]))]));
  writeHeads(os, heads, headBuckets, (day) => liveIds.get(day) ?? new Set());
  append(bySource, sources);
  [...byShard].forEach(([k, add], i) => {
    const shard = unpackShard(shards[i]);
    for (const [t, numbers] of add) shard.set(t, shard.has(t) ? shard.get(t)!.concat(numbers) : numbers);
    os.put(packShard(shard), k);
  });
  os.put(n, metaKey(SEQ_META));
  os.put(count + fresh.length, metaKey(COUNT_META));
}
