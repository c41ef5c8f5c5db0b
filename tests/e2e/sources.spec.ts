// Sources in the real browser: feeds added by address through the app's /api/feed route, refreshed with their
// validators, removed with their stories; OPML in and out; hostile feed content stays inert text.
import { readFile } from 'node:fs/promises';
import { expect, goTo, say, speechLog, test, waitForSpoken } from './fixtures';
import { rss, startFeedServer } from './feed-server';

const TODAY = (hh: string) => `2026-11-28T${hh}:00:00+07:00`;

test('a feed added by address brings its stories, refreshes with its ETag, survives a reload, and leaves with its source', async ({ page, feedOrigins }) => {
  const server = await startFeedServer({
    '/ai.xml': {
      body: rss('Loopback AI Wire', [
        { id: '1', title: 'Open model tops the reasoning charts', date: TODAY('07') },
        { id: '2', title: 'Chip maker doubles its AI accelerator output', date: TODAY('06') },
      ]),
      headers: { ETag: '"v1"' },
    },
  });
  feedOrigins.push(server.origin);
  try {
    await page.goto('/#/sources');
    await expect(page.getByTestId('story-count')).toHaveText('32 stories on this device.');
    await page.getByLabel('Feed address').fill(server.url('/ai.xml'));
    await page.getByRole('button', { name: 'Add feed' }).click();
    await expect(page.getByTestId('notice')).toHaveText(/Added 2 stories from Loopback AI Wire\./);
    await expect(page.getByTestId('story-count')).toHaveText('34 stories on this device.');
    const row = page.getByTestId('source').filter({ hasText: 'Loopback AI Wire' });
    await expect(row).toContainText('2 stories');
    await expect(row).toContainText('refreshed');

    const mark = await say(page, "what's the AI news today");
    await waitForSpoken(page, (t) => t.includes('Open model tops the reasoning charts'), mark);
    await page.getByTestId('stop').click();

    await goTo(page, 'sources');
    await page.reload();
    await expect(row).toContainText('2 stories');
    await page.getByRole('button', { name: 'Refresh now' }).click();
    // No CORS header: the service worker's direct try cannot read it, so the server's route fetches it, with the ETag.
    await expect.poll(() => server.routed().length).toBe(2);
    expect(server.routed()).toEqual([{ path: '/ai.xml' }, { path: '/ai.xml', ifNoneMatch: '"v1"' }]);
    await expect(page.getByRole('button', { name: 'Refresh now' })).toBeEnabled();
    await expect(row.getByTestId('source-error')).toHaveCount(0);

    await row.getByRole('button', { name: 'Remove Loopback AI Wire and its stories' }).click();
    await expect(page.getByTestId('notice')).toHaveText(/Removed Loopback AI Wire and 2 stories\./);
    await expect(page.getByTestId('story-count')).toHaveText('32 stories on this device.');
    await expect(page.getByTestId('source')).toHaveCount(0);
  } finally {
    await server.close();
  }
});

test.describe(() => {
  // A slower scripted voice, so the briefing is still on the first story when it is checked.
  test.use({ msPerChar: 40 });
  test('hostile feed content is shown as inert text: no script runs, no dialog opens, no request is made', async ({ page, feedOrigins }) => {
  const routes: Parameters<typeof startFeedServer>[0] = {};
  const server = await startFeedServer(routes);
  const pixel = server.url('/pixel.png');
  routes['/evil.xml'] = {
    body: rss('Evil <b>Wire</b>', [
      {
        id: 'x1',
        title: `<script>window.__pwned = 1</script>AI model <img src="${pixel}" onerror="alert(1)"> beats the benchmark`,
        date: TODAY('08'),
        link: 'javascript:alert(2)',
        description: `<![CDATA[<p>OpenAI shipped a model.<script>window.__pwned = 2</script></p><p>Read <a href="javascript:alert(3)">more</a>.<img src="${pixel}" onerror="alert(4)"><iframe src="${pixel}"></iframe></p>]]>`,
      },
      {
        id: 'x2',
        title: 'Entity trick &lt;script&gt;alert(5)&lt;/script&gt; in a headline on Nvidia AI chips',
        date: TODAY('07'),
        description: '&amp;lt;img src=x onerror=alert(6)&amp;gt; Nvidia said its new AI chips train language models faster.',
      },
    ]),
  };
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  feedOrigins.push(server.origin);
  try {
    await page.goto('/#/sources');
    await page.getByLabel('Feed address').fill(server.url('/evil.xml'));
    await page.getByRole('button', { name: 'Add feed' }).click();
    await expect(page.getByTestId('notice')).toHaveText(/Added 2 stories/);
    await expect(page.getByTestId('source-title')).toHaveText('Evil Wire');

    await goTo(page, 'now');
    await page.getByTestId('play-today').click();
    // Markup in a title is dropped; escaped markup is text, shown as the characters it spells.
    const titles = ['AI model beats the benchmark', 'Entity trick <script>alert(5)</script> in a headline on Nvidia AI chips'];
    await expect(page.getByTestId('story-title')).toHaveText(new RegExp(titles.map((t) => t.replace(/[()<>/]/g, '\\$&')).join('|')));
    const first = await page.getByTestId('story-title').textContent();
    await page.getByTestId('next').click();
    await expect(page.getByTestId('story-title')).toHaveText(titles.find((t) => t !== first)!);
    await waitForSpoken(page, (t) => t.includes('OpenAI shipped a model.'));

    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect((await speechLog(page)).filter((e) => /__pwned|onerror|javascript:/.test(e.text))).toEqual([]);
    await expect(page.locator('main img, main iframe, main script')).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
    expect(dialogs).toBe(0);
    expect(new Set(server.requests.map((r) => r.path))).toEqual(new Set(['/evil.xml']));
  } finally {
    await server.close();
  }
});
});

for (const [what, path, message] of [
  ['a web page', '/page.html', 'That address is a web page, not a feed.'],
  ['a missing feed', '/missing.xml', 'The feed’s server answered with an error.'],
  ['a JSON file that is not a feed', '/data.json', 'That address does not return an RSS, Atom or JSON feed.'],
] as const) {
  test(`${what} is not added, with a clear reason`, async ({ page, feedOrigins }) => {
    const server = await startFeedServer({
      '/page.html': { type: 'text/html; charset=utf-8', body: '<!doctype html><title>Blog</title><p>Hello</p>' },
      '/data.json': { type: 'application/json', body: '{"hello":"world"}' },
    });
    feedOrigins.push(server.origin);
    try {
      await page.goto('/#/sources');
      await page.getByLabel('Feed address').fill(server.url(path));
      await page.getByRole('button', { name: 'Add feed' }).click();
      await expect(page.getByTestId('notice')).toContainText(message);
      await expect(page.getByTestId('source')).toHaveCount(0);
      await expect(page.getByTestId('story-count')).toHaveText('32 stories on this device.');
    } finally {
      await server.close();
    }
  });
}

test('a private-network address is refused by the route, and a non-address before any request', async ({ page }) => {
  await page.goto('/#/sources');
  await page.getByLabel('Feed address').fill('http://10.0.0.1/feed.xml');
  await page.getByRole('button', { name: 'Add feed' }).click();
  await expect(page.getByTestId('notice')).toContainText('That address points into a private network');
  await page.getByLabel('Feed address').fill('file:///etc/passwd');
  await page.getByRole('button', { name: 'Add feed' }).click();
  await expect(page.getByTestId('notice')).toContainText('is not a web address');
  await expect(page.getByTestId('source')).toHaveCount(0);
});

test('an OPML list from a reader adds its feeds and fetches them; Export OPML gives them back', async ({ page, feedOrigins }) => {
  const server = await startFeedServer({
    '/one.xml': { body: rss('First AI Wire', [{ id: 'a', title: 'Robotics lab trains a humanoid with AI', date: TODAY('05') }]) },
    '/two.xml': { body: rss('Second AI Wire', [{ id: 'b', title: 'Regulators publish AI model rules', date: TODAY('04') }]) },
  });
  feedOrigins.push(server.origin);
  try {
    await page.goto('/#/sources');
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>My reader</title></head><body>
      <outline text="AI"><outline type="rss" text="First" xmlUrl="${server.url('/one.xml')}"/>
      <outline type="rss" text="Second" xmlUrl="${server.url('/two.xml')}"/></outline></body></opml>`;
    await page.getByLabel('Import feed').setInputFiles({ name: 'reader.opml', mimeType: 'text/x-opml', buffer: Buffer.from(opml) });
    await expect(page.getByTestId('notice')).toHaveText(/Added 2 feeds from the OPML file/);
    await expect(page.getByTestId('source')).toHaveCount(2);
    await expect(page.getByTestId('story-count')).toHaveText('34 stories on this device.');
    await expect(page.getByTestId('source').filter({ hasText: 'First' })).toContainText('one story');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export OPML' }).click();
    const file = await (await download).path();
    const text = await readFile(file, 'utf8');
    expect(text).toContain(`xmlUrl="${server.url('/one.xml')}"`);
    expect(text).toContain(`xmlUrl="${server.url('/two.xml')}"`);
  } finally {
    await server.close();
  }
});

test('an Atom file imports through the same input', async ({ page }) => {
  await page.goto('/#/sources');
  const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom AI Notes</title>
    <id>urn:atom-ai</id><updated>2026-11-28T01:00:00Z</updated><link href="https://atom.example/"/>
    <entry><id>urn:e1</id><title type="html">Lab &amp;amp; partner train a model</title><updated>2026-11-28T01:00:00Z</updated>
    <link href="https://atom.example/e1"/><content type="html">&lt;p&gt;The AI lab trained a model.&lt;/p&gt;</content></entry></feed>`;
  await page.getByLabel('Import feed').setInputFiles({ name: 'notes.atom', mimeType: 'application/atom+xml', buffer: Buffer.from(atom) });
  await expect(page.getByTestId('notice')).toHaveText(/Added 1 story from Atom AI Notes/);
  await expect(page.getByTestId('source')).toContainText('Imported file');
});

test('a feed that allows cross-origin reads is read straight from the browser, not through the server', async ({ page, feedOrigins }) => {
  const server = await startFeedServer({
    '/open.xml': {
      body: rss('Open CORS Wire', [{ id: 'o1', title: 'Open lab publishes its AI model weights', date: TODAY('06') }]),
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
  });
  feedOrigins.push(server.origin);
  try {
    await page.goto('/#/sources');
    // Once the service worker controls the page, it takes the feed requests.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.getByLabel('Feed address').fill(server.url('/open.xml'));
    await page.getByRole('button', { name: 'Add feed' }).click();
    await expect(page.getByTestId('notice')).toHaveText(/Added 1 story from Open CORS Wire\./);
    expect(server.requests).toEqual([{ path: '/open.xml', by: 'browser' }]);
  } finally {
    await server.close();
  }
});
