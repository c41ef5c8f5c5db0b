// Voices and captions in the browser: choosing a voice, testing it, the missing-voice help, headphones, the transcript.
import { expect, goTo, importFeed, speechLog, test, waitForSpoken } from './fixtures';

const STORY = { id: 'a', title: 'Chipmaker unveils a new AI accelerator', date: '2026-11-28T08:00:00+07:00' };

test.describe(() => {
  // A slow voice (about 2 s a sentence), so a busy machine still sees each sentence while it is spoken.
  test.use({ msPerChar: 60 });
  test('the spoken sentence is highlighted in the story text', async ({ page }) => {
    await page.goto('/');
    await importFeed(page, [STORY]);
    await page.getByTestId('play-today').click();
    const first = await waitForSpoken(page, (t) => t.startsWith(`${STORY.title} leads`));
    await expect(page.getByTestId('transcript').locator('[aria-current="true"]')).toHaveText(first.text);
    await waitForSpoken(page, (t) => t === 'Analysts expect more to follow soon.');
    await expect(page.getByTestId('transcript').locator('[aria-current="true"]')).toHaveText('Analysts expect more to follow soon.');
    await expect(page.getByTestId('caption')).toHaveAttribute('aria-live', 'polite');
  });

  test('headphones mode keeps speaking while listening', async ({ page }) => {
    await page.goto('/');
    await importFeed(page, [STORY]);
    await goTo(page, 'settings');
    await page.getByTestId('headphones').check();
    await goTo(page, 'now');
    await page.getByTestId('play-today').click();
    await waitForSpoken(page, (t) => t.includes(STORY.title));
    const mark = (await speechLog(page)).length;
    await page.getByTestId('talk').click();
    await expect(page.getByTestId('talk')).toHaveAttribute('aria-pressed', 'true');
    await page.waitForTimeout(300);
    expect((await speechLog(page)).slice(mark).filter((e) => e.type === 'cancel')).toEqual([]);
    await expect(page.getByTestId('status')).toHaveText('Speaking');
    // The command still acts once heard.
    await page.evaluate(() => (window as unknown as { __recognition: { say(a: string[]): void } }).__recognition.say(['stop']));
    await expect(page.getByTestId('status')).toHaveText('Ready');
  });
});

test('a chosen voice is used and remembered; "test" speaks with it', async ({ page }) => {
  await page.goto('/');
  await goTo(page, 'settings');
  await expect(page.getByTestId('voice-vi').locator('option')).toHaveText(['Automatic (best match)', 'Fake Vietnamese (vi-VN)']);
  await page.getByTestId('voice-vi').selectOption('Fake Vietnamese');
  await page.getByTestId('test-voice-vi').click();
  const sample = await waitForSpoken(page, (t) => t === 'Đây là giọng đọc cho tin tiếng Việt.');
  expect(sample).toMatchObject({ voice: 'Fake Vietnamese', lang: 'vi-VN' });
  // The address keeps the screen: a reload opens Settings again.
  await page.reload();
  await expect(page.getByTestId('voice-vi')).toHaveValue('Fake Vietnamese');
});

test.describe('a device without a Vietnamese voice', () => {
  test.use({ voices: 'english-only' });

  test('says so once, and Settings shows how to install one', async ({ page }) => {
    await page.goto('/?lang=vi');
    await importFeed(page, [{ ...STORY, id: 'v', title: 'Ra mắt chip AI mới', language: 'vi' }]);
    await page.getByTestId('play-today').click();
    await waitForSpoken(page, (t) => t.startsWith('Thiết bị này chưa có giọng đọc tiếng Việt'));
    await goTo(page, 'settings');
    await expect(page.getByTestId('no-voice-vi')).toContainText('Linux: cài speech-dispatcher và espeak-ng');
    await goTo(page, 'now');
    await page.getByTestId('stop').click();
    const mark = (await speechLog(page)).length;
    await page.getByTestId('play-today').click();
    await waitForSpoken(page, (t) => t === '1 tin AI hôm nay, Thứ Bảy, 28 tháng 11.', mark);
    expect((await speechLog(page)).slice(mark).some((e) => e.text.startsWith('Thiết bị này chưa có'))).toBe(false);
  });
});
