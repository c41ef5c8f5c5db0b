// Real-speech test setup: the real engine with a spy on it, scripted recognition, a fixed clock, voices loaded.
import { test as base, expect, type Page } from '@playwright/test';
import { installFakeSpeechRecognition } from '../fakes/browser/speech-recognition';
import { installMediaSpy, type MediaSpy } from '../fakes/browser/media-spy';
import { installSpeechSpy, type RealSpeechEntry } from '../fakes/browser/speech-spy';

export const NOW = new Date('2026-11-28T09:00:00+07:00');

export const test = base.extend({
  page: async ({ page }, use) => {
    await page.clock.setFixedTime(NOW);
    await page.addInitScript(installSpeechSpy);
    await page.addInitScript(installFakeSpeechRecognition);
    await page.addInitScript(installMediaSpy);
    await use(page);
  },
});

export { expect };

/** Opens the app and waits until the engine lists its voices (1.5–2.5 s after launch here). */
export async function openApp(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await expect.poll(() => page.evaluate(() => speechSynthesis.getVoices().length), { timeout: 15_000 }).toBeGreaterThan(0);
}

export function realLog(page: Page): Promise<RealSpeechEntry[]> {
  return page.evaluate(() => (window as unknown as { __realSpeech: { log: RealSpeechEntry[] } }).__realSpeech.log);
}

/** Waits for an event of the real engine matching the predicate, after log index `after`. */
export async function waitForReal(page: Page, type: RealSpeechEntry['type'], match: (text: string) => boolean, after = 0, timeout = 20_000): Promise<RealSpeechEntry> {
  let found: RealSpeechEntry | undefined;
  await expect
    .poll(
      async () => {
        // The empty utterance that unlocks speech on the first tap never matches.
        found = (await realLog(page)).slice(after).find((e) => e.type === type && e.text.trim() !== '' && match(e.text));
        return found !== undefined;
      },
      { timeout, intervals: [25] },
    )
    .toBe(true);
  return found!;
}

export async function say(page: Page, text: string): Promise<number> {
  await page.getByTestId('talk').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __recognition: { active: boolean } }).__recognition.active)).toBe(true);
  const mark = (await realLog(page)).length;
  await page.evaluate((t) => (window as unknown as { __recognition: { say(a: string[]): void } }).__recognition.say([t]), text);
  return mark;
}

export interface FeedItem {
  id: string;
  title: string;
  text: string;
  language?: string;
}

/** Imports stories dated this morning (Hanoi) through the Import feed input. */
export async function importStories(page: Page, items: FeedItem[]): Promise<void> {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Test Wire',
    home_page_url: 'https://wire.example/',
    items: items.map((i, n) => ({
      id: i.id,
      url: `https://wire.example/${i.id}`,
      title: i.title,
      content_text: i.text,
      date_published: `2026-11-28T0${8 - n}:00:00+07:00`,
      ...(i.language ? { language: i.language } : {}),
    })),
  };
  // Import is on the Sources screen; the player is on Now playing. Both by their links, as a person goes.
  await page.getByTestId('nav-sources').click();
  await expect(page.getByTestId('screen-sources')).toBeVisible();
  await page.getByLabel(/Import feed|Nhập nguồn tin/).setInputFiles({ name: 'feed.json', mimeType: 'application/feed+json', buffer: Buffer.from(JSON.stringify(feed)) });
  await expect(page.getByTestId('notice')).toBeVisible();
  await page.getByTestId('nav-now').click();
  await expect(page.getByTestId('screen-now')).toBeVisible();
}

/** Presses a lock-screen or headset button (handlers captured by the media spy). */
export function pressMedia(page: Page, action: string) {
  return page.evaluate((a) => (window as unknown as { __media: MediaSpy }).__media.handlers[a](), action);
}
