// Checking every index of the archive against the stories without reading them: story keys (each day's room's key
// list, written with its records, and the main store's keys), day entries, source buckets, the id and URL lookups, the
// counter, and the term index (each story's postings counted against the number of terms its day entry says it has).
// Only a story whose entries disagree, or that has none (a crash, an older layout), is read, to write them again.
// Everything is read in slices of their own read-only transactions, and whatever disagrees is rewritten in one
// transaction at the end, only if no story was added or removed meanwhile (else it starts again).
import { utcDayKey } from '../../domain/day';
import { articleKey } from '../../domain/news/story';
import { storyTerms } from '../../domain/stories/story-terms';
import type { Story } from '../../domain/types';
import { request, type Runner } from './idb-run';
import type { Records, StoryAt } from './news-records';
import { dayHeadsRange, dayOfHeadKey } from './news-heads';
import { buildHeads, moveLegacyKeys } from './news-legacy';
import {
  ALL_STORIES, COUNT_META, dayKey, ERASING_META, IMPORTING_META, SCHEMA_META, dayTermsRange, idBucketKey, isStoryKey, linkBucketKey, metaKey, prefixRange, SEQ_META, sourceDayKey, sourceOf,
  termShardKey, type DayEntry, type IdBucket, type LinkBucket,
} from './news-keys';
import type { Clear } from './read-gate';
import { readKeyList, type KeyList } from './room-keys';
import { numbersOf, packShard, unpackShard } from './term-shard';
import { yieldToOthers } from './yield';

/** Keys, or small index values, read per slice. */
const KEYS = 2_000;
/**
 * Lookup buckets or source buckets read per slice (a few dozen entries each). At 100,000 stories a slice of 500 held
 * the store 50–90 ms, and a story read asked for meanwhile waited as long; 200 keep it near 40 (upkeep-slices.ts).
 */
const BUCKETS = 200;
/** Days of the day index gone through per task, between pauses (~1,700 entries each: a few ms). */
const DAYS_PER_TASK = 4;
/** Days of the day index, or stories, read per slice. */
const DAYS = 2;
const STORIES = 200;
/** Attempts before holding the store for the whole check: the archive kept changing while it was checked. */
const ATTEMPTS = 3;

/** Lets other work in between slices. */
type Pause = () => Promise<void>;

type Fix = [key: IDBValidKey | IDBKeyRange, value: unknown];
type Marks = [seq: unknown, count: unknown];

const isEntry = (e: unknown): e is DayEntry =>
  Array.isArray(e) && e.length === 6 && typeof e[0] === 'string' && typeof e[1] === 'number' && typeof e[2] === 'number' &&
  typeof e[3] === 'string' && typeof e[4] === 'string' && typeof e[5] === 'number';
const sameSet = <T>(a: readonly T[], b: readonly T[]) => {
  if (a.length !== b.length) return false;
  const s = new Set(a);
  return s.size === a.length && b.every((x) => s.has(x));
};
const group = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Every key and value under a prefix, `count` at a time, each slice its own transaction. */
async function readAll<V>(run: Runner, prefix: string, count: number, pause: Pause): Promise<[string, V][]> {
  const out: [string, V][] = [];
  for (let after: string | null = null; ; ) {
    const range: IDBKeyRange = after === null ? prefixRange(prefix) : IDBKeyRange.bound(after, `${prefix}\uffff`, true, false);
    const [keys, values] = await run('readonly', (os) => Promise.all([request(os.getAllKeys(range, count)), request(os.getAll(range, count))]));
    keys.forEach((k, i) => out.push([String(k), values[i] as V]));
    if (keys.length < count) return out;
    after = String(keys[keys.length - 1]);
    await pause();
  }
}

/**
 * A read asked for before it is needed, awaited later: if the check stops first, its failure is not left unhandled
 * (awaiting it still throws).
 */
function askedAhead<T>(read: Promise<T>): Promise<T> {
  read.catch(() => undefined);
  return read;
}

/** Every key in a range (its upper bound included), without its value, a slice at a time, each slice seen in a task of its own. */
async function readKeys(run: Runner, within: IDBKeyRange, pause: Pause, each: (keys: IDBValidKey[]) => void): Promise<void> {
  const read = (range: IDBKeyRange) => askedAhead(run('readonly', (os) => request(os.getAllKeys(range, KEYS))));
  for (let pending = read(within); ; ) {
    const keys = await pending;
    const more = keys.length === KEYS;
    // The next slice is asked for before this one is looked at: the browser reads while the page works.
    if (more) pending = read(IDBKeyRange.bound(keys[keys.length - 1], within.upper, true, false));
    each(keys);
    if (!more) return;
    await pause();
  }
}

/**
 * The days that have keys under a prefix (term shards, head buckets), with one key cursor that jumps from each day's
 * first key past the day's range (`rangeOf`, a prefix range): a few dozen steps, where reading every key would step
 * over every shard's value too (one slice of 2,000 keys held the store ~70 ms).
 */
function daysHeld(run: Runner, prefix: string, dayOf: (key: string) => string, rangeOf: (day: string) => IDBKeyRange): Promise<Set<string>> {
  return run('readonly', async (os) => {
    const held = new Set<string>();
    for (let cursor = await request(os.openKeyCursor(prefixRange(prefix))); cursor; ) {
      const day = dayOf(String(cursor.key));
      held.add(day);
      // The least key after every key of the day's prefix: its last character, one higher.
      const start = String(rangeOf(day).lower);
      cursor.continue(start.slice(0, -1) + String.fromCharCode(start.charCodeAt(start.length - 1) + 1));
      cursor = await request(cursor.request as IDBRequest<IDBCursor | null>);
    }
    return held;
  });
}

/** Where a record lies: its day's room, or the main store (an archive from before the rooms). */
type Place = string | null;

/** A room's keys read as the main store's are (a room that is gone has none). */
const roomRunner = (records: Records, day: string): Runner =>
  (async (mode: IDBTransactionMode, body: (os: IDBObjectStore) => Promise<unknown>, options?: IDBTransactionOptions) =>
    (await records.rooms.use(day, mode, body, { options })) ?? []) as Runner;

/** A runner's transactions, each opened once reads are clear. */
const gatedRunner = (run: Runner, clear: Clear): Runner =>
  (async (mode: IDBTransactionMode, body: (os: IDBObjectStore) => Promise<unknown>, options?: IDBTransactionOptions) => {
    await clear();
    return run(mode, body, options);
  }) as Runner;

/** Rooms whose key lists are asked for ahead of the one looked at (each is one small value). */
const ROOMS_AHEAD = 4;

/**
 * Every story key, as id → publication time, from the main store and every room (those the browser lists, and those
 * of the day index's days); a key that is no story's, or a second key of an id, or a record in another day's room
 * (damage), apart, by where it lies. A room's keys come from its key list (room-keys.ts), written with its records;
 * a room without one is walked, and listed apart so that the list is written. Rooms that hold no record at all are
 * listed apart too.
 */
async function readStoryKeys(
  run: Runner,
  records: Records,
  indexedDays: Iterable<string>,
  pause: Pause,
  clear: Clear,
): Promise<{ times: Map<string, number>; extra: Map<Place, IDBValidKey[]>; empty: string[]; unlisted: string[] }> {
  const times = new Map<string, number>();
  const extra = new Map<Place, IDBValidKey[]>();
  const empty: string[] = [];
  const unlisted: string[] = [];
  /** Takes the keys found in a place: the story keys of its span, each id once; the rest is extra. */
  const take = (place: Place, keys: Iterable<IDBValidKey>, start: number, end: number) => {
    for (const k of keys) {
      if (!isStoryKey(k) || times.has(k[2]) || !(k[1] >= start && k[1] < end)) group(extra, place, k);
      else times.set(k[2], k[1]);
    }
  };
  // The main store's records: an archive written before the rooms.
  await readKeys(run, ALL_STORIES, pause, (keys) => take(null, keys, -Infinity, Infinity));
  const days = [...new Set([...((await records.rooms.days()) ?? []), ...indexedDays])].sort();
  const lists: Promise<KeyList | null | undefined>[] = [];
  const ask = (i: number) => {
    if (i < days.length && lists[i] === undefined) lists[i] = askedAhead(clear().then(() => records.rooms.use(days[i], 'readonly', readKeyList)));
  };
  for (let i = 0; i < days.length; i++) {
    for (let k = 0; k <= ROOMS_AHEAD; k++) ask(i + k);
    const day = days[i];
    // The room's day as numbers (formatting 100,000 dates would hold the main thread for a fifth of a second).
    const start = Date.parse(`${day}T00:00:00Z`);
    const end = start + 86_400_000;
    let held = 0;
    const list = await lists[i];
    if (list === null) {
      unlisted.push(day);
      await readKeys(gatedRunner(roomRunner(records, day), clear), ALL_STORIES, pause, (keys) => {
        held += keys.length;
        take(day, keys, start, end);
      });
    } else if (list !== undefined) {
      held = list.size;
      take(day, list.values(), start, end);
    }
    if (held === 0) empty.push(day);
    await pause();
  }
  return { times, extra, empty, unlisted };
}

/** Reads stories by id and time (their key), a slice at a time. */
async function readStories(records: Records, at: readonly StoryAt[], pause: Pause, clear: Clear): Promise<Story[]> {
  const out: Story[] = [];
  for (let i = 0; i < at.length; i += STORIES) {
    await clear();
    for (const s of await records.at(at.slice(i, i + STORIES))) if (s) out.push(s);
    await pause();
  }
  return out;
}

/**
 * How many postings each story of a day has in its shards, by story number (`lo`, the day's least, at 0; -1 for a
 * number no story of the day has), and whether a posting names such a number (`dangling`: a removed story's).
 */
function countPostings(list: readonly DayEntry[], stored: readonly [string, unknown][]): { postings: Int32Array; lo: number; dangling: boolean } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of list) {
    lo = Math.min(lo, e[2]);
    hi = Math.max(hi, e[2]);
  }
  const postings = new Int32Array(hi >= lo ? hi - lo + 1 : 0).fill(-1);
  let dangling = false;
  for (const e of list) postings[e[2] - lo] = 0;
  for (const [, shard] of stored) {
    const ns = numbersOf(shard);
    for (let i = 0; i < ns.length; i++) {
      const k = ns[i] - lo;
      // A number outside the day, or no integer (damage), is no story's: undefined >= 0 is false.
      if (postings[k] >= 0) postings[k]++;
      else dangling = true;
    }
  }
  return { postings, lo, dangling };
}

interface Checked {
  /** What the main store needs written or deleted. */
  fixes: Fix[];
  /** Keys to delete in the rooms (and the main store's story keys), by where they lie; rooms holding nothing. */
  extra: Map<Place, IDBValidKey[]>;
  empty: string[];
  /** Rooms without a key list (from before the lists): it is written. */
  unlisted: string[];
  repaired: number;
  stories: number;
  marks: Marks;
}

async function check(ungated: Runner, records: Records, pause: Pause, clear: Clear, upgrading: boolean): Promise<Checked> {
  const run = gatedRunner(ungated, clear);
  const marks = await run('readonly', (os) => Promise.all([request(os.get(metaKey(SEQ_META))), request(os.get(metaKey(COUNT_META)))])) as Marks;
  const fixes: Fix[] = [];
  let repaired = 0;
  const fix = (key: IDBValidKey | IDBKeyRange, value: unknown, wrong = true) => {
    fixes.push([key, value]);
    if (wrong) repaired++;
  };

  const storedDays = new Map(await readAll<unknown>(run, 'd:', DAYS, pause));
  const { times, extra, empty, unlisted } = await readStoryKeys(run, records, [...storedDays.keys()].map((k) => k.slice(2)), pause, clear);
  for (const keys of extra.values()) repaired += keys.length;
  let seq = typeof marks[0] === 'number' ? marks[0] : 0;
  for (const list of storedDays.values()) if (Array.isArray(list)) for (const e of list) if (isEntry(e)) seq = Math.max(seq, e[2]);

  // The day entries that hold: well formed, naming a story, each story and number once.
  const days = new Map<string, DayEntry[]>();
  const placed = new Set<string>();
  const numbers = new Set<number>();
  let looked = 0;
  for (const [key, list] of storedDays) {
    if (++looked % DAYS_PER_TASK === 0) await pause();
    const day = key.slice(2);
    // The day's bounds as numbers: formatting 100,000 dates would hold the main thread for a fifth of a second.
    const start = Date.parse(`${day}T00:00:00Z`);
    const end = start + 86_400_000;
    for (const e of Array.isArray(list) ? list : []) {
      if (!isEntry(e) || times.get(e[0]) !== e[1] || placed.has(e[0]) || numbers.has(e[2]) || !(e[1] >= start && e[1] < end)) continue;
      placed.add(e[0]);
      numbers.add(e[2]);
      group(days, day, e);
    }
  }
  // Stories without a day entry (a crash, an older layout): read, numbered, their terms written.
  const termsOf = new Map<number, string[]>();
  const orphans = await readStories(records, [...times].filter(([id]) => !placed.has(id)), pause, clear);
  // The URL keys taken (only when there are orphans to give them to: 100,000 of them take a task of their own).
  const urlsTaken = new Set<string>();
  if (orphans.length > 0) for (const list of days.values()) for (const e of list) if (e[4] !== '') urlsTaken.add(e[4]);
  for (const s of orphans) {
    const terms = storyTerms(s);
    const url = articleKey(s.url);
    const owner = url !== null && !urlsTaken.has(url);
    if (owner) urlsTaken.add(url);
    const entry: DayEntry = [s.id, s.publishedAt, ++seq, sourceOf(s), owner ? url : '', terms.length];
    termsOf.set(entry[2], terms);
    group(days, utcDayKey(s.publishedAt), entry);
  }

  await pause();
  // The day index.
  looked = 0;
  for (const [day, list] of days) {
    if (++looked % DAYS_PER_TASK === 0) await pause();
    const stored = storedDays.get(dayKey(day));
    const same = Array.isArray(stored) && stored.length === list.length && list.every((e, i) => isEntry(stored[i]) && e.every((v, j) => v === (stored[i] as DayEntry)[j]));
    if (!same) fix(dayKey(day), list);
  }
  for (const key of storedDays.keys()) if (!days.has(key.slice(2))) fix(key, undefined);

  // The term index, a day at a time: each story's postings counted against its entry. A story with too few (or too
  // many) is read and written again; numbers of removed stories are compacted away (not an error: removing leaves them).
  let stories = 0;
  const readShards = (day: string) =>
    askedAhead(
      run('readonly', async (os) => {
        const [keys, values] = await Promise.all([request(os.getAllKeys(dayTermsRange(day))), request(os.getAll(dayTermsRange(day)))]);
        return keys.map((k, i) => [String(k), values[i]] as [string, unknown]);
      }),
    );
  const ordered = [...days].sort(([a], [b]) => (a < b ? -1 : 1));
  // The next day's shards are asked for while this day's are counted: the browser reads while the page counts.
  let next = ordered.length > 0 ? readShards(ordered[0][0]) : null;
  for (let d = 0; d < ordered.length; d++) {
    const [day, list] = ordered[d];
    stories += list.length;
    const stored = await next!;
    next = d + 1 < ordered.length ? readShards(ordered[d + 1][0]) : null;
    // Postings counted in an array over the day's story numbers (-1: no story of the day): 3 million of them at
    // 103,000 stories, where a Map took about half a second.
    const { postings, lo, dangling } = countPostings(list, stored);
    const isLive = (n: number) => postings[n - lo] >= 0;
    const wrong = new Map(list.filter((e) => !termsOf.has(e[2]) && postings[e[2] - lo] !== e[5]).map((e) => [e[0], e]));
    for (const s of await readStories(records, [...wrong.values()].map((e) => [e[0], e[1]] as const), pause, clear)) termsOf.set(wrong.get(s.id)![2], storyTerms(s));
    // Stories whose postings are written again (those without an entry, those counted wrong): one repair each.
    const rewrite = new Set([...termsOf.keys()].filter(isLive));
    if (!dangling && rewrite.size === 0) continue;
    repaired += rewrite.size;
    const shards = new Map(stored.map(([k, v]) => [k, unpackShard(v)]));
    const dirty = new Set<string>();
    for (const [key, shard] of shards)
      for (const [term, ns] of shard) {
        const keep = ns.filter((n) => isLive(n) && !rewrite.has(n));
        if (keep.length === ns.length) continue;
        if (keep.length > 0) shard.set(term, keep);
        else shard.delete(term);
        dirty.add(key);
      }
    for (const n of rewrite)
      for (const term of termsOf.get(n)!) {
        const key = termShardKey(day, term);
        group(shards.get(key) ?? shards.set(key, new Map()).get(key)!, term, n);
        dirty.add(key);
      }
    for (const key of dirty) fix(key, shards.get(key)!.size > 0 ? packShard(shards.get(key)!) : undefined, false);
    await pause();
  }
  // Term shards and head buckets of days with no stories left (within a day, the day index decides which count).
  const dropDaysGone = async (prefix: string, dayOf: (key: string) => string, rangeOf: (day: string) => IDBKeyRange) => {
    for (const day of await daysHeld(run, prefix, dayOf, rangeOf)) if (!days.has(day)) fix(rangeOf(day), undefined, false);
  };
  await dropDaysGone('t:', (k) => k.slice(2, k.indexOf('\x01')), dayTermsRange);
  await dropDaysGone('h:', dayOfHeadKey, dayHeadsRange);

  await pause();
  // The source index and the id and URL lookups, from the day entries.
  // The stored buckets are read (a slice in flight at a time) while the expected ones are built from the day entries.
  const storedBuckets = askedAhead(
    (async () => {
      const read = (prefix: string) => readAll<unknown>(run, prefix, BUCKETS, pause).then((entries) => new Map(entries));
      return { sources: await read('x:'), ids: await read('i:'), links: await read('l:') };
    })(),
  );
  const sources = new Map<string, string[]>();
  const idBuckets = new Map<string, IdBucket>();
  const linkBuckets = new Map<string, LinkBucket>();
  const into = <V>(buckets: Map<string, Map<string, V>>, key: string) => buckets.get(key) ?? buckets.set(key, new Map()).get(key)!;
  for (const [day, list] of days) {
    // A day a task: hashing each story's id and URL into its bucket takes longer than comparing a day's entries.
    await pause();
    for (const e of list) {
      group(sources, sourceDayKey(e[3], day), e[0]);
      into(idBuckets, idBucketKey(e[0])).set(e[0], e[1]);
      if (e[4] !== '') into(linkBuckets, linkBucketKey(e[4])).set(e[4], [e[0], e[1]]);
    }
  }
  const stored = await storedBuckets;
  const storedSources = stored.sources;
  for (const [key, list] of sources) {
    const stored = storedSources.get(key);
    if (!Array.isArray(stored) || !sameSet(stored as string[], list)) fix(key, list);
  }
  for (const key of storedSources.keys()) if (!sources.has(key)) fix(key, undefined);
  // A bucket is rewritten when it differs (entries of removed stories are compacted away); a story it cannot find is
  // a repair, except in an archive of an older layout, which has no buckets yet.
  const lookups = async <V>(stored: Map<string, unknown>, expected: Map<string, Map<string, V>>, same: (a: V, b: V) => boolean) => {
    await pause();
    let compared = 0;
    for (const [key, bucket] of expected) {
      if (++compared % BUCKETS === 0) await pause();
      const have = stored.get(key);
      const old = have instanceof Map ? (have as Map<string, V>) : new Map<string, V>();
      let lost = 0;
      for (const [k, v] of bucket) if (!old.has(k) || !same(old.get(k)!, v)) lost++;
      if (lost > 0 || old.size !== bucket.size) fix(key, bucket, false);
      if (!upgrading) repaired += lost;
    }
    for (const key of stored.keys()) if (!expected.has(key)) fix(key, undefined, false);
  };
  await lookups(stored.ids, idBuckets, (a, b) => a === b);
  await lookups(stored.links, linkBuckets, (a, b) => a[0] === b[0] && a[1] === b[1]);

  // The counter is wrong when it disagrees; a missing one (a new or older layout) and the last number given are bookkeeping.
  if (marks[1] !== stories) fix(metaKey(COUNT_META), stories, typeof marks[1] === 'number');
  if (typeof marks[0] !== 'number' || marks[0] < seq) fix(metaKey(SEQ_META), seq, false);
  return { fixes, extra, empty, unlisted, repaired, stories, marks };
}

/** What a check found: the stories it counted, and how many keys or stories were wrong. */
export interface Verified {
  stories: number;
  repaired: number;
}

/**
 * One step of a check, run where the check runs (verify-runner.ts: a worker, or this thread): `upgrade` moves the
 * stories of layouts 1–3 to time-ordered keys and builds the head buckets of an archive before layout 6; `pass` checks
 * every index and writes the fixes, only if nothing was added or removed meanwhile unless `always`.
 */
export type VerifyJob = { kind: 'upgrade' } | { kind: 'pass'; always: boolean };

/** How a check goes: whether the archive is of an older layout, the layout to stamp, and the wait for foreground reads. */
export interface VerifyHow {
  upgrading: boolean;
  schema: number;
  clear: Clear;
}

/** Writes the fixes in one transaction of the main store (only if nothing was added or removed since, unless `always`), then the rooms'. */
async function apply(run: Runner, records: Records, { fixes, extra, empty, unlisted, marks }: Checked, always: boolean, schema: number): Promise<boolean> {
  const done = await run('readwrite', async (os) => {
    const [seq, count] = await Promise.all([request(os.get(metaKey(SEQ_META))), request(os.get(metaKey(COUNT_META)))]);
    // A story added or removed since the check began: what was read is stale, so it starts again.
    if (!always && (seq !== marks[0] || count !== marks[1])) return false;
    for (const [key, value] of fixes) {
      if (value === undefined) os.delete(key);
      else os.put(value, key as IDBValidKey);
    }
    for (const key of extra.get(null) ?? []) os.delete(key);
    // The archive is of this layout, and no import or removal is left unfinished.
    os.put(schema, metaKey(SCHEMA_META));
    os.delete(metaKey(IMPORTING_META));
    os.delete(metaKey(ERASING_META));
    return true;
  });
  if (!done) return false;
  // A room's extra keys go, and its key list is written from what it then holds.
  const gone = new Set(empty);
  for (const day of new Set([...extra.keys(), ...unlisted])) if (day !== null && !gone.has(day)) await records.relist(day, extra.get(day) ?? []);
  for (const day of empty) await records.drop(day);
  return true;
}

/** Runs one step of a check on this thread; a pass gives null when the archive changed meanwhile (nothing written). */
export async function runVerifyJob(run: Runner, records: Records, job: VerifyJob, how: VerifyHow): Promise<Verified | null> {
  try {
    if (job.kind === 'upgrade') {
      await moveLegacyKeys(run, yieldToOthers);
      await buildHeads(run, records, yieldToOthers);
      return null;
    }
    const checked = await check(run, records, yieldToOthers, how.clear, how.upgrading);
    return (await apply(run, records, checked, job.always, how.schema)) ? { stories: checked.stories, repaired: checked.repaired } : null;
  } finally {
    records.recheck();
  }
}

/**
 * Checks every index entry against the stories and rewrites whichever disagree: entries for stories that are gone,
 * stories missing from their day, source or terms, lookups that cannot find a story, the counter. Returns how many
 * keys or stories were wrong (compacting removed stories out of the term index and the lookups is not counted, nor
 * is building the lookups of an older layout: `upgrading`). Stories of layouts before 4 are moved first, and the head
 * buckets of layouts before 6 built (news-legacy.ts); the layout mark is written with the fixes, once both are done.
 * `job` runs each step where the check runs (verify-runner.ts); `records` are this page's, whose imports and removals
 * the last attempt holds back.
 */
export async function verifyArchive(records: Records, upgrading: boolean, job: (step: VerifyJob) => Promise<Verified | null>): Promise<Verified> {
  try {
    if (upgrading) {
      await job({ kind: 'upgrade' });
      records.recheck();
    }
    for (let attempt = 1; attempt < ATTEMPTS; attempt++) {
      const verified = await job({ kind: 'pass', always: false });
      if (verified) return verified;
    }
    // The archive kept changing: the last try holds this page's imports and removals back for the whole check.
    return await records.serial(async () => {
      const verified = await job({ kind: 'pass', always: true });
      if (!verified) throw new Error('a check that writes whatever happens wrote nothing');
      return verified;
    });
  } finally {
    records.recheck();
  }
}
