// Settings holds everything a listener sets once: language, speaking speed, voices, headphones, hands-free, storage.
import { expect, goTo, speechLog, test, waitForSpoken } from './fixtures';

test.use({ msPerChar: 20 });

test('the speaking speed chosen in Settings is used at once and remembered; the language changes without reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('story-count')).toHaveText(/32/);
  await goTo(page, 'settings');
  await expect(page.getByTestId('settings-speed')).toHaveValue('1');
  await expect(page.getByTestId('settings-speed').locator('option')).toHaveText(['0.5×', '0.75×', '1× (normal)', '1.25×', '1.5×', '1.75×', '2×']);
  await page.getByTestId('settings-speed').selectOption('1.5');
  await goTo(page, 'now');
  await expect(page.getByTestId('rate')).toHaveText('Speed 1.5×');
  const mark = (await speechLog(page)).length;
  await page.getByTestId('play-today').click();
  const first = await waitForSpoken(page, (t) => t === 'Good morning.', mark);
  expect(first.rate).toBe(1.5);
  await page.getByTestId('stop').click();
  await page.reload();
  await goTo(page, 'settings');
  await expect(page.getByTestId('settings-speed')).toHaveValue('1.5');

  // The language: Vietnamese at once, the header's switch agreeing, and the speed named the Vietnamese way.
  await page.getByTestId('settings-lang').selectOption('vi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByTestId('screen-heading')).toHaveText('Cài đặt');
  await expect(page.getByTestId('lang-vi')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('settings-speed').locator('option:checked')).toHaveText('1,5×');
  // Hands-free can be turned on here too (it is the same setting as on Now playing).
  await expect(page.getByTestId('hands-free-panel')).toBeVisible();
});
