// The app's own on-device ear in real Chromium: no SpeechRecognition on the page, Chromium's fake microphone playing
// espeak-ng saying "What's the news today?" after 2 s of quiet. Turned on from Talk's offer (a one-time download
// from the app's own server, with progress), it hears the request, shows it and plays the briefing; after a reload
// offline it loads from the device and hears it again; both ears hear it. Every request stays on the device
// (fixtures.ts `external`).
import { expect, test, waitForSpoken } from './fixtures';
import { turnOnHandsFree, withMicrophone } from './hands-free-helpers';
import type { Page } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommand } from '../../src/domain/command/parse-command';

const intentOf = (said: string) => parseCommand(said, { lang: 'en', today: '2026-11-28' }).intent;

/**
 * Keeps the on-device ear's replies from its worker (the page's clock is fixed, which also stops performance marks):
 * what the second ear (PocketSphinx) heard travels with each result.
 */
function spyOnEarReplies() {
  const Native = window.Worker;
  const heard: { second: string; secondConfidence: number | null }[] = [];
  (window as unknown as { __earHeard: typeof heard }).__earHeard = heard;
  window.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', (e: MessageEvent<{ type?: string; second: string; secondConfidence: number | null }>) => {
        if (e.data?.type === 'heard') heard.push(e.data);
      });
    }
  };
}

/**
 * What the second ear heard of the last utterance, in its dictionary's words; and that it said how sure it was (its
 * loop of phones heard the same audio, under the page's policy too).
 */
async function secondHeard(page: Page): Promise<string> {
  const last = await page.evaluate(() => (window as unknown as { __earHeard: { second: string; secondConfidence: number | null }[] }).__earHeard.at(-1));
  expect(last?.secondConfidence, 'the second ear’s confidence').toEqual(expect.any(Number));
  expect(Number.isFinite(last!.secondConfidence)).toBe(true);
  return last?.second ?? 'nothing heard';
}

/** The build's ear files (dist/ear/, what the page downloads), in megabytes as the app writes them ("50 MB"). */
function earDownload(): { bytes: number; label: string } {
  const dir = join(import.meta.dirname, '..', '..', 'dist', 'ear');
  const bytes = readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  return { bytes, label: new Intl.NumberFormat('en-US', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1e6) };
}
const EAR = earDownload();

test.use({ ...withMicrophone('news-request-after-silence'), recognition: 'absent' });

/** As the recognizer spells it ("What is the news today?" once in twenty shifts of the clip: the same request). */
const HEARD = /^You said: “What('s| is) the news today\?”$/;

test.describe('on-device recognition', () => {
  test('offered where the browser has none: downloaded once, then a spoken request is heard, shown and played, also offline', async ({ page, context }) => {
    test.setTimeout(150_000);
    await page.addInitScript(spyOnEarReplies);
    await page.goto('/');
    await expect(page.getByTestId('talk-help')).toHaveText(/Voice commands are not available in this browser/);
    // Moonshine, onnxruntime's WebAssembly, PocketSphinx and its model, RNNoise: about 50 MB.
    expect(EAR.bytes).toBeGreaterThan(45e6);
    expect(EAR.bytes).toBeLessThan(55e6);
    await expect(page.getByTestId('ear-offer')).toContainText(`a one-time download of ${EAR.label}`);
    await page.getByTestId('offer-device-ear').click();
    await expect(page.getByTestId('ear-ready')).toHaveText('Recognising speech on this device: nothing you say leaves it.', { timeout: 60_000 });
    await expect(page.getByTestId('talk-help')).not.toContainText('not available');

    await page.getByTestId('talk').click();
    await expect(page.getByTestId('heard')).toHaveText(HEARD, { timeout: 20_000 });
    // The second ear heard it too, under the page's policy (no code made from text): a phrase of its grammar, which
    // the first ear weighed (through Chromium's capture it is not always the right one: the first ear decides).
    expect(intentOf(await secondHeard(page))).not.toBe('none');
    await waitForSpoken(page, (t) => t === 'Good morning.');

    // Offline after a reload: the ear loads from the device (its cache) and hears the same request.
    try {
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await context.setOffline(true);
      await page.reload();
      await expect(page.getByTestId('ear-ready')).toBeVisible({ timeout: 60_000 });
      await page.getByTestId('talk').click();
      await expect(page.getByTestId('heard')).toHaveText(HEARD, { timeout: 20_000 });
      expect(intentOf(await secondHeard(page))).not.toBe('none');
    } finally {
      await context.setOffline(false);
    }
  });

  test('turned on in Settings, it hears Hands-free: speech after quiet is heard and acted on, with no browser recognizer', async ({ page }) => {
    test.setTimeout(120_000);
    await page.addInitScript(spyOnEarReplies);
    await page.goto('/#/settings');
    await expect(page.getByTestId('ear-panel')).toContainText(`Downloads ${EAR.label} once from this site`);
    await page.getByTestId('device-ear').check();
    await expect(page.getByTestId('ear-progress')).toBeVisible();
    await expect(page.getByTestId('ear-status')).toHaveText(/^Ready: commands are recognised on this device \(loaded in \d+\.\d s\)\.$/, { timeout: 60_000 });
    await page.getByRole('link', { name: 'Now playing' }).first().click();
    await expect(page.getByTestId('ear-ready')).toBeVisible();
    // One microphone: Hands-free opens it, and its speech onset starts the ear's session on the same capture.
    await turnOnHandsFree(page);
    await expect(page.getByTestId('heard')).toHaveText(HEARD, { timeout: 20_000 });
    expect(intentOf(await secondHeard(page))).not.toBe('none');
    await waitForSpoken(page, (t) => t === 'Good morning.');
    await expect(page.getByTestId('hands-free-status')).toHaveAttribute('data-status', 'listening');
  });
});
