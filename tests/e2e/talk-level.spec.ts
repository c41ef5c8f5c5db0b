// The Talk button shows the microphone's live level while it listens: quiet stays low, speech lifts it, and the
// level's stream closes with the session. Chromium's fake microphone plays 2 s of room tone, then a sentence.
import type { Page } from '@playwright/test';
import { soundFixture } from '../sound-fixtures';
import { expect, test } from './fixtures';
import { recordMicrophoneStart, withMicrophone } from './hands-free-helpers';

test.use(withMicrophone('speech-after-silence'));

/** Keeps every stream the page opens, to check they are all stopped afterwards. */
const keepStreams = (page: Page) =>
  page.addInitScript(() => {
    const real = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    const streams: MediaStream[] = [];
    (window as unknown as { __streams: MediaStream[] }).__streams = streams;
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await real(constraints);
      streams.push(stream);
      return stream;
    };
  });

test('the Talk button shows the level while listening: low in quiet, high in speech, gone when the session ends', async ({ page }) => {
  await keepStreams(page);
  await recordMicrophoneStart(page);
  await page.goto('/');
  await expect(page.getByTestId('talk-level')).toHaveCount(0);
  await page.getByTestId('talk').click();
  await expect(page.getByTestId('talk-level')).toBeVisible();
  // Sample the bar's drawn width (its scaleX) every 50 ms, on the page's own clock, until the sentence is over.
  const speechAt = soundFixture('speech-after-silence').speechAt!;
  const samples = await page.evaluate(async (untilMs) => {
    const micAt = (window as unknown as { __micAt: number }).__micAt;
    const out: { at: number; scale: number }[] = [];
    while (performance.now() - micAt < untilMs) {
      const fill = document.querySelector<HTMLElement>('[data-testid="talk-level"] .level-fill');
      const scale = Number(/scaleX\(([\d.]+)\)/.exec(fill?.style.transform ?? '')?.[1] ?? NaN);
      out.push({ at: (performance.now() - micAt) / 1000, scale });
      await new Promise((r) => setTimeout(r, 50));
    }
    return out;
  }, (speechAt + 1.5) * 1000);
  const max = (from: number, to: number) => Math.max(...samples.filter((s) => s.at >= from && s.at < to).map((s) => s.scale));
  const quiet = max(0.3, speechAt - 0.3);
  const speech = max(speechAt, speechAt + 1.5);
  console.log(`talk level: quiet ≤ ${quiet.toFixed(2)}, speech up to ${speech.toFixed(2)} (of the bar)`);
  expect(samples.every((s) => Number.isFinite(s.scale))).toBe(true);
  expect(quiet).toBeLessThan(0.35);
  expect(speech).toBeGreaterThan(0.5);
  expect(speech - quiet).toBeGreaterThan(0.3);
  // The session ends; the level goes, and its microphone stream is stopped.
  await page.evaluate(() => (window as unknown as { __recognition: { say(a: string[]): void } }).__recognition.say(['help']));
  await expect(page.getByTestId('talk')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('talk-level')).toHaveCount(0);
  const live = await page.evaluate(() =>
    (window as unknown as { __streams: MediaStream[] }).__streams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length,
  );
  expect(live).toBe(0);
});

test('while speech is heard the Talk button says so', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('talk').click();
  await expect(page.getByTestId('talk')).toHaveText('Listening… Tap to stop');
  await page.evaluate(() => (window as unknown as { __recognition: { hearSpeech(): void } }).__recognition.hearSpeech());
  await expect(page.getByTestId('talk')).toHaveText('Hearing you… Tap to stop');
  await expect(page.getByTestId('talk')).toHaveClass(/is-hearing/);
  await page.evaluate(() => (window as unknown as { __recognition: { say(a: string[]): void } }).__recognition.say(['help']));
  await expect(page.getByTestId('talk')).toHaveText('Talk');
});
