// The whole loop by voice, in English and Vietnamese: ask, hear a title, next, go back, pause, continue.
import { expect, importFeed, say, speechLog, test, waitForSpoken, type FeedItem } from './fixtures';

const EN: FeedItem[] = [
  { id: 'a', title: 'Chipmaker unveils a new AI accelerator', date: '2026-11-28T08:00:00+07:00' },
  { id: 'b', title: 'Lab releases an open reasoning model', date: '2026-11-28T07:00:00+07:00' },
  { id: 'c', title: 'Regulators publish AI safety guidance', date: '2026-11-28T06:00:00+07:00' },
];

const VI: FeedItem[] = [
  { id: 'va', title: 'Ra mắt chip AI mới', date: '2026-11-28T08:00:00+07:00', language: 'vi', text: 'Một hãng chip vừa ra mắt bộ tăng tốc AI mới. Sản phẩm sẽ bán từ năm sau. Giá chưa được công bố.' },
  { id: 'vb', title: 'Mô hình suy luận mã nguồn mở', date: '2026-11-28T07:00:00+07:00', language: 'vi', text: 'Một phòng thí nghiệm công bố mô hình suy luận mới. Mô hình được phát hành miễn phí. Giới phân tích đánh giá cao.' },
  { id: 'vc', title: 'Hướng dẫn an toàn AI', date: '2026-11-28T06:00:00+07:00', language: 'vi', text: 'Cơ quan quản lý công bố hướng dẫn an toàn AI. Văn bản có hiệu lực từ tháng sau. Doanh nghiệp cần chuẩn bị sớm.' },
];

interface Words {
  brief: string;
  next: string;
  back: string;
  pause: string;
  resume: string;
  added: RegExp;
  lang: string;
}

const cases: [string, string, FeedItem[], Words][] = [
  ['English', '/', EN, { brief: "what's the AI news today", next: 'next', back: 'go back', pause: 'pause', resume: 'continue', added: /Added 3 stories/, lang: 'en-US' }],
  ['Vietnamese', '/?lang=vi', VI, { brief: 'tin AI hôm nay', next: 'tiếp', back: 'quay lại', pause: 'tạm dừng', resume: 'tiếp tục', added: /Đã thêm 3 tin/, lang: 'vi-VN' }],
];

for (const [name, url, items, w] of cases) {
  test.describe(`${name}`, () => {
    // Slow enough that "pause" can be said while a story's body is still being read, and that the card still shows
    // the first story when it is checked on a busy machine (the Vietnamese stories are three short sentences).
    test.use({ msPerChar: 35 });
    test(`${name}: ask for today's news, then next, go back, pause and continue by voice`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.goto(url);
      expect(await importFeed(page, items)).toMatch(w.added);
      const titles = items.map((i) => i.title);
      const storyOf = (text: string) => titles.findIndex((t) => text.includes(t));

      let mark = await say(page, w.brief);
      const first = await waitForSpoken(page, (t) => storyOf(t) >= 0, mark);
      const firstStory = storyOf(first.text);
      await expect(page.getByTestId('story-title')).toHaveText(titles[firstStory]);
      await expect(page.getByTestId('position')).toHaveText(name === 'English' ? '1 of 3' : '1 / 3');

      mark = await say(page, w.next);
      const second = await waitForSpoken(page, (t) => storyOf(t) >= 0, mark);
      expect(storyOf(second.text)).not.toBe(firstStory);

      mark = await say(page, w.back);
      const back = await waitForSpoken(page, (t) => storyOf(t) >= 0, mark);
      expect(storyOf(back.text)).toBe(firstStory);

      // Once the story's body is being read, pause by voice.
      await waitForSpoken(page, (t) => storyOf(t) < 0, mark);
      mark = await say(page, w.pause);
      const pausedStory = await page.getByTestId('story-title').textContent();
      const commandAt = await page.evaluate(() => performance.now());
      await expect(page.getByTestId('status')).toHaveText(name === 'English' ? 'Paused' : 'Đã tạm dừng');
      const log = await speechLog(page);
      const inFlight = log.slice(0, mark).filter((e) => e.type === 'speak').at(-1)!;
      const silenced = log.find((e) => e.text === inFlight.text && e.t >= inFlight.t && (e.type === 'cancel' || e.type === 'end'));
      expect(silenced, 'the sentence in flight was stopped').toBeDefined();
      expect(silenced!.t - commandAt, 'silenced within a second of the command').toBeLessThan(1000);
      await page.waitForTimeout(1500);
      expect((await speechLog(page)).slice(mark).filter((e) => e.type === 'start'), 'nothing is spoken while paused').toEqual([]);

      mark = await say(page, w.resume);
      const resumed = await waitForSpoken(page, () => true, mark);
      expect(resumed.text, 'continue re-speaks the interrupted sentence').toBe(inFlight.text);
      await expect(page.getByTestId('story-title'), 'inside the same story').toHaveText(pausedStory ?? '');

      const sessions = await page.evaluate(() => (window as unknown as { __recognition: { sessions: { lang: string; maxAlternatives: number }[] } }).__recognition.sessions);
      expect(new Set(sessions.map((s) => s.lang))).toEqual(new Set([w.lang]));
      expect(sessions.every((s) => s.maxAlternatives === 3)).toBe(true);
      const voices = new Set((await speechLog(page)).filter((e) => e.type === 'start' && titles.some((t) => e.text.includes(t))).map((e) => e.voice));
      expect(voices).toEqual(new Set([name === 'English' ? 'Fake English (US)' : 'Fake Vietnamese']));
    });
  });
}

test('a misheard first alternative falls back to the next one that parses', async ({ page }) => {
  await page.goto('/');
  await importFeed(page, EN);
  const mark = await say(page, 'watts the a eye newts', "what's the AI news today");
  await waitForSpoken(page, (t) => t === 'Three AI stories for today, Saturday, November 28.', mark);
  await expect(page.getByTestId('heard')).toHaveText("You said: “what's the AI news today”");
});

test('another assistant’s request gets a kind answer and no action; a stray word gets what can be said', async ({ page }) => {
  await page.goto('/');
  let mark = await say(page, "what's the weather like in Hanoi tomorrow");
  await waitForSpoken(page, (t) => t.startsWith('Sorry, I can only help with the news.'), mark);
  await expect(page.getByTestId('status')).toHaveText('Ready');
  mark = await say(page, 'blue');
  await waitForSpoken(page, (t) => t.startsWith("Sorry, I didn't catch that."), mark);
  await expect(page.getByTestId('status')).toHaveText('Ready');
});

test('Space starts listening when focus is not in a text field, and Talk interrupts speech', async ({ page }) => {
  await page.goto('/');
  await importFeed(page, EN);
  await page.getByTestId('play-today').click();
  await waitForSpoken(page, (t) => t.includes(EN[0].title));
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Space');
  await expect(page.getByTestId('talk')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('status')).toHaveText('Listening');
  const log = await speechLog(page);
  expect(log.at(-1)?.type === 'error' || log.some((e) => e.type === 'cancel')).toBe(true);
});
