// Voice commands offline: without on-device recognition Talk explains and the buttons carry on; where the browser
// offers on-device recognition, it is installed on request and used offline.
import { expect, say, test, visitThenGoOffline, waitForSpoken } from './fixtures';

type Control = { __recognition: { local: string; sessions: { processLocally: boolean }[] } };

test('offline without on-device recognition: Talk explains, starts nothing, and the buttons still play', async ({ page, context }) => {
  try {
    await visitThenGoOffline(page, context);
    await page.getByTestId('talk').click();
    await expect(page.getByTestId('talk-help')).toHaveText(/You are offline, and this browser recognises speech only with the network\./);
    expect(await page.evaluate(() => (window as unknown as Control).__recognition.sessions.length)).toBe(0);
    await page.getByTestId('play-today').click();
    await waitForSpoken(page, (t) => t === 'Good morning.');
    await context.setOffline(false);
    await expect(page.getByTestId('talk-help')).not.toContainText('You are offline');
  } finally {
    await context.setOffline(false);
  }
});

test('on-device recognition is offered, installed, and then used offline', async ({ page, context }) => {
  await page.addInitScript(() => {
    (window as unknown as Control).__recognition.local = 'downloadable';
  });
  try {
    await page.goto('/');
    await expect(page.getByTestId('local-offer')).toContainText('This browser can recognise English on this device');
    await page.getByTestId('install-local').click();
    await expect(page.getByTestId('local-offer')).toHaveCount(0);
    // The browser remembers the download; offline, commands are recognised on the device.
    await page.addInitScript(() => {
      (window as unknown as Control).__recognition.local = 'available';
    });
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    await page.reload();
    const mark = await say(page, "what's the AI news today");
    await waitForSpoken(page, (t) => t === 'Good morning.', mark);
    expect(await page.evaluate(() => (window as unknown as Control).__recognition.sessions.map((s) => s.processLocally))).toEqual([true]);
  } finally {
    await context.setOffline(false);
  }
});
