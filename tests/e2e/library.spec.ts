// Stories in IndexedDB: imports survive reloads, "today" is the local day, bad files change nothing.
import { expect, importFeed, say, speechLog, test, waitForSpoken } from './fixtures';

test('imported stories survive a reload, and a story at 00:30 in Hanoi is today there', async ({ page }) => {
  await page.goto('/');
  const added = await importFeed(page, [
    { id: 'early', title: 'AI lab ships a model at half past midnight in Hanoi', date: '2026-11-28T00:30:00+07:00' },
    { id: 'late-yesterday', title: 'Chip deal signed late last night in Hanoi', date: '2026-11-27T23:30:00+07:00' },
  ]);
  expect(added).toContain('Added 2 stories from Test Wire');
  await expect(page.getByTestId('story-count')).toHaveText('34 stories on this device.');
  await page.reload();
  await expect(page.getByTestId('story-count')).toHaveText('34 stories on this device.');

  let mark = await say(page, "what's the AI news today");
  await waitForSpoken(page, (t) => t === 'One AI story for today, Saturday, November 28.', mark);
  await waitForSpoken(page, (t) => t.includes('half past midnight in Hanoi'), mark);
  await page.getByTestId('stop').click();
  expect((await speechLog(page)).slice(mark).some((e) => e.text.includes('late last night'))).toBe(false);

  mark = await say(page, "play yesterday's news");
  await waitForSpoken(page, (t) => t === 'One AI story for yesterday, Friday, November 27.', mark);
  await waitForSpoken(page, (t) => t.includes('late last night in Hanoi'), mark);
});

test('importing the same feed twice adds nothing the second time', async ({ page }) => {
  await page.goto('/');
  const items = [{ id: 'x', title: 'Only once', date: '2026-11-28T08:00:00+07:00' }];
  await importFeed(page, items);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  expect(await importFeed(page, items)).toContain('No new stories from Test Wire; 1 already here.');
  await expect(page.getByTestId('story-count')).toHaveText('33 stories on this device.');
});

for (const [what, content, message] of [
  ['broken JSON', '{"version": "https://jsonfeed.org/version/1.1", "items": [ {"id": ', 'That file is not valid JSON, so nothing was imported.'],
  ['JSON that is not a feed', '{"hello": "world"}', 'That file is not an RSS, Atom or JSON feed (or an OPML list), so nothing was imported.'],
  ['a feed with only empty items', '{"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": [{"id": "1"}]}', 'That feed has no stories with a title or text, so nothing was imported.'],
] as const) {
  test(`${what} gets a clear message and changes nothing`, async ({ page }) => {
    await page.goto('/#/sources');
    await expect(page.getByTestId('story-count')).toHaveText('32 stories on this device.');
    await page.getByLabel('Import feed').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(page.getByTestId('notice')).toContainText(message);
    await expect(page.getByTestId('story-count')).toHaveText('32 stories on this device.');
  });
}

test('a script in a feed shows as inert text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto('/');
  await importFeed(page, [{ id: 'xss', title: '<img src=x onerror=alert(1)> <script>alert(2)</script>Evil AI model', date: '2026-11-28T08:00:00+07:00' }]);
  await page.getByTestId('play-today').click();
  await expect(page.getByTestId('story-title')).toContainText('Evil');
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});
