// The ports the sources feature needs: where sources live, how feeds are fetched and read, the browser's storage manager.
import type { FeedResult } from '../domain/feed/feed-result';
import type { FeedFetcher } from '../platform/network/feed-fetcher';
import type { SourceRepository } from '../platform/storage/source-repository';
import type { StorageManagerPort } from '../platform/system/storage-manager';

export interface OpmlOutline {
  title: string;
  xmlUrl: string;
  htmlUrl: string;
}

/** The feed and OPML readers; loaded on first use so the parser stays out of the initial JavaScript. */
export interface FeedTools {
  parseFeed(text: string, now: number, opts?: { feedUrl?: string }): FeedResult;
  parseOpml(text: string): { ok: true; outlines: OpmlOutline[] } | { ok: false; problem: { kind: string; detail?: string } };
  toOpml(sources: { title: string; xmlUrl: string; htmlUrl?: string }[], title: string): string;
}

export interface FeedPorts {
  sources: SourceRepository;
  fetcher: FeedFetcher;
  tools(): Promise<FeedTools>;
  storage: StorageManagerPort;
  /** Offers text as a file download. */
  saveFile(name: string, text: string, type: string): void;
}
