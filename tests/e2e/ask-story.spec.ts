// Asking about the story, in the real browser: a question while a story is told is answered from its full stored
// text (or "the story doesn't say"), the briefing goes on where it was, and after a reload a question is about the
// last story told.
import { expect, importFeed, say, test, waitForSpoken } from './fixtures';

const TERN = {
  id: 'tern',
  title: 'Brightfield unveils Tern, an AI delivery robot for apartment buildings',
  date: '2026-11-28T07:00:00+07:00',
  text:
    'Brightfield Labs unveiled Tern, an AI delivery robot for apartment buildings. ' +
    'Tern will go on sale in March at a price of $18,500, with a yearly software subscription of $240. ' +
    'The company was founded in Da Nang in 2021 and employs 140 people. ' +
    'Its chief technology officer, Linh Tran, said the robot can climb stairs.',
};

// A slower scripted voice, so the story is still being told when the question comes.
test.use({ msPerChar: 40 });

test('a question while a story is told is answered from the story, or declined, and the briefing goes on', async ({ page }) => {
  await page.goto('/');
  await importFeed(page, [TERN]);
  let mark = await say(page, "what's the AI news today");
  const told = await waitForSpoken(page, (t) => t.startsWith('From Test Wire: Brightfield'), mark);

  mark = await say(page, 'how much does it cost');
  await waitForSpoken(page, (t) => t === '$18,500', mark);
  // Then the briefing picks up the sentence the question interrupted (or the one after it).
  await waitForSpoken(page, (t) => t !== '$18,500' && !/doesn't say/.test(t), mark);
  await expect(page.getByTestId('story-title')).toHaveText(told.text.replace(/^From Test Wire: /, '').replace(/\.$/, ''));

  mark = await say(page, "who's the ceo");
  await waitForSpoken(page, (t) => t === "The story doesn't say.", mark);
  await page.getByTestId('stop').click();

  // After a reload nothing plays: the question is about the last story told, kept with History.
  await page.reload();
  mark = await say(page, 'where was the company founded');
  await waitForSpoken(page, (t) => /Da Nang/.test(t), mark);
});

test('with no story told yet, a question gets how to ask, and commands that look like questions stay commands', async ({ page }) => {
  await page.goto('/');
  let mark = await say(page, 'how much does it cost');
  await waitForSpoken(page, (t) => t === "Ask me about a story while it's being told. Say: what's the AI news today.", mark);
  mark = await say(page, 'what can I say');
  await waitForSpoken(page, (t) => t.startsWith('You can say:') && t.includes('ask about the story'), mark);
});
