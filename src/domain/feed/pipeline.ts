// The feed pipeline, written once for a refresh, an address added and a file imported: fetch → read → keep the source
// → store its stories → what came of it. Pure orchestration over the ports it is given; retention (pruning) is the
// caller's, once per run of several feeds.
import type { Story } from '../types';
import type { FeedProblem, FeedResult, ParsedFeed } from './feed-result';
import {
  addedFeed, failedAttempt, fileSourceId, importedFile, storedFeed, unchangedFeed,
  type FetchProblem, type Source, type StorageProblem, type Validators,
} from './source';

/** A feed fetched by address: its text and validators, "not modified", or why not. */
export type FeedFetchResult =
  | ({ ok: true; status: 200; text: string } & Validators)
  | { ok: true; status: 304 }
  | { ok: false; problem: FetchProblem; detail?: string };

/** What storing stories did: how many were stored before any failure, and the failure. */
export interface StoreOutcome {
  added: number;
  duplicates: number;
  /** Stories not stored because storage failed (0 when all were). */
  notStored: number;
  problem: StorageProblem | null;
}

export interface FeedPipelinePorts {
  fetch(url: string, validators?: Validators): Promise<FeedFetchResult>;
  /** Reads feed text (the reader loads on first use). */
  read(text: string, now: number, opts?: { feedUrl?: string }): Promise<FeedResult>;
  sources: {
    get(id: string): Promise<Source | undefined>;
    put(source: Source): Promise<void>;
    update(id: string, change: (s: Source) => Source): Promise<Source | undefined>;
  };
  store(stories: Story[]): Promise<StoreOutcome>;
}

export type FeedJob =
  /** A source's feed fetched again (with its validators). */
  | { kind: 'refresh'; source: Source }
  /** An address the person typed (already made absolute), with the title they gave, if any. */
  | { kind: 'add'; url: string; title?: string }
  /** The text of a feed file the person imported. */
  | { kind: 'file'; text: string };

export type FeedOutcome =
  /** The network is down: nothing was tried against the source, and nothing recorded. */
  | { kind: 'offline' }
  | { kind: 'exists' }
  | { kind: 'fetch-failed'; problem: FetchProblem; detail?: string }
  | { kind: 'not-modified' }
  | { kind: 'unreadable'; problem: FeedProblem }
  /** The source was removed while its feed was fetched: its stories must not come back. */
  | { kind: 'gone' }
  | { kind: 'stored'; feed: ParsedFeed; title: string; stored: StoreOutcome };

/** What a reading problem tells about a feed that was fetched (for its source's last error). */
const readDetail = (problem: FeedProblem): string | undefined => ('detail' in problem ? problem.detail : undefined);

async function fetchJob(ports: FeedPipelinePorts, job: FeedJob): Promise<FeedFetchResult> {
  if (job.kind === 'file') return { ok: true, status: 200, text: job.text };
  if (job.kind === 'add') return ports.fetch(job.url);
  const { etag, lastModified } = job.source;
  return ports.fetch(job.source.url, { etag, lastModified });
}

/** Runs one feed through the pipeline; storage failures of the source list throw (the caller words them). */
export async function runFeedJob(ports: FeedPipelinePorts, job: FeedJob, now: number): Promise<FeedOutcome> {
  const refreshed = job.kind === 'refresh' ? job.source.id : null;
  const record = (change: (s: Source) => Source) => (refreshed ? ports.sources.update(refreshed, change) : Promise.resolve(undefined));
  if (job.kind === 'add' && (await ports.sources.get(job.url))) return { kind: 'exists' };

  const fetched = await fetchJob(ports, job);
  if (!fetched.ok) {
    // Offline is not the feed's fault: nothing is recorded, and it is tried again when the network is back.
    if (fetched.problem === 'offline' && refreshed) return { kind: 'offline' };
    await record((s) => failedAttempt(s, { problem: fetched.problem, detail: fetched.detail }, now));
    return { kind: 'fetch-failed', problem: fetched.problem, detail: fetched.detail };
  }
  if (fetched.status === 304) {
    if (!refreshed) return { kind: 'fetch-failed', problem: 'unreachable' };
    await record((s) => unchangedFeed(s, now));
    return { kind: 'not-modified' };
  }

  const feedUrl = job.kind === 'refresh' ? job.source.url : job.kind === 'add' ? job.url : undefined;
  const read = await ports.read(fetched.text, now, feedUrl ? { feedUrl } : undefined);
  if (!read.ok) {
    await record((s) => failedAttempt(s, { problem: 'not-a-feed', detail: readDetail(read.problem) }, now));
    return { kind: 'unreadable', problem: read.problem };
  }
  const feed = read.feed;
  const validators: Validators = { etag: fetched.etag, lastModified: fetched.lastModified };

  let source: Source;
  if (job.kind === 'refresh') {
    const current = await ports.sources.get(job.source.id);
    if (!current) return { kind: 'gone' };
    source = current;
  } else if (job.kind === 'add') {
    source = addedFeed(job.url, job.title ?? '', feed, validators, now);
    await ports.sources.put(source);
  } else {
    source = importedFile(feed, await ports.sources.get(fileSourceId(feed)), now);
    await ports.sources.put(source);
  }

  // When each story arrived ("what's new" tells those that arrived since the last briefing); a story already stored
  // is not stored again, so it keeps its first arrival.
  const stored = await ports.store(feed.stories.map((s) => ({ ...s, sourceId: source.id, addedAt: now })));
  await ports.sources.update(source.id, (s) => storedFeed(s, feed, validators, stored.problem, now));
  return { kind: 'stored', feed, title: job.kind === 'file' ? feed.title : source.title, stored };
}
