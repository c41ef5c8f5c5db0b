// Two tabs: only one speaks. Starting a briefing in one stops the other, which says it is playing elsewhere.
import type { Page } from '@playwright/test';
import { installFakeSpeechRecognition } from '../fakes/browser/speech-recognition';
import { installFakeSpeechSynthesis } from '../fakes/browser/speech-synthesis';
import { expect, NOW, speechLog, test } from './fixtures';

test.use({ msPerChar: 30 });

const speakingNow = async (page: Page) => {
  const log = await speechLog(page);
  const last = log.filter((e) => e.text.trim() !== '').at(-1);
  return last?.type === 'start';
};

test('starting in a second tab stops the first, which shows that Earshot is playing elsewhere', async ({ page, context }) => {
  await page.goto('/');
  await page.getByTestId('play-today').click();
  await expect(page.getByTestId('status')).toHaveText('Speaking');

  // The second tab gets the same scripted speech as the first.
  const other = await context.newPage();
  await other.clock.setFixedTime(NOW);
  await other.addInitScript(installFakeSpeechSynthesis, { voices: 'all' as const, msPerChar: 30 });
  await other.addInitScript(installFakeSpeechRecognition);
  await other.goto('/');
  await other.getByTestId('play-today').click();
  await expect(other.getByTestId('status')).toHaveText('Speaking');

  await expect(page.getByTestId('status')).toHaveText('Ready');
  await expect(page.getByTestId('nothing-playing')).toHaveText('Playing in another Earshot tab. Press Play here to listen here instead.');
  expect(await speakingNow(page)).toBe(false);
  expect(await speakingNow(other)).toBe(true);

  // And back: playing in the first tab stops the second.
  await page.getByTestId('play-today').click();
  await expect(other.getByTestId('status')).toHaveText('Ready');
  await expect(page.getByTestId('status')).toHaveText('Speaking');
  await expect(page.getByTestId('nothing-playing')).toHaveCount(0);
});
