// The installed-app basics (service worker, manifest, offline shell) and speaking when the browser lists no voices.
import { expect, sampleStoriesOf, speechLog, test, waitForSpoken } from './fixtures';

test('the service worker controls the page, precaches the sample edition and serves the app offline', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByTestId('story-count')).toHaveText('32 stories on this device.');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
    return urls;
  });
  expect(cached).toEqual(expect.arrayContaining(['/index.html', '/sample-edition.json', '/manifest.webmanifest', '/icons/icon-192.png']));

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('talk')).toBeVisible();
  await page.getByTestId('play-today').click();
  await waitForSpoken(page, (t) => t.includes(sampleStoriesOf('2025-02-03')[0].title));
  await context.setOffline(false);
});

test('the manifest names the app and its icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ short_name: 'Earshot', display: 'standalone', start_url: '/' });
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const res = await request.get(`/${icon.src}`);
    expect(res.status(), icon.src).toBe(200);
    expect(res.headers()['content-type']).toBe(icon.type);
  }
});

test.describe('a browser that lists no voices', () => {
  test.use({ voices: 'none' });

  test('speaks with the utterance language alone', async ({ page }) => {
    await page.goto('/?lang=vi');
    await page.getByTestId('play-today').click();
    const first = await waitForSpoken(page, (t) => t === 'Hôm nay chưa có tin AI nào.');
    expect(first).toMatchObject({ voice: null, lang: 'vi-VN' });
    const feb3 = sampleStoriesOf('2025-02-03');
    await waitForSpoken(page, (t) => t.includes(feb3[0].title));
    expect((await speechLog(page)).every((e) => e.voice === null)).toBe(true);
  });
});
