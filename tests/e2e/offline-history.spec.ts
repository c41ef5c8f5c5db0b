// Offline replay and resume in the real browser: after one online visit the app plays with no network, every
// briefing is kept, "replay the last briefing" says the saved script again, and a reload mid-briefing continues
// at the same story and sentence.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, goTo, say, speechLog, test, visitThenGoOffline, waitForSpoken } from './fixtures';

const OUTRO = "That's the briefing.";

/** Sentences started after `mark`, up to the outro's first sentence. */
async function spokenUpToOutro(page: Page, mark: number): Promise<string[]> {
  const texts = (await speechLog(page)).slice(mark).filter((e) => e.type === 'start' && e.text.trim() !== '').map((e) => e.text);
  return texts.slice(0, texts.indexOf(OUTRO) + 1);
}

/** Offline after one visit, in a browser that offers on-device speech recognition (as Chrome does once installed). */
async function offlineApp(page: Page, context: BrowserContext) {
  await page.addInitScript(() => {
    (window as unknown as { __recognition: { local: string } }).__recognition.local = 'available';
  });
  await visitThenGoOffline(page, context);
}

test('offline: today’s briefing plays, "replay the last briefing" says the saved script again, History lists it', async ({ page, context }) => {
  test.setTimeout(90_000);
  try {
    await offlineApp(page, context);
    await goTo(page, 'history');
    await expect(page.getByTestId('history-entry')).toHaveCount(0);
    await goTo(page, 'now');
    let mark = (await speechLog(page)).length;
    await page.getByTestId('play-today').click();
    await waitForSpoken(page, (t) => t === OUTRO, mark, 20_000);
    const script = await spokenUpToOutro(page, mark);
    expect(script[0]).toBe('Good morning.');
    expect(script.length).toBeGreaterThan(10);
    await goTo(page, 'history');
    await expect(page.getByTestId('history-entry')).toHaveCount(1);
    await expect(page.getByTestId('history-entry')).toContainText('heard to the end');

    mark = await say(page, 'replay the last briefing');
    await waitForSpoken(page, (t) => t === OUTRO, mark, 20_000);
    expect(await spokenUpToOutro(page, mark)).toEqual(script);
    await goTo(page, 'history');
    await expect(page.getByTestId('history-entry')).toHaveCount(1);

    // The History screen's Play button does the same.
    mark = (await speechLog(page)).length;
    await page.getByTestId('history-play').click();
    await waitForSpoken(page, (t) => t === script[0], mark);
  } finally {
    await context.setOffline(false);
  }
});

test.describe(() => {
  // A slower voice, so the reload lands in the middle of a story.
  test.use({ msPerChar: 30 });

  test('offline: a reload mid-briefing offers "Continue where you left off", which resumes at the same story and sentence', async ({ page, context }) => {
    test.setTimeout(60_000);
    try {
      await offlineApp(page, context);
      await page.getByTestId('play-today').click();
      await expect(page.getByTestId('position')).toHaveText(/^1 of \d+/, { timeout: 20_000 });
      await page.getByTestId('next').click();
      await expect(page.getByTestId('position')).toHaveText(/^2 of \d+/);
      // The second story's headline, then its next sentence: the reload comes while that one is spoken.
      const mark = (await speechLog(page)).length;
      await waitForSpoken(page, () => true, mark);
      const headline = (await speechLog(page)).findIndex((e, i) => i >= mark && e.type === 'start' && e.text.trim() !== '');
      const sentence = (await waitForSpoken(page, () => true, headline + 1)).text;
      const title = await page.getByTestId('story-title').textContent();
      await page.reload();

      const card = page.getByTestId('continue-card');
      await expect(card).toContainText('Continue where you left off');
      await expect(card).toContainText(`Story 2 of`);
      await expect(card).toContainText(title!);
      await page.getByTestId('continue').click();
      const resumed = await waitForSpoken(page, () => true);
      expect(resumed.text).toBe(sentence);
      await expect(page.getByTestId('story-title')).toHaveText(title!);
      await expect(card).toHaveCount(0);

      // By voice too: stop, reload, "continue".
      await page.getByTestId('stop').click();
      await page.reload();
      await expect(card).toBeVisible();
      const voiceMark = await say(page, 'continue where I left off');
      const again = await waitForSpoken(page, () => true, voiceMark);
      expect(again.text).not.toBe('');
      await expect(page.getByTestId('story-title')).toHaveText(title!);
    } finally {
      await context.setOffline(false);
    }
  });
});
