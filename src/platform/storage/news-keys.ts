// Where the news repository keeps what: every index in its one object store (so an import's index entries are one
// transaction), each UTC day's story records in a database of their own (news-rooms.ts).
import type { Story } from '../../domain/types';
import { request } from './idb-run';

/**
 *   ['s', publishedAt, id]  → Story, in its UTC day's room (an array key: stories lie in time order, so a span of a day
 *                             is one key range, read with one request and removed with one; Chromium spends ~150 µs
 *                             on each key deleted alone, ~26 µs on each of a range, and a room deleted whole costs next
 *                             to nothing). An archive written before the rooms keeps these keys in the main store,
 *                             read and removed there until retention has taken them (news-records.ts). Beside
 *                             them in the room, under the string key 'keys', the room's list of its story keys,
 *                             changed in the same transaction as its records (room-keys.ts): what verify() reads.
 *   i:<bucket>              → Map<id, publishedAt> (finding a story by id: 4,096 buckets by a hash of the id)
 *   l:<bucket>              → Map<articleKey, [id, publishedAt]> (dedup by URL, bucketed the same way)
 *                             Both lookups may hold entries of stories removed since: removing never rewrites them (it
 *                             would cost a write per bucket); a hit counts only when its story key is there, and a
 *                             bucket drops the entries of days that are gone whenever it is written.
 *   d:<UTC day>             → DayEntry[] (the day index; UTC days, so a time-zone change never stales it). It is
 *                             the truth of which stories a day holds, and carries what removing one needs (its
 *                             number, source and URL key), so pruning never reads a story.
 *   x:<sourceId>\x01<day>   → story id[] (the source index, bucketed by UTC day so no bucket grows without bound)
 *   t:<day>\x01<c>          → a term shard, term → story numbers (the term index: the words of each story's title and
 *                             lead, see domain/stories/story-terms.ts, bucketed by day and by the term's first
 *                             character, so an import touches a few dozen keys a day, not one per word); stored
 *                             packed, a string and two typed arrays (term-shard.ts), or a Map in archives written before. Removing a story leaves its
 *                             number here until its day goes or verify() compacts: a number whose story is not in
 *                             the day index is no match (the day index decides).
 *   h:<UTC day>T<hour>      → StoryHead[]: the heads of an hour's stories, what lists and a big day's briefing read
 *                             (news-heads.ts)
 *   k:<id>                  → true (kept: saved stories outlive retention and their source)
 *   m:<name>                → metadata (m:count, the number of stories; m:seq, the last story number given;
 *                             m:erasing, the UTC day whose story records upkeep is erasing before it unlists them)
 * Layouts before 4 kept stories as s:<id> and URL keys as u:<articleKey>: verify() moves them, and builds the head
 * buckets layouts before 6 lack or hold without the opening and length (news-legacy.ts).
 */
export type StoryKey = [kind: 's', publishedAt: number, id: string];
export const storyKey = (publishedAt: number, id: string): StoryKey => ['s', publishedAt, id];
/** Stories published in [start, end). */
export const storiesBetween = (start: number, end: number) => IDBKeyRange.bound(['s', start], ['s', end], false, true);
/** Every story key: arrays sort after numbers, so ['s', []] follows every ['s', time, id]. */
export const ALL_STORIES = IDBKeyRange.bound(['s'], ['s', []]);
export const isStoryKey = (k: IDBValidKey): k is StoryKey => Array.isArray(k) && k.length === 3 && k[0] === 's' && typeof k[1] === 'number' && typeof k[2] === 'string';
/** The publication time of the last story key in a range (every story by default), or null: one key cursor, no story read. */
export const lastStoryTime = (os: IDBObjectStore, range: IDBKeyRange = ALL_STORIES) =>
  request(os.openKeyCursor(range, 'prev')).then((c) => (c && isStoryKey(c.key) ? c.key[1] : null));

/** The lookup buckets: enough that a bucket holds a few dozen entries at 100,000 stories. */
export const LOOKUP_BUCKETS = 4096;
/** FNV-1a, 32 bits: spreads ids and URLs evenly over the buckets. */
function bucketOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return ((h >>> 0) % LOOKUP_BUCKETS).toString(36).padStart(3, '0');
}
export const idBucketKey = (id: string) => `i:${bucketOf(id)}`;
export const linkBucketKey = (url: string) => `l:${bucketOf(url)}`;
export type IdBucket = Map<string, number>;
export type LinkBucket = Map<string, [id: string, publishedAt: number]>;

export const dayKey = (day: string) => `d:${day}`;
export const keptKey = (id: string) => `k:${id}`;
export const metaKey = (name: string) => `m:${name}`;
export const COUNT_META = 'count';
export const SEQ_META = 'seq';
/** The archive's layout version (news-repository.ts, SCHEMA). */
export const SCHEMA_META = 'schema';
/** Set while an import runs; a crash leaves it, and the next start checks the indexes. */
export const IMPORTING_META = 'import-in-progress';
/** Set while upkeep erases a day's story records and cleared when it unlists them: a crash in between leaves it. */
export const ERASING_META = 'erasing';
/** The number of stories, from the counter (0 when there is none yet). */
export const readCount = (os: IDBObjectStore) => request(os.get(metaKey(COUNT_META))).then((n) => (typeof n === 'number' ? n : 0));

const SEP = '\x01';
export const sourceDayKey = (sourceId: string, day: string) => `x:${sourceId}${SEP}${day}`;

/** The source of stories that name none (the sample edition, files imported before sources existed). */
export const LOCAL_SOURCE = 'local';
export const sourceOf = (s: Story) => s.sourceId ?? LOCAL_SOURCE;

/**
 * A story in the day index: its id, publication time, number (for the term index), source, URL key ('' for none) and
 * how many terms it has in the term index (so a check can count its postings without reading the story).
 */
export type DayEntry = [id: string, publishedAt: number, n: number, source: string, url: string, terms: number];

/** The term-index shard of a day that holds a term (and every term that begins like it). */
export const termShardKey = (day: string, term: string) => `t:${day}${SEP}${String.fromCodePoint(term.codePointAt(0) ?? 0)}`;
/** Every term-index shard of a day. */
export const dayTermsRange = (day: string) => prefixRange(`t:${day}${SEP}`);
/** A term-index shard as worked on: term → story numbers (stored packed: term-shard.ts). */
export type TermShard = Map<string, number[]>;
/** The day of a source-index key. */
export const dayOfSourceKey = (key: string) => key.slice(key.lastIndexOf(SEP) + 1);

/** Every key starting with a prefix. */
export const prefixRange = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);
export const sourceRange = (sourceId: string) => prefixRange(`x:${sourceId}${SEP}`);

/** The source id of a source-index key. */
export function sourceOfKey(key: string): string {
  return key.slice(2, key.lastIndexOf(SEP));
}
