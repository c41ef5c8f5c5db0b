// The heads of stories (what a list shows: every field but the text, with the lead; domain/news/story-head.ts): the
// heads of one UTC hour's stories in one array under h:<day>T<hour>, so listing a day of 1,700 stories reads ~24
// records instead of copying 1,700 whole stories (3.6 KB each). Heads are written with their stories and go with their
// day; the day index decides which count (news-keys.ts), so removing a story never rewrites a bucket: its head is
// dropped when its bucket is next written, or its day goes. A story the buckets lack (an archive being upgraded, a
// repair) is read whole instead, so a listing always holds the day index's stories.
import { storyHead } from '../../domain/news/story-head';
import { utcDayKey } from '../../domain/day';
import type { Story, StoryHead } from '../../domain/types';
import { request, type Runner } from './idb-run';
import { prefixRange } from './news-keys';
import { legacyBetween, liveBetween, type Records } from './news-records';

const HOUR_MS = 3_600_000;
/** Stories a listing lacks heads for, read one by one up to this many; more, and the span's stories are read in one range. */
const READ_ONE_BY_ONE = 100;

/** The head bucket of an instant: its UTC hour. */
export const headBucketKey = (t: number) => `h:${new Date(t - (((t % HOUR_MS) + HOUR_MS) % HOUR_MS)).toISOString().slice(0, 13)}`;
/** Every head bucket of a UTC day. */
export const dayHeadsRange = (day: string) => prefixRange(`h:${day}T`);
/** The UTC day of a head bucket's key. */
export const dayOfHeadKey = (key: string) => key.slice(2, 12);

/** A head of this layout (one of layout 5 lacks the opening and length: its story is read whole instead). */
const isHead = (h: unknown): h is StoryHead =>
  typeof h === 'object' &&
  h !== null &&
  typeof (h as StoryHead).id === 'string' &&
  typeof (h as StoryHead).publishedAt === 'number' &&
  typeof (h as StoryHead).lead === 'string' &&
  Array.isArray((h as StoryHead).opening) &&
  typeof (h as StoryHead).chars === 'number';

/** Key order: time, then id (as the story keys sort). */
const byKey = (a: StoryHead, b: StoryHead) => a.publishedAt - b.publishedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * New stories' heads grouped by bucket, to write with them (`writeHeads`): each bucket is read once and written once.
 */
export function groupHeads(stories: readonly Story[]): Map<string, StoryHead[]> {
  const out = new Map<string, StoryHead[]>();
  for (const s of stories) {
    const key = headBucketKey(s.publishedAt);
    const list = out.get(key);
    if (list) list.push(storyHead(s));
    else out.set(key, [storyHead(s)]);
  }
  return out;
}

/**
 * Writes the buckets with the new heads added (in place of any head of the same story), inside the caller's
 * transaction. `have` holds what each bucket held (undefined: none); `live(day)` the ids the day index holds for a UTC
 * day once the new stories are in it, so heads of stories removed since are dropped here. Without it (an upgrade,
 * writing the heads of stories read from their keys), every head a bucket held stays.
 */
export function writeHeads(os: IDBObjectStore, fresh: Map<string, StoryHead[]>, have: readonly unknown[], live?: (day: string) => ReadonlySet<string>): void {
  [...fresh].forEach(([key, heads], i) => {
    const old = Array.isArray(have[i]) ? (have[i] as unknown[]).filter(isHead) : [];
    const alive = live?.(dayOfHeadKey(key));
    const added = new Set(heads.map((h) => h.id));
    os.put([...old.filter((h) => (!alive || alive.has(h.id)) && !added.has(h.id)), ...heads], key);
  });
}

/**
 * The heads of the stories published in [start, end), in time order: the days' index entries and the hours' head
 * buckets (two range reads of the main store); a story whose head is missing is read whole.
 */
export async function readHeads(run: Runner, records: Records, start: number, end: number): Promise<StoryHead[]> {
  if (end <= start) return [];
  const found = await run('readonly', async (os) => {
    const [live, buckets] = await Promise.all([liveBetween(os, start, end), request(os.getAll(hourBuckets(start, end))) as Promise<unknown[]>]);
    return headsOf(os, live, buckets, start, end);
  });
  return complete(records, found, start, end);
}

/**
 * The stories of [start, end) in time order: whole when the day index holds at most `over` of them, else their heads
 * (what a day briefing chooses by; it reads the texts it tells afterwards).
 */
export async function readBriefable(run: Runner, records: Records, start: number, end: number, over: number): Promise<Story[] | StoryHead[]> {
  if (end <= start) return [];
  const read = await run('readonly', async (os) => {
    const live = await liveBetween(os, start, end);
    if (live.size <= over) return { live, legacy: await legacyBetween(os, start, end) };
    return headsOf(os, live, (await request(os.getAll(hourBuckets(start, end)))) as unknown[], start, end);
  });
  return 'heads' in read ? complete(records, read, start, end) : records.ofLive(read.live, read.legacy, start, end);
}

const hourBuckets = (start: number, end: number) => IDBKeyRange.bound(headBucketKey(start), headBucketKey(end - 1));

/** Heads found in the buckets, the stories that lacked one (id → time), and, when those are many, the main store's records of the span. */
interface Found {
  heads: StoryHead[];
  missing: Map<string, number>;
  legacy: Story[];
}

/** The heads of `live`'s stories (id → time; what is left of it lacks one) from the span's buckets. */
async function headsOf(os: IDBObjectStore, live: Map<string, number>, buckets: readonly unknown[], start: number, end: number): Promise<Found> {
  const heads: StoryHead[] = [];
  for (const bucket of buckets)
    if (Array.isArray(bucket))
      for (const h of bucket)
        if (isHead(h) && live.get(h.id) === h.publishedAt) {
          heads.push(h);
          live.delete(h.id);
        }
  // Many without a head: the span is read in one range (the main store's part in this transaction).
  const legacy = live.size > READ_ONE_BY_ONE ? await legacyBetween(os, start, end) : [];
  return { heads, missing: live, legacy };
}

/** The heads found, with the stories that lacked one read whole: one by one when few, else the span's stories in one range a day. */
async function complete(records: Records, { heads, missing, legacy }: Found, start: number, end: number): Promise<StoryHead[]> {
  if (missing.size > 0) {
    const stories =
      missing.size <= READ_ONE_BY_ONE
        ? await records.at([...missing])
        : await records.between(new Set([...missing.values()].map(utcDayKey)), start, end, legacy);
    for (const s of stories) if (s !== undefined && missing.get(s.id) === s.publishedAt) heads.push(storyHead(s));
  }
  return heads.sort(byKey);
}
