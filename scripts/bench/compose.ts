// Composing a 10-story briefing in Chromium from 10,000 stored stories: time from the recognizer's final result
// to the first speak() call (parse, read IndexedDB, filter, cluster, rank, summarize, compose, speak), side by side
// with the same commands on a device holding only the sample edition. Speech is scripted: this measures the app.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { createStaticServer } from '../../server/static-server';
import { installFakeSpeechRecognition } from '../../tests/fakes/browser/speech-recognition';
import { installFakeSpeechSynthesis, type SpeechLogEntry } from '../../tests/fakes/browser/speech-synthesis';
import { CHROME_ARGS, requireChrome } from '../find-chrome';
import { importSyntheticLibrary } from './library';
import { NAME_SHIM } from './browser-shim';
import { printTable, quantile } from './table';

const STORIES = 10_000;
const FEEDS = 10;
const DAYS = 60;
const RUNS = 30;
const WARM_UP = 3;
/** Issue 5 target: median ≤ 50 ms for a 10-story briefing from 10,000 stored stories. */
const TARGET_MS = 50;

type Controlled = Window & { __speech: { log: SpeechLogEntry[] }; __recognition: { active: boolean; lastFinalAt: number; say(a: string[], interim?: boolean): void } };

/** Issue 5's target for day briefings, and issue 21's for a topic (found through the term index, the newest 60 matches read). */
const SCENARIOS: { name: string; phrase: string; target: number | null }[] = [
  { name: "today's AI news (read ahead while listening)", phrase: "what's the AI news today", target: TARGET_MS },
  { name: "yesterday's news (read on demand)", phrase: "yesterday's news", target: TARGET_MS },
  { name: 'a two-minute briefing', phrase: 'give me a two minute briefing', target: TARGET_MS },
  { name: 'news about chips (term index; the newest 60 of the week read)', phrase: 'news about chips', target: TARGET_MS },
];

/** Milliseconds from each final transcript to the first speak() of the briefing, and the stories it told. */
async function timeCommand(page: Page, phrase: string): Promise<{ times: number[]; intro: string }> {
  const times: number[] = [];
  let intro = '';
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
    await page.getByTestId('talk').click();
    await page.waitForFunction(() => (window as unknown as Controlled).__recognition.active);
    const mark = await page.evaluate(() => (window as unknown as Controlled).__speech.log.length);
    await page.evaluate((p) => (window as unknown as Controlled).__recognition.say([p], false), phrase);
    const handle = await page.waitForFunction(
      (m) => {
        const w = window as unknown as Controlled;
        const spoke = w.__speech.log.slice(m).find((e) => e.type === 'speak' && e.text.trim() !== '');
        return spoke ? spoke.t - w.__recognition.lastFinalAt : null;
      },
      mark,
      { timeout: 30_000, polling: 20 },
    );
    const ms = (await handle.jsonValue()) as number;
    if (i >= WARM_UP) times.push(ms);
    if (i === WARM_UP + RUNS - 1) {
      // What the briefing announced: its first sentences (greeting, count and day), or why it had none.
      await page.waitForTimeout(300);
      const said = await page.evaluate((m) => (window as unknown as Controlled).__speech.log.slice(m).filter((e) => e.type === 'speak').map((e) => e.text), mark);
      intro = said.slice(0, 2).join(' ');
    }
  }
  await page.keyboard.press('Escape');
  return { times, intro };
}

async function measure(page: Page, baseUrl: string, seed: boolean): Promise<{ count: string; results: { times: number[]; intro: string }[] }> {
  await page.addInitScript({ content: NAME_SHIM });
  await page.addInitScript(installFakeSpeechSynthesis, { voices: 'all' as const, msPerChar: 20 });
  await page.addInitScript(installFakeSpeechRecognition);
  await page.goto(baseUrl);
  await page.getByTestId('story-count').filter({ hasText: /\d/ }).waitFor();
  if (seed) await importSyntheticLibrary(page, { stories: STORIES, days: DAYS, feeds: FEEDS, now: Date.now() });
  const count = ((await page.getByTestId('story-count').textContent()) ?? '').trim();
  const results = [];
  for (const s of SCENARIOS) results.push(await timeCommand(page, s.phrase));
  return { count, results };
}

/** Runs the benchmark; returns false when the target is missed. */
export async function benchCompose(): Promise<boolean> {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  if (!existsSync(`${dist}index.html`)) throw new Error('compose: no build in dist/ (run npm run build)');
  const server = createStaticServer({ root: dist });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const baseUrl = `http://localhost:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
  try {
    const small = await measure(await (await browser.newContext()).newPage(), baseUrl, false);
    const large = await measure(await (await browser.newContext()).newPage(), baseUrl, true);
    const stats = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      return { median: quantile(s, 0.5), p95: quantile(s, 0.95) };
    };
    let ok = true;
    const rows = SCENARIOS.map((s, i) => {
      const l = stats(large.results[i].times);
      const b = stats(small.results[i].times);
      const pass = s.target === null || l.median <= s.target;
      ok &&= pass;
      return [s.name, l.median.toFixed(1), l.p95.toFixed(1), b.median.toFixed(1), `${(l.median / b.median).toFixed(2)}×`, s.target === null ? '-' : `≤${s.target}`, s.target === null ? '-' : pass ? 'yes' : 'NO'];
    });
    printTable(
      `Final transcript → first speak() in Chromium (ms), ${RUNS} runs each: ${large.count} (${STORIES.toLocaleString('en-US')} synthetic over ${DAYS} days) vs ${small.count}`,
      ['command', 'median', 'p95', 'sample only', 'vs sample only', 'target', 'ok'],
      rows,
    );
    console.log('\n  what each briefing began with, 10,000 stories:');
    SCENARIOS.forEach((s, i) => console.log(`    ${s.phrase}: ${large.results[i].intro}`));
    return ok;
  } finally {
    await browser.close();
    server.close();
  }
}
