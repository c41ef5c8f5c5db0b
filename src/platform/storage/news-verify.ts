// Checking every index of the archive against the stories, in slices that never hold the store for long: the
// stories are read in chunks of their own read-only transactions, each day's index entries the same way, and whatever
// disagrees is rewritten in one transaction at the end, only if no story was added or removed meanwhile (else the
// check starts again). Stories without a number (an older layout) are given one, so this is also the migration.
import { utcDayKey } from '../../domain/day';
import { articleKey } from '../../domain/news/story';
import { storyTerms } from '../../domain/stories/story-terms';
import type { Story } from '../../domain/types';
import { request, type Runner } from './idb-run';
import { COUNT_META, SEQ_META } from './news-indexes';
import {
  dayKey, dayOfSourceKey, dayTermsRange, metaKey, prefixRange, sourceDayKey, sourceOf, termOfKey, urlKey, type DayEntry,
} from './news-keys';
import { yieldToOthers } from './yield';

/** Stories read per slice: ~2 MB, a few tens of milliseconds of the main thread. */
const CHUNK = 500;
/** Attempts before giving up on a quiet moment: the archive kept changing while it was checked. */
const ATTEMPTS = 3;

/** Lets other work in between slices (skipped inside one transaction, which would commit while waiting). */
type Pause = () => Promise<void>;
const noPause: Pause = () => Promise.resolve();

interface Expected {
  stories: number;
  /** By UTC day: the day's entries by id. */
  days: Map<string, Map<string, DayEntry>>;
  /** By source-index key: ids. */
  sources: Map<string, string[]>;
  /** URL key → the first story with it. */
  urls: Map<string, string>;
  /** By UTC day: term → story numbers. */
  terms: Map<string, Map<string, number[]>>;
  seq: number;
}

type Fix = [key: string | IDBKeyRange, value: unknown];

const isEntry = (e: unknown): e is DayEntry => Array.isArray(e) && e.length === 5 && typeof e[2] === 'number';
const sameEntry = (a: DayEntry, b: DayEntry) => a.every((v, i) => v === b[i]);
const sameSet = <T>(a: readonly T[], b: readonly T[]) => {
  if (a.length !== b.length) return false;
  const s = new Set(a);
  return s.size === a.length && b.every((x) => s.has(x));
};

/** Every story, read a chunk at a time, with what its index entries should be (numbers kept from the day index). */
async function expected(run: Runner, pause: Pause): Promise<{ want: Expected; marks: [unknown, unknown] }> {
  // The stamp the fix phase compares: any story added or removed moves one of them.
  const { entries, marks } = await run('readonly', async (os) => {
    const [lists, seq, count] = await Promise.all([request(os.getAll(prefixRange('d:'))), request(os.get(metaKey(SEQ_META))), request(os.get(metaKey(COUNT_META)))]);
    return { entries: (lists as unknown[][]).flat(), marks: [seq, count] as [unknown, unknown] };
  });
  const numbers = new Map<string, number>();
  const taken = new Set<number>();
  let seq = typeof marks[0] === 'number' ? marks[0] : 0;
  for (const e of entries) {
    if (!isEntry(e) || taken.has(e[2])) continue;
    numbers.set(e[0], e[2]);
    taken.add(e[2]);
    seq = Math.max(seq, e[2]);
  }
  const want: Expected = { stories: 0, days: new Map(), sources: new Map(), urls: new Map(), terms: new Map(), seq };
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange = after === null ? prefixRange('s:') : IDBKeyRange.bound(after, 's:\uffff', true, false);
    const chunk = (await run('readonly', (os) => request(os.getAll(range, CHUNK)))) as Story[];
    for (const s of chunk) {
      want.stories++;
      const day = utcDayKey(s.publishedAt);
      const n = numbers.get(s.id) ?? ++want.seq;
      const url = articleKey(s.url);
      const owner = url !== null && !want.urls.has(url);
      if (owner) want.urls.set(url, s.id);
      const days = want.days.get(day) ?? want.days.set(day, new Map()).get(day)!;
      days.set(s.id, [s.id, s.publishedAt, n, sourceOf(s), owner ? url : '']);
      const sk = sourceDayKey(sourceOf(s), day);
      (want.sources.get(sk) ?? want.sources.set(sk, []).get(sk)!).push(s.id);
      const terms = want.terms.get(day) ?? want.terms.set(day, new Map()).get(day)!;
      for (const t of storyTerms(s)) (terms.get(t) ?? terms.set(t, []).get(t)!).push(n);
    }
    if (chunk.length < CHUNK) break;
    after = `s:${chunk[chunk.length - 1].id}`;
    await pause();
  }
  return { want, marks };
}

/** What disagrees with the stories: `fixes` to write, of which `repaired` were wrong (the rest drop removed stories' numbers). */
async function compare(run: Runner, want: Expected, pause: Pause): Promise<{ fixes: Fix[]; repaired: number }> {
  const fixes: Fix[] = [];
  let repaired = 0;
  const fix = (key: string | IDBKeyRange, value: unknown, wrong = true) => {
    fixes.push([key, value]);
    if (wrong) repaired++;
  };
  const have = await run('readonly', async (os) => {
    const all = (prefix: string) =>
      Promise.all([request(os.getAllKeys(prefixRange(prefix))), request(os.getAll(prefixRange(prefix)))]).then(
        ([keys, values]) => new Map(keys.map((k, i) => [String(k), values[i]])),
      );
    const [days, sources, urls, seq, count] = await Promise.all([
      all('d:'), all('x:'), all('u:'), request(os.get(metaKey(SEQ_META))), request(os.get(metaKey(COUNT_META))),
    ]);
    return { days, sources, urls, seq, count };
  });
  for (const [day, byId] of want.days) {
    const list = [...byId.values()];
    const stored = have.days.get(dayKey(day));
    const ok = Array.isArray(stored) && stored.length === list.length && stored.every((e) => isEntry(e) && byId.has(e[0]) && sameEntry(e, byId.get(e[0])!));
    if (!ok) fix(dayKey(day), list);
  }
  for (const key of have.days.keys()) if (!want.days.has(key.slice(2))) fix(key, undefined);
  for (const [key, ids] of want.sources) {
    const stored = have.sources.get(key);
    if (!Array.isArray(stored) || !sameSet(stored as string[], ids)) fix(key, ids);
  }
  for (const key of have.sources.keys()) if (!want.sources.has(key)) fix(key, undefined);
  // A URL key names the first story stored with that URL; keys naming no story, or missing, are wrong.
  const ids = new Set<string>();
  for (const byId of want.days.values()) for (const id of byId.keys()) ids.add(id);
  for (const [key, id] of have.urls) if (!ids.has(id as string)) fix(key, want.urls.get(key.slice(2)));
  for (const [url, id] of want.urls) if (!have.urls.has(urlKey(url))) fix(urlKey(url), id);
  // The counter is wrong when it disagrees; a missing one (a new or older layout) and the last number given are bookkeeping.
  if (have.count !== want.stories) fix(metaKey(COUNT_META), want.stories, typeof have.count === 'number');
  if (typeof have.seq !== 'number' || have.seq < want.seq) fix(metaKey(SEQ_META), want.seq, false);

  // The term index, a day at a time: a bucket missing one of its day's stories is wrong; one holding numbers of
  // removed stories is compacted (not an error: removing leaves them by design).
  const storedDays = new Set<string>([...want.terms.keys()]);
  for (const key of have.days.keys()) storedDays.add(key.slice(2));
  for (const key of have.sources.keys()) storedDays.add(dayOfSourceKey(key));
  for (const day of [...storedDays].sort()) {
    const wantTerms = want.terms.get(day) ?? new Map<string, number[]>();
    const stored = await run('readonly', async (os) => {
      const [keys, values] = await Promise.all([request(os.getAllKeys(dayTermsRange(day))), request(os.getAll(dayTermsRange(day)))]);
      return new Map(keys.map((k, i) => [termOfKey(String(k)), values[i] as number[]]));
    });
    if (!want.days.has(day)) {
      if (stored.size > 0) fix(dayTermsRange(day), undefined, false);
      continue;
    }
    for (const [term, numbers] of wantTerms) {
      const list = stored.get(term);
      if (!Array.isArray(list)) fix(`t:${day}\x01${term}`, numbers);
      else if (!sameSet(list, numbers)) {
        const holds = new Set(list);
        fix(`t:${day}\x01${term}`, numbers, !numbers.every((n) => holds.has(n)));
      }
    }
    for (const term of stored.keys()) if (!wantTerms.has(term)) fix(`t:${day}\x01${term}`, undefined, false);
    await pause();
  }
  return { fixes, repaired };
}

/**
 * Reads every story and rewrites whichever index entries disagree with them: entries for stories that are gone,
 * stories missing from their day, source or terms, URL keys pointing nowhere, the counter. Returns how many keys were
 * wrong (compacting removed stories' numbers out of term buckets is not counted). `finish` runs in the fix transaction.
 */
export async function verifyArchive(run: Runner, finish: (os: IDBObjectStore) => void): Promise<{ stories: number; repaired: number }> {
  const apply = (os: IDBObjectStore, fixes: Fix[]) => {
    for (const [key, value] of fixes) {
      if (value === undefined) os.delete(key);
      else os.put(value, key as string);
    }
    finish(os);
  };
  for (let attempt = 1; attempt < ATTEMPTS; attempt++) {
    const { want, marks } = await expected(run, yieldToOthers);
    const { fixes, repaired } = await compare(run, want, yieldToOthers);
    const done = await run('readwrite', async (os) => {
      const [seq, count] = await Promise.all([request(os.get(metaKey(SEQ_META))), request(os.get(metaKey(COUNT_META)))]);
      // A story added or removed since the check began: what was read is stale, so it starts again.
      if (seq !== marks[0] || count !== marks[1]) return false;
      apply(os, fixes);
      return true;
    });
    if (done) return { stories: want.stories, repaired };
  }
  // The archive kept changing: the last try holds it for the whole check, in one transaction.
  return run('readwrite', async (os) => {
    const within: Runner = (_mode, body) => body(os);
    const { want } = await expected(within, noPause);
    const { fixes, repaired } = await compare(within, want, noPause);
    apply(os, fixes);
    return { stories: want.stories, repaired };
  });
}
