// Removing stories without holding the store: retention, a source's stories, every story. Each goes through the day
// index alone (no story is read), a slice at a time, with other work let in between slices. Records go first, then
// their index entries: a day that goes whole loses its room at once (news-rooms.ts), a day's worth that lies together
// in time otherwise is erased in key ranges sized to a few milliseconds, and a source's stories, scattered, go a
// hundred at a time; each day is unlisted from the indexes after its records are gone. Loaded on first use.
import { DEFAULT_RETENTION, type RetentionPolicy } from '../../domain/news/retention';
import { request, type Runner } from './idb-run';
import type { Doomed, Records } from './news-records';
import {
  COUNT_META, dayKey, dayOfSourceKey, dayTermsRange, ERASING_META, LOCAL_SOURCE, metaKey, prefixRange, readCount, SEQ_META, sourceDayKey, sourceRange,
  storiesBetween, storyKey, type DayEntry,
} from './news-keys';
import { dayHeadsRange } from './news-heads';
import { clearOf, createReadCount, type ReadCount } from './read-gate';
import { createPacer, yieldToOthers } from './yield';

const DAY_MS = 86_400_000;
/** Upkeep commits without waiting for the disk: a slice a crash loses is done again by the next upkeep. */
const RELAXED: IDBTransactionOptions = { durability: 'relaxed' };

/**
 * Stories removed per transaction when they are scattered among others (a source's): Chromium's IndexedDB spends
 * ~150 µs on each key deleted alone, so 100 keep a slice near 15–30 ms, and a briefing waiting for the store waits
 * about that at most.
 */
export const REMOVE_SLICE = 100;
/**
 * Story records erased per transaction when a whole day's worth goes (pruning the oldest, clearing), to start with;
 * after each slice the size follows how long it took, so a slice stays near ERASE_MS on any machine and any size of
 * story (Chromium's IndexedDB reads and keeps the old value of every key a transaction deletes, to undo it on abort, so
 * the cost is in the bytes).
 */
export const ERASE_FIRST = 200;
const ERASE_MIN = 25;
const ERASE_MAX = 2_000;
/** What one erasing slice aims to take: a read that comes while it runs waits about this long. */
export const ERASE_MS = 16;

/**
 * Rests between slices (yield.ts: createPacer) are as long as the slice before took, at most REST_MAX_MS; a slice
 * shorter than REST_MIN_MS deleted next to nothing and is followed by a yield only.
 */
const REST_MAX_MS = 100;
const REST_MIN_MS = 2;
const restFor = (ms: number) => (ms < REST_MIN_MS ? 0 : Math.min(REST_MAX_MS, ms));

const keptIds = (os: IDBObjectStore) => request(os.getAllKeys(prefixRange('k:'))).then((keys) => new Set(keys.map((k) => String(k).slice(2))));
/** The last story number given (a story added since a snapshot changes it) and the kept marks, read together. */
const seqAndKept = (os: IDBObjectStore) => Promise.all([request(os.get(metaKey(SEQ_META))), keptIds(os)]);

/** A day's entries in key order (time, then id). */
const byKey = (entries: readonly DayEntry[]) => [...entries].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

/**
 * What deleting the stories of these entries (in key order) takes: those next to each other as one key range (a run of
 * the day's entries that are all doomed holds no other story key).
 */
export function runsOf(ordered: readonly DayEntry[], doomed: ReadonlySet<string>): Doomed[] {
  const out: Doomed[] = [];
  for (let i = 0; i < ordered.length; i++) {
    if (!doomed.has(ordered[i][0])) continue;
    let j = i;
    while (j + 1 < ordered.length && doomed.has(ordered[j + 1][0])) j++;
    const [first, last] = [ordered[i], ordered[j]];
    out.push(i === j ? storyKey(first[1], first[0]) : IDBKeyRange.bound(storyKey(first[1], first[0]), storyKey(last[1], last[0])));
    i = j;
  }
  return out;
}

/** Pruning spares the sample edition: stories with no source. */
export const LOCAL_SOURCE_SPARED = (e: DayEntry) => e[3] === LOCAL_SOURCE;

/** What unlisting a day's stories did: how many it removed, the records still to delete, whether the day is empty now. */
export interface Unlisted {
  removed: number;
  /** Records of the removed stories to delete after (all of them, unless they were erased before and nothing was added since). */
  records: Doomed[];
  empty: boolean;
}

/**
 * Removes stories of one UTC day from every index, given their day-index entries, with the counter, inside the
 * caller's transaction; no story is read, and their records are deleted by the caller (`records`). `erasedAt`: their
 * records were erased already, when the last story number given was this. Kept stories stay, and so do those `spare`
 * says to keep. The day's term shards and head buckets keep the numbers and heads of removed stories (nothing without
 * a day entry counts) until the day is empty, when they all go at once.
 */
export async function removeFromDay(
  os: IDBObjectStore,
  day: string,
  ids: readonly string[],
  spare: (entry: DayEntry) => boolean = () => false,
  erasedAt?: unknown,
): Promise<Unlisted> {
  const dk = dayKey(day);
  // The kept marks are few: one read of them all costs less than a look-up per story (every request counts here).
  const [entries, kept, seq, count] = await Promise.all([
    request(os.get(dk)) as Promise<DayEntry[] | undefined>,
    keptIds(os),
    erasedAt === undefined ? undefined : request(os.get(metaKey(SEQ_META))),
    readCount(os),
  ]);
  const asked = new Set(ids.filter((id) => !kept.has(id)));
  const doomed = (entries ?? []).filter((e) => asked.has(e[0]) && !spare(e));
  if (doomed.length === 0) return { removed: 0, records: [], empty: (entries ?? []).length === 0 };
  const gone = new Set(doomed.map((e) => e[0]));
  const sources = [...new Set(doomed.map((e) => sourceDayKey(e[3], day)))];
  const left = entries!.filter((e) => !gone.has(e[0]));
  if (left.length > 0) {
    os.put(left, dk);
    const sourceLists = await Promise.all(sources.map((k) => request(os.get(k)) as Promise<string[] | undefined>));
    sources.forEach((k, i) => {
      const rest = (sourceLists[i] ?? []).filter((id) => !gone.has(id));
      if (rest.length > 0) os.put(rest, k);
      else os.delete(k);
    });
  } else {
    // The whole day goes: its source buckets go unread (they hold only this day's stories), with its terms and heads.
    os.delete(dk);
    for (const k of sources) os.delete(k);
    os.delete(dayTermsRange(day));
    os.delete(dayHeadsRange(day));
  }
  // The id and URL lookups keep their entries (a hit counts only when its story is there): news-lookup.ts.
  os.put(Math.max(0, count - gone.size), metaKey(COUNT_META));
  // Stories erased already (eraseFromDay) are deleted again only when one was added since, which could be among them.
  const again = erasedAt === undefined || seq !== erasedAt;
  return { removed: gone.size, records: again ? runsOf(byKey(entries!), gone) : [], empty: left.length === 0 };
}

/** A day's entries in key order as they were when the last story number given was `seq`. */
export interface DaySnapshot {
  day: string;
  seq: unknown;
  ordered: DayEntry[];
}

/** A slice of a day to erase: the day's entries as read (the snapshot) and the records to delete. */
export interface ErasePlan {
  snapshot: DaySnapshot;
  doomed: Doomed[];
}

/**
 * Plans erasing the story records of these ids of one UTC day, inside the caller's transaction: kept stories and those
 * `spare` says to keep stay (the kept marks are read afresh); the records are deleted by the caller (Records.erase),
 * and the day index and every other index still list the erased stories until removeFromDay unlists them (readers
 * pass over an entry whose story is not there). The day's entries are read once (the snapshot returned) and again only
 * when a story was added since. Marks the day (m:erasing) so a crash before the unlisting has the next start check
 * the indexes.
 */
export async function eraseFromDay(
  os: IDBObjectStore,
  snapshot: DaySnapshot | null,
  day: string,
  ids: readonly string[],
  spare: (entry: DayEntry) => boolean,
): Promise<ErasePlan> {
  const [seq, kept] = await seqAndKept(os);
  let snap = snapshot;
  if (snap?.day !== day || snap.seq !== seq) snap = { day, seq, ordered: byKey(((await request(os.get(dayKey(day)))) as DayEntry[] | undefined) ?? []) };
  const asked = new Set(ids.filter((id) => !kept.has(id)));
  const doomed = new Set(snap.ordered.filter((e) => asked.has(e[0]) && !spare(e)).map((e) => e[0]));
  if (doomed.size > 0) os.put(day, metaKey(ERASING_META));
  return { snapshot: snap, doomed: runsOf(snap.ordered, doomed) };
}

/** Whether every story of the snapshot's day is being removed: none kept, none spared, none added since it was read. */
async function goesWhole(os: IDBObjectStore, snapshot: DaySnapshot, asked: ReadonlySet<string>, spare: (entry: DayEntry) => boolean): Promise<boolean> {
  const [seq, kept] = await seqAndKept(os);
  return seq === snapshot.seq && snapshot.ordered.every((e) => asked.has(e[0]) && !kept.has(e[0]) && !spare(e));
}

/**
 * Whether the day goes whole (goesWhole) and its records are all in its room (none in the main store, as an archive
 * from before the rooms keeps them): then the day is marked (m:erasing), and its room can go at once.
 */
async function planWholeDay(os: IDBObjectStore, snapshot: DaySnapshot, asked: ReadonlySet<string>, spare: (entry: DayEntry) => boolean): Promise<boolean> {
  const start = Date.parse(`${snapshot.day}T00:00:00Z`);
  const [whole, legacy] = await Promise.all([goesWhole(os, snapshot, asked, spare), request(os.openKeyCursor(storiesBetween(start, start + DAY_MS)))]);
  if (!whole || legacy !== null) return false;
  os.put(snapshot.day, metaKey(ERASING_META));
  return true;
}

/**
 * Deletes a day's term shards and head buckets when the day goes whole, ahead of the unlisting: nothing reads them
 * once the stories are gone.
 */
async function dropWholeDay(os: IDBObjectStore, snapshot: DaySnapshot, asked: ReadonlySet<string>, spare: (entry: DayEntry) => boolean): Promise<void> {
  if (!(await goesWhole(os, snapshot, asked, spare))) return;
  os.delete(dayTermsRange(snapshot.day));
  os.delete(dayHeadsRange(snapshot.day));
}

/** Runs a slice, then rests as long as it took (restFor). */
async function timed<T>(slice: () => Promise<T>, rest: (ms: number) => Promise<void>): Promise<T> {
  const t0 = performance.now();
  const result = await slice();
  await rest(restFor(performance.now() - t0));
  return result;
}

/**
 * `changed` counts removals into the repository's revision (and returns the number it was given). A removal of a day,
 * or of a slice of a source's stories, runs apart from imports in this page (Records.serial).
 */
export function createUpkeep(run: Runner, records: Records, changed: (removed: number) => number, reads: ReadCount = createReadCount()) {
  const { serial } = records;
  /** Reads first (read-gate.ts): each slice waits for the repository's foreground reads running, before it is timed. */
  const clear = clearOf(reads);
  /**
   * Unlists a day's stories (their records erased already, when the last number given was `erasedAt`); deletes what is
   * left, and the room when the day is empty (unless `roomGone`: it went whole before).
   */
  async function unlist(day: string, ids: readonly string[], spare: (e: DayEntry) => boolean, erasedAt: unknown, roomGone = false): Promise<number> {
    const done = await run(
      'readwrite',
      async (os) => {
        const r = await removeFromDay(os, day, ids, spare, erasedAt);
        os.delete(metaKey(ERASING_META));
        return r;
      },
      RELAXED,
    );
    await records.erase(day, done.records);
    if (done.empty && !roomGone) await records.drop(day);
    return done.removed;
  }

  /**
   * Removes the planned stories (scattered among others: a source's) a slice at a time, letting other transactions
   * run in between: each slice's records are erased in their room, then its index entries go. Each slice commits
   * without waiting for the disk (relaxed durability): a slice a crash cuts short is marked, and the next start checks.
   */
  async function removeInSlices(plan: Iterable<[day: string, ids: string[]]>): Promise<number> {
    let removed = 0;
    for (const [day, ids] of plan) {
      for (let i = 0; i < ids.length; i += REMOVE_SLICE) {
        const part = ids.slice(i, i + REMOVE_SLICE);
        await clear();
        removed += changed(
          await serial(async () => {
            const { snapshot, doomed } = await run('readwrite', (os) => eraseFromDay(os, null, day, part, () => false), RELAXED);
            await records.erase(day, doomed);
            return unlist(day, part, () => false, snapshot.seq);
          }),
        );
        await yieldToOthers();
      }
    }
    return removed;
  }

  /** Erasing slice size, carried from day to day: it grows while slices are quick and halves after a slow one. */
  let eraseSize = ERASE_FIRST;
  /** One pacer for the whole run, so a hidden tab's clamped timer is waited out once, not once a day. */
  const rest = createPacer();

  /**
   * Removes a day's worth of stories that lie together in time (`ids` in time order): when they are the whole day, its
   * room is deleted at once; else their records are erased a slice at a time (key ranges, nothing else read or
   * written). Then one transaction unlists them from every index. A slice that rewrote the day's indexes each time
   * spent most of its time on them, and slices of a whole day (1,700 stories) held a read up to a second.
   */
  function removeDay(day: string, ids: readonly string[], spare: (e: DayEntry) => boolean, read: DaySnapshot | null = null): Promise<number> {
    return serial(async () => {
      let snapshot = read;
      const asked = new Set(ids);
      // A room holds only its day's records: it goes whole when they all go (an archive from before the rooms keeps
      // its records in the main store, erased in slices).
      await clear();
      const whole = snapshot !== null && (await run('readwrite', (os) => planWholeDay(os, snapshot!, asked, spare), RELAXED));
      if (whole) {
        await records.drop(day);
        changed(ids.length);
      } else {
        for (let i = 0; i < ids.length; ) {
          const part = ids.slice(i, i + eraseSize);
          await clear();
          const t0 = performance.now();
          const plan = await run('readwrite', (os) => eraseFromDay(os, snapshot, day, part, spare), RELAXED);
          await records.erase(day, plan.doomed);
          snapshot = plan.snapshot;
          const ms = performance.now() - t0;
          i += part.length;
          if (ms > ERASE_MS * 1.5) eraseSize = Math.max(ERASE_MIN, eraseSize >> 1);
          else if (ms < ERASE_MS * 0.75) eraseSize = Math.min(ERASE_MAX, Math.ceil(eraseSize * 1.25));
          changed(part.length); // the erased stories are no longer readable
          await rest(restFor(ms));
        }
      }
      // A day that goes whole loses its term shards and head buckets (~1 MB at 1,700 stories) in a slice of their own.
      if (snapshot) {
        const snap = snapshot;
        await clear();
        await timed(() => run('readwrite', (os) => dropWholeDay(os, snap, asked, spare), RELAXED), rest);
      }
      await clear();
      return changed(await timed(() => unlist(day, ids, spare, snapshot?.seq, whole), rest));
    });
  }

  return {
    async removeSource(sourceId: string) {
      const buckets = await run('readonly', async (os) => {
        const range = sourceRange(sourceId);
        const [keys, values] = await Promise.all([request(os.getAllKeys(range)), request(os.getAll(range) as IDBRequest<string[][]>)]);
        return keys.map((k, i) => [dayOfSourceKey(String(k)), values[i]] as [string, string[]]);
      });
      return { removed: await removeInSlices(buckets) };
    },

    async clearStories() {
      // Every day's entries, read once and handed to the erasing as its snapshot (as prune does with the oldest day).
      const days = await run('readonly', async (os) => {
        const range = prefixRange('d:');
        const [keys, values, seq] = await Promise.all([
          request(os.getAllKeys(range)),
          request(os.getAll(range) as IDBRequest<DayEntry[][]>),
          request(os.get(metaKey(SEQ_META))),
        ]);
        return keys.map((k, i): DaySnapshot => ({ day: String(k).slice(2), seq, ordered: byKey(values[i]) }));
      });
      let removed = 0;
      for (const snapshot of days) removed += await removeDay(snapshot.day, snapshot.ordered.map(([id]) => id), () => false, snapshot);
      records.recheck();
      return { removed };
    },

    async prune(now: number, policy: RetentionPolicy = DEFAULT_RETENTION) {
      const cutoff = now - policy.maxAgeDays * DAY_MS;
      // The oldest day first, read from the day index alone; kept stories and the sample edition stay and still count.
      let left = await run('readonly', readCount);
      let removed = 0;
      for (let after: string | null = null; ; ) {
        const range: IDBKeyRange = after === null ? prefixRange('d:') : IDBKeyRange.bound(after, 'd:\uffff', true, false);
        const oldest = await run('readonly', async (os) => {
          const [keys, values, seq] = await Promise.all([
            request(os.getAllKeys(range, 1)),
            request(os.getAll(range, 1) as IDBRequest<DayEntry[][]>),
            request(os.get(metaKey(SEQ_META))),
          ]);
          return keys.length > 0 ? { key: String(keys[0]), snapshot: { day: String(keys[0]).slice(2), seq, ordered: byKey(values[0]) } } : null;
        });
        if (!oldest) break;
        // In key order, which is time order: the oldest first.
        const beyond = oldest.snapshot.ordered.filter(([, t], i) => t < cutoff || left - i > policy.maxStories);
        if (beyond.length === 0) break;
        const doomed = beyond.filter((e) => !LOCAL_SOURCE_SPARED(e)).map(([id]) => id);
        const gone = doomed.length > 0 ? await removeDay(oldest.snapshot.day, doomed, LOCAL_SOURCE_SPARED, oldest.snapshot) : 0;
        removed += gone;
        left -= gone;
        after = oldest.key;
      }
      // The main store may hold no records of an archive from before the rooms any more.
      records.recheck();
      return { removed };
    },

  };
}
