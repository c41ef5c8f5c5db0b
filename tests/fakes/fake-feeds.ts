// Feed ports for store tests: real source repository (fake-indexeddb, tests/setup/indexeddb.ts), scripted fetches, the real parser.
import type { FetchResult } from '../../src/platform/network/feed-fetcher';
import { createSourceRepository } from '../../src/platform/storage/source-repository';
import type { FeedPorts } from '../../src/store/feed-ports';

let n = 0;

export interface FakeFeedPorts extends FeedPorts {
  /** What each address answers next (the last answer repeats). */
  respond(url: string, ...results: FetchResult[]): void;
  /** Addresses fetched, with the validators sent. */
  fetched: { url: string; etag?: string; lastModified?: string }[];
  saved: { name: string; text: string; type: string }[];
  persistCalls: number;
}

export const feedResponse = (text: string, extra: { etag?: string; lastModified?: string } = {}): FetchResult => ({
  ok: true,
  status: 200,
  text,
  contentType: 'application/rss+xml',
  ...extra,
});

export function createFakeFeedPorts(): FakeFeedPorts {
  const answers = new Map<string, FetchResult[]>();
  const ports: FakeFeedPorts = {
    sources: createSourceRepository(`fake-sources-${++n}`),
    fetched: [],
    saved: [],
    persistCalls: 0,
    respond(url, ...results) {
      answers.set(url, results);
    },
    fetcher: {
      hasWaiting: async () => false,
      async fetch(url, validators = {}) {
        ports.fetched.push({ url, ...validators });
        const queue = answers.get(url);
        if (!queue || queue.length === 0) return { ok: false, problem: 'unreachable' };
        return queue.length > 1 ? queue.shift()! : queue[0];
      },
    },
    tools: () => import('../../src/domain/feed/feed-tools'),
    storage: {
      async persist() {
        ports.persistCalls++;
        return true;
      },
      estimate: async () => ({ usage: 12_345_678, quota: 10_000_000_000 }),
      persisted: async () => ports.persistCalls > 0,
    },
    saveFile(name, text, type) {
      ports.saved.push({ name, text, type });
    },
  };
  return ports;
}
