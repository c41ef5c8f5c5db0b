// The ports the sources feature needs: where sources live, how feeds are fetched and read, the browser's storage manager.
import type * as FeedToolsModule from '../domain/feed/feed-tools';
import type { FeedFetcher } from '../platform/network/feed-fetcher';
import type { SourceRepository } from '../platform/storage/source-repository';
import type { StorageManagerPort } from '../platform/system/storage-manager';

/** The feed and OPML readers and the OPML writer (domain/feed/feed-tools.ts), loaded on first use so the parser stays out of the initial JavaScript. */
export type FeedTools = typeof FeedToolsModule;

export interface FeedPorts {
  sources: SourceRepository;
  fetcher: FeedFetcher;
  tools(): Promise<FeedTools>;
  storage: StorageManagerPort;
  /** Offers text as a file download. */
  saveFile(name: string, text: string, type: string): void;
}
