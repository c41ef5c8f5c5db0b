// Answering a term query from the archive's indexes: the days' entries and the term shards the query's words fall in,
// inside the caller's transaction. Loaded with the first topic briefing or search.
import { utcDayKey } from '../../domain/day';
import { evaluateTermQuery, queryTerms, termKey as queryKey, type TermQuery } from '../../domain/stories/term-query';
import { request } from './idb-run';
import { dayKey, termShardKey, type DayEntry } from './news-keys';
import { termNumbers } from './term-shard';

/**
 * The stories of [start, end) the query finds, newest first, as their ids and publication times (what their keys are
 * made of), from the day and term indexes alone.
 */
export async function matching(os: IDBObjectStore, query: TermQuery, start: number, end: number): Promise<[id: string, publishedAt: number][]> {
  if (end <= start) return [];
  // Only the days that have stories (one range read of the day index), however long the span.
  const span = IDBKeyRange.bound(dayKey(utcDayKey(start)), dayKey(utcDayKey(end - 1)));
  const [dayKeys, buckets] = await Promise.all([request(os.getAllKeys(span)), request(os.getAll(span)) as Promise<DayEntry[][]>]);
  const days = dayKeys.map((k) => String(k).slice(2));
  const terms = queryTerms(query);
  // Each day's shards the query's terms fall in, read once.
  const shardKeys = [...new Set(days.flatMap((d) => terms.map((t) => termShardKey(d, t.term))))];
  const shards = new Map(await Promise.all(shardKeys.map(async (k) => [k, await request(os.get(k))] as const)));
  const lists = terms.map((t) => days.map((d) => termNumbers(shards.get(termShardKey(d, t.term)), t.term, t.prefix)));
  // Story numbers are unique across days, so each term's postings of every day make one set.
  const postings = new Map(terms.map((t, i) => [queryKey(t), new Set(lists[i].flat())]));
  const found = evaluateTermQuery(query, postings);
  return buckets
    .flatMap((b) => b.filter((e) => e[1] >= start && e[1] < end && found.has(e[2])))
    .sort((a, b) => b[1] - a[1])
    .map((e) => [e[0], e[1]]);
}
