// `npm run screenshots`: pictures of Earshot playing the sample edition's briefing, on a phone (360×800, 2×) and a
// desktop (1280 px wide, the whole page), light and dark, in English: docs/screenshots/now-playing-{phone,desktop}-{light,dark}.png.
// The production build is served by the app's own server (as `npm start` does) and driven in the system Chromium,
// with the browser tests' scripted speech, so the caption and the Now Playing card show without an audio system.
// Also checks that the phone layout does not scroll sideways; exits 1 (after saving every picture) when it does,
// 2 when there is no Chromium.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { installFakeSpeechRecognition } from '../tests/fakes/browser/speech-recognition';
import { installFakeSpeechSynthesis } from '../tests/fakes/browser/speech-synthesis';
import { installMediaSpy } from '../tests/fakes/browser/media-spy';
import { NAME_SHIM } from './bench/browser-shim';
import { startServer } from './app-server';
import { CHROME_ARGS, requireChrome } from './find-chrome';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = `${ROOT}docs/screenshots/`;
/** The browser tests' clock: Saturday 28 November 2026, 09:00 in Hanoi (the sample edition's latest day is played). */
const NOW = new Date('2026-11-28T09:00:00+07:00');
/** Slow enough that a summary sentence stays on screen for a few seconds while the picture is taken. */
const MS_PER_CHAR = 40;

const DEVICES = {
  phone: { viewport: { width: 360, height: 800 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
} as const;
const SCHEMES = ['light', 'dark'] as const;

/** Opens the app, plays today's briefing, skips (Next) to its first English story and waits for that story's first
 * summary sentence, so the card, the highlighted transcript and the caption all show. */
async function playFirstEnglishStory(page: Page, url: string): Promise<void> {
  await page.clock.setFixedTime(NOW);
  // tsx compiles the fakes with esbuild's __name helper, which the page does not have.
  await page.addInitScript({ content: NAME_SHIM });
  await page.addInitScript(installFakeSpeechSynthesis, { voices: 'all' as const, msPerChar: MS_PER_CHAR });
  await page.addInitScript(installFakeSpeechRecognition);
  await page.addInitScript(installMediaSpy);
  await page.goto(url);
  await page.getByTestId('story-count').filter({ hasText: /\d/ }).waitFor();
  await page.getByTestId('play-today').click();
  const card = page.getByTestId('story-card');
  await card.waitFor({ timeout: 30_000 });
  for (let skips = 0; skips < 8 && (await card.getAttribute('lang')) !== 'en'; skips++) {
    const title = await page.getByTestId('story-title').textContent();
    await page.getByTestId('next').click();
    await page.waitForFunction((t) => document.querySelector('[data-testid="story-title"]')?.textContent !== t, title);
  }
  // The headline is the transcript's first sentence; wait for the one after it.
  await page.locator('[data-testid="transcript"] > span[aria-current="true"]:not(:first-child)').waitFor({ timeout: 15_000 });
  await page.getByTestId('caption').filter({ hasText: /\S/ }).waitFor();
}

async function shoot(browser: Browser, url: string, device: keyof typeof DEVICES, scheme: (typeof SCHEMES)[number]): Promise<{ path: string; overflow: string | null }> {
  const context = await browser.newContext({ ...DEVICES[device], colorScheme: scheme, locale: 'en-US', timezoneId: 'Asia/Ho_Chi_Minh', reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    await playFirstEnglishStory(page, url);
    // A desktop shows the whole page (header, navigation, Talk, the card, the controls). A phone shows the top of the
    // page when the whole Now Playing card fits under the header; otherwise the card at the top, above the fixed bar.
    if (device === 'phone') {
      await page.evaluate(() => {
        const card = document.querySelector('.now-playing');
        if (!card) return;
        const top = card.getBoundingClientRect().top + window.scrollY;
        const bottom = top + card.getBoundingClientRect().height;
        window.scrollTo({ top: bottom <= window.innerHeight ? 0 : Math.max(0, top - 8), behavior: 'instant' });
      });
    }
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const path = `${OUT_DIR}now-playing-${device}-${scheme}.png`;
    await page.screenshot({ path, animations: 'disabled', caret: 'hide', fullPage: device === 'desktop' });
    const status = await page.getByTestId('status').textContent();
    const caption = await page.getByTestId('caption').textContent();
    if (!caption?.trim()) throw new Error(`${path}: the caption was empty (status ${status})`);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
    const overflow = device === 'phone' && widths.scroll > widths.inner ? await widestElements(page, widths) : null;
    return { path, overflow };
  } finally {
    await context.close();
  }
}

/** Says which elements stick out past the right edge, for the failure message. */
async function widestElements(page: Page, widths: { scroll: number; inner: number }): Promise<string> {
  const culprits = await page.evaluate((inner) => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      if (r.right > inner + 0.5 && r.width > 0) {
        const id = el.id ? `#${el.id}` : '';
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        const testid = el.getAttribute('data-testid');
        out.push(`${el.tagName.toLowerCase()}${id}${cls}${testid ? `[data-testid=${testid}]` : ''} right=${Math.round(r.right)} width=${Math.round(r.width)}`);
      }
    }
    return out.slice(0, 8);
  }, widths.inner);
  return `document.documentElement.scrollWidth ${widths.scroll} > innerWidth ${widths.inner}; past the edge:\n      ${culprits.join('\n      ')}`;
}

async function main(): Promise<number> {
  let executablePath: string;
  try {
    executablePath = requireChrome();
  } catch (e) {
    console.error(`Screenshots need Chromium or Chrome.\n${(e as Error).message}`);
    return 2;
  }
  if (!existsSync(`${ROOT}dist/index.html`)) {
    console.error('There is no build in dist/. Run `npm run screenshots` (it builds first) or `npm run build`.');
    return 1;
  }
  mkdirSync(OUT_DIR, { recursive: true });
  const { url, server } = await startServer();
  const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
  const overflows: string[] = [];
  try {
    for (const device of Object.keys(DEVICES) as (keyof typeof DEVICES)[]) {
      for (const scheme of SCHEMES) {
        const { path, overflow } = await shoot(browser, url, device, scheme);
        // The picture's own size, from its PNG header (a desktop picture is as tall as the page).
        const header = readFileSync(path).subarray(16, 24);
        console.log(`${path.slice(ROOT.length)}  ${header.readUInt32BE(0)}×${header.readUInt32BE(4)} px  ${(statSync(path).size / 1024).toFixed(0)} KiB`);
        if (overflow) overflows.push(`${device} ${scheme}: ${overflow}`);
      }
    }
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
  if (overflows.length) {
    console.error(`\nFAIL: the page scrolls sideways at 360 px wide while a briefing plays:\n  ${overflows.join('\n  ')}`);
    return 1;
  }
  console.log('\nAt 360 px wide the page does not scroll sideways (scrollWidth ≤ innerWidth), light and dark.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`\nScreenshots failed: ${(e as Error).stack ?? e}`);
    process.exit(1);
  },
);
