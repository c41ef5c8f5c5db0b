// The story records: written to their UTC day's room (news-rooms.ts) under the same time-ordered keys as before
// (news-keys.ts); an archive written before the rooms keeps its records in the main store, where they are still read,
// and removed, until retention has taken them all. Every index stays in the main store; a reader goes from the indexes
// to the records, so a record that is gone (a removal under way) is simply not found. Loaded with the first read of
// a story (the initial JavaScript does without it).
import { utcDayKey } from '../../domain/day';
import type { Story } from '../../domain/types';
import { request, type Runner } from './idb-run';
import { ALL_STORIES, dayKey, idBucketKey, lastStoryTime, prefixRange, sourceOfKey, storiesBetween, storyKey, type DayEntry, type IdBucket } from './news-keys';
import { createRooms, type Rooms } from './news-rooms';
import { addKey, keyListOf, readKeyList, removeKeys, walkKeys, writeKeyList } from './room-keys';
import { createSerial } from './serial';

/** Stories by their keys' parts: id and publication time. */
export type StoryAt = readonly [id: string, publishedAt: number];
/** What a removal deletes: keys, or key ranges of stories next to each other. */
export type Doomed = IDBValidKey | IDBKeyRange;

const RELAXED: IDBTransactionOptions = { durability: 'relaxed' };

/** Indices of `list` grouped by the UTC day of each entry's time. */
function byDay<T>(list: readonly T[], time: (x: T) => number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  list.forEach((x, i) => {
    const day = utcDayKey(time(x));
    const group = out.get(day);
    if (group) group.push(i);
    else out.set(day, [i]);
  });
  return out;
}

/** The stories the day index holds in [start, end) (id → time), inside the caller's transaction: one range read. */
export async function liveBetween(os: IDBObjectStore, start: number, end: number): Promise<Map<string, number>> {
  const days = IDBKeyRange.bound(dayKey(utcDayKey(start)), dayKey(utcDayKey(end - 1)));
  const entries = (await request(os.getAll(days))) as DayEntry[][];
  const live = new Map<string, number>();
  for (const list of entries) for (const e of list) if (e[1] >= start && e[1] < end) live.set(e[0], e[1]);
  return live;
}

/** The records the main store holds in [start, end) (an archive from before the rooms), inside the caller's transaction. */
export const legacyBetween = (os: IDBObjectStore, start: number, end: number) => request(os.getAll(storiesBetween(start, end))) as Promise<Story[]>;

/** The newest time the day index holds before `end` (null for none): the day indexes back from end's day, newest first. */
async function latestIndexed(os: IDBObjectStore, end: number): Promise<number | null> {
  let cursor = await request(os.openCursor(IDBKeyRange.bound('d:', dayKey(utcDayKey(end - 1))), 'prev'));
  while (cursor) {
    let best: number | null = null;
    for (const e of cursor.value as DayEntry[]) if (e[1] < end && (best === null || e[1] > best)) best = e[1];
    if (best !== null) return best;
    cursor.continue();
    cursor = await request(cursor.request as IDBRequest<IDBCursorWithValue | null>);
  }
  return null;
}

export interface Records {
  /** The stories the day index holds in [start, end), in time order: the index first, then the days' rooms. */
  listed(start: number, end: number): Promise<Story[]>;
  /**
   * The records of `live` (id → time, the day index's stories of [start, end): liveBetween) in time order, from their
   * days' rooms and `legacy`, the main store's records of the span (legacyBetween).
   */
  ofLive(live: ReadonlyMap<string, number>, legacy: readonly Story[], start: number, end: number): Promise<Story[]>;
  /** Publication time of the newest story before `end` (null for none): the day index, newest day first, and the main store. */
  latestBefore(end: number): Promise<number | null>;
  /** Writes new stories' records, each in its day's room: all or none (a room's write that failed undoes the others'). */
  put(stories: readonly Story[]): Promise<void>;
  /** Deletes these stories' records again (an import that failed after writing them). */
  unput(stories: readonly Story[]): Promise<void>;
  /** The records of [start, end) in time order, from these days' rooms (the days the day index has) and the main store. */
  between(days: Iterable<string>, start: number, end: number, legacy?: readonly Story[]): Promise<Story[]>;
  /** Stories per source id, from the source index (stories without one count under "local"). */
  countBySource(): Promise<Map<string, number>>;
  /** The stories of these ids, in the order given (undefined for one not stored): their times from the id lookup. */
  byId(ids: readonly string[]): Promise<(Story | undefined)[]>;
  /** The records at these keys, in the order given (undefined for one not stored). */
  at(list: readonly StoryAt[]): Promise<(Story | undefined)[]>;
  /** Whether each of these records is stored. */
  has(list: readonly StoryAt[]): Promise<boolean[]>;
  /** Deletes records of one day (keys or ranges), committed without waiting for the disk (upkeep: done again if lost). */
  erase(day: string, doomed: readonly Doomed[]): Promise<void>;
  /** Deletes these keys of a day's room (damage) and writes its key list from what it then holds (room-keys.ts). */
  relist(day: string, extra: readonly IDBValidKey[]): Promise<void>;
  /** Deletes a day's room whole. */
  drop(day: string): Promise<void>;
  /** Whether the main store still holds records of an archive written before the rooms (checked once, then remembered). */
  legacy(): Promise<boolean>;
  /** Forgets what `legacy` found (after a check that may have moved records into the main store). */
  recheck(): void;
  rooms: Rooms;
  /**
   * Runs writes that must not interleave within this page one after another: an import (its records are written before
   * its index entries) and a removal of a day (the records it deletes are chosen from the day index before).
   */
  serial: <T>(task: () => Promise<T>) => Promise<T>;
}

/** The records of the main database `dbName` (whose store `run` runs on). */
export function createRecords(dbName: string, run: Runner): Records {
  const rooms = createRooms(dbName);
  let legacy: Promise<boolean> | null = null;
  const hasLegacy = () => (legacy ??= run('readonly', (os) => request(os.openKeyCursor(ALL_STORIES)).then((c) => c !== null)));

  /** Reads each of `list` from its day's room and, when not found there and the main store holds records, from it. */
  async function lookUp<V>(list: readonly StoryAt[], read: (os: IDBObjectStore, key: IDBValidKey) => Promise<V | undefined>): Promise<(V | undefined)[]> {
    const out: (V | undefined)[] = new Array(list.length).fill(undefined);
    await Promise.all(
      [...byDay(list, ([, t]) => t)].map(([day, at]) =>
        rooms.use(day, 'readonly', (os) =>
          Promise.all(at.map(async (i) => {
            out[i] = await read(os, storyKey(list[i][1], list[i][0]));
          })),
        ),
      ),
    );
    const missing = out.flatMap((v, i) => (v === undefined ? [i] : []));
    if (missing.length > 0 && (await hasLegacy()))
      await run('readonly', (os) =>
        Promise.all(missing.map(async (i) => {
          out[i] = await read(os, storyKey(list[i][1], list[i][0]));
        })),
      );
    return out;
  }

  const records: Records = {
    async listed(start, end) {
      if (end <= start) return [];
      const [live, legacy] = await run('readonly', (os) => Promise.all([liveBetween(os, start, end), legacyBetween(os, start, end)]));
      return records.ofLive(live, legacy, start, end);
    },

    async ofLive(live, legacy, start, end) {
      const days = new Set([...live.values()].map(utcDayKey));
      return (await records.between(days, start, end, legacy)).filter((s) => live.get(s.id) === s.publishedAt);
    },

    latestBefore: (end) =>
      run('readonly', async (os) => {
        const [indexed, legacy] = await Promise.all([latestIndexed(os, end), lastStoryTime(os, IDBKeyRange.bound(['s'], ['s', end], false, true))]);
        return indexed === null ? legacy : legacy === null ? indexed : Math.max(indexed, legacy);
      }),

    countBySource: () =>
      run('readonly', async (os) => {
        const range = prefixRange('x:');
        const [keys, values] = await Promise.all([request(os.getAllKeys(range)), request(os.getAll(range) as IDBRequest<string[][]>)]);
        const counts = new Map<string, number>();
        keys.forEach((k, i) => {
          const source = sourceOfKey(String(k));
          counts.set(source, (counts.get(source) ?? 0) + values[i].length);
        });
        return counts;
      }),

    async byId(ids) {
      const times = await run('readonly', (os) => Promise.all(ids.map(async (id) => ((await request(os.get(idBucketKey(id)))) as IdBucket | undefined)?.get(id))));
      const found = ids.flatMap((id, i) => (times[i] === undefined ? [] : [[id, times[i]!] as const]));
      const stories = new Map((await records.at(found)).flatMap((s) => (s ? [[s.id, s] as const] : [])));
      return ids.map((id) => stories.get(id));
    },

    async put(stories) {
      const written = await Promise.allSettled(
        [...byDay(stories, (s) => s.publishedAt)].map(([day, at]) =>
          rooms.use(
            day,
            'readwrite',
            async (os) => {
              const list = await keyListOf(os);
              for (const i of at) {
                const key = storyKey(stories[i].publishedAt, stories[i].id);
                os.put(stories[i], key);
                addKey(list, key);
              }
              writeKeyList(os, list);
            },
            { create: true },
          ),
        ),
      );
      const failed = written.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (!failed) return;
      await records.unput(stories).catch(() => undefined);
      throw failed.reason;
    },

    async unput(stories) {
      await Promise.all([...byDay(stories, (s) => s.publishedAt)].map(([day, at]) => records.erase(day, at.map((i) => storyKey(stories[i].publishedAt, stories[i].id)))));
    },

    async between(days, start, end, legacyStories = []) {
      const range = storiesBetween(start, end);
      const lists = await Promise.all([...new Set(days)].sort().map((day) => rooms.use(day, 'readonly', (os) => request(os.getAll(range)) as Promise<Story[]>)));
      const stories = lists.flatMap((l) => l ?? []);
      if (legacyStories.length === 0) return stories;
      return [...legacyStories, ...stories].sort((a, b) => a.publishedAt - b.publishedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },

    at: (list) => lookUp(list, (os, key) => request(os.get(key)) as Promise<Story | undefined>),

    has: (list) => lookUp(list, (os, key) => request(os.count(key)).then((n) => (n > 0 ? true : undefined))).then((found) => found.map((f) => f === true)),

    async erase(day, doomed) {
      if (doomed.length === 0) return;
      const remove = async (os: IDBObjectStore) => doomed.forEach((k) => os.delete(k));
      // A room's key list changes with its records (a room from before the lists has none until it is walked).
      const inRoom = async (os: IDBObjectStore) => {
        const list = await readKeyList(os);
        await remove(os);
        if (!list) return;
        removeKeys(list, doomed);
        writeKeyList(os, list);
      };
      await rooms.use(day, 'readwrite', inRoom, { options: RELAXED });
      if (await hasLegacy()) await run('readwrite', remove, RELAXED);
    },

    async relist(day, extra) {
      await rooms.use(day, 'readwrite', async (os) => {
        extra.forEach((k) => os.delete(k));
        writeKeyList(os, await walkKeys(os));
      });
    },

    drop: (day) => rooms.drop(day),
    legacy: hasLegacy,
    recheck: () => {
      legacy = null;
    },
    rooms,
    serial: createSerial(),
  };
  return records;
}
