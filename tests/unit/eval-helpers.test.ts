// The pure helpers of `npm run eval` on hand-written inputs: the wild-feed comparison, MASSIVE rows and topics,
// and how a measure is held against its floor.
import { describe, expect, it } from 'vitest';
import { annotatedTopic, massiveTestRows, topicFound } from '../../scripts/eval/commands-massive';
import { compareWild, type WildExpect } from '../../scripts/eval/feeds-wild';
import { countOf, rate } from '../../scripts/eval/report';

const FEED = `<rss version="2.0"><channel><title>T</title>
<item><title>First  &amp; best</title><link>https://news.example/1</link><pubDate>Sat, 28 Nov 2026 08:00:00 +0700</pubDate></item>
<item><title>Second</title><link>/2</link></item></channel></rss>`;
const row = (over: Partial<WildExpect> = {}): WildExpect => ({
  file: 'x.xml',
  items: 2,
  first_title: 'First & best',
  first_link: 'https://news.example/1',
  first_date: '2026-11-28T01:00:00Z',
  ...over,
});

describe('compareWild', () => {
  it('agrees on count, title (whitespace collapsed), link and date', () => {
    expect(compareWild(row(), FEED)).toEqual({ refusedAsExpected: null, misses: [], checked: ['items', 'title', 'link', 'date'] });
  });

  it('names each field that disagrees, allows an acceptable count, and skips a date expect.jsonl leaves null', () => {
    expect(compareWild(row({ items: 3, first_link: 'https://news.example/other', first_date: null }), FEED).misses).toEqual([
      'items 2 ≠ 3',
      'link "https://news.example/1" ≠ "https://news.example/other"',
    ]);
    expect(compareWild(row({ items: 3, items_acceptable: [2, 3] }), FEED).misses).toEqual([]);
    expect(compareWild(row({ first_date: null }), FEED).checked).toEqual(['items', 'title', 'link']);
  });

  it('wants a non-feed refused, and a feed read', () => {
    expect(compareWild(row({ expect_error: true }), '<html><body>hi</body></html>')).toMatchObject({ refusedAsExpected: true, misses: [] });
    expect(compareWild(row({ expect_error: true }), FEED)).toMatchObject({ refusedAsExpected: false, misses: ['read as a feed of 2 stories, not refused'] });
    expect(compareWild(row(), '{"items": [').misses[0]).toMatch(/^refused: .*not-json/);
  });
});

describe('MASSIVE helpers', () => {
  it('keeps only test rows, by column name', () => {
    const tsv = 'id\tpartition\tintent\tutterance\tannot_utt\n1\ttrain\tnews_query\ta\ta\n2\ttest\tnews_query\ttin [news_topic : bóng đá]\ttin [news_topic : bóng đá]\n';
    expect(massiveTestRows(tsv)).toEqual([{ intent: 'news_query', utterance: 'tin [news_topic : bóng đá]', annot: 'tin [news_topic : bóng đá]' }]);
  });

  it('reads the news_topic slot and compares topics without case or diacritics, containment either way', () => {
    expect(annotatedTopic('tin về [news_topic : Bóng Đá] [date : hôm nay]')).toBe('Bóng Đá');
    expect(annotatedTopic('tin [date : hôm nay]')).toBeNull();
    expect(topicFound('bong da', 'Bóng Đá')).toBe(true);
    expect(topicFound('bóng đá việt nam', 'bóng đá')).toBe(true);
    expect(topicFound('đá', 'bóng đá')).toBe(true);
    expect(topicFound(null, 'bóng đá')).toBe(false);
    expect(topicFound('chip', 'bóng đá')).toBe(false);
  });
});

describe('measures', () => {
  it('holds a rate against a floor from either side, or reports it', () => {
    expect(rate('r', 9, 10, { atLeast: 0.9 })).toEqual({ name: 'r', value: '90.0% (9/10)', floor: '≥ 90%', ok: true });
    expect(rate('r', 4, 100, { atMost: 0.03 }).ok).toBe(false);
    expect(rate('r', 1, 3).ok).toBeNull();
    expect(countOf('c', 55, 60, 55)).toEqual({ name: 'c', value: '55 of 60', floor: '≥ 55', ok: true });
    expect(countOf('c', 1, 2).ok).toBe(false);
  });
});
