// Periodic Background Sync in the real Chromium: an installed app (permission granted) registers the refresh;
// the service worker fetches the feeds when the browser fires it, and an app opened offline gets those stories.
import { expect, test } from './fixtures';
import { rss, startFeedServer } from './feed-server';

test('a background refresh fetches feeds into the inbox; the app opened offline stores what it brought', async ({ page, context, baseURL, feedOrigins }) => {
  const routes: Parameters<typeof startFeedServer>[0] = {
    '/bg.xml': { body: rss('Background AI Wire', [{ id: 'b1', title: 'Lab opens an AI research centre in Hanoi', date: '2026-11-28T06:00:00+07:00' }]) },
  };
  const server = await startFeedServer(routes);
  feedOrigins.push(server.origin);
  const origin = new URL(baseURL!).origin;
  try {
    const cdp = await context.newCDPSession(page);
    // What installing the app grants in Chromium.
    const { targetInfo } = await cdp.send('Target.getTargetInfo');
    await cdp.send('Browser.grantPermissions', { origin, permissions: ['periodicBackgroundSync'], browserContextId: targetInfo.browserContextId });
    await page.goto('/#/sources');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await expect.poll(() => page.evaluate(() => (window as { __earshotPeriodicRefresh?: string }).__earshotPeriodicRefresh)).toBe('registered');

    await page.getByLabel('Feed address').fill(server.url('/bg.xml'));
    await page.getByRole('button', { name: 'Add feed' }).click();
    await expect(page.getByTestId('notice')).toHaveText(/Added 1 story from Background AI Wire\./);
    await expect(page.getByTestId('story-count')).toHaveText('33 stories on this device.');

    // Later, with the app closed, the feed has a new story and the browser fires the periodic sync.
    routes['/bg.xml'] = {
      body: rss('Background AI Wire', [
        { id: 'b2', title: 'Chip start-up ships an AI accelerator for phones', date: '2026-11-28T08:00:00+07:00' },
        { id: 'b1', title: 'Lab opens an AI research centre in Hanoi', date: '2026-11-28T06:00:00+07:00' },
      ]),
    };
    const registered = new Promise<string>((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', (e) => {
        const r = e.registrations.find((x) => x.scopeURL.startsWith(origin) && !x.isDeleted);
        if (r) resolve(r.registrationId);
      });
    });
    await cdp.send('ServiceWorker.enable');
    const registrationId = await registered;
    const before = server.requests.length;
    await cdp.send('ServiceWorker.dispatchPeriodicSyncEvent', { origin, registrationId, tag: 'earshot-refresh-feeds' });
    await expect.poll(() => server.requests.length).toBeGreaterThan(before);
    await expect
      .poll(() => page.evaluate(async () => (await (await caches.open('earshot-feed-inbox')).keys()).length))
      .toBe(1);

    // Opened offline: the waiting answer is read, the new story is stored.
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId('story-count')).toHaveText('34 stories on this device.');
    await expect(page.getByTestId('source')).toContainText('2 stories');
    expect(await page.evaluate(async () => (await (await caches.open('earshot-feed-inbox')).keys()).length)).toBe(0);
  } finally {
    await context.setOffline(false);
    await server.close();
  }
});
