// What the hands-free browser tests share. Chromium's fake microphone plays sox-made snaps and espeak-ng speech
// into the real pipeline (AudioWorklet → worker → MediaPipe YAMNet); each file needs its own browser, so its own spec.
import type { Page } from '@playwright/test';
import { CHROME_ARGS, requireChrome } from '../../scripts/find-chrome';
import { soundFixture, type SoundFixture } from '../sound-fixtures';
import { startCatcher, type Catcher } from './catcher';
import { expect, test } from './fixtures';

/** Chromium with a fake microphone that plays one file, once, from the moment the app opens it. */
export const withMicrophone = (name: SoundFixture, extra: string[] = []) => ({
  launchOptions: {
    executablePath: requireChrome(),
    args: [...CHROME_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${soundFixture(name).file}%noloop`, ...extra],
  },
});

/** Records when getUserMedia hands the app its stream: the fake microphone's file starts then. */
export const recordMicrophoneStart = (page: Page) =>
  page.addInitScript(() => {
    const real = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await real(constraints);
      (window as unknown as { __micAt: number }).__micAt = performance.now();
      return stream;
    };
  });

/** Turns on on-device recognition in Settings and waits until it is ready, then comes back to Now playing. */
export async function turnOnDeviceEar(page: Page) {
  await page.getByRole('link', { name: 'Settings' }).first().click();
  await page.getByTestId('device-ear').check();
  await expect(page.getByTestId('ear-status')).toHaveAttribute('data-status', 'ready', { timeout: 60_000 });
  await page.getByRole('link', { name: 'Now playing' }).first().click();
  await expect(page.getByTestId('ear-ready')).toBeVisible();
}

export async function turnOnHandsFree(page: Page) {
  await page.getByTestId('hands-free').check();
  // Cold start: the worker, the WASM and the model load, then the microphone opens.
  await expect(page.getByTestId('hands-free-status')).toHaveAttribute('data-status', 'listening', { timeout: 15_000 });
}


/**
 * Chromium's own background connections, not the app's: update and account checks (made on about:blank too), and on
 * a page with form fields its autofill predictions and optimization hints. The page's CSP would refuse all of them.
 */
export const BROWSER_OWN_HOSTS = ['update.googleapis.com', 'accounts.google.com', 'content-autofill.googleapis.com', 'optimizationguide-pa.googleapis.com'];

/**
 * Three minutes of listening in a browser whose every host name resolves to a local catcher (tests/e2e/catcher.ts),
 * which records the host each connection was for: a request that got past the page's CSP, the worker's fetch guard
 * and the service worker would show up there. MediaPipe's logger sends every 60 s, so three minutes cover three of
 * its sends (and close() a fourth). The on-device ear is on (it downloads from the app's own server, then hears every
 * onset in its worker). No sound command may fire.
 */
export function longListeningTest(name: 'speech-3min' | 'silence-3min', catcherPort: number) {
  let catcher: Catcher;
  test.beforeAll(async () => {
    catcher = await startCatcher(catcherPort);
  });
  test.afterAll(() => catcher.close());

  test('no sound command, and no connection leaves the device', async ({ page }) => {
    test.setTimeout(240_000);
    // A second visit, as a person returning: the service worker now controls the page and its workers, so all
    // three layers stand (on a first visit the worker is not yet in charge, and the first two must do).
    await page.goto('/');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // With the on-device ear on: Hands-free's speech onsets start its sessions, on the same capture, in its worker.
    await turnOnDeviceEar(page);
    await turnOnHandsFree(page);
    const started = Date.now();
    const heard = new Set<string>();
    const voice = new Set<string>();
    while (Date.now() - started < 182_000) {
      await page.waitForTimeout(5_000);
      heard.add((await page.getByTestId('hands-free-last').textContent()) ?? '');
      voice.add((await page.getByTestId('heard').textContent()) ?? '');
      await expect(page.getByTestId('hands-free-status')).toHaveAttribute('data-status', 'listening');
      await expect(page.getByTestId('hands-free-command')).toHaveText('');
    }
    await page.getByTestId('hands-free').uncheck();
    await page.waitForTimeout(2_000);
    const fromTheApp = catcher.hosts.filter((h) => !BROWSER_OWN_HOSTS.includes(h));
    console.log(`${name}: the catcher saw ${catcher.hosts.length} connections, to ${[...new Set(catcher.hosts)].join(', ') || 'nothing'}`);
    expect(fromTheApp, 'connections that left the device').toEqual([]);
    console.log(`${name}: the on-device ear showed ${[...voice].filter(Boolean).join(' | ') || 'nothing'}`);
    const kinds = [...heard].filter(Boolean);
    console.log(`${name}: ${kinds.join(' | ') || 'nothing heard'}`);
    if (name === 'speech-3min') expect(kinds.some((h) => h.startsWith('Last heard: speech'))).toBe(true);
    else expect(kinds).toEqual([]);
  });
}

/** The catcher's port for a long test: beside the app's port, one per spec so they can run at once. */
export const catcherPort = (offset: number) => Number(process.env.E2E_PORT ?? 4174) + offset;
