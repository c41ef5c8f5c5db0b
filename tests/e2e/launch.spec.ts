// Opening the app from another app's share sheet (Web Share Target) and from the home-screen shortcuts.
import { expect, goTo, test, waitForSpoken } from './fixtures';

test('a link shared from another app becomes a story of today, and the address is tidied', async ({ page }) => {
  const q = new URLSearchParams({ title: 'Lab opens its AI model weights', text: 'The lab says anyone may run the model. https://news.example/open-weights' });
  await page.goto(`/share?${q}`);
  await expect(page.getByTestId('notice')).toHaveText(/Added the shared story “Lab opens its AI model weights”/);
  await expect(page.getByTestId('story-count')).toHaveText('33 stories on this device.');
  expect(new URL(page.url()).pathname).toBe('/');
  await page.getByTestId('play-today').click();
  await waitForSpoken(page, (t) => t.includes('Lab opens its AI model weights'));
});

test('the "Replay last" shortcut replays the last briefing; "Today’s briefing" plays today', async ({ page }) => {
  await page.goto('/?play=last');
  // Nothing played yet: it says so.
  await waitForSpoken(page, (t) => t === 'There is no briefing to replay yet.');
  await page.goto('/?play=today');
  const first = await waitForSpoken(page, (t) => t === 'Good morning.');
  expect(first).toBeTruthy();
  await goTo(page, 'history');
  await expect(page.getByTestId('history-entry')).toHaveCount(1);
  await page.goto('/?play=last');
  await waitForSpoken(page, (t) => t.startsWith('There are no AI stories from today yet.'));
  expect(new URL(page.url()).search).toBe('');
});

test('a shortcut opened on a screen keeps the screen in the tidied address', async ({ page }) => {
  await page.goto('/?play=today#/history');
  await waitForSpoken(page, (t) => t === 'Good morning.');
  expect(new URL(page.url()).search).toBe('');
  expect(new URL(page.url()).hash).toBe('#/history');
  await expect(page.getByTestId('screen-history')).toBeVisible();
});
