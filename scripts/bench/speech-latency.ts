// Time from a final transcript to the `start` of the first spoken sentence, with REAL speech synthesis in Chromium,
// side by side with a minimal page that calls speechSynthesis.speak() directly (the engine's own start time).
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { createStaticServer } from '../../server/static-server';
import { installFakeSpeechRecognition } from '../../tests/fakes/browser/speech-recognition';
import { installSpeechSpy, type RealSpeechEntry } from '../../tests/fakes/browser/speech-spy';
import { CHROME_ARGS, requireChrome } from '../find-chrome';
import { startSpeechEnv } from '../speech-env';
import { NAME_SHIM } from './browser-shim';
import { printTable, quantile } from './table';

const RUNS = 50;
const WARM_UP = 3;
const TARGET = { median: 100, p95: 200 };
/** The briefing opens with a greeting ("Good evening."): the first sentence the person hears. */
const GREETING = /^Good (morning|afternoon|evening)\.$/;


type Spied = Window & { __realSpeech: { log: RealSpeechEntry[] }; __recognition: { active: boolean; lastFinalAt: number; say(a: string[], interim?: boolean): void } };

/** Waits (up to 15 s: a cold speech-dispatcher on a busy machine can take seconds) for the next utterance to start.
 * The latency is measured from the engine's own timestamps, so the wait's length does not change the result. */
async function firstStartAfter(page: Page, mark: number, match: (t: string) => boolean): Promise<RealSpeechEntry> {
  for (let i = 0; i < 1500; i++) {
    const hit = await page.evaluate(
      ({ mark }) => (window as unknown as Spied).__realSpeech.log.slice(mark).find((e) => e.type === 'start' && e.text.trim() !== ''),
      { mark },
    );
    if (hit && match(hit.text)) return hit;
    await page.waitForTimeout(10);
  }
  const texts = await page.evaluate(({ mark }) => (window as unknown as Spied).__realSpeech.log.slice(mark).map((e) => `${e.type}:${e.text}`), { mark });
  throw new Error(`no matching speech started within 15 s; after the mark: ${JSON.stringify(texts.slice(0, 6))}`);
}

/** Per run: final result → speak() (the app's own work), and speak() → start (the engine). */
const appSplits: { app: number; engine: number }[] = [];

async function appLatencies(page: Page, baseUrl: string): Promise<number[]> {
  await page.addInitScript({ content: NAME_SHIM });
  await page.addInitScript(installSpeechSpy);
  await page.addInitScript(installFakeSpeechRecognition);
  await page.goto(baseUrl);
  await page.waitForFunction(() => speechSynthesis.getVoices().length > 0, undefined, { timeout: 15_000 });
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Bench Wire',
    // An AI story (others are left out of "AI news"), so today has a briefing.
    items: [
      {
        id: 'b1',
        title: 'OpenAI releases a new AI model',
        content_text: 'The lab says the model reasons better on new chips. Researchers will test it this week.',
        date_published: new Date().toISOString(),
      },
    ],
  };
  // Feeds are imported on the Sources screen; Talk is on Now playing.
  await page.evaluate(() => (location.hash = '#/sources'));
  await page.getByLabel('Import feed').setInputFiles({ name: 'feed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(feed)) });
  await page.getByTestId('notice').waitFor();
  await page.evaluate(() => (location.hash = '#/'));
  await page.getByTestId('talk').waitFor();
  const times: number[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(150);
    await page.getByTestId('talk').click();
    await page.waitForFunction(() => (window as unknown as Spied).__recognition.active);
    const mark = await page.evaluate(() => (window as unknown as Spied).__realSpeech.log.length);
    await page.evaluate(() => (window as unknown as Spied).__recognition.say(["what's the AI news today"], false));
    const start = await firstStartAfter(page, mark, (t) => GREETING.test(t));
    const finalAt = await page.evaluate(() => (window as unknown as Spied).__recognition.lastFinalAt);
    const spoke = await page.evaluate(
      ({ mark, text }) => (window as unknown as Spied).__realSpeech.log.slice(mark).find((e) => e.type === 'speak' && e.text === text)!.t,
      { mark, text: start.text },
    );
    if (i >= WARM_UP) {
      times.push(start.t - finalAt);
      appSplits.push({ app: spoke - finalAt, engine: start.t - spoke });
    }
  }
  await page.keyboard.press('Escape');
  return times;
}

async function minimalPageLatencies(page: Page, explicitVoice: boolean): Promise<number[]> {
  await page.goto('about:blank');
  await page.waitForFunction(() => speechSynthesis.getVoices().length > 0, undefined, { timeout: 15_000 });
  const times: number[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const ms = await page.evaluate(
      ({ text, explicitVoice }) =>
        new Promise<number>((resolve) => {
          speechSynthesis.cancel();
          const u = new SpeechSynthesisUtterance(text);
          u.lang = 'en-US';
          if (explicitVoice) u.voice = speechSynthesis.getVoices().find((v) => v.lang === 'en-US') ?? null;
          const t0 = performance.now();
          u.onstart = () => {
            resolve(performance.now() - t0);
            speechSynthesis.cancel();
          };
          speechSynthesis.speak(u);
        }),
      { text: "Good evening.", explicitVoice },
    );
    await page.waitForTimeout(150);
    if (i >= WARM_UP) times.push(ms);
  }
  return times;
}

/** Runs the benchmark; returns false when a target is missed. */
export async function benchSpeechLatency(): Promise<boolean> {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  if (!existsSync(`${dist}index.html`)) throw new Error('speech latency: no build in dist/ (run npm run build)');
  const speech = startSpeechEnv();
  const server = createStaticServer({ root: dist });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const baseUrl = `http://localhost:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({
    executablePath: requireChrome(),
    args: [...CHROME_ARGS, '--enable-speech-dispatcher', '--autoplay-policy=no-user-gesture-required'],
    env: speech.browserEnv as Record<string, string>,
  });
  try {
    const minimal = await minimalPageLatencies(await browser.newPage(), false);
    const minimalVoice = await minimalPageLatencies(await browser.newPage(), true);
    const app = await appLatencies(await browser.newPage(), baseUrl);
    const stats = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      return { median: quantile(s, 0.5), p95: quantile(s, 0.95) };
    };
    const a = stats(app);
    const m = stats(minimal);
    const mv = stats(minimalVoice);
    const ok = a.median <= TARGET.median && a.p95 <= TARGET.p95;
    printTable(
      `Final transcript → first spoken sentence starts (ms), real speech (speech-dispatcher + espeak-ng), ${RUNS} runs each`,
      ['scenario', 'runs', 'median', 'p95', 'target', 'median vs minimal page', 'ok'],
      [
        ['Earshot: recognizer result → parse → read stories → compose → speak', app.length, a.median.toFixed(1), a.p95.toFixed(1), `≤${TARGET.median} / ≤${TARGET.p95}`, `${(a.median / m.median).toFixed(2)}×`, ok ? 'yes' : 'NO'],
        ['minimal page: speechSynthesis.speak() directly', minimal.length, m.median.toFixed(1), m.p95.toFixed(1), '-', '1.00×', '-'],
        ['minimal page, voice set explicitly as Earshot does', minimalVoice.length, mv.median.toFixed(1), mv.p95.toFixed(1), '-', `${(mv.median / m.median).toFixed(2)}×`, '-'],
      ],
    );
    const split = (k: 'app' | 'engine') => quantile(appSplits.map((x) => x[k]).sort((p, q) => p - q), 0.5).toFixed(1);
    console.log(`\n  of which (medians): transcript → speak() ${split('app')} ms in the app, speak() → start ${split('engine')} ms in the engine`);
    return ok;
  } finally {
    await browser.close();
    server.close();
    speech.stop();
  }
}
