// Adding stories (loaded with the first import, so the initial JavaScript does without it): each story's terms and
// URL key worked out before the transaction, then, inside it, the stories already here left out (by id or by URL,
// news-lookup.ts) and the new ones written with every index entry (news-indexes.ts).
import { storyTerms } from '../../domain/stories/story-terms';
import type { Story } from '../../domain/types';
import type { Runner } from './idb-run';
import { prepare, writeStories, type NewStory } from './news-indexes';
import { findStored, readLookups } from './news-lookup';

/** Stores the stories not already here (same id, or same article URL), in one transaction: all or nothing. */
export function addStories(run: Runner, stories: readonly Story[]): Promise<{ added: number; duplicates: number }> {
  // Terms are worked out before the transaction, so it holds the store only for reading and writing.
  const ready = stories.map((s) => prepare(s, storyTerms));
  return run('readwrite', async (os) => {
    const lookups = await readLookups(os, ready);
    const stored = await findStored(os, lookups, ready);
    const seenIds = new Set<string>();
    const seenUrls = new Set<string>();
    const fresh: NewStory[] = [];
    ready.forEach((r, i) => {
      if (stored[i] || seenIds.has(r.story.id) || (r.url && seenUrls.has(r.url))) return;
      seenIds.add(r.story.id);
      if (r.url) seenUrls.add(r.url);
      fresh.push(r);
    });
    await writeStories(os, fresh, lookups);
    return { added: fresh.length, duplicates: stories.length - fresh.length };
  });
}
