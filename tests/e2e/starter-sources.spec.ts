// The first run in the real browser: the offer of the suggested AI sources on Now playing and by voice, never
// blocking; turned on, they are fetched (a local feed server stands in for the eleven sites) and "what's the AI news
// today" plays today's news; declined, the sample edition stays and the offer does not come back.
import { STARTER_FEEDS } from '../../src/domain/feed/starter-feeds';
import { expect, goTo, say, speechLog, test, waitForSpoken } from './fixtures';
import { rss, startFeedServer } from './feed-server';

const SUBJECTS = ['robot arms', 'protein folding', 'chip exports', 'speech models', 'coding agents', 'weather forecasts', 'drug discovery', 'ocean maps', 'legal search', 'tutoring', 'farm drones'];

test('turning on the suggested sources fetches them from their sites and today\'s news plays', async ({ page, context }) => {
  const routes: Parameters<typeof startFeedServer>[0] = {};
  STARTER_FEEDS.forEach((f, i) => {
    const subject = SUBJECTS[i];
    routes[`/feed-${i}.xml`] = {
      body: rss(f.title, [
        {
          id: `s${i}`,
          link: `https://source-${i}.example/${i}`,
          title: `${f.title}: an AI system for ${subject}`,
          date: '2026-11-28T07:30:00+07:00',
          description: `<p>A new AI system for ${subject} was shown on Friday.</p><p>Its makers say ${subject} will change next year.</p>`,
        },
      ]),
    };
  });
  const server = await startFeedServer(routes);
  // The app asks its own /api/feed route for each site's feed; here the local server answers for the site.
  const asked: string[] = [];
  await context.route('**/api/feed?*', async (route) => {
    const url = new URL(route.request().url()).searchParams.get('url') ?? '';
    const i = STARTER_FEEDS.findIndex((f) => f.url === url);
    if (i < 0) return route.fulfill({ status: 502, contentType: 'application/json', body: JSON.stringify({ error: 'unreachable', message: 'not a stand-in' }) });
    asked.push(url);
    await route.fulfill({ response: await route.fetch({ url: server.url(`/feed-${i}.xml`) }) });
  });
  try {
    await page.goto('/');
    const card = page.getByTestId('starter-card');
    await expect(card).toBeVisible();
    await expect(card).toContainText('Turn on 11 suggested AI news sources? Earshot fetches their feeds from those sites');
    await card.getByText('Which sources').click();
    await expect(card.getByRole('listitem')).toHaveCount(STARTER_FEEDS.length);
    await expect(card.getByRole('listitem').first()).toHaveText('OpenAI News openai.com');

    // Never blocking: the briefing plays while the offer is shown, and says it out loud.
    await page.getByTestId('play-today').click();
    await waitForSpoken(page, (t) => t === 'This is the sample edition.');
    await page.getByTestId('stop').click();
    await expect(card).toBeVisible();

    await card.getByRole('button', { name: 'Turn them on' }).click();
    await expect(card).toHaveCount(0);
    await waitForSpoken(page, (t) => t === 'Turning on eleven AI news sources and fetching their feeds from their sites.');
    await waitForSpoken(page, (t) => t === 'Eleven sources are in. Say "what\'s the AI news today" to hear today\'s news.', 0, 20_000);
    expect(asked.sort()).toEqual(STARTER_FEEDS.map((f) => f.url).sort());

    const mark = await say(page, "what's the AI news today");
    await waitForSpoken(page, (t) => /^Ten AI stories for today, Saturday, November 28, the top 10 of 11\.$/.test(t), mark);
    const first = await waitForSpoken(page, (t) => t.startsWith('First, from '), mark);
    expect(first.text).toMatch(/: an AI system for /);
    await page.getByTestId('stop').click();

    await goTo(page, 'sources');
    await expect(page.getByTestId('source')).toHaveCount(STARTER_FEEDS.length);
    // Remembered: after a reload the offer is not made again, not even in the prerendered first screen.
    await page.goto('/');
    await expect(page.getByTestId('talk')).toBeEnabled();
    await expect(page.locator('.starter-card:visible')).toHaveCount(0);
  } finally {
    await server.close();
  }
});

test('"keep the sample" by voice ends the offer, for good; the briefing then says nothing of it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('starter-card')).toBeVisible();
  let mark = await say(page, 'no thanks, keep the sample');
  await waitForSpoken(page, (t) => t === 'Keeping the sample edition. You can turn on sources any time in Sources.', mark);
  await expect(page.getByTestId('starter-card')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('talk')).toBeEnabled();
  await expect(page.locator('.starter-card:visible')).toHaveCount(0);
  mark = await say(page, "what's the AI news today");
  await waitForSpoken(page, (t) => t.startsWith('First, from ') || t.startsWith('Đầu tiên, theo '), mark);
  const said = (await speechLog(page)).slice(mark).map((e) => e.text);
  expect(said.join(' ')).not.toContain('sample edition');
});
