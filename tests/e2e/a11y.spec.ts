// Accessibility: axe (WCAG 2.0/2.1 A and AA) finds nothing serious or critical, in English and Vietnamese, light and
// dark, idle, while a briefing plays and while listening, on every screen (Stories in each view and searching); and
// the page never scrolls sideways on a 360 px phone or at 200% zoom (playing, and on Stories in each view).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, goTo, test, type ScreenName } from './fixtures';

const LANGS = [
  { lang: 'en', path: '/' },
  { lang: 'vi', path: '/?lang=vi' },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const STATES = ['idle', 'playing', 'listening'] as const;
/** The other screens are checked idle (what they show does not change while a briefing plays). */
const OTHER_SCREENS: ScreenName[] = ['stories', 'history', 'sources', 'settings'];
/** The Stories screen's views beside the one it opens on (Today), by their tabs' names in each language. */
const STORY_VIEWS = { en: ['By day', 'By topic'], vi: ['Theo ngày', 'Theo chủ đề'] } as const;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Opens the app in a language and waits until the sample edition is on the device. */
async function open(page: Page, lang: (typeof LANGS)[number]): Promise<void> {
  await page.goto(lang.path);
  await expect(page.locator('html')).toHaveAttribute('lang', lang.lang);
  await expect(page.getByTestId('story-count')).toHaveText(/32/);
}

/** Plays today's briefing (the sample edition's latest day) until a story's card and caption show. */
async function playBriefing(page: Page): Promise<void> {
  await page.getByTestId('play-today').click();
  await expect(page.getByTestId('story-card')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('caption')).not.toBeEmpty();
}

/** Talk pressed and speech heard: the button's listening words, "tap to stop" and its pulse or level. */
async function listen(page: Page): Promise<void> {
  await page.getByTestId('talk').click();
  await page.evaluate(() => (window as unknown as { __recognition: { hearSpeech(): void } }).__recognition.hearSpeech());
  await expect(page.getByTestId('talk')).toHaveClass(/is-hearing/);
}

/** Still speaking (so what was checked really was the playing page). */
async function expectStillPlaying(page: Page): Promise<void> {
  await expect(page.getByTestId('story-card')).toBeVisible();
  await expect(page.getByTestId('nothing-playing')).toHaveCount(0);
}

// A slow scripted voice: the briefing is still on its first stories while axe and the layout checks run.
test.use({ msPerChar: 30 });

for (const lang of LANGS) {
  for (const colorScheme of SCHEMES) {
    test.describe(`${lang.lang}, ${colorScheme}`, () => {
      test.use({ colorScheme });
      for (const state of STATES) {
        test(`axe finds no serious or critical WCAG 2.1 A/AA violation (${lang.lang}, ${colorScheme}, ${state})`, async ({ page }) => {
          await open(page, lang);
          if (state === 'playing') await playBriefing(page);
          if (state === 'listening') await listen(page);
          await expectNoSeriousViolations(page, `${lang.lang}, ${colorScheme}, ${state}`);
          if (state === 'playing') await expectStillPlaying(page);
        });
      }
      test(`axe finds no serious or critical WCAG 2.1 A/AA violation on Stories, History, Sources and Settings (${lang.lang}, ${colorScheme})`, async ({ page }) => {
        await open(page, lang);
        for (const screen of OTHER_SCREENS) {
          await goTo(page, screen);
          await expectNoSeriousViolations(page, `${lang.lang}, ${colorScheme}, ${screen}`);
        }
      });

      test(`axe finds no serious or critical WCAG 2.1 A/AA violation in each Stories view, searching, with a story playing (${lang.lang}, ${colorScheme})`, async ({ page }) => {
        // Five axe runs on long lists: about 20 s alone, over 30 s on a machine running two browsers.
        test.setTimeout(90_000);
        await open(page, lang);
        await playBriefing(page);
        await goTo(page, 'stories');
        for (const view of STORY_VIEWS[lang.lang]) {
          await page.getByRole('tab', { name: view }).click();
          await expect(page.getByTestId('story-row').first()).toBeVisible();
          await expectNoSeriousViolations(page, `${lang.lang}, ${colorScheme}, stories, ${view}`);
          // By day lists every loaded story once: the one being told is marked there.
          if (view === STORY_VIEWS[lang.lang][0]) await expect(page.getByTestId('stories-panel').locator('[aria-current="true"]')).toHaveCount(1);
        }
        await page.getByTestId('story-search').fill('deepseek');
        await expect(page.getByTestId('story-search-status')).not.toBeEmpty();
        await expectNoSeriousViolations(page, `${lang.lang}, ${colorScheme}, stories, searching`);
        await page.getByTestId('story-search').fill('no such words anywhere');
        await expect(page.getByTestId('no-match')).toBeVisible();
        await expectNoSeriousViolations(page, `${lang.lang}, ${colorScheme}, stories, nothing found`);
      });
    });
  }
}

/** axe on what the page shows now: minor findings are logged, serious or critical ones fail. */
async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const describe = (v: (typeof violations)[number]) =>
    `${v.id} [${v.impact}] ${v.help}\n    ${v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(' '))
      .join('\n    ')}${v.nodes.length > 3 ? `\n    … ${v.nodes.length - 3} more` : ''}`;
  const minor = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  if (minor.length) console.log(`axe, ${where}, minor/moderate:\n  ${minor.map(describe).join('\n  ')}`);
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map(describe), `serious or critical axe violations (${where}):\n  ${serious.map(describe).join('\n  ')}`).toEqual([]);
}

/** What sticks out past the right edge, for the failure message. */
function overflow(page: Page, width: number) {
  return page.evaluate((viewport) => {
    const root = document.documentElement;
    const past: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > viewport + 0.5) {
        const testid = el.getAttribute('data-testid');
        const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        past.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}${testid ? `[data-testid=${testid}]` : ''} right=${Math.round(r.right)}`);
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, innerWidth: window.innerWidth, past: past.slice(0, 10) };
  }, width);
}

for (const { name, viewport, deviceScaleFactor, isMobile } of [
  { name: 'a 360 px phone', viewport: { width: 360, height: 800 }, deviceScaleFactor: 2, isMobile: true },
  { name: '1280 px at 200% zoom', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2, isMobile: false },
]) {
  test.describe(name, () => {
    test.use({ viewport, deviceScaleFactor, isMobile, hasTouch: isMobile });
    for (const lang of LANGS) {
      test(`no horizontal scroll on ${name} in each view of the Stories screen (${lang.lang})`, async ({ page }) => {
        await open(page, lang);
        await goTo(page, 'stories');
        for (const view of ['today', 'days', 'topics']) {
          await page.getByTestId(`view-${view}`).click();
          if (view !== 'today') await expect(page.getByTestId('story-row').first()).toBeVisible();
          const widths = await overflow(page, viewport.width);
          const message = `scrollWidth ${widths.scrollWidth}, clientWidth ${widths.clientWidth} at ${viewport.width} px (${lang.lang}, ${view}); past the edge:\n  ${widths.past.join('\n  ')}`;
          expect(widths.scrollWidth, message).toBeLessThanOrEqual(widths.clientWidth);
          expect(widths.scrollWidth, message).toBeLessThanOrEqual(viewport.width);
        }
      });

      test(`no horizontal scroll on ${name} while a briefing plays (${lang.lang})`, async ({ page }) => {
        await open(page, lang);
        await playBriefing(page);
        const widths = await overflow(page, viewport.width);
        await expectStillPlaying(page);
        const message = `scrollWidth ${widths.scrollWidth}, clientWidth ${widths.clientWidth}, innerWidth ${widths.innerWidth} at ${viewport.width} px (${lang.lang}); past the edge:\n  ${widths.past.join('\n  ')}`;
        expect(widths.scrollWidth, message).toBeLessThanOrEqual(widths.clientWidth);
        // Mobile emulation can widen the layout viewport to fit wide content: hold it to the screen's width too.
        expect(widths.scrollWidth, message).toBeLessThanOrEqual(viewport.width);
      });
    }
  });
}
