// The Stories screen in Chromium with 10,000 stored stories (~800 words each, 60 days): opening it (the latest 7 days
// read through the day index, the newest first, and the first rows drawn), showing By day, a search, and By topic.
// Each is timed from the click or the last key to the rows on screen, with the longest main-thread task in between
// (what a tap or a key could wait behind). The search time includes the 200 ms the screen waits for typing to pause.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { createStaticServer } from '../../server/static-server';
import { installFakeSpeechRecognition } from '../../tests/fakes/browser/speech-recognition';
import { installFakeSpeechSynthesis } from '../../tests/fakes/browser/speech-synthesis';
import { CHROME_ARGS, requireChrome } from '../find-chrome';
import { NAME_SHIM } from './browser-shim';
import { importSyntheticLibrary } from './library';
import { printTable, quantile } from './table';

const STORIES = 10_000;
const DAYS = 60;
const RUNS = 7;
/**
 * Targets: today's rows within 100 ms of the screen showing (the rest of the week follows), and no task that blocks a
 * tap or a key for more than 200 ms. The first visit of any lazily loaded screen also waits for React to reveal it
 * (Suspense holds a fallback at least 300 ms), which is not the screen's own time.
 */
const READ_TARGET_MS = 100;
const LONGEST_TASK_TARGET_MS = 200;

type Measured = { ms: number; longest: number };
type Watched = Window & { __long: { start: number; duration: number }[] };

/** Records every long task (over 50 ms) the page runs, from the start. */
const LONG_TASKS = `window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });`;

/** Clicks `click`, then waits for a frame where `selector` matches; `shown`: when `mid` first matched, if given. */
async function timeClick(page: Page, click: string, selector: string, mid: string | null = null): Promise<Measured & { shown: number }> {
  return page.evaluate(
    async ({ click, selector, mid }) => {
      const t0 = performance.now();
      let shown = NaN;
      (document.querySelector(click) as HTMLElement).click();
      await new Promise<void>((resolve) => {
        const check = () => {
          if (mid && Number.isNaN(shown) && document.querySelector(mid)) shown = performance.now() - t0;
          if (document.querySelector(selector)) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      const t1 = performance.now();
      await new Promise((r) => setTimeout(r, 100));
      const tasks = (window as unknown as Watched).__long.filter((t) => t.start + t.duration >= t0 && t.start <= t1);
      return { ms: t1 - t0, shown, longest: Math.max(0, ...tasks.map((t) => t.duration)) };
    },
    { click, selector, mid },
  );
}

/** Types a query into the search box at a quick typist's pace; times the last key to the first change of the list. */
async function timeSearch(page: Page, query: string): Promise<Measured & { found: string }> {
  await page.getByTestId('story-search').fill('');
  await page.getByTestId('story-search-status').filter({ hasText: /^$/ }).waitFor({ state: 'attached' });
  const t0 = await page.evaluate(() => {
    const w = window as unknown as { __lastKey: number; __changed: number[] };
    w.__lastKey = 0;
    w.__changed = [];
    document.querySelector('[data-testid="story-search"]')!.addEventListener('keydown', () => (w.__lastKey = performance.now()));
    // The list's DOM changes only when the filter runs: typing alone re-renders nothing in it.
    new MutationObserver(() => w.__changed.push(performance.now())).observe(document.querySelector('[data-testid="stories-panel"]')!, { childList: true, subtree: true, characterData: true });
    return performance.now();
  });
  await page.getByTestId('story-search').pressSequentially(query, { delay: 40 });
  return page.evaluate(
    async ({ t0, query }) => {
      const w = window as unknown as Watched & { __lastKey: number; __changed: number[] };
      const status = () => document.querySelector('[data-testid="story-search-status"]')?.textContent ?? '';
      await new Promise<void>((resolve) => {
        const check = () => (status().includes(query) ? resolve() : requestAnimationFrame(check));
        requestAnimationFrame(check);
      });
      const tasks = w.__long.filter((t) => t.start + t.duration >= t0);
      const filtered = w.__changed.find((t) => t >= w.__lastKey) ?? NaN;
      return { ms: filtered - w.__lastKey, longest: Math.max(0, ...tasks.map((t) => t.duration)), found: status() };
    },
    { t0, query },
  );
}

async function measure(page: Page, baseUrl: string): Promise<{ count: string; rows: Record<string, Measured[]>; found: string; topics: string }> {
  await page.addInitScript({ content: NAME_SHIM });
  await page.addInitScript({ content: LONG_TASKS });
  await page.addInitScript(installFakeSpeechSynthesis, { voices: 'all' as const, msPerChar: 20 });
  await page.addInitScript(installFakeSpeechRecognition);
  await page.goto(baseUrl);
  await page.getByTestId('story-count').filter({ hasText: /\d/ }).waitFor();
  await importSyntheticLibrary(page, { stories: STORIES, days: DAYS, feeds: 10, now: Date.now() });
  const count = ((await page.getByTestId('story-count').textContent()) ?? '').trim();
  const rows: Record<string, Measured[]> = { open: [], read: [], days: [], search: [], topics: [] };
  let found = '';
  let topics = '';
  for (let i = 0; i <= RUNS; i++) {
    // A fresh page each run, so opening the screen reads the days from IndexedDB again.
    await page.goto(baseUrl);
    await page.getByTestId('story-count').filter({ hasText: /\d/ }).waitFor();
    await page.waitForTimeout(1000);
    const open = await timeClick(page, '[data-testid="nav-stories"]', '[data-testid="story-row"]', '[data-testid="stories-panel"]');
    const days = await timeClick(page, '[data-testid="view-days"]', '[data-testid="story-day"] [data-testid="story-row"]');
    const search = await timeSearch(page, 'chip');
    await page.getByTestId('story-search').fill('');
    const byTopic = await timeClick(page, '[data-testid="view-topics"]', '[data-testid="story-topic"] [data-testid="story-row"]');
    if (i === 0) continue; // warm-up: the screen's code is fetched and compiled once
    rows.open.push(open);
    rows.read.push({ ms: open.ms - open.shown, longest: open.longest });
    rows.days.push(days);
    rows.search.push(search);
    rows.topics.push(byTopic);
    found = search.found;
    topics = (await page.getByTestId('story-topic').getByRole('heading').allTextContents()).slice(0, 6).join(', ');
  }
  return { count, rows, found, topics };
}

/** Runs the benchmark; returns false when a target is missed. */
export async function benchStories(): Promise<boolean> {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  if (!existsSync(`${dist}index.html`)) throw new Error('stories: no build in dist/ (run npm run build)');
  const server = createStaticServer({ root: dist });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const baseUrl = `http://localhost:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
  try {
    const { count, rows, found, topics } = await measure(await (await browser.newContext()).newPage(), baseUrl);
    let ok = true;
    const names: Record<string, string> = {
      open: 'open Stories (first visit): click → today’s rows',
      read: '  of which: screen shown → rows (7 days read, newest first)',
      days: 'By day (7 days, 10 rows each)',
      search: 'search "chip": last key → rows filtered (incl. 200 ms pause)',
      topics: 'By topic (topics of the 7 days worked out)',
    };
    const table = Object.entries(rows).map(([key, runs]) => {
      const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
      const longest = Math.max(...runs.map((r) => r.longest));
      const pass = (key !== 'read' || quantile(ms, 0.5) <= READ_TARGET_MS) && longest <= LONGEST_TASK_TARGET_MS;
      ok &&= pass;
      return [names[key], quantile(ms, 0.5).toFixed(0), quantile(ms, 0.95).toFixed(0), longest.toFixed(0), pass ? 'yes' : 'NO'];
    });
    printTable(
      `The Stories screen in Chromium (ms), ${RUNS} runs each: ${count} (${STORIES.toLocaleString('en-US')} synthetic over ${DAYS} days); targets: screen shown → rows ≤ ${READ_TARGET_MS} ms median, no task over ${LONGEST_TASK_TARGET_MS} ms`,
      ['step', 'median', 'p95', 'longest task', 'ok'],
      table,
    );
    console.log(`\n  search: ${found}\n  largest topics: ${topics}`);
    return ok;
  } finally {
    await browser.close();
    server.close();
  }
}
