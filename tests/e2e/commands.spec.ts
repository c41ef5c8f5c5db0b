// Every intent of the grammar, through the real app: topics, help, source, more, speed, near-misses, later features.
import { expect, goTo, importFeed, say, speechLog, test, waitForSpoken } from './fixtures';

const STORIES = [
  {
    id: 'a',
    title: 'Chipmaker unveils a new AI accelerator',
    date: '2026-11-28T08:00:00+07:00',
    text: 'A chipmaker unveiled an accelerator. It ships next year. Prices were not given. Analysts expect strong demand. Rivals are expected to respond.',
  },
  { id: 'b', title: 'Lab releases an open reasoning model', date: '2026-11-28T07:00:00+07:00' },
];

// Slow enough that "tell me more" can be said while the first story is still being read.
test.use({ msPerChar: 20 });

test('"news about DeepSeek" plays the sample stories about DeepSeek', async ({ page }) => {
  await page.goto('/');
  const mark = await say(page, 'news about DeepSeek');
  const intro = await waitForSpoken(page, (t) => t.startsWith('Here is the AI news about DeepSeek:'), mark);
  // The newest sample stories (3 February) name DeepSeek only deep in their text: the latest about it is from the 1st.
  expect(intro.text).toMatch(/^Here is the AI news about DeepSeek: \d+ stories, the latest from Saturday, February 1, 2025\.$/);
  await expect(page.getByTestId('story-title')).toBeVisible();
  const title = (await page.getByTestId('story-title').textContent()) ?? '';
  const spoken = (await speechLog(page)).filter((e) => e.type === 'speak').map((e) => e.text).join(' ');
  expect(`${title} ${spoken}`).toMatch(/DeepSeek/);
});

test('"tin về DeepSeek" does the same in Vietnamese, and an unknown topic is said to have no stories', async ({ page }) => {
  await page.goto('/?lang=vi');
  let mark = await say(page, 'tin về DeepSeek');
  await waitForSpoken(page, (t) => t.startsWith('Đây là tin AI về DeepSeek:'), mark);
  await page.getByTestId('stop').click();
  mark = await say(page, 'tin về máy giặt');
  // No story matches, so the answer says so and names topics that do have stories.
  const answer = await waitForSpoken(page, (t) => t.startsWith('Tôi không tìm thấy tin nào gần đây về máy giặt.'), mark);
  expect(answer.text).toMatch(/Hiện có tin về \S/);
});

test('help, source, more, save and replay answer out loud', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await importFeed(page, STORIES);
  let mark = await say(page, 'what can I say');
  await waitForSpoken(page, (t) => t.startsWith("You can say: what's the AI news today"), mark);

  mark = await say(page, "what's the AI news today");
  await waitForSpoken(page, (t) => t.includes(STORIES[0].title), mark);
  mark = await say(page, 'who reported that');
  await waitForSpoken(page, (t) => t === 'This story is from Test Wire, published today.', mark);
  // Back to the story; "tell me more" adds the sentences beyond the summary before the next story.
  await waitForSpoken(page, (t) => t.includes(STORIES[0].title) || (STORIES[0].text ?? '').includes(t), mark);
  mark = await say(page, 'tell me more');
  await waitForSpoken(page, (t) => t === 'Rivals are expected to respond.', mark);
  const log = (await speechLog(page)).filter((e) => e.type === 'start').map((e) => e.text);
  const rest = log.lastIndexOf('Rivals are expected to respond.');
  const nextTitle = log.findIndex((t) => t.includes(STORIES[1].title));
  expect(nextTitle === -1 || nextTitle > rest).toBe(true);

  mark = await say(page, 'save this');
  await waitForSpoken(page, (t) => /^Saved: .+\.$/.test(t), mark);
  await goTo(page, 'history');
  await expect(page.getByTestId('saved-list')).toHaveCount(1);
  mark = await say(page, 'replay the last briefing');
  await waitForSpoken(page, (t) => t === 'Good morning.', mark);
});

test('"faster" and "slower" change the speaking rate at once, and it is remembered', async ({ page }) => {
  await page.goto('/');
  await importFeed(page, STORIES);
  await page.getByTestId('play-today').click();
  await waitForSpoken(page, (t) => t.includes(STORIES[0].title));
  let mark = await say(page, 'faster');
  const faster = await waitForSpoken(page, () => true, mark);
  expect(faster.rate).toBe(1.25);
  await expect(page.getByTestId('rate')).toHaveText('Speed 1.25×');
  mark = await say(page, 'a bit faster please');
  expect((await waitForSpoken(page, () => true, mark)).rate).toBe(1.5);
  await page.reload();
  await expect(page.getByTestId('rate')).toHaveText('Speed 1.5×');
  await page.getByTestId('play-today').click();
  const afterReload = await waitForSpoken(page, () => true);
  expect(afterReload.rate).toBe(1.5);
  mark = await say(page, 'slow down');
  expect((await waitForSpoken(page, () => true, mark)).rate).toBe(1.25);
});

test('a near-miss like "nex" still moves on; Vietnamese typed without diacritics works', async ({ page }) => {
  await page.goto('/?lang=vi');
  await importFeed(page, STORIES);
  let mark = await say(page, 'tin ai hom nay');
  await waitForSpoken(page, (t) => t.includes(STORIES[0].title), mark);
  mark = await say(page, 'nex');
  await waitForSpoken(page, (t) => t.includes(STORIES[1].title), mark);
});

test('"stop after this story" by voice, and the sleep timer by voice and by the select', async ({ page }) => {
  await page.goto('/');
  await importFeed(page, STORIES);
  await page.getByTestId('play-today').click();
  await waitForSpoken(page, (t) => t.includes(STORIES[0].title));
  let mark = await say(page, 'stop after this story');
  await waitForSpoken(page, (t) => t === "I'll stop after this story.", mark);
  await expect(page.getByTestId('stop-after-story')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('status')).toHaveText('Ready', { timeout: 20_000 });
  expect((await speechLog(page)).slice(mark).some((e) => e.text.includes(STORIES[1].title))).toBe(false);

  mark = await say(page, 'set a sleep timer for 30 minutes');
  await waitForSpoken(page, (t) => t === "I'll stop in 30 minutes.", mark);
  await expect(page.getByTestId('sleep-timer')).toHaveValue('30');
  // The page clock is pinned at 09:00 in Hanoi.
  await expect(page.getByTestId('sleep-until')).toHaveText('Stops at 9:30 AM');
  await page.getByTestId('sleep-timer').selectOption('0');
  await expect(page.getByTestId('sleep-until')).toHaveCount(0);
});
