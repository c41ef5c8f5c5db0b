// Screens: each is reached by its link and by its address, Back returns, the heading takes focus and names the
// page, aria-current marks the link, playback goes on while moving between screens, and no screen scrolls sideways.
import type { Page } from '@playwright/test';
import { expect, goTo, SCREEN_NAMES, speechLog, started, test, waitForSpoken, type ScreenName } from './fixtures';

const SCREENS: { screen: ScreenName; hash: string; heading: string; title: string; shows: string }[] = [
  { screen: 'stories', hash: '#/stories', heading: 'Stories', title: 'Stories · Earshot', shows: 'Search stories' },
  { screen: 'history', hash: '#/history', heading: 'History', title: 'History · Earshot', shows: 'Saved stories' },
  { screen: 'sources', hash: '#/sources', heading: 'Sources', title: 'Sources · Earshot', shows: 'Import feed' },
  { screen: 'settings', hash: '#/settings', heading: 'Settings', title: 'Settings · Earshot', shows: 'Storage' },
];
const HOME_TITLE = 'Earshot — AI news by voice';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Screens' });

async function expectCurrent(page: Page, screen: ScreenName) {
  await expect(nav(page).locator('[aria-current="page"]')).toHaveCount(1);
  await expect(page.getByTestId(`nav-${screen}`)).toHaveAttribute('aria-current', 'page');
}

test('each screen opens from its link: heading focused, page titled, link marked, and Back returns', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('story-count')).toHaveText('32 stories on this device.');
  await expect(page.getByTestId('talk')).toBeVisible();
  await expectCurrent(page, 'now');
  await expect(page).toHaveTitle(HOME_TITLE);
  for (const s of SCREENS) {
    await nav(page).getByRole('link', { name: s.heading }).click();
    await expect(page).toHaveURL(new RegExp(`${s.hash}$`));
    const heading = page.getByRole('heading', { level: 2, name: s.heading, exact: true });
    await expect(heading).toBeFocused();
    await expect(page.getByText(s.shows, { exact: true }).first()).toBeVisible();
    await expect(page).toHaveTitle(s.title);
    await expectCurrent(page, s.screen);
    await expect(page.getByTestId('talk')).toHaveCount(0);
    await page.goBack();
    await expect(page.getByTestId('talk')).toBeVisible();
    await expectCurrent(page, 'now');
    await expect(page).toHaveTitle(HOME_TITLE);
    await expect(page.getByTestId('screen-heading')).toBeFocused();
  }
  // Forward goes to the last screen again.
  await page.goForward();
  await expectCurrent(page, 'settings');
});

test('each screen opens from its address, in either language; a shortcut still acts on it', async ({ page }) => {
  for (const s of SCREENS) {
    await page.goto(`/${s.hash}`);
    await expect(page.getByRole('heading', { level: 2, name: s.heading, exact: true })).toBeVisible();
    await expect(page).toHaveTitle(s.title);
    await expectCurrent(page, s.screen);
  }
  await page.goto('/?lang=vi#/history');
  await expect(page.getByRole('heading', { level: 2, name: 'Lịch sử', exact: true })).toBeVisible();
  await expect(page).toHaveTitle('Lịch sử · Earshot');
  await expect(page.getByRole('navigation', { name: 'Các màn hình' }).getByRole('link', { name: 'Lịch sử' })).toHaveAttribute('aria-current', 'page');
  // The address keeps both the language and the screen.
  expect(new URL(page.url()).search).toBe('?lang=vi');
});

test.describe('playback across screens', () => {
  // A slower voice, so the briefing is still going when the screens have been visited.
  test.use({ msPerChar: 15 });
  test('a briefing keeps playing while moving between screens, and the keyboard steers it from any screen', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('play-today').click();
    const first = await waitForSpoken(page, (t) => t.length > 0);
    const cancels = async () => (await speechLog(page)).filter((e) => e.type === 'cancel').length;
    const cancelledBefore = await cancels();
    for (const s of SCREENS) await goTo(page, s.screen);
    // Moving cancelled nothing: the same briefing goes on to its next sentences.
    await expect.poll(async () => (await started(page)).length, { timeout: 15_000 }).toBeGreaterThan(2);
    expect((await started(page))[0]).toBe(first.text);
    expect(await cancels()).toBe(cancelledBefore);
    // On Settings, K pauses the briefing; going back to Now playing shows it paused.
    await page.getByRole('heading', { name: 'Settings', exact: true }).press('k');
    await goTo(page, 'now');
    await expect(page.getByTestId('status')).toHaveText('Paused');
  });
});

for (const viewport of [
  { width: 360, height: 800 },
  { width: 641, height: 800 },
  { width: 1280, height: 800 },
]) {
  test(`at ${viewport.width} px no screen scrolls sideways, the links are at least 44 px and no label breaks inside a word`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await expect(nav(page).getByRole('link')).toHaveText(['Now playing', 'Stories', 'History', 'Sources', 'Settings']);
    for (const screen of SCREEN_NAMES) {
      await goTo(page, screen);
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(widths.scroll, `${screen} at ${viewport.width} px`).toBeLessThanOrEqual(widths.client);
      for (const link of await nav(page).getByRole('link').all()) {
        const box = (await link.boundingBox())!;
        expect(box.height).toBeGreaterThanOrEqual(44);
        expect(box.width).toBeGreaterThanOrEqual(44);
      }
    }
    for (const lang of ['vi', 'en'] as const) {
      await page.getByTestId(`lang-${lang}`).click();
      expect(await brokenWords(page), `nav labels broken inside a word (${lang}, ${viewport.width} px)`).toEqual([]);
      // A top bar has room for every label on one line, the current one in bold too ("Now playing" once wrapped).
      if (viewport.width > 640) {
        for (const screen of SCREEN_NAMES) {
          await goTo(page, screen);
          expect(await wrappedLabels(page), `nav labels on two lines (${lang}, ${viewport.width} px, on ${screen})`).toEqual([]);
        }
      }
    }
    const bar = (await nav(page).boundingBox())!;
    // A bottom bar on phones, a top bar on wider screens.
    if (viewport.width <= 640) expect(bar.y + bar.height).toBeCloseTo(viewport.height, 0);
    else expect(bar.y).toBeLessThan(200);
  });
}

/** The navigation labels laid out on more than one line. */
function wrappedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLAnchorElement>('.screen-nav a span'))
      .filter((label) => {
        const range = document.createRange();
        range.selectNodeContents(label);
        return new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size > 1;
      })
      .map((label) => label.textContent ?? ''),
  );
}

/** The navigation labels' words that wrap onto two lines (a word laid out in more than one line box), and labels wider than their link. */
function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('.screen-nav a'))) {
      const label = link.querySelector('span')!;
      const text = label.firstChild as Text;
      if (label.getBoundingClientRect().width > link.getBoundingClientRect().width + 0.5) broken.push(`${text.data}: wider than its link`);
      for (const m of text.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, m.index);
        range.setEnd(text, m.index + m[0].length);
        const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(`${text.data}: “${m[0]}” on ${lines.size} lines`);
      }
    }
    return broken;
  });
}
