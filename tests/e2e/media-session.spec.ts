// Headset and lock-screen controls (Media Session), the silent keep-alive audio, and the screen wake lock.
import { expect, importFeed, mediaState, pressMedia, test, waitForSpoken } from './fixtures';

const STORIES = [
  { id: 'a', title: 'Chipmaker unveils a new AI accelerator', date: '2026-11-28T08:00:00+07:00' },
  { id: 'b', title: 'Lab releases an open reasoning model', date: '2026-11-28T07:00:00+07:00' },
];

test.use({ msPerChar: 20 });

test('the lock screen shows the story, and its buttons steer the briefing', async ({ page }) => {
  await page.goto('/');
  await importFeed(page, STORIES);
  await page.getByTestId('play-today').click();
  await waitForSpoken(page, (t) => t.includes(STORIES[0].title));
  await expect.poll(() => mediaState(page)).toMatchObject({
    actions: ['nexttrack', 'pause', 'play', 'previoustrack', 'seekbackward', 'seekforward', 'stop'],
    playbackState: 'playing',
    audioPlaying: true,
    title: STORIES[0].title,
    artist: 'Test Wire',
    wakeLock: { held: true },
  });
  expect((await mediaState(page)).artwork.some((src) => src.endsWith('/icons/icon-512.png'))).toBe(true);

  await pressMedia(page, 'nexttrack');
  await waitForSpoken(page, (t) => t.includes(STORIES[1].title));
  await expect.poll(async () => (await mediaState(page)).title).toBe(STORIES[1].title);

  await pressMedia(page, 'previoustrack');
  await waitForSpoken(page, (t) => t.includes(STORIES[0].title));

  await pressMedia(page, 'seekforward');
  await waitForSpoken(page, (t) => t.startsWith(`${STORIES[0].title} leads the news`));

  await pressMedia(page, 'pause');
  await expect(page.getByTestId('status')).toHaveText('Paused');
  await expect.poll(() => mediaState(page)).toMatchObject({ playbackState: 'paused', wakeLock: { held: false } });

  await pressMedia(page, 'play');
  await expect(page.getByTestId('status')).toHaveText('Speaking');
  await expect.poll(async () => (await mediaState(page)).wakeLock.held).toBe(true);

  await pressMedia(page, 'stop');
  await expect(page.getByTestId('status')).toHaveText('Ready');
  await expect.poll(() => mediaState(page)).toMatchObject({ playbackState: 'none', audioPlaying: false, title: null, wakeLock: { held: false } });
});

test('the play button on the lock screen starts today’s briefing when nothing plays', async ({ page }) => {
  await page.goto('/');
  await importFeed(page, STORIES);
  await pressMedia(page, 'play');
  await waitForSpoken(page, (t) => t === 'Two AI stories for today, Saturday, November 28.');
});
