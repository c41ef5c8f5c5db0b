// The first briefing of a page, started by the page's first gesture (a tap on Play), for the speech latency benchmark:
// the tap is also when the app unlocks speech, and what it then hands the engine comes before the first sentence.
// Timed from the tap's pointerdown to the `start` of the first spoken sentence, on a fresh app page and, beside it, on a
// fresh bare page whose button speaks that sentence directly.
import type { BrowserContext, Page } from '@playwright/test';
import { installSpeechSpy, type RealSpeechSpy } from '../../tests/fakes/browser/speech-spy';
import { NAME_SHIM } from './browser-shim';

/** tap → speak() (the app's own work), speak() → start (the engine), and tap → start. */
export interface TapTiming {
  text: string;
  total: number;
  app: number;
  engine: number;
}

type Tapped = Window & { __realSpeech: RealSpeechSpy; __tapAt?: number };

/** Notes when the first pointerdown happens, before any handler of the page sees it. */
function installTapClock(): void {
  addEventListener('pointerdown', () => ((window as unknown as Tapped).__tapAt ??= performance.now()), { capture: true });
}

/** Waits (up to 15 s) for the page's first non-blank utterance to start; its timing from the tap. */
function firstSentence(page: Page): Promise<TapTiming | null> {
  return page.evaluate(async () => {
    const { __realSpeech: spy, __tapAt: tapAt = NaN } = window as unknown as Tapped;
    const start = await Promise.race([spy.nextStart(0), new Promise<null>((r) => setTimeout(() => r(null), 15_000))]);
    const speak = start && spy.log.find((e) => e.type === 'speak' && e.text === start.text);
    return start && speak ? { text: start.text, total: start.t - tapAt, app: speak.t - tapAt, engine: start.t - speak.t } : null;
  });
}

/**
 * Opens a fresh page in `context` with the spy and the tap clock, lets `open` load it and `settleMs` pass, taps with
 * `tap`, and times the first sentence; the page is silenced and closed after.
 */
async function firstTap(context: BrowserContext, settleMs: number, open: (page: Page) => Promise<void>, tap: (page: Page) => Promise<void>, who: string): Promise<TapTiming> {
  const page = await context.newPage();
  try {
    await page.addInitScript({ content: NAME_SHIM });
    await page.addInitScript(installSpeechSpy);
    await page.addInitScript(installTapClock);
    await open(page);
    // A person does not tap within the first second either (the app gets its library ready once the page is idle).
    await page.waitForTimeout(settleMs);
    await tap(page);
    const heard = await firstSentence(page);
    if (!heard) throw new Error(`speech latency: ${who} said nothing within 15 s of the first tap`);
    return heard;
  } finally {
    // Silent before it goes: the engine is shared with the pages measured next.
    await page.evaluate(() => speechSynthesis.cancel()).catch(() => undefined);
    await page.close();
  }
}

const voicesReady = (page: Page) => page.waitForFunction(() => speechSynthesis.getVoices().length > 0, undefined, { timeout: 15_000 });

/** Opens the app afresh in `context` (its stories are there already), waits until it settles, and taps Play. */
export function appFirstTap(context: BrowserContext, url: string, settleMs: number): Promise<TapTiming> {
  return firstTap(
    context,
    settleMs,
    async (page) => {
      await page.goto(url);
      await voicesReady(page);
      await page.getByTestId('play-today').waitFor();
    },
    (page) => page.getByTestId('play-today').click(),
    'the app',
  );
}

/** A fresh bare page with one button that speaks `text` (lang only) when tapped. */
export function bareFirstTap(context: BrowserContext, text: string, settleMs: number): Promise<TapTiming> {
  return firstTap(
    context,
    settleMs,
    async (page) => {
      await page.goto('about:blank');
      await voicesReady(page);
      await page.evaluate((text) => {
        const button = document.body.appendChild(document.createElement('button'));
        button.textContent = 'Play';
        button.onclick = () => {
          const u = new SpeechSynthesisUtterance(text);
          u.lang = 'en-US';
          // Kept referenced: Chrome drops the events of a collected utterance.
          (window as unknown as { __u: unknown }).__u = u;
          speechSynthesis.speak(u);
        };
      }, text);
    },
    (page) => page.getByRole('button', { name: 'Play' }).click(),
    'the bare page',
  );
}
