// Language from ?lang= (remembered) or the browser, switching without reload; and nothing leaves the device.
import { expect, test } from './fixtures';

test('?lang=vi chooses Vietnamese and is remembered; the switch changes language without reload', async ({ page }) => {
  await page.goto('/?lang=vi');
  await expect(page.getByTestId('talk')).toHaveText('Nói');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await page.goto('/');
  await expect(page.getByTestId('play-today')).toHaveText('Phát bản tin hôm nay');
  const marker = await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42));
  await page.getByTestId('lang-en').click();
  await expect(page.getByTestId('play-today')).toHaveText('Play today’s briefing');
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(marker);
});

test.describe('a Vietnamese browser', () => {
  test.use({ locale: 'vi-VN' });
  test('defaults to Vietnamese', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('talk')).toHaveText('Nói');
  });
});

test('a Content-Security-Policy keeps requests on this origin', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("connect-src 'self'");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'/);
  const result = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.blockedURI));
    const outcome = await fetch('https://analytics.example/collect').then(
      () => 'sent',
      () => 'blocked',
    );
    await new Promise((r) => setTimeout(r, 50));
    return { outcome, violations };
  });
  expect(result.outcome).toBe('blocked');
  expect(result.violations).toContain('https://analytics.example/collect');
});
