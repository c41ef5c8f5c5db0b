// Shared browser-test setup: scripted speech in and out, a fixed clock, and a check that no request leaves the device.
import { readFileSync } from 'node:fs';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { installFakeSpeechRecognition, removeSpeechRecognition } from '../fakes/browser/speech-recognition';
import { installFakeSpeechSynthesis, type SpeechLogEntry } from '../fakes/browser/speech-synthesis';
import { installMediaSpy, type MediaSpy } from '../fakes/browser/media-spy';

/** Now, for every test: Saturday 28 November 2026, 09:00 in Hanoi. */
export const NOW = new Date('2026-11-28T09:00:00+07:00');

export interface AppOptions {
  recognition: 'fake' | 'absent';
  voices: 'all' | 'none' | 'english-only';
  /** Speaking time of the scripted voice per character; tests that must act mid-story use a slower voice. */
  msPerChar: number;
}

export const test = base.extend<AppOptions & { external: string[]; feedOrigins: string[] }>({
  recognition: ['fake', { option: true }],
  voices: ['all', { option: true }],
  msPerChar: [6, { option: true }],
  /** Origins of feeds a test added on purpose: the only other places the app may reach (the service worker reads feeds directly). */
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  feedOrigins: async ({}, use) => use([]),
  external: [
    async ({ context, baseURL, feedOrigins }, use) => {
      const external: string[] = [];
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      context.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) external.push(url);
      });
      await use(external);
      const unasked = external.filter((url) => !feedOrigins.some((o) => url.startsWith(`${o}/`)));
      expect(unasked, 'requests that left the device').toEqual([]);
    },
    { auto: true },
  ],
  page: async ({ page, recognition, voices, msPerChar }, use) => {
    await page.clock.setFixedTime(NOW);
    await page.addInitScript(installFakeSpeechSynthesis, { voices, msPerChar });
    await page.addInitScript(recognition === 'fake' ? installFakeSpeechRecognition : removeSpeechRecognition);
    await page.addInitScript(installMediaSpy);
    await use(page);
  },
});

export { expect };

/** Everything the scripted synthesizer was asked to do so far. */
export function speechLog(page: Page): Promise<SpeechLogEntry[]> {
  return page.evaluate(() => (window as unknown as { __speech: { log: SpeechLogEntry[] } }).__speech.log);
}

/** Texts of utterances that started, in order (the empty first-tap unlock utterance left out). */
export async function started(page: Page): Promise<string[]> {
  return (await speechLog(page)).filter((e) => e.type === 'start' && e.text.trim() !== '').map((e) => e.text);
}

/** Waits until an utterance whose text matches starts after `after` (a log length), and returns it.
 * The empty utterance that unlocks speech on the first tap never matches. */
export async function waitForSpoken(page: Page, match: (text: string) => boolean, after = 0, timeout = 8000): Promise<SpeechLogEntry> {
  let found: SpeechLogEntry | undefined;
  await expect
    .poll(
      async () => {
        found = (await speechLog(page)).slice(after).find((e) => e.type === 'start' && e.text.trim() !== '' && match(e.text));
        return found !== undefined;
      },
      { timeout, intervals: [50] },
    )
    .toBe(true);
  return found!;
}

export const SCREEN_NAMES = ['now', 'stories', 'history', 'sources', 'settings'] as const;
export type ScreenName = (typeof SCREEN_NAMES)[number];

/** The screen the address shows (#/stories, #/history, #/sources, #/settings; anything else is Now playing). */
export function currentScreen(page: Page): ScreenName {
  const name = new URL(page.url()).hash.replace(/^#\/?/, '');
  return (SCREEN_NAMES as readonly string[]).includes(name) ? (name as ScreenName) : 'now';
}

/** Goes to a screen the way a person does, by its link in the navigation bar, and waits until it shows. */
export async function goTo(page: Page, screen: ScreenName): Promise<void> {
  await page.getByRole('navigation').getByTestId(`nav-${screen}`).click();
  await expect(page.getByTestId(`screen-${screen}`)).toBeVisible();
  await expect(page.getByTestId(`nav-${screen}`)).toHaveAttribute('aria-current', 'page');
}

/** Presses Talk (on Now playing, going there first) and says something to the scripted recognizer (optionally with alternatives). */
export async function say(page: Page, ...alternatives: string[]): Promise<number> {
  if (currentScreen(page) !== 'now') await goTo(page, 'now');
  await page.getByTestId('talk').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __recognition: { active: boolean } }).__recognition.active)).toBe(true);
  const logLength = (await speechLog(page)).length;
  await page.evaluate((alts) => (window as unknown as { __recognition: { say(a: string[]): void } }).__recognition.say(alts), alternatives);
  return logLength;
}

export interface FeedItem {
  id: string;
  title: string;
  date: string;
  text?: string;
  language?: string;
}

/** Imports a JSON Feed 1.1 through the "Import feed" input on the Sources screen, waits for the result notice (shown on
 * every screen) and goes back to the screen it started on. */
export async function importFeed(page: Page, items: FeedItem[], title = 'Test Wire'): Promise<string> {
  const from = currentScreen(page);
  if (from !== 'sources') await goTo(page, 'sources');
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    home_page_url: 'https://wire.example/',
    items: items.map((i) => ({
      id: i.id,
      url: `https://wire.example/${i.id}`,
      title: i.title,
      content_text: i.text ?? `${i.title} leads the news today. Analysts expect more to follow soon. Details are still emerging.`,
      date_published: i.date,
      ...(i.language ? { language: i.language } : {}),
    })),
  };
  await page.getByLabel(/Import feed|Nhập nguồn tin/).setInputFiles({ name: 'feed.json', mimeType: 'application/feed+json', buffer: Buffer.from(JSON.stringify(feed)) });
  const notice = page.getByTestId('notice');
  await expect(notice).toBeVisible();
  const text = (await notice.textContent()) ?? '';
  if (from !== 'sources') await goTo(page, from);
  return text;
}

/** The sample edition's stories of one Hanoi day, newest first (what a briefing of that day tells first). */
export function sampleStoriesOf(day: string): { title: string; source: string; publishedAt: string }[] {
  const edition = JSON.parse(readFileSync(new URL('../../public/sample-edition.json', import.meta.url), 'utf8')) as {
    stories: { title: string; source: string; publishedAt: string }[];
  };
  const hanoiDay = (iso: string) => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10);
  return edition.stories.filter((s) => hanoiDay(s.publishedAt) === day).sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
}

/** What the media spy saw: captured handlers' names, silent audio, wake lock. */
export function mediaState(page: Page) {
  return page.evaluate(() => {
    const m = (window as unknown as { __media: MediaSpy }).__media;
    return {
      actions: Object.keys(m.handlers).sort(),
      audioPlaying: m.audioPlaying,
      wakeLock: { ...m.wakeLock },
      playbackState: navigator.mediaSession.playbackState,
      title: navigator.mediaSession.metadata?.title ?? null,
      artist: navigator.mediaSession.metadata?.artist ?? null,
      artwork: navigator.mediaSession.metadata?.artwork.map((a) => a.src) ?? [],
    };
  });
}

/** Presses a lock-screen or headset button. */
export function pressMedia(page: Page, action: string) {
  return page.evaluate((a) => (window as unknown as { __media: MediaSpy }).__media.handlers[a](), action);
}

/**
 * One online visit (the service worker installs and precaches the app), then the network goes and the page
 * reloads from the cache. Call `context.setOffline(false)` when done.
 */
export async function visitThenGoOffline(page: Page, context: BrowserContext): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('story-count')).toHaveText('32 stories on this device.');
}
