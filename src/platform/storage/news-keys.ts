// Where the news repository keeps what, in its one object store (one store so every write is one transaction).
import { addDays, utcDayKey } from '../../domain/day';
import type { Story } from '../../domain/types';

/**
 *   s:<id>                  → Story
 *   u:<articleKey>          → story id (dedup by URL)
 *   d:<UTC day>             → DayEntry[] (the day index; UTC days, so a time-zone change never stales it)
 *   x:<sourceId>\x01<day>   → story id[] (the source index, bucketed by UTC day so no bucket grows without bound)
 *   k:<id>                  → true (kept: saved stories outlive retention and their source)
 *   m:<name>                → metadata
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

export type DayEntry = [id: string, publishedAt: number];

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
