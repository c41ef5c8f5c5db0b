// Hands-free: finger snaps made with sox, heard through the fake microphone, pause, resume and skip a briefing.
import { expect, test } from './fixtures';
import { turnOnHandsFree, withMicrophone } from './hands-free-helpers';

test.use({ ...withMicrophone('snap-commands'), msPerChar: 40 });

test.describe('snaps steer a briefing', () => {
  test('two snaps pause, two snaps resume, three snaps move to the next story', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('/');
    // The first run's offer of sources would lengthen the intro by a long sentence at this slow voice's pace.
    await page.getByTestId('starter-keep').click();
    await page.getByTestId('play-today').click();
    await expect(page.getByTestId('status')).toHaveClass(/status-speaking/);
    await expect(page.getByTestId('position')).toHaveText(/^1 of/, { timeout: 10_000 });
    await turnOnHandsFree(page);
    // The file: 3 s quiet, two snaps; 4 s, two snaps; 4 s, three snaps.
    await expect(page.getByTestId('status')).toHaveClass(/status-paused/, { timeout: 8_000 });
    await expect(page.getByTestId('hands-free-command')).toHaveText('Two snaps: pause or resume.');
    await expect(page.getByTestId('hands-free-last')).toHaveText(/^Last heard: a finger snap \(score 0\.\d\d\)$/);
    await expect(page.getByTestId('position')).toHaveText(/^1 of/);
    await expect(page.getByTestId('status')).toHaveClass(/status-speaking/, { timeout: 8_000 });
    await expect(page.getByTestId('position')).toHaveText(/^2 of/, { timeout: 8_000 });
    await expect(page.getByTestId('hands-free-command')).toHaveText('Three snaps: next story.');
    await expect(page.getByTestId('status')).toHaveClass(/status-speaking/);
  });
});
