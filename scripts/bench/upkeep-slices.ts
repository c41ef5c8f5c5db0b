// Upkeep at 100,000 stories, slice by slice: a diagnostic beside `npm run bench` (the storage benchmark takes ~8
// minutes to build its archive for every run; this builds one once and runs each upkeep step on a fresh copy of it).
//   npx tsx scripts/bench/upkeep-slices.ts build <folder>            103,000 synthetic stories, as the storage benchmark makes them
//   npx tsx scripts/bench/upkeep-slices.ts run <folder> prune|verify|removeSource|reads|import
// Prints the step's time, the probe beside it (a story read every 50 ms, the event loop's lag) and every transaction's
// duration, read-only and read-write apart, so where an upkeep step spends its time, and what a read waits behind, is seen.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { CHROME_ARGS, requireChrome } from '../find-chrome';
import { NAME_SHIM } from './browser-shim';
import { benchServer, harnessArgs, installHarness } from './storage';
import { quantile } from './table';

/** IndexedDB belongs to an origin, port included: the copy is opened from the same one it was built from. */
const PORT = 40565;
const STORIES = 103_000;
const STEPS = ['prune', 'verify', 'removeSource', 'reads', 'import'] as const;
/** The reads `reads` times, each 15 runs after 2 to warm up (READS=today,yesterday to choose). */
const READS = (process.env.READS ?? 'today,todayBriefing,yesterdayHeads,yesterdayBriefing').split(',');

/** Times every transaction the page opens, from creation (a read waits in the queue from then) to its end. */
const TX_LOG = `(() => {
  const log = (window.__tx = []);
  const open = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    const tx = open.apply(this, args);
    const t0 = performance.now();
    const end = () => log.push({ mode: args[1] ?? 'readonly', ms: performance.now() - t0 });
    tx.addEventListener('complete', end);
    tx.addEventListener('abort', end);
    return tx;
  };
})();`;

type Harness = Record<string, (...args: unknown[]) => Promise<unknown>>;
const call = (page: Page, method: string, ...args: unknown[]) =>
  page.evaluate(({ method, args }) => (window as unknown as { __storageBench: Harness }).__storageBench[method](...args), { method, args });

/** Every transaction's duration, read-only and read-write apart. */
function printTransactions(txs: { mode: string; ms: number }[]): void {
  for (const mode of ['readonly', 'readwrite']) {
    const ms = txs.filter((t) => t.mode === mode).map((t) => t.ms).sort((a, b) => a - b);
    if (ms.length === 0) continue;
    const sum = ms.reduce((a, b) => a + b, 0);
    console.log(`  ${mode}: ${ms.length} transactions, ${sum.toFixed(0)} ms in all, median ${quantile(ms, 0.5).toFixed(1)}, p95 ${quantile(ms, 0.95).toFixed(1)}, max ${ms.at(-1)!.toFixed(1)}`);
  }
}

async function main(): Promise<void> {
  const [what, folder, step] = process.argv.slice(2);
  if (!folder || (what !== 'build' && what !== 'run') || (what === 'run' && !STEPS.includes(step as (typeof STEPS)[number]))) {
    throw new Error(`usage: upkeep-slices.ts build <folder> | run <folder> ${STEPS.join('|')}`);
  }
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const scratch = mkdtempSync(join(tmpdir(), 'earshot-upkeep-slices-'));
  const profile = what === 'build' ? folder : join(scratch, 'profile');
  if (what === 'build') rmSync(folder, { recursive: true, force: true });
  else cpSync(folder, profile, { recursive: true });
  const server = await benchServer(root, scratch, PORT);
  await server.listen();
  const context = await chromium.launchPersistentContext(profile, { executablePath: requireChrome(), args: CHROME_ARGS });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript({ content: NAME_SHIM });
    await page.addInitScript({ content: TX_LOG });
    await page.goto(`http://127.0.0.1:${PORT}/__storage-bench`);
    await page.evaluate(installHarness, harnessArgs());
    if (what === 'build') {
      await call(page, 'addToday', 300);
      for (let have = 300; have < STORIES; have += 10_000) await call(page, 'addArchive', Math.min(10_000, STORIES - have));
      console.log(`built: ${String(await call(page, 'count'))} stories in ${folder}`);
      return;
    }
    const stories = Number(await call(page, 'count'));
    if (stories < STORIES) throw new Error(`${folder} holds ${stories} stories here; build it first (and run from the same checkout)`);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    if (step === 'reads') {
      for (const op of READS) {
        const { times, size } = (await call(page, 'read', op, 15, 2)) as { times: number[]; size: number };
        const sorted = [...times].sort((a, b) => a - b);
        console.log(`${op}: ${size} read, median ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${quantile(sorted, 0.95).toFixed(1)} ms`);
      }
      return;
    }
    await page.evaluate(() => ((window as unknown as { __tx: unknown[] }).__tx.length = 0));
    if (step === 'import') {
      // The next 1,000 archive stories, as the storage benchmark imports them at 100,000 (ids after the archive's).
      await call(page, 'seek', STORIES, STORIES - 300);
      const r = (await call(page, 'addArchive', 1_000)) as { ms: number; added: number; dexieMs: number };
      console.log(`import: ${r.added} added in ${r.ms.toFixed(0)} ms, ${((r.added / r.ms) * 1000).toFixed(0)} stories/s (Dexie's import of the same ${r.dexieMs.toFixed(0)} ms)`);
      printTransactions((await page.evaluate(() => (window as unknown as { __tx: { mode: string; ms: number }[] }).__tx)) as { mode: string; ms: number }[]);
      return;
    }
    const r = (await call(page, 'upkeep', step)) as { ms: number; result: string; delays: { probes: number; readMax: number; readP95: number; lagMax: number; longestTask: number } };
    const txs = (await page.evaluate(() => (window as unknown as { __tx: { mode: string; ms: number }[] }).__tx)) as { mode: string; ms: number }[];
    const d = r.delays;
    console.log(`${step} at ${stories.toLocaleString('en-US')} stories: ${r.ms.toFixed(0)} ms, ${r.result}`);
    console.log(`  probe: ${d.probes} reads, p95 ${d.readP95.toFixed(1)} ms, max ${d.readMax.toFixed(1)} ms; event loop lag max ${d.lagMax.toFixed(1)} ms, longest task ${d.longestTask.toFixed(0)} ms`);
    printTransactions(txs);
  } finally {
    await context.close();
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
