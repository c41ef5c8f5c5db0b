// The composed briefing in the browser: an event reported by two outlets is told once, with the other named;
// a briefing asked for in minutes speaks about that many minutes of words at rate 1.
import { readFileSync } from 'node:fs';
import { expect, importFeed, say, speechLog, test, waitForSpoken, type FeedItem } from './fixtures';
import type { Page } from '@playwright/test';

interface FixtureStory {
  id: string;
  source: string;
  lang: string;
  publishedAt: string;
  title: string;
  text: string;
}

const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../fixtures/briefing/${name}`, import.meta.url), 'utf8')) as T;
const { stories } = fixture<{ stories: FixtureStory[] }>('clusters.json');
const articles = fixture<{ id: string; lang: string; title: string; text: string }[]>('articles.json');
const WORDS_PER_MINUTE = { en: 160, vi: 190 } as const;

const asItem = (s: FixtureStory): FeedItem => ({ id: s.id, title: s.title, date: s.publishedAt, text: s.text, language: s.lang });
const story = (id: string) => {
  const found = stories.find((s) => s.id === id);
  if (!found) throw new Error(`no story ${id} in clusters.json`);
  return found;
};
/** Texts that started speaking since a log length `mark`. */
const spokenSince = async (page: Page, mark: number) =>
  (await speechLog(page)).slice(mark).filter((e) => e.type === 'start' && e.text.trim() !== '').map((e) => e.text);
const words = (texts: string[]) => texts.join(' ').split(/\s+/).filter(Boolean).length;

test('two outlets reporting the same launch make one story that names the other; two stories about one company stay two', async ({ page }) => {
  await page.goto('/');
  const ledger = [story('a-techledger-atlas5'), story('d-techledger-corvane-chip')];
  const wire = [story('a-aiwire-atlas5')];
  const digest = [story('d-eurodigest-corvane-fine')];
  for (const [title, items] of [['Tech Ledger', ledger], ['AI Wire', wire], ['Euro Digital Digest', digest]] as const) {
    expect(await importFeed(page, items.map(asItem), title)).toContain(`from ${title}`);
    await page.getByRole('button', { name: 'Dismiss' }).click();
  }

  const mark = await say(page, "what's the AI news today");
  await waitForSpoken(page, (t) => t === 'Three AI stories for today, Saturday, November 28.', mark);
  const also = await waitForSpoken(page, (t) => t.startsWith('Also reported by'), mark);
  // The richer report leads; the other outlet is named once, not told again.
  expect(['Also reported by AI Wire.', 'Also reported by Tech Ledger.']).toContain(also.text);
  await expect(page.getByTestId('also-reported')).toHaveText(also.text.replace(/\.$/, ''));
  await waitForSpoken(page, (t) => t.startsWith("That's the briefing."), mark, 20_000);

  const spoken = await spokenSince(page, mark);
  const headlines = spoken.filter((t) => /^(?:[A-Z][a-z ]*, )?from [^:]+: /i.test(t));
  expect(headlines, 'one headline per story').toHaveLength(3);
  const atlas = [story('a-techledger-atlas5').title, story('a-aiwire-atlas5').title];
  expect(headlines.filter((h) => atlas.some((title) => h.includes(title))), 'the launch told once').toHaveLength(1);
  expect(headlines.filter((h) => h.includes('Corvane')), 'a chip launch and a fine are different stories').toHaveLength(2);
  expect(spoken.filter((t) => t.startsWith('Also reported by'))).toEqual([also.text]);
});

for (const [lang, phrase, outro] of [
  ['en', 'give me a one-minute briefing', "That's the briefing."],
  ['vi', 'bản tin một phút', 'Bản tin đến đây là hết.'],
] as const) {
  test(`"${phrase}" speaks about a minute of words at rate 1`, async ({ page }) => {
    await page.goto(lang === 'en' ? '/' : '/?lang=vi');
    const items = articles
      .filter((a) => a.lang === lang)
      .map((a, i): FeedItem => ({ id: a.id, title: a.title, text: a.text, language: a.lang, date: `2026-11-28T0${i % 8}:${10 + i}:00+07:00` }));
    await importFeed(page, items, lang === 'en' ? 'Long Reads' : 'Bài Dài');

    const mark = await say(page, phrase);
    await waitForSpoken(page, (t) => t.startsWith(outro), mark, 20_000);
    const briefing = await spokenSince(page, mark);
    const count = words(briefing);
    const budget = WORDS_PER_MINUTE[lang];
    expect(briefing.length, 'several sentences were spoken').toBeGreaterThan(4);
    expect(count, `${count} words spoken for a ${budget}-word minute:\n${briefing.join('\n')}`).toBeGreaterThanOrEqual(Math.round(budget * 0.85));
    expect(count).toBeLessThanOrEqual(Math.round(budget * 1.15));
  });
}
