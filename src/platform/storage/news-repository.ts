// Stories on the device (IndexedDB via idb-keyval), indexed by day, by source and by the words of their title and
// lead, so no read needs a full scan; upkeep (pruning, removing, checking) runs in slices that never hold the store
// for long, so speech and input never wait on it.
import { createStore } from 'idb-keyval';
import { DEFAULT_RETENTION, type RetentionPolicy } from '../../domain/news/retention';
import type { TermQuery } from '../../domain/stories/term-query';
import type { Story, StoryHead } from '../../domain/types';
import { createRunner, request } from './idb-run';
import { ERASING_META, IMPORTING_META, keptKey, metaKey, prefixRange, readCount, SCHEMA_META } from './news-keys';
import type { Records, StoryAt } from './news-records';
import { counted, createReadCount } from './read-gate';
import { StorageError } from './storage-error';

export interface AddResult {
  added: number;
  duplicates: number;
}

/** What a batched import did: what was stored before any failure, and the failure. */
export interface BatchedAddResult extends AddResult {
  /** Stories not stored because storage failed; 0 when everything was stored. */
  notStored: number;
  error: StorageError | null;
}


/** The news repository port. */
export interface NewsRepository {
  /** Stores the stories not already here (same id, or same article URL). One transaction: all or nothing. */
  add(stories: readonly Story[]): Promise<AddResult>;
  /**
   * Stores many stories in batches of one transaction each. A failing batch (a full disk) stops the import;
   * the batches before it stay, consistent. A crash in between is noticed by `recover()` on the next start.
   */
  addInBatches(stories: readonly Story[], batchSize?: number): Promise<BatchedAddResult>;
  get(id: string): Promise<Story | undefined>;
  /** Stories published in [start, end), epoch milliseconds, in time order. */
  listBetween(start: number, end: number): Promise<Story[]>;
  /**
   * The same stories, but when there are more than `over`, their heads (no text; news-heads.ts): what a day briefing
   * chooses, groups and ranks by, reading afterwards only the texts it tells (`storiesOf`).
   */
  listBriefable(start: number, end: number, over: number): Promise<Story[] | StoryHead[]>;
  /** The heads of those stories (no text: what a list shows), in time order, from buckets of an hour's heads (news-heads.ts). */
  listHeadsBetween(start: number, end: number): Promise<StoryHead[]>;
  /** The stories of these heads (their texts read), in the order given; those no longer stored are left out. */
  storiesOf(heads: readonly Pick<StoryHead, 'id' | 'publishedAt'>[]): Promise<Story[]>;
  /**
   * The stories published in [start, end) that the query finds by the words of their title and lead (the term index);
   * with `limit`, only that many, the newest first (the others are not read).
   */
  listAbout(query: TermQuery, start: number, end: number, limit?: number): Promise<Story[]>;
  /** The same stories' ids, newest first, without reading the stories. */
  findAbout(query: TermQuery, start: number, end: number): Promise<string[]>;
  /** Publication time of the newest story published before `end`, or null when there is none. */
  latestBefore(end: number): Promise<number | null>;
  count(): Promise<number>;
  /** Stories per source id (stories without one count under "local"). */
  countBySource(): Promise<Map<string, number>>;
  /** Removes a source's stories, except kept ones (in slices, like prune). */
  removeSource(sourceId: string): Promise<{ removed: number }>;
  /** Removes every story but the kept ones (in slices, like prune). */
  clearStories(): Promise<{ removed: number }>;
  /** Marks stories to keep (or not) beyond retention and source removal. */
  setKept(ids: readonly string[], kept: boolean): Promise<void>;
  /** The kept stories that are stored. */
  listKept(): Promise<Story[]>;
  /**
   * Removes the oldest stories beyond the policy (older than maxAgeDays, then oldest first above maxStories).
   * Kept stories stay, and so does the sample edition (stories with no source): it is the app's offline demo.
   * Runs a slice at a time (news-upkeep.ts: a day's story records erased in slices of about ERASE_MS, then unlisted from
   * every index in one transaction), reading only the day index, so a read waiting for the store waits one slice at most.
   */
  prune(now: number, policy?: RetentionPolicy): Promise<{ removed: number }>;
  /**
   * On start: repairs the indexes when the last import, or the last removal of a day's stories, did not finish, or the
   * layout is older. Null when nothing to do.
   */
  recover(): Promise<{ stories: number; repaired: number } | null>;
  /** Reads every story (a chunk at a time) and repairs any index entry that disagrees; see news-verify.ts. */
  verify(): Promise<{ stories: number; repaired: number }>;
  getMeta<T>(key: string): Promise<T | undefined>;
  setMeta(key: string, value: unknown): Promise<void>;
  /**
   * Grows with every change this repository made to the stories (added, removed, indexes repaired), so a cache of
   * reads can tell whether it still holds without reading anything.
   */
  revision(): number;
}

/**
 * Layout version: 2 added the source index and kept marks; 3 the term index, story numbers and the counter; 4 story
 * keys in time order and hashed id and URL lookups; 5 the head buckets; 6 heads with the text's opening sentences and
 * length (a day briefing chooses by them: its newest days' buckets are built again).
 */
const SCHEMA = 6;
/** The repository's reads, which upkeep gives way to (read-gate.ts). */
const FOREGROUND = ['get', 'listBetween', 'listBriefable', 'listHeadsBetween', 'storiesOf', 'listAbout', 'findAbout', 'latestBefore', 'count', 'countBySource', 'listKept'] as const satisfies readonly (keyof NewsRepository)[];
const isStory = (s: Story | undefined): s is Story => s !== undefined;

/** The idb-keyval implementation. `dbName` lets tests and benchmarks use a database of their own. */
export function createNewsRepository(dbName = 'earshot-news'): NewsRepository {
  const run = createRunner(createStore(dbName, 'kv'));
  // The records' code (news-records.ts, news-rooms.ts) loads with the first story read or written.
  let recordsLoaded: Promise<Records> | null = null;
  const records = () => (recordsLoaded ??= import('./news-records').then(({ createRecords }) => createRecords(dbName, run)));
  let revision = 0;
  // Reads first: upkeep waits for the reads running before it asks the store for its next slice (read-gate.ts).
  const reads = createReadCount();
  /** Counts a change when it changed something. */
  const changed = <T extends { added?: number; removed?: number; repaired?: number }>(r: T): T => {
    if ((r.added ?? 0) + (r.removed ?? 0) + (r.repaired ?? 0) > 0) revision++;
    return r;
  };

  // Adding loads with the first import (news-add.ts, with the story terms), so the initial JavaScript does without it.
  const add = (stories: readonly Story[]) => Promise.all([import('./news-add'), records()]).then(([{ addStories }, r]) => r.serial(() => addStories(run, r, stories))).then(changed);

  // Removal loads on first use (a refresh's retention, a source removed), so it is not in the initial JavaScript.
  const upkeep = () => Promise.all([import('./news-upkeep'), records()]).then(([m, r]) => m.createUpkeep(run, r, (removed) => changed({ removed }).removed, reads));

  const setMeta = (name: string, value: unknown) =>
    run('readwrite', async (os) => {
      if (value === undefined) os.delete(metaKey(name));
      else os.put(value, metaKey(name));
    });
  const getMeta = <T>(name: string) => run('readonly', (os) => request(os.get(metaKey(name))) as Promise<T | undefined>);
  // The check loads on first use (a start after a crash or an older layout, never the usual start), and runs in a
  // worker of its own (verify-runner.ts).
  const verify = () =>
    Promise.all([import('./verify-runner'), getMeta<number>(SCHEMA_META), records()])
      .then(([{ verifyOffThread }, schema, r]) => verifyOffThread(dbName, run, r, reads, schema !== SCHEMA, SCHEMA))
      .then(changed);
  /** Stories by their keys' parts (from the indexes), in the order given; those not stored left out. */
  const storiesAt = async (at: readonly StoryAt[]) => (await (await records()).at(at)).filter(isStory);

  const repository: NewsRepository = {
    add,

    // The batches' loop loads with adding (news-add.ts).
    addInBatches: (stories, batchSize = 250) =>
      stories.length === 0
        ? Promise.resolve({ added: 0, duplicates: 0, notStored: 0, error: null })
        : import('./news-add').then(
            ({ addInBatches }) => addInBatches(add, (importing) => setMeta(IMPORTING_META, importing), stories, batchSize),
            // Its code could not be loaded (offline before it was ever cached): nothing stored, said as a failed batch is.
            (e: unknown) => ({ added: 0, duplicates: 0, notStored: stories.length, error: new StorageError('unknown', e) }),
          ),

    get: async (id) => (await records()).byId([id]).then(([s]) => s),

    // Stories lie in time order, a day to a room: any span is one range read in each day's room, after the day index's.
    listBetween: async (start, end) => (await records()).listed(start, end),

    // A day of no more than `over` stories is read whole, as listBetween reads it; the heads' code (news-heads.ts) loads
    // with the first call.
    listBriefable: (start, end, over) => Promise.all([import('./news-heads'), records()]).then(([{ readBriefable }, r]) => readBriefable(run, r, start, end, over)),

    // The heads' code loads with the first list (the Stories screen, the ear's names: both load on use too).
    listHeadsBetween: (start, end) =>
      end <= start ? Promise.resolve([]) : Promise.all([import('./news-heads'), records()]).then(([{ readHeads }, r]) => readHeads(run, r, start, end)),

    storiesOf: (heads) => (heads.length === 0 ? Promise.resolve([]) : storiesAt(heads.map((h) => [h.id, h.publishedAt] as const))),

    // The term index's query code loads with the first topic or search (both come from code that loads on use too).
    listAbout: (query, start, end, limit = Infinity) =>
      import('./news-query').then(async ({ matching }) => storiesAt((await run('readonly', (os) => matching(os, query, start, end))).slice(0, limit))),

    findAbout: (query, start, end) =>
      import('./news-query').then(({ matching }) => run('readonly', async (os) => (await matching(os, query, start, end)).map(([id]) => id))),

    latestBefore: async (end) => (await records()).latestBefore(end),

    // A counter kept in step by every write, so counting never reads the indexes.
    count: () => run('readonly', readCount),

    countBySource: async () => (await records()).countBySource(),

    removeSource: (sourceId) => upkeep().then((u) => u.removeSource(sourceId)),

    clearStories: () => upkeep().then((u) => u.clearStories()),

    setKept: (ids, kept) =>
      run('readwrite', async (os) => {
        for (const id of ids) {
          if (kept) os.put(true, keptKey(id));
          else os.delete(keptKey(id));
        }
      }),

    listKept: async () => {
      const ids = await run('readonly', (os) => request(os.getAllKeys(prefixRange('k:'))));
      return (await (await records()).byId(ids.map((k) => String(k).slice(2)))).filter(isStory);
    },

    prune: (now, policy = DEFAULT_RETENTION) => upkeep().then((u) => u.prune(now, policy)),

    async recover() {
      const [schema, importing, erasing] = await Promise.all([getMeta<number>(SCHEMA_META), getMeta<number>(IMPORTING_META), getMeta<string>(ERASING_META)]);
      if (schema === SCHEMA && importing === undefined && erasing === undefined) return null;
      return verify();
    },

    verify,
    getMeta,
    setMeta,
    revision: () => revision,
  };
  // The reads a person waits for, counted by the gate while they run.
  const methods = repository as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of FOREGROUND) {
    const f = methods[name];
    methods[name] = (...args) => counted(reads, () => f(...args));
  }
  return repository;
}
