import { describe, expect, it } from 'vitest';
import { dayRange } from '../../domain/day';
import { storyHead } from '../../domain/news/story-head';
import type { Story, StoryHead } from '../../domain/types';
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { searchTermQuery, topicTermQuery } from '../../domain/stories/topic-query';
import { createNewsRepository } from './news-repository';
import { idBucketKey, linkBucketKey, storyKey, type IdBucket, type LinkBucket } from './news-keys';
import { ERASE_FIRST, eraseFromDay, type ErasePlan } from './news-upkeep';
import { roomName } from './news-rooms';
import { createRecords } from './news-records';
import { createRunner } from './idb-run';
import { addStories } from './news-add';
import { packShard, unpackShard } from './term-shard';
import { addKey, KEY_LIST, keyListOf, readKeyList, writeKeyList } from './room-keys';

let n = 0;
let lastDb = '';
const freshRepo = () => createNewsRepository((lastDb = `test-news-${++n}`));
/** The repository's raw key-value store, to damage it the way a crash or an old version would. */
const rawStore = () => createStore(lastDb, 'kv');
/**
 * The raw store of a day's room (news-rooms.ts), where that day's story records are: a connection of its own for each
 * use, closed after it (an open one would hold back the repository deleting the room).
 */
const roomStore =
  (day: string): UseStore =>
  (mode, callback) =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(roomName(lastDb, day));
      req.onupgradeneeded = () => req.result.createObjectStore('kv');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    }).then((db) => {
      const result = callback(db.transaction('kv', mode).objectStore('kv'));
      db.close();
      return result;
    });

const story = (id: string, iso: string, url = ''): Story => ({
  id,
  title: id,
  source: 'S',
  url,
  publishedAt: Date.parse(iso),
  lang: 'en',
  text: 'Body.',
});

/** The records layer of the last repository made, as the repository writes them (each room's key list in step). */
const lastRecords = () => createRecords(lastDb, createRunner(createStore(lastDb, 'kv')));
/** Deletes the records an erasing plan names, in their day's room (what the repository does after planning). */
const erase = (plan: ErasePlan) => lastRecords().erase(plan.snapshot.day, plan.doomed);
/** The story records of a day's room (without its key list, room-keys.ts). */
const roomRecords = async (day: string) => (await entries(roomStore(day))).filter(([k]) => Array.isArray(k));
/** Deletes a day's room whole, as an archive from before the rooms never had it. */
const deleteRoom = (day: string) =>
  new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(roomName(lastDb, day));
    req.onsuccess = () => resolve();
  });

describe('news repository (IndexedDB)', () => {
  it('adds stories once, by id and then by article URL', async () => {
    const repo = freshRepo();
    expect(await repo.add([story('a', '2026-11-28T01:00:00Z', 'https://x.example/a')])).toEqual({ added: 1, duplicates: 0 });
    const again = await repo.add([
      story('a', '2026-11-28T01:00:00Z'),
      story('b', '2026-11-28T02:00:00Z', 'https://www.x.example/a/?utm_source=feed'),
      story('c', '2026-11-28T03:00:00Z', 'https://x.example/'),
      story('c', '2026-11-28T03:00:00Z'),
    ]);
    expect(again).toEqual({ added: 1, duplicates: 3 });
    expect(await repo.count()).toBe(2);
  });

  it("lists one local day, including a story at 00:30 in Hanoi that is yesterday in UTC", async () => {
    const repo = freshRepo();
    await repo.add([
      story('early', '2026-11-28T00:30:00+07:00'),
      story('late', '2026-11-28T23:59:00+07:00'),
      story('before', '2026-11-27T23:59:00+07:00'),
      story('after', '2026-11-29T00:00:00+07:00'),
    ]);
    const { start, end } = dayRange('2026-11-28', 'Asia/Ho_Chi_Minh');
    const ids = (await repo.listBetween(start, end)).map((s) => s.id).sort();
    expect(ids).toEqual(['early', 'late']);
    const utc = dayRange('2026-11-28', 'UTC');
    expect((await repo.listBetween(utc.start, utc.end)).map((s) => s.id).sort()).toEqual(['after', 'late']);
  });

  it('finds the newest story before a time, skipping later ones in the same bucket', async () => {
    const repo = freshRepo();
    expect(await repo.latestBefore(Date.now())).toBeNull();
    await repo.add([story('old', '2025-02-03T10:00:00Z'), story('older', '2025-01-28T10:00:00Z'), story('new', '2025-02-03T20:00:00Z')]);
    expect(await repo.latestBefore(Date.parse('2026-11-28T00:00:00Z'))).toBe(Date.parse('2025-02-03T20:00:00Z'));
    expect(await repo.latestBefore(Date.parse('2025-02-03T12:00:00Z'))).toBe(Date.parse('2025-02-03T10:00:00Z'));
    expect(await repo.latestBefore(Date.parse('2025-02-01T00:00:00Z'))).toBe(Date.parse('2025-01-28T10:00:00Z'));
  });

  it('keeps metadata', async () => {
    const repo = freshRepo();
    expect(await repo.getMeta('x')).toBeUndefined();
    await repo.setMeta('x', { v: 1 });
    expect(await repo.getMeta('x')).toEqual({ v: 1 });
  });

  it('writes nothing when a batch fails', async () => {
    const repo = freshRepo();
    const bad = { ...story('bad', '2026-11-28T01:00:00Z'), text: () => 'functions cannot be cloned' } as unknown as Story;
    await expect(repo.add([story('ok', '2026-11-28T01:00:00Z'), bad])).rejects.toThrow();
    expect(await repo.count()).toBe(0);
    const { start, end } = dayRange('2026-11-28', 'UTC');
    expect(await repo.listBetween(start, end)).toEqual([]);
  });

  it('counts stories by source and removes a source, keeping its kept stories', async () => {
    const repo = freshRepo();
    await repo.add([
      { ...story('a1', '2026-11-27T01:00:00Z', 'https://a.example/1'), sourceId: 'feed-a' },
      { ...story('a2', '2026-11-28T01:00:00Z', 'https://a.example/2'), sourceId: 'feed-a' },
      { ...story('a3', '2026-11-28T02:00:00Z', 'https://a.example/3'), sourceId: 'feed-a' },
      { ...story('b1', '2026-11-28T03:00:00Z'), sourceId: 'feed-b' },
      story('sample', '2026-11-28T04:00:00Z'),
    ]);
    expect(Object.fromEntries(await repo.countBySource())).toEqual({ 'feed-a': 3, 'feed-b': 1, local: 1 });
    await repo.setKept(['a2', 'missing'], true);
    expect((await repo.listKept()).map((s) => s.id)).toEqual(['a2']);
    expect(await repo.removeSource('feed-a')).toEqual({ removed: 2 });
    expect(Object.fromEntries(await repo.countBySource())).toEqual({ 'feed-a': 1, 'feed-b': 1, local: 1 });
    const { start, end } = dayRange('2026-11-27', 'UTC');
    expect(await repo.listBetween(start, Date.parse('2026-11-29T00:00:00Z'))).toHaveLength(3);
    expect(await repo.listBetween(start, end)).toEqual([]);
    // The URL of a removed story is free again; the kept story's is not.
    expect(await repo.add([{ ...story('again', '2026-11-28T05:00:00Z', 'https://a.example/3') }])).toEqual({ added: 1, duplicates: 0 });
    expect(await repo.add([{ ...story('dup', '2026-11-28T05:00:00Z', 'https://a.example/2') }])).toEqual({ added: 0, duplicates: 1 });
    expect(await repo.verify()).toEqual({ stories: 4, repaired: 0 });
    expect(await repo.clearStories()).toEqual({ removed: 3 });
    expect((await repo.listBetween(0, Date.parse('2027-01-01'))).map((s) => s.id)).toEqual(['a2']);
    expect(await repo.verify()).toEqual({ stories: 1, repaired: 0 });
  });

  it('prunes stories older than the age limit, then the oldest above the count limit, never kept ones', async () => {
    const repo = freshRepo();
    const now = Date.parse('2026-11-28T12:00:00Z');
    const days = ['2026-09-01', '2026-09-20', '2026-11-20', '2026-11-25', '2026-11-28'];
    const fromFeed = (id: string, iso: string): Story => ({ ...story(id, iso), sourceId: 'feed' });
    await repo.add(days.flatMap((d) => [fromFeed(`${d}-1`, `${d}T01:00:00Z`), fromFeed(`${d}-2`, `${d}T02:00:00Z`)]));
    await repo.add([story('sample', '2025-02-03T01:00:00Z')]); // the sample edition: no source
    await repo.setKept(['2026-09-01-2'], true);
    // 60 days: September goes, except the kept story and the sample edition.
    expect(await repo.prune(now, { maxAgeDays: 60, maxStories: 100 })).toEqual({ removed: 3 });
    expect(await repo.count()).toBe(8);
    // At most 5: the oldest others go first; the kept one and the sample stay and count.
    expect(await repo.prune(now, { maxAgeDays: 60, maxStories: 5 })).toEqual({ removed: 3 });
    const left = (await repo.listBetween(0, now + 1)).map((s) => s.id).sort();
    expect(left).toEqual(['2026-09-01-2', '2026-11-25-2', '2026-11-28-1', '2026-11-28-2', 'sample']);
    expect(await repo.verify()).toEqual({ stories: 5, repaired: 0 });
  });

  it('imports in batches: a failing batch stops the import and keeps the earlier ones consistent', async () => {
    const repo = freshRepo();
    expect(await repo.recover()).toEqual({ stories: 0, repaired: 0 }); // a new database is stamped with the layout
    const stories = Array.from({ length: 10 }, (_, i) => story(`s${i}`, `2026-11-28T0${i}:00:00Z`, `https://x.example/${i}`));
    const bad = { ...story('bad', '2026-11-28T11:00:00Z'), text: () => 'cannot be stored' } as unknown as Story;
    const result = await repo.addInBatches([...stories.slice(0, 6), bad, ...stories.slice(6)], 3);
    expect(result).toMatchObject({ added: 6, duplicates: 0, notStored: 5 });
    expect(result.error?.problem).toBe('unknown');
    expect(await repo.count()).toBe(6);
    expect(await repo.recover()).toBeNull();
    expect(await repo.verify()).toEqual({ stories: 6, repaired: 0 });
  });

  it('after a crash mid-import, the next start repairs the indexes', async () => {
    const repo = freshRepo();
    await repo.add([story('a', '2026-11-28T01:00:00Z', 'https://x.example/a'), { ...story('b', '2026-11-28T02:00:00Z'), sourceId: 'f' }]);
    expect(await repo.recover()).toEqual({ stories: 2, repaired: 0 });
    // A story written without its indexes (in its room: an import cut short between the two), an index entry for a
    // story that is not there, a URL lookup pointing nowhere.
    const raw = rawStore();
    const c = story('c', '2026-11-27T01:00:00Z', 'https://x.example/c');
    await lastRecords().put([c]);
    await set('d:2026-11-28', [['a', Date.parse('2026-11-28T01:00:00Z')], ['ghost', 1]], raw);
    const ghostBucket = linkBucketKey('x.example/ghost');
    await set(ghostBucket, new Map([['x.example/ghost', ['ghost', 1]]]), raw);
    await del('x:f\x012026-11-28', raw);
    await set('m:import-in-progress', Date.now(), raw);
    const { start, end } = dayRange('2026-11-27', 'UTC');
    // The day index decides what is listed: c is not, until the indexes know it.
    expect(await repo.listBetween(start, end)).toEqual([]);
    expect(await repo.listAbout(topicTermQuery('body'), start, end)).toEqual([]);
    const fixed = await repo.recover();
    // Day 27 and its source bucket, c's id and URL lookups; day 28 (a ghost, b missing, entries of the first layout)
    // and b's source bucket; the counter (2, not 3); the terms of a, b and c, written again (a and b had no entry of
    // this layout, c none at all). The ghost's URL lookup is compacted away, not counted: removing leaves those.
    expect(fixed).toEqual({ stories: 3, repaired: 10 });
    expect(await repo.get('c')).toEqual(c);
    expect((await repo.listBetween(start, end)).map((s) => s.id)).toEqual(['c']);
    expect((await repo.listBetween(Date.parse('2026-11-28T00:00:00Z'), Date.parse('2026-11-29T00:00:00Z'))).map((s) => s.id).sort()).toEqual(['a', 'b']);
    expect(((await get(ghostBucket, raw)) as LinkBucket | undefined)?.has('x.example/ghost') ?? false).toBe(false);
    expect(Object.fromEntries(await repo.countBySource())).toEqual({ local: 2, f: 1 });
    expect(await repo.recover()).toBeNull();
  });

  it("after a crash between erasing a day's stories and unlisting them, the next start drops their entries", async () => {
    const repo = freshRepo();
    const day = (i: number) => ({ ...story(`e${i}`, '2026-09-01T01:00:00Z', `https://x.example/e${i}`), publishedAt: Date.parse('2026-09-01T01:00:00Z') + i, sourceId: 'feed' });
    await repo.add([0, 1, 2, 3].map(day));
    await repo.setKept(['e1'], true);
    expect(await repo.recover()).toEqual({ stories: 4, repaired: 0 });
    // The first step of removing e0–e2 done, as a crash would leave it: e1 is kept, so only e0 and e2 are erased.
    await erase(await rawStore()('readwrite', (os) => eraseFromDay(os, null, '2026-09-01', ['e0', 'e1', 'e2'], () => false)));
    expect(await get('m:erasing', rawStore())).toBe('2026-09-01');
    // Readers already pass over the entries of stories that are gone.
    const all = [0, Date.parse('2027-01-01')] as const;
    expect((await repo.listBetween(...all)).map((s) => s.id)).toEqual(['e1', 'e3']);
    expect((await repo.listHeadsBetween(...all)).map((s) => s.id)).toEqual(['e0', 'e1', 'e2', 'e3']); // until the next start
    expect(await repo.get('e0')).toBeUndefined();
    const fixed = await repo.recover();
    expect(fixed?.stories).toBe(2);
    expect(fixed!.repaired).toBeGreaterThan(0);
    expect((await repo.listHeadsBetween(...all)).map((s) => s.id)).toEqual(['e1', 'e3']);
    expect(await repo.count()).toBe(2);
    expect(Object.fromEntries(await repo.countBySource())).toEqual({ feed: 2 });
    expect(await repo.recover()).toBeNull();
    expect(await repo.verify()).toEqual({ stories: 2, repaired: 0 });
  });

  it('erasing a day reads its entries again when a story was added since, so a range never takes the newcomer', async () => {
    const repo = freshRepo();
    const at = (id: string, ms: number) => ({ ...story(id, '2026-09-01T01:00:00Z', `https://x.example/${id}`), publishedAt: Date.parse('2026-09-01T01:00:00Z') + ms, sourceId: 'feed' });
    await repo.add([at('e0', 0), at('e1', 10), at('e2', 20)]);
    const { snapshot } = await rawStore()('readwrite', (os) => eraseFromDay(os, null, '2026-09-01', [], () => false));
    expect(snapshot.ordered.map((e) => e[0])).toEqual(['e0', 'e1', 'e2']);
    // Added between e0 and e2 after the snapshot: erasing e0–e2 as one range would take it too.
    await repo.add([at('late', 5)]);
    const next = await rawStore()('readwrite', (os) => eraseFromDay(os, snapshot, '2026-09-01', ['e0', 'e1', 'e2'], () => false));
    expect(next.snapshot.ordered.map((e) => e[0])).toEqual(['e0', 'late', 'e1', 'e2']);
    await erase(next);
    // Their entries are still there (the unlisting is the next step), their records are not: only the newcomer is read.
    expect((await repo.listBetween(0, Date.parse('2027-01-01'))).map((s) => s.id)).toEqual(['late']);
    // The same snapshot, nothing added since: it is used as it is.
    expect((await rawStore()('readwrite', (os) => eraseFromDay(os, next.snapshot, '2026-09-01', [], () => false))).snapshot).toBe(next.snapshot);
  });

  it("notices a story gone from under its day's entry (the day's keys no longer number its entries) and drops the entry", async () => {
    const repo = freshRepo();
    const a = { ...story('a', '2026-11-28T01:00:00Z', 'https://x.example/a'), sourceId: 'f' };
    await repo.add([a, { ...story('b', '2026-11-28T02:00:00Z'), sourceId: 'f' }, { ...story('c', '2026-11-27T02:00:00Z'), sourceId: 'f' }]);
    // Its record erased, as a removal cut short before unlisting it would leave it (without the mark that says so).
    await lastRecords().erase('2026-11-28', [storyKey(a.publishedAt, 'a')]);
    // The day entry, the source bucket, the counter.
    expect(await repo.verify()).toEqual({ stories: 2, repaired: 3 });
    expect(await repo.count()).toBe(2);
    expect(Object.fromEntries(await repo.countBySource())).toEqual({ f: 2 });
    expect(await repo.findAbout(topicTermQuery('body'), 0, Date.parse('2027-01-01'))).toEqual(['b', 'c']);
    // Its URL is free again.
    expect(await repo.add([{ ...story('a2', '2026-11-28T03:00:00Z', 'https://x.example/a'), sourceId: 'f' }])).toEqual({ added: 1, duplicates: 0 });
  });

  it('builds the source index for a database written by the first layout', async () => {
    const repo = freshRepo();
    const raw = rawStore();
    await repo.getMeta('x'); // opens the database
    const a = story('a', '2026-11-28T01:00:00Z', 'https://x.example/a');
    await set('s:a', a, raw);
    await set('u:x.example/a', 'a', raw);
    await set('d:2026-11-28', [['a', a.publishedAt]], raw);
    // The source bucket, the day entry (numbered now) and the story's terms; the first counter is not counted as wrong.
    expect(await repo.recover()).toEqual({ stories: 1, repaired: 3 });
    expect(Object.fromEntries(await repo.countBySource())).toEqual({ local: 1 });
    expect(await repo.count()).toBe(1);
    expect((await repo.listAbout(topicTermQuery('body'), 0, Date.parse('2027-01-01'))).map((s) => s.id)).toEqual(['a']);
  });

  it('finds a story by id, and a bucket written again forgets the stories of days that are gone', async () => {
    const repo = freshRepo();
    const old = { ...story('old', '2026-09-01T01:00:00Z', 'https://x.example/old'), sourceId: 'feed' };
    await repo.add([old, { ...story('kept-day', '2026-11-27T01:00:00Z'), sourceId: 'feed' }]);
    expect(await repo.get('old')).toEqual(old);
    await repo.prune(Date.parse('2026-11-28T12:00:00Z'), { maxAgeDays: 60, maxStories: 100 });
    expect(await repo.get('old')).toBeUndefined();
    // The pruned story's entry stays in its bucket until that bucket is written again.
    const bucket = idBucketKey('old');
    expect(((await get(bucket, rawStore())) as IdBucket).has('old')).toBe(true);
    let k = 0;
    while (idBucketKey(`probe${k}`) !== bucket) k++;
    await repo.add([story(`probe${k}`, '2026-11-28T01:00:00Z')]);
    expect([...((await get(bucket, rawStore())) as IdBucket).keys()]).toEqual([`probe${k}`]);
    expect(await repo.get(`probe${k}`)).toMatchObject({ id: `probe${k}` });
  });

  it('moves an archive of layout 3 (stories as s:<id>, URL keys as u:<key>) to time-ordered keys and lookups', async () => {
    const repo = freshRepo();
    const stories = Array.from({ length: 450 }, (_, i) => ({
      ...story(`v3-${i}`, '2026-11-20T01:00:00Z', `https://x.example/v3/${i}`),
      publishedAt: Date.parse('2026-11-20T01:00:00Z') + i * 60_000,
      sourceId: 'feed',
    }));
    await repo.addInBatches(stories, 200);
    // Written back the way layout 3 kept it: story and URL keys by id in the main store (no rooms), no lookups, the
    // layout mark 3.
    const raw = rawStore();
    for (const [, value] of await roomRecords('2026-11-20')) {
      const s = value as Story;
      await set(`s:${s.id}`, s, raw);
      await set(`u:x.example/v3/${s.id.slice(3)}`, s.id, raw);
    }
    await deleteRoom('2026-11-20');
    for (const [key] of await entries(raw)) if (/^[il]:/.test(String(key))) await del(key, raw);
    await set('m:schema', 3, raw);
    expect(await repo.recover()).toEqual({ stories: 450, repaired: 0 });
    const keys = (await entries(raw)).map(([k]) => k);
    expect(keys.filter((k) => /^[su]:/.test(String(k)))).toEqual([]);
    expect(keys.filter(Array.isArray)).toHaveLength(450);
    expect(await repo.get('v3-7')).toEqual(stories[7]);
    expect((await repo.listBetween(stories[10].publishedAt, stories[13].publishedAt)).map((s) => s.id)).toEqual(['v3-10', 'v3-11', 'v3-12']);
    expect(await repo.add([{ ...story('again', '2026-11-21T01:00:00Z', 'https://x.example/v3/99'), sourceId: 'feed' }])).toEqual({ added: 0, duplicates: 1 });
    expect(await repo.recover()).toBeNull();
    expect(await repo.verify()).toEqual({ stories: 450, repaired: 0 });
  });

  describe('the day rooms', () => {
    /** The days that have a room, as the browser lists its databases. */
    const roomDays = async () => {
      const prefix = `${lastDb}~`;
      return (await indexedDB.databases()).flatMap(({ name }) => (name?.startsWith(prefix) ? [name.slice(prefix.length)] : [])).sort();
    };
    const fromFeed = (id: string, iso: string): Story => ({ ...story(id, iso, `https://x.example/${id}`), sourceId: 'feed' });

    it("keeps each UTC day's records in a database of their own, and deletes it when the day goes whole", async () => {
      const repo = freshRepo();
      await repo.add([fromFeed('a', '2026-09-01T01:00:00Z'), fromFeed('b', '2026-09-01T02:00:00Z'), fromFeed('c', '2026-11-28T01:00:00Z')]);
      expect(await roomDays()).toEqual(['2026-09-01', '2026-11-28']);
      expect(((await roomRecords('2026-09-01')) as [unknown, Story][]).map(([, s]) => s.id)).toEqual(['a', 'b']);
      expect((await entries(rawStore())).filter(([k]) => Array.isArray(k))).toEqual([]);
      expect(await repo.prune(Date.parse('2026-11-28T12:00:00Z'), { maxAgeDays: 60, maxStories: 100 })).toEqual({ removed: 2 });
      expect(await roomDays()).toEqual(['2026-11-28']);
      expect(await repo.get('a')).toBeUndefined();
      expect((await repo.listBetween(0, Date.parse('2027-01-01'))).map((s) => s.id)).toEqual(['c']);
      // Its URL is free again.
      expect(await repo.add([fromFeed('a', '2026-11-28T03:00:00Z')])).toEqual({ added: 1, duplicates: 0 });
      expect(await repo.verify()).toEqual({ stories: 2, repaired: 0 });
      expect(await repo.clearStories()).toEqual({ removed: 2 });
      expect(await roomDays()).toEqual([]);
    });

    it("keeps each room's key list in step with its records: imports, a source removed, part of a day pruned", async () => {
      const repo = freshRepo();
      const inStep = async (day: string, count: number) => {
        const list = await roomStore(day)('readonly', readKeyList);
        const keys = (await roomRecords(day)).map(([k]) => k);
        expect(keys).toHaveLength(count);
        expect([...(list?.values() ?? [])].sort((x, y) => indexedDB.cmp(x, y))).toEqual(keys);
      };
      const at = (id: string, minute: number, sourceId: string) => ({ ...fromFeed(id, '2026-09-01T01:00:00Z'), publishedAt: Date.parse('2026-09-01T01:00:00Z') + minute * 60_000, sourceId });
      await repo.add([at('a', 0, 'feed'), at('b', 1, 'other'), at('c', 2, 'feed')]);
      await repo.add([at('d', 3, 'other'), at('e', 4, 'feed'), at('a', 0, 'feed')]);
      await inStep('2026-09-01', 5);
      expect(await repo.removeSource('other')).toEqual({ removed: 2 });
      await inStep('2026-09-01', 3);
      // Kept, c outlives retention: the day goes in part, its records erased in ranges.
      await repo.setKept(['c'], true);
      expect(await repo.prune(Date.parse('2026-11-28T12:00:00Z'), { maxAgeDays: 60, maxStories: 100 })).toEqual({ removed: 2 });
      await inStep('2026-09-01', 1);
      expect(await repo.verify()).toEqual({ stories: 1, repaired: 0 });
    });

    it("verify() deletes a record found in another day's room, and a key that is no story's", async () => {
      const repo = freshRepo();
      const a = fromFeed('a', '2026-11-28T01:00:00Z');
      const b = fromFeed('b', '2026-11-27T01:00:00Z');
      await repo.add([a, b, fromFeed('c', '2026-11-26T01:00:00Z')]);
      // In a room with its key list, the stray record listed with it (the way the repository writes records).
      await roomStore('2026-11-27')('readwrite', async (os) => {
        const list = await keyListOf(os);
        os.put(a, storyKey(a.publishedAt, 'a'));
        addKey(list, storyKey(a.publishedAt, 'a'));
        writeKeyList(os, list);
      });
      // In a room from before the key lists (none), a stray record and a key that is no story's.
      await del(KEY_LIST, roomStore('2026-11-26'));
      await set(storyKey(a.publishedAt, 'a'), a, roomStore('2026-11-26'));
      await set(['s', 'no time'], 1, roomStore('2026-11-26'));
      expect(await repo.verify()).toEqual({ stories: 3, repaired: 3 });
      expect((await roomRecords('2026-11-27')).map(([k]) => k)).toEqual([storyKey(b.publishedAt, 'b')]);
      expect((await roomRecords('2026-11-26')).map(([k]) => k)).toEqual([storyKey(Date.parse('2026-11-26T01:00:00Z'), 'c')]);
      // Both rooms' lists name what they hold: the one walked has one now.
      for (const day of ['2026-11-27', '2026-11-26']) {
        const list = await roomStore(day)('readonly', readKeyList);
        expect([...list!.values()]).toEqual((await roomRecords(day)).map(([k]) => k));
      }
      expect(await repo.get('a')).toEqual(a);
      expect(await repo.verify()).toEqual({ stories: 3, repaired: 0 });
    });

    it('an import reads the lookups again for its write only when another import came in between (another tab)', async () => {
      const repo = freshRepo();
      const db = lastDb;
      const run = createRunner(createStore(db, 'kv'));
      const records = createRecords(db, run);
      // Another tab's repository adds a story between this import's first read and its write.
      const other = createNewsRepository(db);
      const first = fromFeed('first', '2026-11-28T01:00:00Z');
      let k = 0;
      while (idBucketKey(`x${k}`) !== idBucketKey('first') || linkBucketKey(`x.example/x${k}`) === linkBucketKey('x.example/first')) k++;
      const between = fromFeed(`x${k}`, '2026-11-28T02:00:00Z');
      const put = records.put;
      records.put = async (stories) => {
        await other.add([between]);
        return put(stories);
      };
      expect(await addStories(run, records, [first])).toEqual({ added: 1, duplicates: 0 });
      // The bucket both ids fall in holds both: the write did not put back what it had read before the other import.
      expect([...((await get(idBucketKey('first'), rawStore())) as IdBucket).keys()].sort()).toEqual(['first', `x${k}`].sort());
      expect(await repo.get(`x${k}`)).toEqual(between);
      expect(await repo.add([fromFeed(`x${k}`, '2026-11-28T02:00:00Z')])).toEqual({ added: 0, duplicates: 1 });
      expect(await repo.verify()).toEqual({ stories: 2, repaired: 0 });
    });

    it('reading a day, a story or a span that has no room makes none', async () => {
      const repo = freshRepo();
      await repo.add([fromFeed('a', '2026-11-28T01:00:00Z')]);
      expect(await repo.get('missing')).toBeUndefined();
      expect(await repo.listBetween(Date.parse('2026-11-01T00:00:00Z'), Date.parse('2026-11-28T00:00:00Z'))).toEqual([]);
      expect(await repo.storiesOf([{ id: 'x', publishedAt: Date.parse('2026-10-02T01:00:00Z') }])).toEqual([]);
      expect(await repo.listBriefable(Date.parse('2026-10-01T00:00:00Z'), Date.parse('2026-10-08T00:00:00Z'), 0)).toEqual([]);
      expect(await roomDays()).toEqual(['2026-11-28']);
    });

    it('an import over several days is all or nothing: a day whose records fail takes the others back', async () => {
      const repo = freshRepo();
      const bad = { ...fromFeed('bad', '2026-11-27T01:00:00Z'), text: () => 'functions cannot be cloned' } as unknown as Story;
      await expect(repo.add([fromFeed('ok', '2026-11-28T01:00:00Z'), bad])).rejects.toThrow();
      expect(await repo.count()).toBe(0);
      expect(await roomRecords('2026-11-28')).toEqual([]);
      expect(await repo.add([fromFeed('ok', '2026-11-28T01:00:00Z')])).toEqual({ added: 1, duplicates: 0 });
      expect(await repo.verify()).toEqual({ stories: 1, repaired: 0 });
      // verify() drops the room that holds nothing.
      expect(await roomDays()).toEqual(['2026-11-28']);
    });

    it('an archive from before the rooms keeps its records in the main store: read, found by URL, pruned', async () => {
      const repo = freshRepo();
      const old = [fromFeed('o1', '2026-09-01T01:00:00Z'), fromFeed('o2', '2026-09-01T02:00:00Z'), fromFeed('o3', '2026-11-27T01:00:00Z')];
      await repo.add(old);
      // Moved back where layout 6 kept them.
      const raw = rawStore();
      for (const day of ['2026-09-01', '2026-11-27']) {
        for (const [key, value] of await roomRecords(day)) await set(key, value, raw);
        await deleteRoom(day);
      }
      // A repository opened on it afresh, as the app's next start would.
      const legacy = createNewsRepository(lastDb);
      expect(await legacy.get('o1')).toEqual(old[0]);
      expect((await legacy.listBetween(0, Date.parse('2027-01-01'))).map((s) => s.id)).toEqual(['o1', 'o2', 'o3']);
      expect((await legacy.listHeadsBetween(0, Date.parse('2027-01-01'))).map((s) => s.id)).toEqual(['o1', 'o2', 'o3']);
      expect(await legacy.add([fromFeed('o3', '2026-11-28T01:00:00Z'), fromFeed('new', '2026-11-27T05:00:00Z')])).toEqual({ added: 1, duplicates: 1 });
      expect(await legacy.latestBefore(Date.parse('2027-01-01'))).toBe(Date.parse('2026-11-27T05:00:00Z'));
      expect(await legacy.prune(Date.parse('2026-11-28T12:00:00Z'), { maxAgeDays: 60, maxStories: 100 })).toEqual({ removed: 2 });
      expect((await entries(raw)).filter(([k]) => Array.isArray(k)).map(([, s]) => (s as Story).id)).toEqual(['o3']);
      expect((await legacy.listBetween(0, Date.parse('2027-01-01'))).map((s) => s.id)).toEqual(['o3', 'new']);
      expect(await legacy.verify()).toEqual({ stories: 2, repaired: 0 });
    });
  });

  describe('the head buckets', () => {
    const headKeys = async () => (await entries(rawStore())).map(([k]) => String(k)).filter((k) => k.startsWith('h:')).sort();

    it('lists the heads of a local day in time order, without the texts, and reads the stories of heads asked for', async () => {
      const repo = freshRepo();
      const long = { ...story('long', '2026-11-28T02:00:00Z'), text: `${'Long words here. '.repeat(40)}End.` };
      // 00:30 in Hanoi on the 28th is the 27th in UTC: the local day spans two UTC days.
      const early = story('early', '2026-11-27T17:30:00Z');
      const stories = [long, early, story('b', '2026-11-28T02:00:00Z'), story('late', '2026-11-28T16:59:00Z'), story('next-day', '2026-11-28T17:00:00Z')];
      await repo.add(stories);
      const { start, end } = dayRange('2026-11-28', 'Asia/Ho_Chi_Minh');
      const heads = await repo.listHeadsBetween(start, end);
      expect(heads).toEqual([early, stories[2], long, stories[3]].map(storyHead));
      expect(heads[2].lead).toHaveLength(400);
      expect(heads.every((h) => !('text' in h))).toBe(true);
      expect(await repo.listHeadsBetween(end, start)).toEqual([]);
      expect(await headKeys()).toEqual(['h:2026-11-27T17', 'h:2026-11-28T02', 'h:2026-11-28T16', 'h:2026-11-28T17']);
      // In the order asked, leaving out what is not stored.
      expect(await repo.storiesOf([heads[2], { id: 'ghost', publishedAt: start }, heads[0]])).toEqual([long, early]);
      expect(await repo.storiesOf([])).toEqual([]);
    });

    it('never lists a removed story; its head goes when its bucket is written again, and the buckets with its day', async () => {
      const repo = freshRepo();
      const at = (id: string, iso: string, sourceId: string) => ({ ...story(id, iso), sourceId });
      await repo.add([at('a', '2026-11-28T01:10:00Z', 'f'), at('b', '2026-11-28T01:20:00Z', 'g'), at('old', '2026-09-01T01:00:00Z', 'g')]);
      await repo.removeSource('f');
      const { start, end } = dayRange('2026-11-28', 'UTC');
      expect((await repo.listHeadsBetween(start, end)).map((h) => h.id)).toEqual(['b']);
      const bucket = async () => ((await get('h:2026-11-28T01', rawStore())) as StoryHead[]).map((h) => h.id);
      expect(await bucket()).toEqual(['a', 'b']);
      await repo.add([at('c', '2026-11-28T01:30:00Z', 'g')]);
      expect(await bucket()).toEqual(['b', 'c']);
      await repo.prune(Date.parse('2026-11-28T12:00:00Z'), { maxAgeDays: 60, maxStories: 100 });
      expect(await headKeys()).toEqual(['h:2026-11-28T01']);
    });

    it('reads whole the stories whose heads are missing (a few one by one, many in one range), and an upgrade builds them', async () => {
      const repo = freshRepo();
      const stories = Array.from({ length: 260 }, (_, i) => ({ ...story(`s${i}`, '2026-11-28T00:00:00Z'), publishedAt: Date.parse('2026-11-28T00:00:00Z') + i * 300_000 }));
      await repo.addInBatches(stories, 100);
      const { start, end } = dayRange('2026-11-28', 'UTC');
      const raw = rawStore();
      const all = stories.map(storyHead);
      await del('h:2026-11-28T03', raw);
      expect(await repo.listHeadsBetween(start, end)).toEqual(all.filter((h) => h.publishedAt < end));
      for (const key of await headKeys()) await del(key, raw);
      expect(await repo.listHeadsBetween(start, end)).toEqual(all.filter((h) => h.publishedAt < end));
      // An archive of layout 4 has no buckets: the upgrade builds those of the newest 8 UTC days (older days are read whole).
      const older = { ...story('older', '2026-11-21T01:00:00Z'), text: 'Older.' };
      await repo.add([older, story('oldest', '2026-11-20T22:00:00Z')]);
      for (const key of await headKeys()) await del(key, raw);
      await set('m:schema', 4, raw);
      expect(await repo.recover()).toEqual({ stories: 262, repaired: 0 });
      expect(await headKeys()).toHaveLength(23);
      expect(await get('h:2026-11-20T22', raw)).toBeUndefined();
      expect(await get('h:2026-11-21T01', raw)).toEqual([storyHead(older)]);
      expect(await get('h:2026-11-28T03', raw)).toEqual(all.filter((h) => h.publishedAt >= start + 3 * 3_600_000 && h.publishedAt < start + 4 * 3_600_000));
      expect(await repo.recover()).toBeNull();
      expect(await repo.listHeadsBetween(Date.parse('2026-11-20T00:00:00Z'), end)).toEqual([
        storyHead(story('oldest', '2026-11-20T22:00:00Z')),
        storyHead(older),
        ...all.filter((h) => h.publishedAt < end),
      ]);
    });

    it('lists a span for a briefing: whole up to `over` stories, else heads (those of layout 5 read whole), and layout 5 upgrades', async () => {
      const repo = freshRepo();
      const stories = Array.from({ length: 6 }, (_, i) => ({ ...story(`s${i}`, '2026-11-28T00:00:00Z'), publishedAt: Date.parse('2026-11-28T00:00:00Z') + i * 3_000_000 }));
      await repo.add(stories);
      const { start, end } = dayRange('2026-11-28', 'UTC');
      expect(await repo.listBriefable(start, end, 6)).toEqual(stories);
      expect(await repo.listBriefable(start, end, 5)).toEqual(stories.map(storyHead));
      expect(await repo.listBriefable(end, start, 0)).toEqual([]);
      // A bucket of layout 5 (heads without the opening and length): its stories are read whole and their heads made.
      const raw = rawStore();
      const old = ((await get('h:2026-11-28T00', raw)) as StoryHead[]).map(({ opening: _o, chars: _c, ...h }) => h);
      await set('h:2026-11-28T00', old, raw);
      expect(await repo.listBriefable(start, end, 5)).toEqual(stories.map(storyHead));
      expect(await repo.listHeadsBetween(start, end)).toEqual(stories.map(storyHead));
      // The upgrade to layout 6 builds the newest days' buckets again.
      await set('m:schema', 5, raw);
      expect(await repo.recover()).toEqual({ stories: 6, repaired: 0 });
      expect(await get('h:2026-11-28T00', raw)).toEqual(stories.slice(0, 2).map(storyHead));
      expect(await repo.recover()).toBeNull();
    });

    it('verify() removes the head buckets and term shards of days with no stories left, before and after those with', async () => {
      const repo = freshRepo();
      await repo.add([story('a', '2026-11-28T01:00:00Z')]);
      const termKeys = async () => (await entries(rawStore())).map(([k]) => String(k)).filter((k) => k.startsWith('t:'));
      const kept = await termKeys();
      for (const hour of ['2026-11-20T05', '2026-11-20T07', '2026-11-29T01']) await set(`h:${hour}`, [storyHead(story('gone', `${hour}:00:00Z`))], rawStore());
      for (const key of ['t:2026-11-21\x01g', 't:2026-11-21\x01h', 't:2026-11-30\x01g']) await set(key, packShard(new Map([['gone', [99]]])), rawStore());
      expect(await repo.verify()).toEqual({ stories: 1, repaired: 0 });
      expect(await headKeys()).toEqual(['h:2026-11-28T01']);
      expect(await termKeys()).toEqual(kept);
      expect(await repo.listHeadsBetween(0, Date.parse('2027-01-01'))).toEqual([storyHead(story('a', '2026-11-28T01:00:00Z'))]);
    });
  });

  describe('the term index', () => {
    const ALL: [number, number] = [0, Date.parse('2027-01-01')];
    const news = (id: string, iso: string, title: string, text: string, sourceId = 'feed'): Story => ({ ...story(id, iso), title, text, sourceId });
    const ids = (stories: Story[]) => stories.map((s) => s.id).sort();
    const library = () => [
      news('chips', '2026-11-28T01:00:00Z', 'Nvidia chip sales climb', 'Demand held up.'),
      news('vi', '2026-11-27T01:00:00Z', 'Thị trường khởi sắc', 'Cổ phiếu bán dẫn tăng mạnh trong phiên sáng nay.'),
      news('deep', '2026-11-28T02:00:00Z', 'A quiet week for startups', `Lead paragraph.\n\nSecond.\n\nA supplier of chips was mentioned here.`),
      news('seek', '2026-11-26T01:00:00Z', 'DeepSeek ships a model', 'It is open.'),
    ];

    it("finds a topic's stories by the words of their title and lead, with its synonyms in both languages", async () => {
      const repo = freshRepo();
      await repo.add(library());
      expect(ids(await repo.listAbout(topicTermQuery('chips'), ...ALL))).toEqual(['chips', 'vi']);
      expect(ids(await repo.listAbout(topicTermQuery('semiconductors'), ...ALL))).toEqual(['chips', 'vi']);
      // Within the span asked only.
      expect(ids(await repo.listAbout(topicTermQuery('chips'), Date.parse('2026-11-28T00:00:00Z'), ALL[1]))).toEqual(['chips']);
      expect(await repo.listAbout(topicTermQuery('weather'), ...ALL)).toEqual([]);
    });

    it('finds what a search begins, word by word', async () => {
      const repo = freshRepo();
      await repo.add(library());
      expect(ids(await repo.listAbout(searchTermQuery('deeps')!, ...ALL))).toEqual(['seek']);
      expect(ids(await repo.listAbout(searchTermQuery('nvid sal')!, ...ALL))).toEqual(['chips']);
      expect(ids(await repo.listAbout(searchTermQuery('ban da')!, ...ALL))).toEqual(['vi']);
    });

    it('never finds a removed story, and verify() compacts its numbers away without calling it a repair', async () => {
      const repo = freshRepo();
      await repo.add(library());
      await repo.add([news('other', '2026-11-28T03:00:00Z', 'More chips', 'x', 'feed-b')]);
      expect(await repo.removeSource('feed-b')).toEqual({ removed: 1 });
      expect(ids(await repo.listAbout(topicTermQuery('chips'), ...ALL))).toEqual(['chips', 'vi']);
      const chipShard = async () => unpackShard(await get('t:2026-11-28\x01c', rawStore())).get('chip');
      expect(await chipShard()).toHaveLength(2);
      expect(await repo.verify()).toEqual({ stories: 4, repaired: 0 });
      expect(await chipShard()).toHaveLength(1);
      // A day emptied takes its whole term index with it.
      await repo.removeSource('feed');
      expect(await get('t:2026-11-28\x01c', rawStore())).toBeUndefined();
    });

    it('verify() repairs a missing posting', async () => {
      const repo = freshRepo();
      await repo.add(library());
      const shard = unpackShard(await get('t:2026-11-26\x01d', rawStore()));
      shard.delete('deepseek');
      await set('t:2026-11-26\x01d', packShard(shard), rawStore());
      expect(await repo.listAbout(topicTermQuery('deepseek'), ...ALL)).toEqual([]);
      expect(await repo.verify()).toEqual({ stories: 4, repaired: 1 });
      expect(ids(await repo.listAbout(topicTermQuery('deepseek'), ...ALL))).toEqual(['seek']);
    });

    it('reads term shards an earlier version stored as Maps, and stores them packed when they are written again', async () => {
      const repo = freshRepo();
      await repo.add(library());
      // As an archive written before packing: every shard a Map.
      const shards = (await entries(rawStore())).filter(([k]) => String(k).startsWith('t:'));
      expect(shards.length).toBeGreaterThan(0);
      for (const [k, v] of shards) await set(k, unpackShard(v), rawStore());
      expect(ids(await repo.listAbout(topicTermQuery('deepseek'), ...ALL))).toEqual(['seek']);
      expect(ids(await repo.listAbout(searchTermQuery('nvid sal')!, ...ALL))).toEqual(['chips']);
      expect(await repo.verify()).toEqual({ stories: 4, repaired: 0 });
      await repo.add([news('more', '2026-11-26T05:00:00Z', 'DeepSeek again', 'x', 'feed')]);
      const written = await get('t:2026-11-26\x01d', rawStore());
      expect(written).not.toBeInstanceOf(Map);
      expect(unpackShard(written).get('deepseek')).toHaveLength(2);
      expect(ids(await repo.listAbout(topicTermQuery('deepseek'), ...ALL)).sort()).toEqual(['more', 'seek']);
    });

    it('checks again when stories arrive while it checks, and ends consistent', async () => {
      const repo = freshRepo();
      await repo.add(library());
      const checking = repo.verify();
      await repo.add([news('late', '2026-11-28T05:00:00Z', 'Late chip news', 'x')]);
      expect((await checking).repaired).toBe(0);
      expect(await repo.verify()).toEqual({ stories: 5, repaired: 0 });
      expect(ids(await repo.listAbout(topicTermQuery('chip'), ...ALL))).toEqual(['chips', 'late', 'vi']);
    });
  });

  it('keeps the count in step through adding, removing and pruning, and prunes a big day a slice at a time', async () => {
    const repo = freshRepo();
    const many = Array.from({ length: ERASE_FIRST + 350 }, (_, i) => ({
      ...story(`m${i}`, '2026-09-01T01:00:00Z', `https://x.example/m${i}`),
      publishedAt: Date.parse('2026-09-01T01:00:00Z') + i,
      sourceId: 'feed',
    }));
    await repo.addInBatches(many, 100);
    await repo.add([{ ...story('new', '2026-11-28T01:00:00Z'), sourceId: 'feed' }, story('sample', '2025-02-03T01:00:00Z')]);
    expect(await repo.count()).toBe(many.length + 2);
    // Kept stories in the middle of the day and at its end: the ranges removed go round them.
    await repo.setKept(['m500', 'm501', `m${many.length - 1}`], true);
    const before = repo.revision();
    expect(await repo.prune(Date.parse('2026-11-28T12:00:00Z'), { maxAgeDays: 60, maxStories: 100 })).toEqual({ removed: many.length - 3 });
    expect(repo.revision() - before).toBeGreaterThanOrEqual(3); // the erasing slices (two at least) and the unlisting
    expect(await repo.count()).toBe(5);
    expect((await repo.listBetween(0, Date.parse('2027-01-01'))).map((s) => s.id)).toEqual(['sample', 'm500', 'm501', `m${many.length - 1}`, 'new']);
    expect(await repo.verify()).toEqual({ stories: 5, repaired: 0 });
    // The URLs of pruned stories are free again.
    expect(await repo.add([{ ...story('back', '2026-11-28T02:00:00Z', 'https://x.example/m3'), sourceId: 'feed' }])).toEqual({ added: 1, duplicates: 0 });
    expect(await repo.add([{ ...story('m3', '2026-11-28T03:00:00Z'), sourceId: 'feed' }])).toEqual({ added: 1, duplicates: 0 });
    expect(await repo.add([{ ...story('dup', '2026-11-28T03:00:00Z', 'https://x.example/m500'), sourceId: 'feed' }])).toEqual({ added: 0, duplicates: 1 });
    expect(await repo.count()).toBe(7);
  });
});
