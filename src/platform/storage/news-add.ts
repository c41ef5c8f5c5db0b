// Adding stories (loaded with the first import, so the initial JavaScript does without it): each story's terms and
// URL key worked out first; the stories already here left out (by id or by URL, news-lookup.ts: the lookups read, then
// the records their hits name); the new ones' records written to their days' rooms (news-records.ts), then, in one
// transaction of the main store, every index entry (news-indexes.ts), with the lookups as first read unless another
// import came in between. The repository runs one add at a time.
import { storyTerms } from '../../domain/stories/story-terms';
import type { Story } from '../../domain/types';
import { request, type Runner } from './idb-run';
import { prepare, writeStories, type NewStory } from './news-indexes';
import { hitsOf, readLookups } from './news-lookup';
import { metaKey, SEQ_META } from './news-keys';
import type { Records, StoryAt } from './news-records';
import type { AddResult, BatchedAddResult } from './news-repository';
import { StorageError } from './storage-error';

/**
 * Stores the stories not already here (same id, or same article URL): all or nothing. Records are written first, so
 * a crash before the index entries leaves records no index names, which readers never see (the day index decides)
 * and the next import of the same story writes again.
 */
export async function addStories(run: Runner, records: Records, stories: readonly Story[]): Promise<{ added: number; duplicates: number }> {
  // Terms are worked out before any transaction, so each holds the store only for reading and writing.
  const ready = stories.map((s) => prepare(s, storyTerms));
  // The lookups, with the last story number given: an import since (this page runs one at a time; another tab may
  // not) changes it, and only then are they read again for the write.
  const [lookups, seq] = await run('readonly', (os) => Promise.all([readLookups(os, ready), request(os.get(metaKey(SEQ_META)))]));
  const hits = hitsOf(lookups, ready);
  const live = await records.has(hits.flat());
  const stored: boolean[] = [];
  let k = 0;
  for (const h of hits) {
    stored.push(h.some((_: StoryAt, j: number) => live[k + j]));
    k += h.length;
  }
  const seenIds = new Set<string>();
  const seenUrls = new Set<string>();
  const fresh: NewStory[] = [];
  ready.forEach((r, i) => {
    if (stored[i] || seenIds.has(r.story.id) || (r.url && seenUrls.has(r.url))) return;
    seenIds.add(r.story.id);
    if (r.url) seenUrls.add(r.url);
    fresh.push(r);
  });
  if (fresh.length > 0) {
    await records.put(fresh.map((f) => f.story));
    try {
      await run('readwrite', async (os) => {
        const same = (await request(os.get(metaKey(SEQ_META)))) === seq;
        await writeStories(os, fresh, same ? lookups : await readLookups(os, fresh));
      });
    } catch (e) {
      // The index entries failed (a full disk): the records written for them go too, so nothing of this add stays.
      await records.unput(fresh.map((f) => f.story)).catch(() => undefined);
      throw e;
    }
  }
  return { added: fresh.length, duplicates: stories.length - fresh.length };
}

/**
 * Stores many stories in batches of one transaction each (`add`: the repository's, one add at a time). A failing batch
 * (a full disk) stops the import; the batches before it stay, consistent. `mark` sets the import-in-progress mark
 * (a time) and clears it (undefined): it stays only when a crash cut the loop short, and the next start checks.
 */
export async function addInBatches(
  add: (stories: readonly Story[]) => Promise<AddResult>,
  mark: (importing: number | undefined) => Promise<void>,
  stories: readonly Story[],
  batchSize: number,
): Promise<BatchedAddResult> {
  const total: BatchedAddResult = { added: 0, duplicates: 0, notStored: 0, error: null };
  await mark(Date.now());
  for (let i = 0; i < stories.length; i += batchSize) {
    try {
      const r = await add(stories.slice(i, i + batchSize));
      total.added += r.added;
      total.duplicates += r.duplicates;
    } catch (e) {
      total.error = e instanceof StorageError ? e : new StorageError('unknown', e);
      total.notStored = stories.length - i;
      break;
    }
  }
  // Every finished batch is consistent on its own, so the mark only stays when a crash cut the loop short.
  await mark(undefined).catch(() => undefined);
  return total;
}
