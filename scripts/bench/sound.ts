// Hands-free costs in Chromium with the fake microphone: model + WASM load time (cold and warm), the classifier
// thread's time per second of audio, and the main-thread time the detector adds while a briefing plays.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { createStaticServer } from '../../server/static-server';
import { installFakeSpeechSynthesis } from '../../tests/fakes/browser/speech-synthesis';
import { installFakeSpeechRecognition } from '../../tests/fakes/browser/speech-recognition';
import { soundFixture } from '../../tests/sound-fixtures';
import { CHROME_ARGS, requireChrome } from '../find-chrome';
import { NAME_SHIM } from './browser-shim';
import { printTable, quantile } from './table';

const COLD_RUNS = 5;
const WARM_RUNS = 8;
/** Seconds of audio the classifier cost is averaged over, per run. */
const CPU_SECONDS = 30;
/** Seconds of briefing the main thread is watched for, with and without hands-free. */
const MAIN_SECONDS = 20;
const MAIN_RUNS = 5;
const SETTLE_MS = 2000;
/** Classifier ≤ 5% of one core (issue 8); load and main-thread targets are ours: a cold start under 3 s on this
 * 2-core machine, a restart under 1.5 s, and at most 5 ms per second (0.5%) of the page's main thread. */
const TARGET = { cpuShare: 0.05, coldMs: 3000, warmMs: 1500, mainMsPerS: 5 };

const median = (xs: number[]) => quantile([...xs].sort((a, b) => a - b), 0.5);

async function openApp(browser: Browser, baseUrl: string): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript({ content: NAME_SHIM });
  await page.addInitScript(installFakeSpeechSynthesis, { voices: 'all' as const, msPerChar: 60 });
  await page.addInitScript(installFakeSpeechRecognition);
  await page.goto(baseUrl);
  await page.getByTestId('hands-free').waitFor();
  return page;
}

/** Turns hands-free on and returns the time from the click to listening, in the page's clock. */
async function switchOn(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const status = () => document.querySelector('[data-testid="hands-free-status"]');
        const t0 = performance.now();
        (document.querySelector('[data-testid="hands-free"]') as HTMLInputElement).click();
        const timer = setInterval(() => {
          const s = status()?.getAttribute('data-status');
          if (s === 'listening') {
            clearInterval(timer);
            resolve(performance.now() - t0);
          } else if (s === 'problem') {
            clearInterval(timer);
            reject(new Error(status()?.textContent ?? 'problem'));
          }
        }, 5);
      }),
  );
}

async function switchOff(page: Page) {
  await page.getByTestId('hands-free').uncheck();
  await page.waitForTimeout(300);
}

type TraceEvent = { ph: string; name: string; pid: number; tid: number; dur?: number; args?: { name?: string } };

/**
 * Busy time per second of each renderer thread over a window, from a Chromium trace: the sum of its top-level tasks.
 * (The DevTools `TaskDuration` counter mixes the page's workers in, so it cannot tell the main thread's share.)
 */
async function threadMsPerSecond(browser: Browser, page: Page, seconds: number): Promise<Map<string, number>> {
  await browser.startTracing(page, { categories: ['toplevel'] });
  const t0 = Date.now();
  await page.waitForTimeout(seconds * 1000);
  const elapsed = (Date.now() - t0) / 1000;
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const names = new Map<string, string>();
  for (const e of traceEvents) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const busy = new Map<string, number>();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || !e.dur || (e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask')) continue;
    const thread = names.get(`${e.pid}:${e.tid}`) ?? 'other';
    busy.set(thread, (busy.get(thread) ?? 0) + e.dur / 1000 / elapsed);
  }
  return busy;
}

/** Runs the benchmark; returns false when a target is missed. */
export async function benchSound(): Promise<boolean> {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  if (!existsSync(`${dist}index.html`)) throw new Error('sound: no build in dist/ (run npm run build)');
  const mic = soundFixture('speech-3min').file;
  const server = createStaticServer({ root: dist });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const baseUrl = `http://localhost:${(server.address() as AddressInfo).port}/`;
  const launch = () =>
    chromium.launch({
      executablePath: requireChrome(),
      // The microphone loops three minutes of speech: the classifier's work does not depend on what it hears.
      args: [...CHROME_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${mic}`],
    });
  try {
    // Cold: a new browser each time (no HTTP cache, no compiled WASM, no service worker).
    const cold: number[] = [];
    const coldWorker: number[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      const browser = await launch();
      const page = await openApp(browser, baseUrl);
      cold.push(await switchOn(page));
      coldWorker.push(Number(await page.getByTestId('hands-free-cost').getAttribute('data-load-ms')));
      await browser.close();
    }
    // Warm: off and on again in the same page (files cached, WASM compiled before).
    const browser = await launch();
    try {
      const page = await openApp(browser, baseUrl);
      await switchOn(page);
      const warm: number[] = [];
      const warmWorker: number[] = [];
      for (let i = 0; i < WARM_RUNS; i++) {
        await switchOff(page);
        warm.push(await switchOn(page));
        warmWorker.push(Number(await page.getByTestId('hands-free-cost').getAttribute('data-load-ms')));
      }
      // The classifier thread's share of one core, as the panel reports it (every 10 s of audio).
      const shares: number[] = [];
      const until = Date.now() + CPU_SECONDS * 1000;
      while (Date.now() < until) {
        await page.waitForTimeout(10_500);
        const share = Number(await page.getByTestId('hands-free-cost').getAttribute('data-cpu-share'));
        if (share > 0) shares.push(share);
      }
      const share = median(shares);

      // Main thread while a briefing plays: hands-free off, then on, alternating.
      await switchOff(page);
      await page.getByTestId('play-today').click();
      const off: number[] = [];
      const on: number[] = [];
      const worker: number[] = [];
      const audio: number[] = [];
      // Each window starts 2 s after the switch: the steady cost, not the start-up (measured above as load time).
      for (let i = 0; i < MAIN_RUNS; i++) {
        await page.waitForTimeout(SETTLE_MS);
        off.push((await threadMsPerSecond(browser, page, MAIN_SECONDS / 2)).get('CrRendererMain') ?? 0);
        await switchOn(page);
        await page.waitForTimeout(SETTLE_MS);
        const busy = await threadMsPerSecond(browser, page, MAIN_SECONDS / 2);
        on.push(busy.get('CrRendererMain') ?? 0);
        worker.push(busy.get('DedicatedWorker thread') ?? 0);
        audio.push(busy.get('Realtime AudioWorklet thread') ?? 0);
        await switchOff(page);
      }
      const playing = await page.getByTestId('status').getAttribute('class');
      if (!playing?.includes('status-speaking')) throw new Error(`the briefing stopped during the measurement (${playing})`);

      const c = median(cold);
      const w = median(warm);
      const mOff = median(off);
      const mOn = median(on);
      const rows = [
        ['load: click → listening, cold (new browser)', cold.length, c.toFixed(0), `≤${TARGET.coldMs}`, '1.00×', c <= TARGET.coldMs],
        ['  of which model + WASM in the worker', coldWorker.length, median(coldWorker).toFixed(0), '-', `${(median(coldWorker) / c).toFixed(2)}×`, null],
        ['load: click → listening, warm (turned on again)', warm.length, w.toFixed(0), `≤${TARGET.warmMs}`, `${(w / c).toFixed(2)}×`, w <= TARGET.warmMs],
        ['  of which model + WASM in the worker', warmWorker.length, median(warmWorker).toFixed(0), '-', `${(median(warmWorker) / c).toFixed(2)}×`, null],
      ] as const;
      printTable(
        'Hands-free load time (ms), Chromium with the fake microphone',
        ['scenario', 'runs', 'median ms', 'target', 'vs cold', 'ok'],
        rows.map((r) => [r[0], r[1], r[2], r[3], r[4], r[5] === null ? '-' : r[5] ? 'yes' : 'NO']),
      );
      printTable(
        'Hands-free running costs',
        ['measure', 'samples', 'median', 'target', 'ratio', 'ok'],
        [
          ['classifier thread: share of one core (onsets + YAMNet every 0.5 s)', shares.length, `${(share * 100).toFixed(2)}%`, `≤${TARGET.cpuShare * 100}%`, `${(share / TARGET.cpuShare).toFixed(2)}× target`, share <= TARGET.cpuShare ? 'yes' : 'NO'],
          ['classifier worker thread in a trace (ms per s)', worker.length, median(worker).toFixed(2), '-', `${(median(worker) / 10).toFixed(2)}% of a core`, '-'],
          ['audio worklet thread in a trace (ms per s)', audio.length, median(audio).toFixed(2), '-', `${(median(audio) / 10).toFixed(2)}% of a core`, '-'],
          ['main thread during a briefing, hands-free off (ms per s)', off.length, mOff.toFixed(2), '-', '1.00×', '-'],
          ['main thread during a briefing, hands-free on (ms per s)', on.length, mOn.toFixed(2), `≤ off + ${TARGET.mainMsPerS}`, `${(mOn / mOff).toFixed(2)}×`, mOn - mOff <= TARGET.mainMsPerS ? 'yes' : 'NO'],
        ],
      );
      console.log(`\n  main thread added by hands-free: ${(mOn - mOff).toFixed(2)} ms per second of briefing (${((mOn - mOff) / 10).toFixed(2)}% of the main thread)`);
      return c <= TARGET.coldMs && w <= TARGET.warmMs && share <= TARGET.cpuShare && mOn - mOff <= TARGET.mainMsPerS;
    } finally {
      await browser.close();
    }
  } finally {
    server.close();
  }
}
