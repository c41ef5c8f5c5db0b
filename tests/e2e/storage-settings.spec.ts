// Settings › Storage in the real browser: what is used and available, persistence, clearing history and stories.
import { expect, goTo, importFeed, say, test, waitForSpoken } from './fixtures';

// A slow voice: "save this" must arrive while the one story is still being told, on a busy machine too.
test.use({ msPerChar: 30 });

test('Settings shows space used and available and persistence; history and stories can be cleared (saved ones stay)', async ({ page }) => {
  await page.goto('/');
  await importFeed(page, [{ id: 's1', title: 'AI lab trains a model on new chips', date: '2026-11-28T08:00:00+07:00' }]);
  await expect(page.getByTestId('story-count')).toHaveText('33 stories on this device.');
  await page.getByTestId('play-today').click();
  await waitForSpoken(page, (t) => t.includes('AI lab trains a model on new chips'));
  const mark = await say(page, 'save this');
  await waitForSpoken(page, (t) => t === 'Saved: AI lab trains a model on new chips.', mark);
  await goTo(page, 'history');
  await expect(page.getByTestId('saved-list')).toContainText('AI lab trains a model on new chips');
  await goTo(page, 'now');
  await page.getByTestId('stop').click();
  await goTo(page, 'history');
  await expect(page.getByTestId('history-entry')).toHaveCount(1);

  await goTo(page, 'settings');
  await expect(page.getByTestId('storage-used')).toHaveText(/^Using [\d.,]+ (MB|GB) of [\d.,]+ (MB|GB) available to Earshot on this device\.$/);
  await expect(page.getByTestId('storage-persistent')).toHaveText(/Storage is (not )?persistent/);

  await page.getByTestId('clear-history').click();
  await expect(page.getByTestId('clear-history')).toHaveText('Press again to confirm');
  // One press cleared nothing (and leaving the screen disarms the button).
  await goTo(page, 'history');
  await expect(page.getByTestId('history-entry')).toHaveCount(1);
  await goTo(page, 'settings');
  await expect(page.getByTestId('clear-history')).toHaveText('Clear history');
  await page.getByTestId('clear-history').click();
  await page.getByTestId('clear-history').click();
  await goTo(page, 'history');
  await expect(page.getByTestId('history-entry')).toHaveCount(0);
  await goTo(page, 'settings');

  await page.getByTestId('clear-stories').click();
  await page.getByTestId('clear-stories').click();
  await expect(page.getByTestId('notice')).toHaveText(/Removed 32 stories\. Saved stories and your sources stay\./);
  await expect(page.getByTestId('story-count')).toHaveText('One story on this device.');
  await goTo(page, 'history');
  await expect(page.getByTestId('saved-list')).toContainText('AI lab trains a model on new chips');
});
