// The first screen is in index.html, prerendered at build time in English and Vietnamese: it paints before any
// JavaScript loads, in the language the app will choose, at the place the app will draw it; React replaces it.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Keeps the app's JavaScript from running (its entry chunk never arrives), so the prerendered screen stays. */
const withoutApp = (page: Page) => page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());

/** The language of the prerendered screen that shows, or null when none does. */
async function shownPlaceholder(page: Page): Promise<string | null> {
  const shown = page.locator('.first-paint:visible');
  const count = await shown.count();
  expect(count, 'at most one prerendered screen shows').toBeLessThanOrEqual(1);
  return count ? shown.getAttribute('lang') : null;
}

const CASES: { name: string; path: string; locale?: string; stored?: string; expected: 'en' | 'vi' }[] = [
  { name: 'an English browser', path: '/', expected: 'en' },
  { name: 'a Vietnamese browser', path: '/', locale: 'vi-VN', expected: 'vi' },
  { name: '?lang=vi in an English browser', path: '/?lang=vi', expected: 'vi' },
  { name: 'English remembered in a Vietnamese browser', path: '/', locale: 'vi-VN', stored: 'en', expected: 'en' },
  { name: 'Vietnamese remembered, ?lang=en asked', path: '/?lang=en', stored: 'vi', expected: 'en' },
];

for (const c of CASES) {
  test.describe(c.name, () => {
    if (c.locale) test.use({ locale: c.locale });

    test(`paints the ${c.expected} first screen before the app runs, and the app then speaks ${c.expected}`, async ({ page }) => {
      if (c.stored) {
        const stored = JSON.stringify({ state: { lang: c.stored }, version: 1 });
        await page.addInitScript((value) => localStorage.setItem('earshot-settings', value), stored);
      }
      await withoutApp(page);
      await page.goto(c.path);
      expect(await shownPlaceholder(page)).toBe(c.expected);
      // It is a picture of the app, not the app: nothing in it can be focused or pressed, and screen readers skip it.
      const placeholder = page.locator('.first-paint:visible');
      await expect(placeholder).toHaveAttribute('inert', '');
      await expect(placeholder).toHaveAttribute('aria-hidden', 'true');
      await expect(placeholder.locator('.talk-button')).toBeVisible();
      const drawnAt = await placeholder.locator('.talk-button').boundingBox();

      await page.unroute(/\/assets\/index-[^/]*\.js$/);
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('lang', c.expected);
      await expect(page.getByTestId('story-count')).toHaveText(/\d/);
      // React replaced it: no prerendered screen is left, and Talk is where the placeholder drew it.
      await expect(page.locator('.first-paint')).toHaveCount(0);
      const appAt = await page.getByTestId('talk').boundingBox();
      expect(appAt).toEqual(drawnAt);
    });
  });
}

test('an address that opens another screen paints no Now playing placeholder', async ({ page }) => {
  await withoutApp(page);
  await page.goto('/#/settings');
  expect(await shownPlaceholder(page)).toBeNull();
  await page.unroute(/\/assets\/index-[^/]*\.js$/);
  await page.reload();
  await expect(page.getByTestId('screen-heading')).toHaveText('Settings');
});

test('the page as served already holds both languages’ first screens, without test hooks or ids', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(html).toContain('<div class="first-paint" lang="en" aria-hidden="true" inert>');
  expect(html).toContain('<div class="first-paint" lang="vi" aria-hidden="true" inert>');
  expect(html).toContain('Try: “What’s the AI news today?”');
  expect(html).toContain('Hãy thử nói: “Tin AI hôm nay”');
  expect(html).not.toMatch(/<div id="root">\s*<\/div>/);
  const placeholders = html.slice(html.indexOf('<div id="root">') + '<div id="root">'.length, html.indexOf('<noscript>'));
  expect(placeholders).not.toMatch(/ (data-testid|id)="/);
});
