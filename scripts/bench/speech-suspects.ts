// What costs the first word (issue 21): variants of the bare page's speechSynthesis.speak(), each one way the app might
// drive the engine differently, timed speak() → `start` with REAL speech (speech-dispatcher + espeak-ng) in one run,
// variant by variant within each round, idle and with a Node process busy on one core in alternate rounds.
// Not part of `npm run bench` (it explains the ratios, it has no target): npx tsx scripts/bench/speech-suspects.ts
import { spawn } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { CHROME_ARGS, requireChrome } from '../find-chrome';
import { startSpeechEnv } from '../speech-env';
import { NAME_SHIM } from './browser-shim';
import { printTable, quantile } from './table';

const RUNS = 30;
const WARM_UP = 2;
const SHORT = 'Good evening.';
const MEDIUM = 'One AI story for today, Saturday, December 5.';
const LONG =
  "You can say: what's the AI news today, news about DeepSeek, yesterday's news, next, go back, repeat, pause, resume, " +
  'stop, faster, slower, tell me more, who reported it, save this story, or ask about the story.';

interface Variant {
  name: string;
  text?: string;
  /** Set `voice` to the voice the app picks for English, not only `lang`. */
  voice?: boolean;
  /** Before speak(): a sentence playing (for `playMs`), then cancel(); `gapMs` later, speak(). */
  interrupt?: { gapMs: number };
  /** cancel() right before speak(), with nothing playing. */
  cancelFirst?: boolean;
  /** The silent unlock utterance (' ', volume 0) `beforeMs` before speak(); `cancelIt`: cancel() it at once. */
  unlock?: { cancelIt: boolean; beforeMs: number };
  /** The page's main thread busy for this long right after speak() (a re-render after it). */
  busyAfterMs?: number;
}

const VARIANTS: Variant[] = [
  { name: 'bare: lang only, engine quiet, short sentence (the reference)' },
  { name: 'voice set explicitly (the app’s pick)', voice: true },
  { name: 'cancel() just before speak(), nothing playing', cancelFirst: true },
  { name: 'cancel() of a playing sentence just before speak()', interrupt: { gapMs: 0 } },
  { name: 'speak() 300 ms after cancelling a playing sentence (Talk)', interrupt: { gapMs: 300 } },
  { name: `medium first utterance (${MEDIUM.split(' ').length} words)`, text: MEDIUM },
  { name: `long first utterance (${LONG.split(' ').length} words)`, text: LONG },
  { name: 'silent unlock utterance just before', unlock: { cancelIt: false, beforeMs: 0 } },
  { name: 'silent unlock just before, cancelled before speak()', unlock: { cancelIt: true, beforeMs: 0 } },
  { name: 'silent unlock 50 ms before (a tap on Play)', unlock: { cancelIt: false, beforeMs: 50 } },
  { name: 'silent unlock 50 ms before, cancelled at once', unlock: { cancelIt: true, beforeMs: 50 } },
  { name: 'main thread busy 20 ms after speak()', busyAfterMs: 20 },
  { name: 'main thread busy 40 ms after speak()', busyAfterMs: 40 },
];

/** speak() → start of one variant, in ms. */
async function measure(page: Page, v: Variant): Promise<number> {
  if (v.interrupt) {
    await page.evaluate(
      (text) =>
        new Promise<void>((resolve) => {
          const u = new SpeechSynthesisUtterance(text);
          u.lang = 'en-US';
          (window as unknown as { __playing: unknown }).__playing = u;
          u.onstart = () => resolve();
          speechSynthesis.speak(u);
        }),
      MEDIUM,
    );
    await page.waitForTimeout(150);
    if (v.interrupt.gapMs > 0) {
      await page.evaluate(() => speechSynthesis.cancel());
      await page.waitForTimeout(v.interrupt.gapMs);
    }
  }
  return page.evaluate(
    ({ v, text }) =>
      new Promise<number>((resolve) => {
        if (v.interrupt?.gapMs === 0 || v.cancelFirst) speechSynthesis.cancel();
        if (v.unlock) {
          const s = new SpeechSynthesisUtterance(' ');
          s.volume = 0;
          (window as unknown as { __unlock: unknown }).__unlock = s;
          speechSynthesis.speak(s);
          if (v.unlock.cancelIt) speechSynthesis.cancel();
          const until = performance.now() + v.unlock.beforeMs;
          while (performance.now() < until);
        }
        const u = new SpeechSynthesisUtterance(text);
        u.lang = 'en-US';
        if (v.voice) u.voice = speechSynthesis.getVoices().find((x) => x.name === 'English (America) espeak-ng') ?? null;
        // Kept referenced: Chrome drops the events of a collected utterance.
        (window as unknown as { __u: unknown }).__u = u;
        const t0 = performance.now();
        u.onstart = () => {
          resolve(performance.now() - t0);
          speechSynthesis.cancel();
        };
        speechSynthesis.speak(u);
        const until = performance.now() + (v.busyAfterMs ?? 0);
        while (performance.now() < until);
      }),
    { v, text: v.text ?? SHORT },
  );
}

export async function benchSpeechSuspects(): Promise<void> {
  const speech = startSpeechEnv();
  const hog = spawn(process.execPath, ['-e', 'for (;;);'], { stdio: 'ignore' });
  hog.kill('SIGSTOP');
  const browser = await chromium.launch({ executablePath: requireChrome(), args: [...CHROME_ARGS, '--enable-speech-dispatcher'], env: speech.browserEnv as Record<string, string> });
  try {
    const page = await browser.newPage();
    await page.addInitScript({ content: NAME_SHIM });
    await page.goto('about:blank');
    await page.waitForFunction(() => speechSynthesis.getVoices().length > 0, undefined, { timeout: 15_000 });
    const times = { idle: VARIANTS.map(() => [] as number[]), loaded: VARIANTS.map(() => [] as number[]) };
    for (let round = 0; round < 2 * (WARM_UP + RUNS); round++) {
      const load = round % 2 === 0 ? 'idle' : 'loaded';
      hog.kill(load === 'loaded' ? 'SIGCONT' : 'SIGSTOP');
      // The order of the variants turns each round, so none always follows the same one.
      for (let k = 0; k < VARIANTS.length; k++) {
        const i = (k + round) % VARIANTS.length;
        const ms = await measure(page, VARIANTS[i]);
        await page.waitForTimeout(150);
        if (round >= 2 * WARM_UP) times[load][i].push(ms);
      }
    }
    const median = (xs: number[]) => quantile([...xs].sort((a, b) => a - b), 0.5);
    const p95 = (xs: number[]) => quantile([...xs].sort((a, b) => a - b), 0.95);
    const rows = VARIANTS.map((v, i) => {
      const cells = (['idle', 'loaded'] as const).flatMap((load) => {
        const xs = times[load][i];
        return [`${median(xs).toFixed(1)} / ${p95(xs).toFixed(1)}`, `${(median(xs) / median(times[load][0])).toFixed(2)}×`];
      });
      return [v.name, RUNS, ...cells];
    });
    printTable(
      `The first word's suspects: speak() → start (ms) on a bare page, real speech, ${RUNS} rounds per load, variants interleaved`,
      ['variant', 'runs', 'idle median / p95', 'vs reference', 'one core busy: median / p95', 'vs reference'],
      rows,
    );
  } finally {
    hog.kill('SIGKILL');
    await browser.close();
    speech.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSpeechSuspects();
