// The storage benchmark's yardstick (issue 21): the archive's queries — a day's listing, a topic through a multi-entry
// index of terms, the count, retention — written on Dexie 4 the way a Dexie user would, over a database of its own,
// so scripts/bench/storage.ts can time them next to the real repository (idb-keyval: the product owner's choice, and
// it stays) over the same stories in the same page. Runs in the page (served by the bench's Vite server, imported
// with `await import('/scripts/bench/dexie-peer.ts')`) and in Node on fake-indexeddb (dexie-peer.test.ts). Bench only:
// dexie is a dev dependency, and nothing in src/ imports this file.
//
// Dexie is imported as its ES module build by path: its package entry ('dexie') is a wrapper around the UMD build,
// which only a dependency pre-bundler turns into a module, and the bench's Vite server pre-bundles nothing
// (optimizeDeps: { noDiscovery: true, include: [] }): the page would get a script with no exports. dexie-esm.d.ts
// types the path.
import { Dexie, type EntityTable } from 'dexie/dist/dexie.mjs';
import type { RetentionPolicy } from '../../src/domain/news/retention';
import { articleKey } from '../../src/domain/news/story';
import { storyTerms } from '../../src/domain/stories/story-terms';
import { evaluateTermQuery, queryTerms, termKey, type TermQuery } from '../../src/domain/stories/term-query';
import type { Story } from '../../src/domain/types';

/** A stored story: the story, plus what its indexes are built from. */
interface StoryRow extends Story {
  /** The words it is found by (storyTerms: its title and lead): the multi-entry index. */
  terms: string[];
  /** Its article key (articleKey), absent when the link names no article: the unique index that refuses a second copy. */
  urlKey?: string;
  /**
   * Its publication time while retention may remove it, absent when not (the sample edition, which has no source, and
   * kept stories): a sparse index, so pruning finds the oldest removable stories from the index alone, never reading one.
   */
  prunableAt?: number;
}

/**
 * One table, its primary key the story id. The real repository keeps a day, a source, a URL and a term index; these
 * are their Dexie counterparts (publishedAt in place of days). sourceId is not queried here: it is indexed so each
 * add pays for a source index as the real one's does (for countBySource and removeSource).
 */
export const DEXIE_SCHEMA = { stories: 'id, publishedAt, sourceId, &urlKey, *terms, prunableAt' };

/** Stories removed per transaction when pruning: the real repository's REMOVE_SLICE, so no transaction holds the store long. */
export const PRUNE_SLICE = 200;

const DAY_MS = 86_400_000;

export interface DexiePeerOptions {
  /** The IndexedDB to use (fake-indexeddb in Node); the page's own when absent. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Stories removed per prune transaction (PRUNE_SLICE when absent). */
  pruneSlice?: number;
}

export interface DexiePeer {
  /** Stores the stories not already here (same id, or same article URL; the first of a batch wins). One transaction. */
  add(stories: readonly Story[]): Promise<{ added: number; duplicates: number }>;
  /** Stories published in [start, end), oldest first. */
  listBetween(start: number, end: number): Promise<Story[]>;
  /** The stories published in [start, end) the query finds by the words of their title and lead, oldest first; with `limit`, only the newest that many. */
  about(query: TermQuery, start: number, end: number, limit?: number): Promise<Story[]>;
  count(): Promise<number>;
  /** Marks stories to keep (or not) beyond retention. */
  setKept(ids: readonly string[], kept: boolean): Promise<void>;
  /**
   * Removes the stories older than maxAgeDays, then the oldest while more than maxStories are stored, a slice per
   * transaction. Kept stories and those without a source (the sample edition) stay, and still count.
   */
  prune(now: number, policy: RetentionPolicy): Promise<{ removed: number }>;
  close(): void;
  /** Deletes the database. */
  delete(): Promise<void>;
}

type StoryDb = Dexie & { stories: EntityTable<StoryRow, 'id'> };

function toRow(story: Story): StoryRow {
  const row: StoryRow = { ...story, terms: storyTerms(story) };
  const url = articleKey(story.url);
  if (url) row.urlKey = url;
  if (story.sourceId !== undefined) row.prunableAt = story.publishedAt;
  return row;
}

/** The story as it was added: the index fields are the peer's own, so callers get plain stories, like the real repository's. */
function toStory(row: StoryRow): Story {
  const { terms: _terms, urlKey: _urlKey, prunableAt: _prunableAt, ...story } = row;
  return story;
}

const isRow = (r: StoryRow | undefined): r is StoryRow => r !== undefined;

/** The peer on a Dexie database named `dbName` (created on first use). */
export function createDexiePeer(dbName: string, options: DexiePeerOptions = {}): DexiePeer {
  // Only the dependencies given: Dexie takes an `indexedDB: undefined` for "none" rather than "the default".
  const deps = {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  };
  const db = new Dexie(dbName, deps) as StoryDb;
  db.version(1).stores(DEXIE_SCHEMA);
  const slice = Math.max(1, options.pruneSlice ?? PRUNE_SLICE);
  /** The stories published in [start, end), along the publishedAt index. */
  const published = (start: number, end: number) => db.stories.where('publishedAt').between(start, end, true, false);

  return {
    // The unique indexes do the dedup: bulkAdd adds every row it can, and a row whose id or article key is taken
    // (already stored, or earlier in the batch) fails alone with a ConstraintError. Catching the BulkError inside the
    // transaction keeps the others; any other failure aborts it, so a batch is all or nothing as in the real one.
    add: async (stories) => {
      const rows = stories.map(toRow); // terms are worked out before the transaction, as the real repository does
      return await db.transaction('rw', db.stories, async () => {
        try {
          await db.stories.bulkAdd(rows);
          return { added: rows.length, duplicates: 0 };
        } catch (e) {
          if (!(e instanceof Dexie.BulkError) || e.failures.some((f) => f.name !== 'ConstraintError')) throw e;
          return { added: rows.length - e.failures.length, duplicates: e.failures.length };
        }
      });
    },

    listBetween: async (start, end) => (await published(start, end).toArray()).map(toStory),

    // Each term's postings come from the multi-entry index as primary keys only (IDBIndex.getAllKeys, no story read),
    // over every day: a multi-entry index cannot be compound, so it cannot be narrowed to the window. They are cut to
    // the window's ids before the query is evaluated (the same result, as it only unions and intersects), and only
    // the stories found are read.
    about: async (query, start, end, limit = Infinity) => {
      const terms = queryTerms(query);
      if (terms.length === 0 || end <= start) return [];
      return db.transaction('r', db.stories, async () => {
        const [ids, lists] = await Promise.all([
          published(start, end).primaryKeys(),
          Promise.all(
            terms.map((t) => (t.prefix ? db.stories.where('terms').startsWith(t.term) : db.stories.where('terms').equals(t.term)).primaryKeys()),
          ),
        ]);
        const inWindow = new Set(ids);
        const postings = new Map(terms.map((t, i) => [termKey(t), new Set(lists[i].filter((id) => inWindow.has(id)))]));
        const found = evaluateTermQuery(query, postings);
        const hits = ids.filter((id) => found.has(id));
        const rows = await db.stories.bulkGet(hits.slice(Math.max(0, hits.length - limit)));
        return rows.filter(isRow).map(toStory);
      });
    },

    count: () => db.stories.count(),

    setKept: async (ids, kept) => {
      await db.stories
        .where('id')
        .anyOf([...ids])
        .modify((row) => {
          if (kept) delete row.prunableAt;
          else if (row.sourceId !== undefined) row.prunableAt = row.publishedAt;
        });
    },

    // Oldest first along the sparse prunableAt index, keys only: the stories too old, then the oldest beyond
    // maxStories. Each slice is one Collection.delete() (an implicit transaction, resolved once committed), so the
    // store is never held for more than a slice. The count is read once and kept in step, as the real one does,
    // rather than counted again (every key) for each slice. Unlike the real one, no setTimeout between slices.
    async prune(now, policy) {
      const cutoff = now - policy.maxAgeDays * DAY_MS;
      let left = await db.stories.count();
      let removed = 0;
      for (;;) {
        const gone = await db.stories.where('prunableAt').below(cutoff).limit(slice).delete();
        removed += gone;
        left -= gone;
        if (gone < slice) break;
      }
      while (left > policy.maxStories) {
        const want = Math.min(slice, left - policy.maxStories);
        const gone = await db.stories.orderBy('prunableAt').limit(want).delete();
        removed += gone;
        left -= gone;
        if (gone < want) break; // only kept stories and the sample edition are left
      }
      return { removed };
    },

    close: () => db.close(),
    delete: () => db.delete(),
  };
}
