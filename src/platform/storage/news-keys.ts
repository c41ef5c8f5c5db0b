// Where the news repository keeps what, in its one object store (one store so every write is one transaction).
import { addDays, utcDayKey } from '../../domain/day';
import type { Story } from '../../domain/types';

/**
 *   s:<id>                  → Story
 *   u:<articleKey>          → story id (dedup by URL)
 *   d:<UTC day>             → DayEntry[] (the day index; UTC days, so a time-zone change never stales it). It is
 *                             the truth of which stories a day holds, and carries what removing one needs (its
 *                             number, source and URL key), so pruning never reads a story.
 *   x:<sourceId>\x01<day>   → story id[] (the source index, bucketed by UTC day so no bucket grows without bound)
 *   t:<day>\x01<c>          → Map<term, story number[]> (the term index: the words of each story's title and lead, see
 *                             domain/stories/story-terms.ts, bucketed by day and by the term's first character, so
 *                             an import touches a few dozen keys a day, not one per word). Removing a story leaves its
 *                             number here until its day goes or verify() compacts: a number whose story is not in
 *                             the day index is no match (the day index decides).
 *   k:<id>                  → true (kept: saved stories outlive retention and their source)
 *   m:<name>                → metadata (m:count, the number of stories; m:seq, the last story number given)
 */
export const storyKey = (id: string) => `s:${id}`;
export const urlKey = (key: string) => `u:${key}`;
export const dayKey = (day: string) => `d:${day}`;
export const keptKey = (id: string) => `k:${id}`;
export const metaKey = (name: string) => `m:${name}`;

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
/** A term-index shard: term → story numbers. */
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

/** UTC days covering [start, end). */
export function utcDaysBetween(start: number, end: number): string[] {
  if (end <= start) return [];
  const days: string[] = [];
  const last = utcDayKey(end - 1);
  for (let d = utcDayKey(start); d <= last; d = addDays(d, 1)) days.push(d);
  return days;
}
