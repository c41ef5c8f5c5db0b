// Outlets by voice in the real browser: two feeds from two outlets added by address; "news from reuters" tells only
// Reuters' stories; an outlet no source or story is from gets a spoken answer naming the outlets there are, and
// nothing plays.
import { expect, say, speechLog, test, waitForSpoken } from './fixtures';
import { rss, startFeedServer } from './feed-server';

const TODAY = (hh: string) => `2026-11-28T${hh}:00:00+07:00`;

const REUTERS = ['Chip maker doubles its AI accelerator output', 'Regulators publish AI safety guidance'];
const CNN = ['Robotaxi fleet expands to three more cities', 'Open model tops the reasoning charts'];

test('"news from reuters" tells only Reuters’ stories; "news from the verge", with no such source, says so and plays nothing', async ({ page, feedOrigins }) => {
  test.setTimeout(60_000);
  const server = await startFeedServer({
    '/reuters.xml': { body: rss('Reuters', REUTERS.map((title, i) => ({ id: `r${i}`, title, date: TODAY(`0${8 - i}`) }))) },
    '/cnn.xml': { body: rss('CNN', CNN.map((title, i) => ({ id: `c${i}`, title, date: TODAY(`0${8 - i}`) }))) },
  });
  feedOrigins.push(server.origin);
  try {
    await page.goto('/#/sources');
    for (const [path, name] of [['/reuters.xml', 'Reuters'], ['/cnn.xml', 'CNN']]) {
      await page.getByLabel('Feed address').fill(server.url(path));
      await page.getByRole('button', { name: 'Add feed' }).click();
      await expect(page.getByTestId('notice')).toHaveText(new RegExp(`Added 2 stories from ${name}\\.`));
    }

    let mark = await say(page, 'news from the verge');
    const answer = await waitForSpoken(page, (t) => t.startsWith('I have nothing from'), mark);
    expect(answer.text).toMatch(/^I have nothing from the verge\. Your news comes from (CNN and Reuters|Reuters and CNN)\.$/);
    await expect(page.getByTestId('status')).toHaveText('Ready');
    await expect(page.getByTestId('story-title')).toHaveCount(0);

    mark = await say(page, 'news from reuters');
    await waitForSpoken(page, (t) => t === 'Two stories from Reuters, the latest from today.', mark);
    await waitForSpoken(page, (t) => t.startsWith("That's the briefing."), mark, 20_000);
    const spoken = (await speechLog(page)).slice(mark).filter((e) => e.type === 'start').map((e) => e.text);
    expect(REUTERS.every((title) => spoken.some((t) => t.includes(title))), 'every Reuters story told').toBe(true);
    expect(spoken.filter((t) => CNN.some((title) => t.includes(title)) || t.includes('from CNN')), 'no CNN story told').toEqual([]);
  } finally {
    await server.close();
  }
});
