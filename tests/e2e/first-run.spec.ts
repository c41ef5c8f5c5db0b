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
  await waitForSpoken(page, (t) => t === `Here is the AI news from Monday, February 3, 2025: ${feb3.length} stories.`);
  // The newest sample story of 3 February 2025 (Hanoi time) comes first, in its own language.
  await waitForSpoken(page, (t) => t.includes(feb3[0].title));
  await expect(page.getByTestId('story-title')).toHaveText(feb3[0].title);
  await expect(page.getByTestId('story-card')).toContainText(feb3[0].source);
  await expect(page.getByTestId('story-card').locator('time')).toHaveAttribute('datetime', /^2025-02-03T/);
  await expect(page.getByTestId('caption')).not.toBeEmpty();
  const spoken = (await speechLog(page)).filter((e) => e.type === 'speak').map((e) => e.text);
  // The first tap unlocks speech with one empty utterance (iOS and Chrome need it); then the briefing opens.
  expect(spoken[0]).toBe(' ');
  expect(spoken.indexOf('There are no AI stories from today yet.')).toBe(1);
});

test('the sample edition is stored once, in IndexedDB, and survives a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('story-count')).toHaveText('32 stories on this device.');
  await page.reload();
  await expect(page.getByTestId('story-count')).toHaveText('32 stories on this device.');
  const keys = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('earshot-news');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('kv').objectStore('kv').count(IDBKeyRange.bound('s:', 's:\uffff'));
          req.onsuccess = () => resolve(req.result);
        };
      }),
  );
  expect(keys).toBe(32);
});
