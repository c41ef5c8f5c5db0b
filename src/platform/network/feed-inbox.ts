// Feeds fetched in the background (periodic sync in the service worker) wait in a cache until the app next
// refreshes: an app opened offline still gets the news fetched while it was closed.
import { createSourceRepository, type SourceRepository } from '../storage/source-repository';

export const PERIODIC_SYNC_TAG = 'earshot-refresh-feeds';
const INBOX = 'earshot-feed-inbox';
export const FETCHED_AT_HEADER = 'X-Earshot-Fetched-At';

export const feedRequestPath = (url: string) => `/api/feed?url=${encodeURIComponent(url)}`;

/** In the service worker: fetches every feed source and keeps each successful answer in the inbox. */
export async function prefetchFeeds(fetchFeed: (r: Request) => Promise<Response>, sources: SourceRepository = createSourceRepository()): Promise<number> {
  const list = (await sources.list()).filter((s) => s.kind === 'url');
  const cache = await caches.open(INBOX);
  let stored = 0;
  for (const s of list) {
    try {
      const r = await fetchFeed(new Request(feedRequestPath(s.url)));
      if (!r.ok) continue;
      const headers = new Headers(r.headers);
      headers.set(FETCHED_AT_HEADER, String(Date.now()));
      await cache.put(feedRequestPath(s.url), new Response(await r.blob(), { status: 200, headers }));
      stored++;
    } catch {
      // One feed failing leaves the others; the app's own refresh reports errors.
    }
  }
  return stored;
}

/** In the page: the waiting answer for a feed, removed from the inbox; null when there is none. */
export async function takeFromInbox(url: string): Promise<Response | null> {
  if (typeof caches === 'undefined') return null;
  try {
    const cache = await caches.open(INBOX);
    const hit = await cache.match(feedRequestPath(url));
    if (hit) await cache.delete(feedRequestPath(url));
    return hit ?? null;
  } catch {
    return null;
  }
}

/** True when the inbox holds an answer for this feed. */
export async function isWaiting(url: string): Promise<boolean> {
  if (typeof caches === 'undefined') return false;
  try {
    return (await (await caches.open(INBOX)).match(feedRequestPath(url))) !== undefined;
  } catch {
    return false;
  }
}
