// What to tell the person after a feed was added or a file imported: one function from the pipeline's outcome to its
// notice (a refresh tells nothing: its result shows on the source itself).
import type { FeedProblem } from './feed-result';
import type { FeedJob, FeedOutcome } from './pipeline';
import type { FetchProblem, StorageProblem } from './source';

/** Why a feed file could not be read (its content, never storage: that is a storage notice). */
export type ImportFailure = 'not-json' | 'not-a-feed' | 'malformed-xml' | 'unsafe-xml' | 'no-stories' | 'too-large' | 'unreadable';

/** Why a feed address could not be added. */
export type AddFeedFailure = FetchProblem | 'bad-address' | 'exists';

/** What storage failed at (each is worded on its own). */
export type StorageTask = 'import' | 'add-feed' | 'save-story' | 'remove-source' | 'clear-stories' | 'share';

export type FeedNotice =
  | { kind: 'imported'; feedTitle: string; added: number; duplicates: number; skipped: number }
  | { kind: 'import-failed'; reason: ImportFailure; detail?: string }
  /** Storage failed part-way: the stories before the failure are kept, the rest were not stored. */
  | { kind: 'partial-import'; feedTitle: string; added: number; notStored: number; reason: StorageProblem }
  | { kind: 'feed-failed'; url: string; problem: AddFeedFailure; detail?: string }
  /** Storage failed before anything was stored. */
  | { kind: 'storage-failed'; task: StorageTask; problem: StorageProblem };

/** A reading problem in the terms of an import failure. */
export function importFailure(problem: FeedProblem): { reason: ImportFailure; detail?: string } {
  if (problem.kind === 'too-large') return { reason: 'too-large' };
  if (problem.kind === 'no-stories') return { reason: 'no-stories' };
  return { reason: problem.kind, detail: problem.detail };
}

/** The notice for an address added or a file imported; null for a refresh, or when there is nothing to say. */
export function feedNotice(job: FeedJob, outcome: FeedOutcome): FeedNotice | null {
  if (job.kind === 'refresh') return null;
  if (outcome.kind === 'stored') {
    const { feed, title, stored } = outcome;
    if (stored.problem && stored.added === 0) return { kind: 'storage-failed', task: job.kind === 'file' ? 'import' : 'add-feed', problem: stored.problem };
    if (stored.problem) return { kind: 'partial-import', feedTitle: title, added: stored.added, notStored: stored.notStored, reason: stored.problem };
    return { kind: 'imported', feedTitle: title, added: stored.added, duplicates: stored.duplicates, skipped: feed.skipped };
  }
  if (job.kind === 'file') return outcome.kind === 'unreadable' ? { kind: 'import-failed', ...importFailure(outcome.problem) } : null;
  switch (outcome.kind) {
    case 'exists':
      return { kind: 'feed-failed', url: job.url, problem: 'exists' };
    case 'fetch-failed':
      return { kind: 'feed-failed', url: job.url, problem: outcome.problem, detail: outcome.detail };
    case 'unreadable':
      return { kind: 'feed-failed', url: job.url, problem: 'not-a-feed', detail: importFailure(outcome.problem).detail };
    default:
      return null;
  }
}
