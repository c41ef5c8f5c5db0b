// The bar across the briefing on Now playing: it moves forward with the briefing, marks each story's start, and
// says roughly how long is left, in words a screen reader can read.
import { expect, test, waitForSpoken } from './fixtures';

test.use({ msPerChar: 20 });

test('the briefing’s progress bar moves on with each story, marks the stories and tells the time left', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await expect(page.getByTestId('story-count')).toHaveText(/32/);
  await expect(page.getByTestId('briefing-progress')).toHaveCount(0);
  await page.getByTestId('play-today').click();
  // At 20 ms a character the greeting and the sample edition's offer take most of 8 s before the first story, and
  // more on a loaded CI machine: this test is about the bar, so the first story gets a wait of its own.
  await waitForSpoken(page, (t) => t.startsWith('First, from ') || t.startsWith('Đầu tiên, theo '), 0, 25_000);
  const bar = page.getByTestId('briefing-progress');
  await expect(bar).toHaveAttribute('aria-label', 'Briefing progress');
  const at = async () => Number(await bar.getAttribute('aria-valuenow'));
  const first = await at();
  expect(first).toBeGreaterThan(0);
  expect(first).toBeLessThan(50);
  await expect(bar).toHaveAttribute('aria-valuetext', new RegExp(`^${first}%, (About \\d+ min left|Less than a minute left)$`));
  // One mark per story of the briefing ("1 of N" on the card).
  const count = Number(/of (\d+)/.exec((await page.getByTestId('position').textContent()) ?? '')?.[1]);
  await expect(bar.locator('.progress-mark')).toHaveCount(count);
  const leftBefore = await page.getByTestId('time-left').textContent();
  await page.keyboard.press('l');
  await expect(page.getByTestId('position')).toHaveText(`2 of ${count}`);
  await expect.poll(at).toBeGreaterThan(first);
  const second = await at();
  await page.keyboard.press('j');
  await expect(page.getByTestId('position')).toHaveText(`1 of ${count}`);
  await expect.poll(at).toBeLessThan(second);
  expect(leftBefore).toMatch(/min left|Less than a minute left/);
  // Vietnamese words for it, without reload.
  await page.getByTestId('lang-vi').click();
  await expect(bar).toHaveAttribute('aria-label', 'Tiến độ bản tin');
  await expect(page.getByTestId('time-left')).toHaveText(/^(Còn khoảng \d+ phút|Còn chưa đến một phút)$/);
});
