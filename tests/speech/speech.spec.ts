// The speaking engine against real speech synthesis (speech-dispatcher + espeak-ng): order, pause, speed, voices.
import { expect, importStories, openApp, pressMedia, realLog, say, test, waitForReal } from './fixtures';

const EN_STORY = {
  id: 'en',
  title: 'Chipmaker unveils a new accelerator',
  text:
    'A chipmaker unveiled a new accelerator for training large models on Friday. ' +
    'The company said the chip doubles the memory bandwidth of its previous generation. ' +
    'Shipments are expected to begin next spring, according to the announcement. ' +
    'Analysts said demand from cloud providers remains strong.',
};

const VI_STORY = {
  id: 'vi',
  title: 'Ra mắt chip AI mới',
  language: 'vi',
  text: 'Một hãng chip vừa ra mắt bộ tăng tốc AI mới. Sản phẩm sẽ được bán từ mùa xuân năm sau. Giá bán chưa được công bố.',
};

test('a Vietnamese story is spoken with a Vietnamese voice', async ({ page }) => {
  await openApp(page, '/?lang=vi');
  await importStories(page, [VI_STORY]);
  await page.getByTestId('play-today').click();
  const title = await waitForReal(page, 'start', (t) => t.includes(VI_STORY.title));
  expect(title.lang).toBe('vi-VN');
  expect(title.voiceLang?.toLowerCase().startsWith('vi')).toBe(true);
  await waitForReal(page, 'end', (t) => t.includes(VI_STORY.title));
});

test('pause stops speech within 300 ms, nothing more is spoken, and resume restarts the same sentence', async ({ page }) => {
  await openApp(page);
  await importStories(page, [EN_STORY]);
  await page.getByTestId('play-today').click();
  const body = await waitForReal(page, 'start', (t) => t.startsWith('The company said'));
  await page.waitForTimeout(600);
  const pressedAt = await page.evaluate(() => {
    const t = performance.now();
    (document.querySelector('[data-testid="pause-resume"]') as HTMLButtonElement).click();
    return t;
  });
  const stopped = await waitForReal(page, 'error', (t) => t === body.text);
  expect(stopped.error).toBe('interrupted');
  expect(stopped.t - pressedAt, 'ms from the command to the end of the sound').toBeLessThan(300);
  const mark = (await realLog(page)).length;
  await page.waitForTimeout(2000);
  expect((await realLog(page)).slice(mark).filter((e) => e.type === 'start')).toEqual([]);
  await page.getByRole('button', { name: 'Resume' }).click();
  const resumed = await waitForReal(page, 'start', () => true, mark);
  expect(resumed.text).toBe(body.text);
});

test('"faster" makes the next sentences measurably shorter', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await importStories(page, [EN_STORY]);
  await page.getByTestId('play-today').click();
  const sentence = 'The company said the chip doubles the memory bandwidth of its previous generation.';
  const slowEnd = await waitForReal(page, 'end', (t) => t === sentence);
  const slowStart = (await realLog(page)).filter((e) => e.type === 'start' && e.text === sentence).at(-1)!;
  let mark = await say(page, 'faster');
  await waitForReal(page, 'start', () => true, mark);
  mark = await say(page, 'faster');
  await waitForReal(page, 'start', () => true, mark);
  await expect(page.getByTestId('rate')).toHaveText('Speed 1.5×');
  mark = await say(page, 'repeat');
  const fastStart = await waitForReal(page, 'start', (t) => t === sentence, mark);
  const fastEnd = await waitForReal(page, 'end', (t) => t === sentence, mark);
  expect(fastStart.rate).toBe(1.5);
  const slow = slowEnd.t - slowStart.t;
  const fast = fastEnd.t - fastStart.t;
  console.log(`same sentence: ${Math.round(slow)} ms at 1×, ${Math.round(fast)} ms at 1.5× (ratio ${(fast / slow).toFixed(2)})`);
  expect(fast / slow).toBeLessThan(0.85);
});

test('headset and lock-screen buttons move the briefing: next, previous, pause', async ({ page }) => {
  await openApp(page);
  const second = { id: 'two', title: 'Lab releases an open reasoning model', text: 'The model is free to use. It was trained on public data. Results look strong.' };
  await importStories(page, [EN_STORY, second]);
  await page.getByTestId('play-today').click();
  // Which story comes first is the ranking's choice; follow the screen.
  const titles = [EN_STORY.title, second.title];
  await waitForReal(page, 'start', (t) => titles.some((x) => t.includes(x)));
  const first = (await page.getByTestId('story-title').textContent()) ?? '';
  const other = titles.find((t) => t !== first)!;
  let mark = (await realLog(page)).length;
  await pressMedia(page, 'nexttrack');
  await waitForReal(page, 'start', (t) => t.includes(other), mark);
  mark = (await realLog(page)).length;
  await pressMedia(page, 'previoustrack');
  const back = await waitForReal(page, 'start', (t) => t.includes(first), mark);
  await page.waitForTimeout(400);
  const pressedAt = await page.evaluate(() => performance.now());
  await pressMedia(page, 'pause');
  const stopped = await waitForReal(page, 'error', (t) => t === back.text, mark);
  expect(stopped.t - pressedAt).toBeLessThan(300);
  mark = (await realLog(page)).length;
  await page.waitForTimeout(1500);
  expect((await realLog(page)).slice(mark).filter((e) => e.type === 'start')).toEqual([]);
  await expect(page.getByTestId('status')).toHaveText('Paused');
});

const TOPICS = ['power', 'cooling', 'water', 'chips', 'jobs', 'land', 'grid', 'fibre', 'permits', 'security', 'tax', 'noise', 'roads'];
const LONG_SENTENCES = Array.from(
  { length: 26 },
  (_, i) => `Detail ${i + 1} of the data centre plan concerns ${TOPICS[i % TOPICS.length]}, and officials say it was reviewed twice.`,
);

test('a two-minute story is spoken in order, every sentence once, without stalling', async ({ page }) => {
  test.setTimeout(240_000);
  await openApp(page);
  await importStories(page, [{ id: 'long', title: 'A long data centre story', text: LONG_SENTENCES.join(' ') }]);
  await page.getByTestId('play-today').click();
  const title = await waitForReal(page, 'start', (t) => t.includes('A long data centre story'));
  const mark = await say(page, 'tell me more');
  await waitForReal(page, 'end', (t) => t === LONG_SENTENCES.at(-1), mark, 200_000);
  const log = (await realLog(page)).filter((e) => e.t >= title.t);
  const starts = log.filter((e) => e.type === 'start' && LONG_SENTENCES.includes(e.text));
  expect(starts.map((e) => e.text), 'each sentence once, in order').toEqual(LONG_SENTENCES);
  const ends = LONG_SENTENCES.map((s) => log.find((e) => e.type === 'end' && e.text === s));
  expect(ends.every(Boolean), 'every sentence ended normally (no watchdog, no error)').toBe(true);
  expect(log.filter((e) => e.type === 'error' && LONG_SENTENCES.includes(e.text))).toEqual([]);
  const gaps = LONG_SENTENCES.slice(1).map((_, i) => starts[i + 1].t - ends[i]!.t);
  const spoken = ends.at(-1)!.t - starts[0].t;
  console.log(`26 sentences in ${(spoken / 1000).toFixed(1)} s; largest gap between sentences ${Math.round(Math.max(...gaps))} ms`);
  expect(spoken).toBeGreaterThan(90_000);
  expect(Math.max(...gaps), 'no stall between sentences').toBeLessThan(1500);
});
