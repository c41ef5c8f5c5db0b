// Learning on the device, in the real browser: skipping stories and asking for more about one are said in words in
// Settings ("You often skip: crypto. You ask for more on: chips."), kept across a reload, and forgotten with Reset.
import { expect, goTo, importFeed, say, test, waitForSpoken } from './fixtures';

const ITEMS = [
  { id: 't1', title: 'Bitcoin miners turn their crypto rigs to AI work', date: '2026-11-28T07:00:00+07:00' },
  { id: 't2', title: 'A crypto exchange adds an AI trading assistant', date: '2026-11-28T06:00:00+07:00' },
  { id: 't3', title: 'Nvidia unveils a new AI chip for phones', date: '2026-11-28T05:00:00+07:00' },
];

// A slower scripted voice, so each story is still being told when it is skipped.
test.use({ msPerChar: 40 });

test('skips and "tell me more" are said in Settings in words, kept across a reload, and forgotten with Reset', async ({ page }) => {
  await page.goto('/');
  await importFeed(page, ITEMS);
  await goTo(page, 'settings');
  await expect(page.getByTestId('taste-words')).toHaveText(/^Nothing yet\./);
  await expect(page.getByTestId('taste-reset')).toBeDisabled();

  let mark = await say(page, "what's the AI news today");
  // The ranker chooses the order: each crypto story is skipped before its summary ends; the chips story is asked
  // more about, twice.
  for (const opening of ['First', 'Next', 'And finally']) {
    const headline = await waitForSpoken(page, (t) => t.startsWith(`${opening}, from Test Wire: `), mark, 30_000);
    if (headline.text.includes('crypto')) {
      mark = await say(page, 'next');
      continue;
    }
    expect(headline.text).toContain('chip');
    mark = await say(page, 'tell me more');
    await waitForSpoken(page, () => true, mark);
    mark = await say(page, 'tell me more');
    await waitForSpoken(page, () => true, mark);
    // Not "next" here: that would skip it before its end, which counts against it. The briefing goes on by itself.
  }
  await page.getByTestId('stop').click();

  await goTo(page, 'settings');
  await expect(page.getByTestId('taste-words')).toHaveText('You often skip: crypto. You ask for more on: chips.');
  await page.reload();
  await goTo(page, 'settings');
  await expect(page.getByTestId('taste-words')).toHaveText('You often skip: crypto. You ask for more on: chips.');
  await page.getByTestId('taste-reset').click();
  await expect(page.getByTestId('taste-words')).toHaveText(/^Nothing yet\./);
});
