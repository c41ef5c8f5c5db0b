// A newcomer with nothing imported hears the sample edition, with no network and no setup.
import { expect, sampleStoriesOf, speechLog, test, waitForSpoken } from './fixtures';

const feb3 = sampleStoriesOf('2025-02-03');

test('Play today’s briefing speaks the sample edition, saying that nothing is from today', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('first-run')).toHaveText('Try: “What’s the AI news today?”');
  await expect(page.getByTestId('story-count')).toHaveText('32 stories on this device.');
  await page.getByTestId('play-today').click();
  await waitForSpoken(page, (t) => t === 'There are no AI stories from today yet.');
  await waitForSpoken(page, (t) => t === 'Here are the latest ones, from Monday, February 3, 2025.');
  // Same-event reports (in English and Vietnamese) are told once, so there are fewer stories than reports.
  const intro = await waitForSpoken(page, (t) => / AI stories for Monday, February 3, 2025\.$/.test(t));
  expect(intro.text).toMatch(/^(Two|Three|Four|Five|Six|Seven|Eight) AI stories for Monday, February 3, 2025\.$/);
  await waitForSpoken(page, (t) => t.startsWith('First, from ') || t.startsWith('Đầu tiên, theo '));
  const title = await page.getByTestId('story-title').textContent();
  expect(feb3.map((s) => s.title)).toContain(title);
  await expect(page.getByTestId('story-card').locator('time')).toHaveAttribute('datetime', /^2025-02-0[23]T/);
  await expect(page.getByTestId('story-card').locator('time')).toHaveAttribute('datetime', /^2025-02-03T/);
  await expect(page.getByTestId('caption')).not.toBeEmpty();
  const spoken = (await speechLog(page)).filter((e) => e.type === 'speak').map((e) => e.text);
  // No silent unlock utterance first: in Chromium the tap itself lets speech start (only WebKit needs one), and the
  // engine would say it before the briefing's first sentence.
  expect(spoken.slice(0, 2)).toEqual(['Good morning.', 'There are no AI stories from today yet.']);
});

test('the sample edition is stored once, in IndexedDB, and survives a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('story-count')).toHaveText('32 stories on this device.');
  await page.reload();
  await expect(page.getByTestId('story-count')).toHaveText('32 stories on this device.');
  // Each UTC day's story records in a database of their own beside the app's (news-rooms.ts).
  const keys = await page.evaluate(async () => {
    const count = (name: string) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('kv').objectStore('kv').count(IDBKeyRange.bound(['s'], ['s', []]));
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result);
          };
        };
      });
    const rooms = (await indexedDB.databases()).flatMap(({ name }) => (name?.startsWith('earshot-news~') ? [name] : []));
    const counts = await Promise.all(['earshot-news', ...rooms].map(count));
    return { main: counts[0], rooms: rooms.length, records: counts.reduce((a, b) => a + b, 0) };
  });
  expect(keys.main).toBe(0);
  expect(keys.rooms).toBeGreaterThan(0);
  expect(keys.records).toBe(32);
});
