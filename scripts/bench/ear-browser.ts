// The on-device ear in real Chromium: espeak-ng commands played through Chromium's fake microphone into the app, with
// the browser's own SpeechRecognition removed, heard by the app's ear (Moonshine Tiny in its worker, from the built
// app's own /ear/ files). Each command is a WAV of 2 s of room tone, the command and 1.5 s of room tone; every Talk
// press opens the microphone anew, and the fake microphone then plays the file from its start. Reports the last word →
// command time the worker measures (the endpoint's wait for quiet included), whether each was understood, and the
// load time, cold (downloaded) and warm (from the device).
import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { createStaticServer } from '../../server/static-server';
import { parseCommand } from '../../src/domain/command/parse-command';
import { EAR_HEARD_MARK } from '../../src/platform/ear/ear-messages';
import { removeSpeechRecognition } from '../../tests/fakes/browser/speech-recognition';
import { installFakeSpeechSynthesis } from '../../tests/fakes/browser/speech-synthesis';
import { sequence, speak } from '../../tests/sound-fixtures';
import { CHROME_ARGS, requireChrome } from '../find-chrome';
import { NAME_SHIM } from './browser-shim';
import { EAR_CONTEXT } from './ear-phrases';
import { sameCommand } from './ear';
import { printTable, quantile } from './table';

/** Commands of every kind the ear hears most often, none with a name the device must know. */
const COMMANDS = ["What's the news today?", 'Next story.', 'Go back.', 'Tell me more.', 'Pause.', "Yesterday's news.", 'Slow down.', 'Give me a two minute briefing.'];
/** Talk presses per command. */
const PRESSES = 3;
const TARGET = { median: 700, p95: 1200 };
const CACHE = join(import.meta.dirname, '..', '..', '.cache', 'ear-browser');

interface Mark {
  ms: number;
  afterSpeechMs: number;
  phrase: string | null;
  transcript: string;
}

/** A WAV of the command after quiet, made on each run (espeak-ng as the tests' own fixtures speak: American English, 165 words a minute). */
function commandWav(text: string, i: number): string {
  mkdirSync(CACHE, { recursive: true });
  const out = join(CACHE, `command-${i}.wav`);
  const speech = join(CACHE, `command-${i}.speech.wav`);
  speak(speech, text);
  sequence(out, [2, speech, 1.5], CACHE);
  return out;
}

async function openApp(userDataDir: string, wav: string, url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: requireChrome(),
    args: [...CHROME_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${wav}%noloop`],
  });
  await context.addInitScript({ content: NAME_SHIM });
  await context.addInitScript(installFakeSpeechSynthesis, { voices: 'all' as const, msPerChar: 6 });
  await context.addInitScript(removeSpeechRecognition);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  return { context, page };
}

/** Seconds the Settings screen says the ear took to load. */
async function loadSeconds(page: Page): Promise<number> {
  const status = page.getByTestId('ear-status');
  await status.filter({ hasText: /loaded in/ }).waitFor({ timeout: 90_000 });
  return Number(/loaded in (\d+\.\d) s/.exec((await status.textContent()) ?? '')?.[1]);
}

/** Presses Talk and waits for the ear's next result (or gives up after 20 s). */
async function press(page: Page): Promise<Mark | null> {
  const before = await page.evaluate((name) => performance.getEntriesByName(name).length, EAR_HEARD_MARK);
  await page.getByTestId('talk').click();
  try {
    await page.waitForFunction(({ name, before }) => performance.getEntriesByName(name).length > before, { name: EAR_HEARD_MARK, before }, { timeout: 20_000 });
  } catch {
    return null;
  }
  return page.evaluate((name) => (performance.getEntriesByName(name).at(-1) as PerformanceMark).detail as Mark, EAR_HEARD_MARK);
}

export async function benchEarBrowser(): Promise<boolean> {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  if (!existsSync(`${dist}index.html`)) throw new Error('ear in the browser: no build in dist/ (run npm run build)');
  const wavs = COMMANDS.map(commandWav);
  const server = createStaticServer({ root: dist });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://localhost:${(server.address() as AddressInfo).port}/`;
  const profile = await mkdtemp(join(tmpdir(), 'earshot-ear-bench-'));
  const results: { text: string; mark: Mark | null; understood: boolean }[] = [];
  const loads: number[] = [];
  try {
    for (const [i, text] of COMMANDS.entries()) {
      // One browser per command (the fake microphone's file is fixed at launch), all in one profile: the first
      // downloads the ear, the others load it from the device.
      const { context, page } = await openApp(profile, wavs[i], `${base}#/settings`);
      try {
        if (i === 0) await page.getByTestId('device-ear').check();
        loads.push(await loadSeconds(page));
        await page.getByRole('link', { name: 'Now playing' }).first().click();
        await page.getByTestId('ear-ready').waitFor();
        const expected = parseCommand(text, EAR_CONTEXT);
        for (let p = 0; p < PRESSES; p++) {
          const mark = await press(page);
          results.push({ text, mark, understood: mark !== null && sameCommand(parseCommand(mark.transcript, EAR_CONTEXT), expected) });
          // Whatever the command started, stop it before the next press.
          await page.keyboard.press('Escape');
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
  const heard = results.filter((r) => r.mark);
  const after = heard.map((r) => r.mark!.afterSpeechMs).sort((a, b) => a - b);
  const decode = heard.map((r) => r.mark!.ms).sort((a, b) => a - b);
  const median = quantile(after, 0.5);
  const p95 = quantile(after, 0.95);
  printTable(
    `On-device ear in Chromium: ${COMMANDS.length} espeak-ng commands × ${PRESSES} Talk presses through the fake microphone`,
    ['command', 'heard as', 'understood', 'last word → command (ms)', 'session end → command (ms)'],
    COMMANDS.map((text) => {
      const rs = results.filter((r) => r.text === text);
      return [text, [...new Set(rs.map((r) => r.mark?.transcript ?? '(nothing)'))].join(' / '), `${rs.filter((r) => r.understood).length}/${rs.length}`, rs.map((r) => r.mark?.afterSpeechMs.toFixed(0) ?? '-').join(', '), rs.map((r) => r.mark?.ms.toFixed(0) ?? '-').join(', ')];
    }),
  );
  const understood = results.filter((r) => r.understood).length;
  const ok = median <= TARGET.median && p95 <= TARGET.p95;
  printTable('On-device ear in Chromium: figures against issue 19’s targets', ['measure', 'value', 'target', 'ok'], [
    ['last word → command, median / p95 (ms; 500 ms of quiet ends the utterance)', `${median.toFixed(0)} / ${p95.toFixed(0)}`, `≤ ${TARGET.median} / ≤ ${TARGET.p95}`, ok ? 'yes' : 'NO'],
    ['session end → command (decoding after the endpoint), median / p95 (ms)', `${quantile(decode, 0.5).toFixed(0)} / ${quantile(decode, 0.95).toFixed(0)}`, 'reported', '-'],
    ['understood (intent and slots)', `${understood}/${results.length}`, 'reported (the Node benchmark has the rates)', '-'],
    ['load: first (download from this server) / later, from the device (s)', `${loads[0]?.toFixed(1)} / ${quantile([...loads.slice(1)].sort((a, b) => a - b), 0.5).toFixed(1)} (median of ${loads.length - 1})`, 'reported', '-'],
  ]);
  return ok && heard.length === results.length;
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  benchEarBrowser().then((ok) => (process.exitCode = ok ? 0 : 1));
}
