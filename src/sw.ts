// Earshot's service worker: the app precached for offline use, navigations answered from the cache, feed
// requests tried directly before the server route, and feeds fetched in the background when the browser
// allows periodic sync (installed apps), so an offline start still has fresh news waiting.
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { EAR_CACHE, isEarFile } from './platform/ear/ear-cache';
import { directThenProxy } from './platform/network/direct-then-proxy';
import { PERIODIC_SYNC_TAG, prefetchFeeds } from './platform/network/feed-inbox';

declare let self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//] }));
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname === '/api/feed',
  ({ request }) => directThenProxy(request, self.location.protocol),
);
// The on-device ear's files, once downloaded (its worker keeps them in their own cache), answer offline; its worker's
// script is kept there on first use. Nothing of the ear is precached: it is downloaded only when turned on.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && isEarFile(url.pathname),
  async ({ request, url }) => {
    const cache = await caches.open(EAR_CACHE);
    const kept = await cache.match(request);
    if (kept) return kept;
    const response = await fetch(request);
    if (response.ok && !url.pathname.startsWith('/ear/')) await cache.put(request, response.clone()).catch(() => undefined);
    return response;
  },
);
// Nothing the pages or their workers ask for leaves the device through this worker: feeds go through /api/feed
// (above), and anything else off-origin (MediaPipe's usage logging, should a page's CSP or the sound worker's
// fetch guard ever let it through) gets a network error here. The worker's own feed fetches are not routed.
// Workbox matches GET only unless told; the logger POSTs.
for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'] as const) {
  registerRoute(({ sameOrigin }) => !sameOrigin, () => Promise.resolve(Response.error()), method);
}

// A new version waits until the person accepts it (workbox-window sends this message).
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

interface PeriodicSyncEvent extends ExtendableEvent {
  tag: string;
}

self.addEventListener('periodicsync', (event) => {
  const e = event as PeriodicSyncEvent;
  if (e.tag === PERIODIC_SYNC_TAG) e.waitUntil(prefetchFeeds((request) => directThenProxy(request, self.location.protocol)));
});
