// The storage benchmark's Dexie yardstick (dexie-peer.ts) answers as the real repository does, on fake-indexeddb:
// dedup by id and by article URL, the [start, end) window, topics and searches through the term index, count, and
// retention that spares the sample edition and kept stories.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { searchTermQuery, topicTermQuery } from '../../src/domain/stories/topic-query';
import type { Story } from '../../src/domain/types';
import { createDexiePeer, type DexiePeer } from './dexie-peer';

const DAY_MS = 86_400_000;
const T0 = Date.parse('2026-11-28T00:00:00Z');

let n = 0;
const open: DexiePeer[] = [];
const freshPeer = (pruneSlice?: number) => {
  const peer = createDexiePeer(`test-dexie-peer-${++n}`, { indexedDB, IDBKeyRange, ...(pruneSlice ? { pruneSlice } : {}) });
  open.push(peer);
  return peer;
};
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.delete()));
});

const story = (id: string, publishedAt: number, more: Partial<Story> = {}): Story => ({
  id,
  title: id,
  source: 'S',
  url: '',
  publishedAt,
  lang: 'en',
  text: 'Body.',
  sourceId: 'feed',
  ...more,
});
const ids = (stories: Story[]) => stories.map((s) => s.id);

describe('Dexie peer (the storage benchmark yardstick)', () => {
  it('adds stories once, by id and then by article URL, the first of a batch winning', async () => {
    const peer = freshPeer();
    expect(await peer.add([story('a', T0, { url: 'https://x.example/a' })])).toEqual({ added: 1, duplicates: 0 });
    const again = await peer.add([
      story('a', T0 + 1), // same id
      story('b', T0 + 2, { url: 'https://www.x.example/a/?utm_source=feed' }), // same article
      story('c', T0 + 3, { url: 'https://x.example/' }), // a front page says nothing about identity
      story('c', T0 + 4), // same id, earlier in the batch
      story('d', T0 + 5, { url: 'https://y.example/d' }),
      story('e', T0 + 6, { url: 'https://y.example/d#comments' }), // same article, earlier in the batch
    ]);
    expect(again).toEqual({ added: 2, duplicates: 4 });
    expect(await peer.count()).toBe(3);
    expect(ids(await peer.listBetween(T0, T0 + DAY_MS))).toEqual(['a', 'c', 'd']);
    expect(await peer.add([])).toEqual({ added: 0, duplicates: 0 });
  });

  it('writes nothing when a batch fails for another reason than a duplicate', async () => {
    const peer = freshPeer();
    const bad = { ...story('bad', T0), extra: () => 'functions cannot be cloned' } as Story;
    await expect(peer.add([story('ok', T0), bad])).rejects.toThrow();
    expect(await peer.count()).toBe(0);
  });

  it('lists [start, end): the start in, the end out, oldest first, as plain stories', async () => {
    const peer = freshPeer();
    const inside = story('start', T0, { url: 'https://x.example/start' });
    await peer.add([story('end', T0 + DAY_MS), story('last', T0 + DAY_MS - 1), inside, story('before', T0 - 1)]);
    const listed = await peer.listBetween(T0, T0 + DAY_MS);
    expect(ids(listed)).toEqual(['start', 'last']);
    expect(listed[0]).toEqual(inside); // no terms, urlKey or prunableAt: those are the peer's index fields
    expect(await peer.listBetween(T0, T0)).toEqual([]);
    expect(await peer.listBetween(T0 + 1, T0)).toEqual([]);
  });

  it('finds a topic by the title and lead, synonyms included, within the window', async () => {
    const peer = freshPeer();
    const chips = story('nvidia', T0 + 1, { title: 'Nvidia chip sales', text: 'Revenue rose.' });
    const banDan = story('ban-dan', T0 + 2, { title: 'Tin kinh tế', text: 'Các hãng bán dẫn Việt Nam tăng trưởng.', lang: 'vi' });
    await peer.add([
      banDan,
      chips,
      story('deep', T0 + 3, { title: 'Markets today', text: 'Stocks rose.\n\nBonds fell.\n\nNew chips were launched too.' }),
      story('ban-only', T0 + 4, { title: 'Ban on exports', text: 'A ban, no more.' }), // one word of a two-word synonym
      story('yesterday', T0 - 1, { title: 'Chips for data centres' }),
    ]);
    const found = await peer.about(topicTermQuery('chips'), T0, T0 + DAY_MS);
    expect(ids(found)).toEqual(['nvidia', 'ban-dan']);
    expect(found).toEqual([chips, banDan]);
    expect(ids(await peer.about(topicTermQuery('chips'), T0 - DAY_MS, T0 + DAY_MS))).toEqual(['yesterday', 'nvidia', 'ban-dan']);
    expect(await peer.about(topicTermQuery('chips'), T0 + DAY_MS, T0 + 2 * DAY_MS)).toEqual([]);
    expect(await peer.about(topicTermQuery('the'), T0, T0 + DAY_MS)).toEqual([]); // a query of no terms
  });

  it('finds a search by the beginnings of words (prefix terms), or as a topic', async () => {
    const peer = freshPeer();
    await peer.add([
      story('deepseek', T0 + 1, { title: 'DeepSeek releases a model' }),
      story('deepseeking', T0 + 2, { title: 'News', text: 'The deepsea cable and DeepSeek both.' }), // two terms share the prefix
      story('deep', T0 + 3, { title: 'Deep learning' }), // "deeps" as a topic: the singular "deep"
      story('deepmind', T0 + 4, { title: 'DeepMind wins' }),
    ]);
    const query = searchTermQuery('deeps');
    expect(query).not.toBeNull();
    expect(ids(await peer.about(query!, T0, T0 + DAY_MS))).toEqual(['deepseek', 'deepseeking', 'deep']);
    expect(ids(await peer.about(searchTermQuery('deepseek rel')!, T0, T0 + DAY_MS))).toEqual(['deepseek']);
  });

  it('prunes by age, sparing the sample edition (no source) and kept stories', async () => {
    const peer = freshPeer(2); // slices of 2: several transactions
    const now = T0 + 10 * DAY_MS;
    await peer.add([
      story('old1', T0),
      story('old2', T0 + 1),
      story('old3', T0 + 2),
      story('old-sample', T0 + 3, { sourceId: undefined }),
      story('old-kept', T0 + 4),
      story('recent', now - 2 * DAY_MS),
    ]);
    await peer.setKept(['old-kept', 'recent'], true);
    await peer.setKept(['recent'], false);
    expect(await peer.prune(now, { maxAgeDays: 5, maxStories: 100 })).toEqual({ removed: 3 });
    expect(ids(await peer.listBetween(0, now))).toEqual(['old-sample', 'old-kept', 'recent']);
    expect(await peer.prune(now, { maxAgeDays: 5, maxStories: 100 })).toEqual({ removed: 0 });
    await peer.setKept(['old-kept'], false);
    expect(await peer.prune(now, { maxAgeDays: 5, maxStories: 100 })).toEqual({ removed: 1 });
    expect(ids(await peer.listBetween(0, now))).toEqual(['old-sample', 'recent']);
  });

  it('prunes the oldest beyond maxStories, the spared stories still counting', async () => {
    const peer = freshPeer(3);
    const now = T0 + 10 * DAY_MS;
    const sample = Array.from({ length: 2 }, (_, i) => story(`sample${i}`, T0 + i, { sourceId: undefined }));
    const fed = Array.from({ length: 10 }, (_, i) => story(`s${i}`, T0 + DAY_MS + i));
    await peer.add([...fed].reverse().concat(sample));
    expect(await peer.prune(now, { maxAgeDays: 60, maxStories: 5 })).toEqual({ removed: 7 });
    expect(await peer.count()).toBe(5);
    expect(ids(await peer.listBetween(0, now))).toEqual(['sample0', 'sample1', 's7', 's8', 's9']);
    // Only the spared stories left above the limit: nothing more to remove.
    expect(await peer.prune(now, { maxAgeDays: 60, maxStories: 1 })).toEqual({ removed: 3 });
    expect(ids(await peer.listBetween(0, now))).toEqual(['sample0', 'sample1']);
    // Both limits at once: age first, then the count.
    const other = freshPeer();
    await other.add([story('a', T0), story('b', T0 + 5 * DAY_MS), story('c', T0 + 6 * DAY_MS), story('d', T0 + 7 * DAY_MS)]);
    expect(await other.prune(now, { maxAgeDays: 7, maxStories: 2 })).toEqual({ removed: 2 });
    expect(ids(await other.listBetween(0, now))).toEqual(['c', 'd']);
  });

  it('closes, and deletes its database', async () => {
    const name = `test-dexie-peer-${++n}`;
    const peer = createDexiePeer(name, { indexedDB, IDBKeyRange });
    await peer.add([story('a', T0)]);
    expect(await peer.count()).toBe(1);
    peer.close();
    await expect(peer.count()).rejects.toThrow(); // closed stays closed
    await peer.delete();
    const again = createDexiePeer(name, { indexedDB, IDBKeyRange });
    open.push(again);
    expect(await again.count()).toBe(0);
  });
});
