// The Stories screen in the browser: Today, By day and By topic list what was imported (days relative to the fixed
// clock, Saturday 28 November 2026, 09:00 in Hanoi); the search box narrows the view (Vietnamese typed without
// diacritics too); choosing a story speaks its title first and "next" goes on to the story after it in the list;
// all of it with the keyboard alone as well.
import type { Page } from '@playwright/test';
import { expect, goTo, importFeed, speechLog, test, waitForSpoken, type FeedItem } from './fixtures';

/** Three days with stories: today (one in Vietnamese), yesterday, and Wednesday. Names for topics inside the headlines. */
const STORIES: FeedItem[] = [
  { id: 't1', title: 'Chipmaker Nvidia unveils a faster AI chip', date: '2026-11-28T08:00:00+07:00' },
  { id: 't2', title: 'Why DeepSeek released a new reasoning model', date: '2026-11-28T07:00:00+07:00' },
  {
    id: 't3',
    title: 'Cổ phiếu Nvidia tăng mạnh nhờ chip AI',
    date: '2026-11-28T06:00:00+07:00',
    language: 'vi',
    text: 'Cổ phiếu Nvidia tăng mạnh trong phiên sáng nay. Giới đầu tư kỳ vọng vào chip AI mới. Các hãng bán dẫn khác cũng tăng.',
  },
  { id: 'y1', title: 'OpenAI and Nvidia sign a chip deal', date: '2026-11-27T20:00:00+07:00' },
  { id: 'y2', title: 'Users make DeepSeek the top free app', date: '2026-11-27T10:00:00+07:00' },
  { id: 'o1', title: 'Paris lab Mistral releases a small open model', date: '2026-11-25T12:00:00+07:00' },
  { id: 'o2', title: 'Regulators question DeepSeek over data', date: '2026-11-25T09:00:00+07:00' },
];
const title = (id: string) => STORIES.find((s) => s.id === id)!.title;

const rows = (page: Page) => page.getByTestId('stories-panel').getByTestId('story-row');
const rowTitles = (page: Page) => rows(page).locator('.story-row-title');
const groupHeadings = (page: Page) => page.getByTestId('stories-panel').getByRole('heading', { level: 3 });

/** Opens the app with only the stories above on the device (the sample edition cleared), on the Stories screen. */
async function openWithStories(page: Page, lang: '' | '?lang=vi' = '') {
  await page.goto(`/${lang}`);
  await expect(page.getByTestId('story-count')).toHaveText(/32/);
  await goTo(page, 'settings');
  await page.getByTestId('clear-stories').click();
  await page.getByTestId('clear-stories').click();
  await expect(page.getByTestId('story-count')).toHaveText(/^0 (stories|tin)/);
  await importFeed(page, STORIES);
  await expect(page.getByTestId('story-count')).toHaveText(/\b7\b/);
  await goTo(page, 'stories');
}

test('Today, By day and By topic list the stories; the search narrows the view shown, Vietnamese without diacritics too', async ({ page }) => {
  await openWithStories(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Stories', exact: true })).toBeFocused();
  await expect(page).toHaveTitle('Stories · Earshot');

  // Today: today's stories, newest first; the Vietnamese one says its language; each says its source and age.
  const tabs = page.getByRole('tablist', { name: 'Show stories' });
  await expect(tabs.getByRole('tab')).toHaveText(['Today', 'By day', 'By topic']);
  await expect(tabs.getByRole('tab', { name: 'Today' })).toHaveAttribute('aria-selected', 'true');
  await expect(rowTitles(page)).toHaveText([title('t1'), title('t2'), title('t3')]);
  await expect(rows(page).first()).toContainText('Test Wire · 1 hour ago');
  await expect(rows(page).nth(2)).toContainText('Test Wire · 3 hours ago · Vietnamese');
  await expect(rows(page).first().getByTestId('story-row-lang')).toHaveCount(0);
  await expect(rows(page).nth(2).locator('.story-row-title')).toHaveAttribute('lang', 'vi');

  // By day: days under their headings, newest first.
  await tabs.getByRole('tab', { name: 'By day' }).click();
  await expect(page.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', 'stories-tab-days');
  await expect(groupHeadings(page)).toHaveText(['Today 3 stories', 'Yesterday 2 stories', 'Wednesday, November 25 2 stories']);
  await expect(rowTitles(page)).toHaveText(['t1', 't2', 't3', 'y1', 'y2', 'o1', 'o2'].map(title));
  await expect(page.getByTestId('show-older')).toHaveCount(0);

  // By topic: names two or more headlines share, each with its count, largest first (Nvidia also in the Vietnamese one).
  await tabs.getByRole('tab', { name: 'By topic' }).click();
  await expect(groupHeadings(page)).toHaveText(['DeepSeek 3 stories', 'Nvidia 3 stories', 'AI 2 stories']);
  const nvidia = page.getByTestId('story-topic').filter({ has: page.getByRole('heading', { name: /^Nvidia/ }) });
  await expect(nvidia.locator('.story-row-title')).toHaveText([title('t1'), title('t3'), title('y1')]);

  // Search: the topic view keeps the groups that have a match; a polite line counts them.
  const search = page.getByRole('searchbox', { name: 'Search stories' });
  await search.fill('deepseek');
  await expect(groupHeadings(page)).toHaveText(['DeepSeek 3 stories']);
  await expect(page.getByTestId('story-search-status')).toHaveText('3 stories match “deepseek”.');
  await expect(page.getByTestId('story-search-status')).toHaveAttribute('role', 'status');

  // The view changes, the words stay: By day shows the days that have a match.
  await tabs.getByRole('tab', { name: 'By day' }).click();
  await expect(groupHeadings(page)).toHaveText(['Today 1 story', 'Yesterday 1 story', 'Wednesday, November 25 1 story']);
  await expect(rowTitles(page)).toHaveText([title('t2'), title('y2'), title('o2')]);

  // Vietnamese typed without diacritics finds "Cổ phiếu … tăng mạnh".
  await search.fill('co phieu tang');
  await expect(rowTitles(page)).toHaveText([title('t3')]);
  await expect(page.getByTestId('story-search-status')).toHaveText('1 story matches “co phieu tang”.');

  // Nothing found: said plainly, and Clear search brings every story back (focus back in the box).
  await search.fill('quantum teleport');
  await expect(page.getByTestId('no-match')).toContainText('No stories match “quantum teleport”.');
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByTestId('story-search-status')).toHaveText('No stories match “quantum teleport”.');
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('');
  await expect(rows(page)).toHaveCount(7);
  await expect(page.getByTestId('story-search-status')).toHaveText('');
});

test.describe('playing from the list', () => {
  // A slow voice, so the first story is still being told when "next" is pressed.
  test.use({ msPerChar: 30 });

  test('choosing a story speaks its title first, "next" tells the story after it in the list, and the list marks it', async ({ page }) => {
    await page.goto('/');
    await importFeed(page, STORIES);
    await goTo(page, 'stories');
    await page.getByRole('tab', { name: 'By day' }).click();
    const mark = (await speechLog(page)).length;
    await rows(page).filter({ hasText: title('t2') }).click();

    // The app goes to Now playing, where the caption and the controls are; the picked story comes first.
    await expect(page.getByTestId('screen-now')).toBeVisible();
    await expect(page.getByTestId('screen-heading')).toBeFocused();
    await expect(page.getByTestId('screen-heading')).toHaveText('Now playing');
    const first = await waitForSpoken(page, () => true, mark);
    expect(first.text).toBe(`${title('t2')}. From Test Wire.`);
    await expect(page.getByTestId('story-title')).toHaveText(title('t2'));
    await expect(page.getByTestId('position')).toHaveText(/^1 of \d+$/);

    // L (next): the story after it in the By day list, the Vietnamese one, in Vietnamese.
    const beforeNext = (await speechLog(page)).length;
    await page.keyboard.press('l');
    const second = await waitForSpoken(page, () => true, beforeNext);
    expect(second).toMatchObject({ text: `${title('t3')}. Theo Test Wire.`, lang: 'vi-VN' });
    await expect(page.getByTestId('position')).toHaveText(/^2 of \d+$/);

    // Back on Stories, the story being told is marked (and only it), in the view and words left there.
    await goTo(page, 'stories');
    await expect(page.getByRole('tab', { name: 'By day' })).toHaveAttribute('aria-selected', 'true');
    const current = page.getByTestId('stories-panel').locator('[aria-current="true"]');
    await expect(current).toHaveCount(1);
    await expect(current).toContainText(title('t3'));
    await expect(current).toContainText('Playing');
    // Still the same briefing: nothing was restarted by coming back.
    await expect(page.getByRole('navigation').getByTestId('nav-now')).toBeVisible();
    expect((await speechLog(page)).slice(beforeNext).filter((e) => e.type === 'start' && e.text.includes(title('t2')))).toEqual([]);
  });

  test('with the keyboard alone: search, arrow keys between the views (no shortcut fires), Enter plays, L goes on', async ({ page }) => {
    await page.goto('/');
    await importFeed(page, STORIES);
    await goTo(page, 'stories');
    const mark = (await speechLog(page)).length;

    // From the focused heading, Tab reaches the search box; typed letters are words, not shortcuts (L, K, J…).
    await expect(page.getByRole('heading', { level: 2, name: 'Stories' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('story-search')).toBeFocused();
    await page.keyboard.type('deepseek');
    // Tab to the selected tab; → moves to By day, → By topic, → wraps to Today, End to By topic, Home to Today.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('tab', { name: 'Today' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'By day' })).toBeFocused();
    await expect(page.getByRole('tab', { name: 'By day' })).toHaveAttribute('aria-selected', 'true');
    // Ours first (the sample edition's older days follow).
    await expect(rowTitles(page).nth(0)).toHaveText(title('t2'));
    await expect(rowTitles(page).nth(1)).toHaveText(title('y2'));
    await expect(rowTitles(page).nth(2)).toHaveText(title('o2'));
    for (const [key, tab] of [
      ['ArrowRight', 'By topic'],
      ['ArrowRight', 'Today'],
      ['ArrowLeft', 'By topic'],
      ['Home', 'Today'],
      ['End', 'By topic'],
      ['ArrowLeft', 'By day'],
    ] as const) {
      await page.keyboard.press(key);
      await expect(page.getByRole('tab', { name: tab })).toBeFocused();
      await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    }
    await expect(page.getByRole('tab', { selected: true })).toHaveCount(1);
    // The arrows moved the tabs only: the app's previous/next shortcuts would have said "Nothing is playing".
    expect((await speechLog(page)).slice(mark).filter((e) => e.type === 'start' && e.text.trim() !== '')).toEqual([]);

    // Tab into the panel and on to the second story of the list; Enter plays it.
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('stories-panel')).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(rows(page).nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    const first = await waitForSpoken(page, () => true, mark);
    expect(first.text).toBe(`${title('y2')}. From Test Wire.`);
    // L: the next story of the searched list, not of the whole day.
    const beforeNext = (await speechLog(page)).length;
    await page.keyboard.press('l');
    expect((await waitForSpoken(page, () => true, beforeNext)).text).toBe(`${title('o2')}. From Test Wire.`);
  });
});

test('nothing today: Today says so and offers By day; older days load on request; the words follow the language', async ({ page }) => {
  // Today's story is not imported: Wednesday's and Thursday's are, beside the sample edition (seven days of 2025).
  await page.goto('/');
  await importFeed(page, STORIES.filter((s) => !s.date.startsWith('2026-11-28')));
  await goTo(page, 'stories');
  await expect(page.getByTestId('none-today')).toContainText('No stories from today yet.');
  await page.getByRole('button', { name: 'See stories by day' }).click();
  await expect(page.getByRole('tab', { name: 'By day' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'By day' })).toHaveAttribute('aria-selected', 'true');

  // The latest 7 days that have stories: ours, then the sample edition's newest five (the year said, it is not this one).
  const headings = groupHeadings(page);
  await expect(headings).toHaveCount(7);
  await expect(headings.nth(0)).toHaveText('Yesterday 2 stories');
  await expect(headings.nth(1)).toHaveText('Wednesday, November 25 2 stories');
  await expect(headings.nth(2)).toHaveText('Monday, February 3, 2025 8 stories');
  const monday = page.getByTestId('story-day').nth(2);
  await expect(monday.getByTestId('story-row')).toHaveCount(8);

  // The two oldest sample days come on request; focus goes to the first of them.
  await page.getByTestId('show-older').click();
  await expect(headings).toHaveCount(9);
  await expect(headings.nth(7)).toBeFocused();
  await expect(headings.nth(7)).toHaveText('Wednesday, January 29, 2025 5 stories');
  await expect(headings.nth(8)).toHaveText('Tuesday, January 28, 2025 4 stories');
  await expect(page.getByTestId('show-older')).toHaveCount(0);

  // Vietnamese without a reload: the heading, the views, the days, the ages and the languages.
  await page.getByTestId('lang-vi').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Tin tức' })).toBeVisible();
  await expect(page.getByRole('tablist', { name: 'Cách xem tin' }).getByRole('tab')).toHaveText(['Hôm nay', 'Theo ngày', 'Theo chủ đề']);
  await expect(headings.nth(0)).toHaveText('Hôm qua 2 tin');
  await expect(headings.nth(2)).toHaveText('Thứ Hai, 3 tháng 2, 2025 8 tin');
  await expect(page.getByRole('searchbox', { name: 'Tìm tin' })).toBeVisible();
  const english = rows(page).filter({ hasText: title('y1') });
  await expect(english).toContainText('Test Wire · 13 giờ trước · Tiếng Anh');
  await expect(page.getByRole('navigation', { name: 'Các màn hình' }).getByRole('link', { name: 'Tin tức' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('tab', { name: 'Hôm nay' }).click();
  await expect(page.getByTestId('none-today')).toContainText('Hôm nay chưa có tin nào.');
  await page.getByRole('searchbox', { name: 'Tìm tin' }).fill('xyz');
  await page.getByRole('tab', { name: 'Theo ngày' }).click();
  await expect(page.getByTestId('no-match')).toContainText('Không có tin nào khớp với “xyz”.');
});

test('a long day shows 10 stories, then "Show more" adds the rest and takes focus to the first of them', async ({ page }) => {
  const many = Array.from({ length: 12 }, (_, i) => ({ id: `m${i}`, title: `Model release number ${i + 1}`, date: `2026-11-27T${String(20 - i).padStart(2, '0')}:00:00+07:00` }));
  await page.goto('/');
  await importFeed(page, many);
  await goTo(page, 'stories');
  await page.getByRole('tab', { name: 'By day' }).click();
  const yesterday = page.getByTestId('story-day').first();
  await expect(yesterday.getByRole('heading')).toHaveText('Yesterday 12 stories');
  await expect(yesterday.getByTestId('story-row')).toHaveCount(10);
  await yesterday.getByRole('button', { name: 'Show more (2 more)' }).click();
  await expect(yesterday.getByTestId('story-row')).toHaveCount(12);
  await expect(yesterday.getByTestId('story-row').nth(10)).toBeFocused();
  await expect(yesterday.getByTestId('story-row').nth(10)).toContainText('Model release number 11');
  await expect(yesterday.getByTestId('show-more')).toHaveCount(0);
});
