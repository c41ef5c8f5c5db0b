import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text/sentences';
import { countWords } from './pace';
import { leadSummary, NEAR_DUPLICATE, summarize, wordBudget } from './summarize';

interface Article {
  id: string;
  lang: 'en' | 'vi';
  title: string;
  text: string;
}

const articles = JSON.parse(readFileSync(new URL('../../../tests/fixtures/briefing/articles.json', import.meta.url), 'utf8')) as Article[];

/** The near-duplicate pairs documented in tests/fixtures/briefing/README.md: a lead fact and its rewording at the end. */
const NEAR_DUPLICATES: [string, number, string][] = [
  ['a01', 0, 'The lab said its new model rivals'],
  ['a04', 0, 'It said companies should tell people clearly'],
  ['a07', 0, 'It also confirmed that it is examining'],
  ['a10', 0, 'The company plans to put around 7 billion'],
  ['a11', 1, 'Khoản vốn 6 triệu USD vừa huy động'],
  ['a15', 0, 'Cơ quan này một lần nữa nhấn mạnh'],
];

describe('summarize', () => {
  it.each(articles.map((a) => [a.id, a] as const))('%s fits its 25-second budget within ±10%%', (_id, a) => {
    const s = summarize(a.text, { lang: a.lang, seconds: 25 });
    expect(s.budget).toBe(wordBudget(a.lang, 25));
    expect(Math.abs(s.words - s.budget) / s.budget).toBeLessThanOrEqual(0.1);
  });

  it.each([40, 60])('fits longer budgets too (%s s), and faster speech fits more words', (seconds) => {
    for (const a of articles) {
      const s = summarize(a.text, { lang: a.lang, seconds });
      expect({ id: a.id, ok: Math.abs(s.words - s.budget) / s.budget <= 0.1 }).toEqual({ id: a.id, ok: true });
    }
    const a = articles[0];
    expect(summarize(a.text, { lang: a.lang, seconds, rate: 1.5 }).budget).toBe(wordBudget(a.lang, seconds, 1.5));
    expect(wordBudget(a.lang, seconds, 1.5)).toBeGreaterThan(wordBudget(a.lang, seconds));
  });

  it('below one lead sentence of budget (15 s), says just the lead: whole sentences only', () => {
    for (const a of articles) {
      const s = summarize(a.text, { lang: a.lang, seconds: 15 });
      const lead = countWords(splitSentences(a.text, a.lang)[0], a.lang);
      expect({ id: a.id, ok: s.words <= Math.max(s.budget * 1.1, lead) }).toEqual({ id: a.id, ok: true });
    }
  });

  it('never splits a sentence, keeps article order, and tells the rest for "more"', () => {
    for (const a of articles) {
      const all = splitSentences(a.text, a.lang);
      const s = summarize(a.text, { lang: a.lang });
      const positions = s.sentences.map((x) => all.indexOf(x));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect(positions).toEqual([...positions].sort((x, y) => x - y));
      expect([...s.sentences, ...s.rest].sort()).toEqual([...all].sort());
    }
  });

  it('keeps the informative lead sentence', () => {
    for (const a of articles) expect(summarize(a.text, { lang: a.lang }).sentences[0]).toBe(splitSentences(a.text, a.lang)[0]);
  });

  it.each(NEAR_DUPLICATES)('%s: never says a fact and its rewording both, even with time for both', (id, leadIndex, rewordingStart) => {
    const a = articles.find((x) => x.id.startsWith(id))!;
    const all = splitSentences(a.text, a.lang);
    const rewording = all.find((x) => x.startsWith(rewordingStart));
    expect(rewording, 'the fixture still holds the rewording').toBeDefined();
    for (const seconds of [25, 60, 90]) {
      const chosen = summarize(a.text, { lang: a.lang, seconds }).sentences;
      expect({ seconds, both: chosen.includes(all[leadIndex]) && chosen.includes(rewording!) }).toEqual({ seconds, both: false });
    }
    expect(NEAR_DUPLICATE).toBeLessThan(1);
  });

  it('skips a lead that says nothing, and returns at least one sentence for a tiny budget', () => {
    const s = summarize('Updated 10:00. The chipmaker cut prices by half on Monday. Shares rose five percent.', { lang: 'en', seconds: 5 });
    expect(s.sentences[0]).toBe('The chipmaker cut prices by half on Monday.');
    expect(summarize(articles[0].text, { lang: 'en', seconds: 0 }).sentences).toHaveLength(1);
  });

  it('counts Vietnamese by syllables', () => {
    expect(countWords('Trí tuệ nhân tạo đang phát triển.', 'vi')).toBe(7);
  });
});

describe('the lead-N baseline', () => {
  it('takes the first sentences while they fit', () => {
    const a = articles[0];
    const lead = leadSummary(a.text, { lang: a.lang });
    expect(lead.sentences).toEqual(splitSentences(a.text, a.lang).slice(0, lead.sentences.length));
    expect(lead.words).toBeLessThanOrEqual(Math.ceil(lead.budget * 1.1));
  });
});
