// Hands-free: speech heard after quiet starts a recognition session by itself, as if Talk had been pressed.
import { soundFixture } from '../sound-fixtures';
import { expect, test } from './fixtures';
import { recordMicrophoneStart, turnOnHandsFree, withMicrophone } from './hands-free-helpers';

test.use(withMicrophone('speech-after-silence'));

test.describe('speech starts listening', () => {
  test('a sentence after 2 s of quiet starts a recognition session within 1 s of its onset', async ({ page }) => {
    await recordMicrophoneStart(page);
    await page.goto('/');
    await turnOnHandsFree(page);
    const sessions = () => page.evaluate(() => (window as unknown as { __recognition: { sessions: { startedAt: number }[] } }).__recognition.sessions);
    await expect.poll(async () => (await sessions()).length, { timeout: 8_000 }).toBe(1);
    const micAt = await page.evaluate(() => (window as unknown as { __micAt: number }).__micAt);
    const onsetMs = soundFixture('speech-after-silence').speechAt! * 1000;
    const latency = (await sessions())[0].startedAt - (micAt + onsetMs);
    console.log(`speech onset → recognition start: ${latency.toFixed(0)} ms`);
    // The fake microphone's file begins when capture starts, a few ms before getUserMedia's promise lands (when __micAt
    // is taken), so a prompt start can read a few ms early; a start from the quiet would be ~2 s early.
    expect(latency).toBeGreaterThan(-100);
    expect(latency).toBeLessThanOrEqual(1000);
    await expect(page.getByTestId('talk')).toHaveAttribute('aria-pressed', 'true');
    // The quiet before it started nothing.
    expect((await sessions()).length).toBe(1);
  });
});
