// The feed reader on hand-written RSS fixtures (tests/fixtures/feeds, see its README): whole files in the encodings and
// shapes real feeds come in, each read to the exact stories it holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_NOW, fixtureFeed } from '../support/feed-fixture';
import { decodeWindows1252AsBrowsersDo } from '../support/windows-1252';

let undo: () => void;
beforeAll(() => {
  undo = decodeWindows1252AsBrowsersDo();
});
afterAll(() => undo());

const at = (iso: string) => Date.parse(iso);

describe('RSS 2.0 (rss2-quirks.xml)', () => {
  it('reads CDATA, entities, HTML in titles, xml:base, a permalink guid and four kinds of date', () => {
    const feed = fixtureFeed('rss2-quirks.xml');
    expect(feed).toMatchObject({ title: 'Norvale & Halden Daily', siteUrl: 'https://news.example/', lang: 'en', skipped: 0 });
    const source = 'Norvale & Halden Daily';
    expect(feed.stories).toEqual([
      {
        id: 'https://news.example/::norvale-atlas-5',
        title: 'Norvale’s Atlas-5 model doubles its context',
        source,
        url: 'https://news.example/ai/2026/11/atlas-5',
        publishedAt: at('2026-11-28T13:15:00Z'),
        lang: 'en',
        text: 'The lab said the model reads one million tokens & costs less.\n\nIt ships in December.',
      },
      {
        id: 'https://news.example/::https://news.example/2026/11/orion-7?utm_source=rss&ref=feed',
        title: "Chips cool down: Halden's Orion-7 & the grid",
        source,
        url: 'https://news.example/2026/11/orion-7?utm_source=rss&ref=feed',
        publishedAt: at('2026-11-28T00:05:00Z'),
        lang: 'en',
        text: 'Halden Compute said its chip uses 30% less power.\n\nDeliveries start in March.',
      },
      {
        id: 'https://news.example/::https://news.example/2026/11/guid-only',
        title: 'A permalink guid is the only link',
        source,
        url: 'https://news.example/2026/11/guid-only',
        publishedAt: at('2026-11-28T02:30:00Z'),
        lang: 'en',
        text: 'Regulators in a European country published guidance on labelling chatbots.',
      },
      {
        id: 'https://news.example/::https://news.example/robots/warehouse-trial',
        title: 'No date at all',
        source,
        url: 'https://news.example/robots/warehouse-trial',
        publishedAt: FIXTURE_NOW,
        lang: 'en',
        text: 'A parcel company expanded its warehouse robot trial.',
      },
    ]);
  });
});

describe('legacy encodings and old RSS', () => {
  it('RSS 0.91 declared windows-1252: curly quotes, dash and euro sign read as such', () => {
    const feed = fixtureFeed('rss091-windows-1252.xml');
    expect(feed.title).toBe('Café Tech – Weekly');
    expect(feed.stories).toEqual([
      {
        id: 'http://cafe.example/::http://cafe.example/assistants',
        title: '“Smart” assistants cost €5 a month',
        source: 'Café Tech – Weekly',
        url: 'http://cafe.example/assistants',
        publishedAt: FIXTURE_NOW,
        lang: 'en',
        text: 'The start-up’s plan costs €5 – less than a coffee.',
      },
    ]);
  });

  it('RSS 0.92 in ISO-8859-1 with its items straight under <rss>', () => {
    const feed = fixtureFeed('rss092-no-channel-iso-8859-1.xml');
    expect(feed).toMatchObject({ title: 'Imported feed', siteUrl: '', skipped: 0 });
    expect(feed.stories.map((s) => [s.title, s.url, s.text])).toEqual([
      ['München lädt zur KI-Woche', 'http://stadt.example/ki-woche', 'Die Stadt öffnet ihre Labore © 2026.'],
      ['Grüße aus dem Rechenzentrum', 'http://stadt.example/rechenzentrum', ''],
    ]);
  });

  it('UTF-16 little-endian with a byte-order mark, in Vietnamese', () => {
    const feed = fixtureFeed('rss2-utf16le-bom.xml');
    expect(feed).toMatchObject({ title: 'Tin Công Nghệ', lang: 'vi' });
    expect(feed.stories).toEqual([
      {
        id: 'https://tin.example/::https://tin.example/ai-nong-nghiep',
        title: 'Trí tuệ nhân tạo giúp nông dân đồng bằng sông Cửu Long',
        source: 'Tin Công Nghệ',
        url: 'https://tin.example/ai-nong-nghiep',
        publishedAt: at('2026-11-28T02:00:00Z'),
        lang: 'vi',
        text: 'Máy bay không người lái và AI theo dõi ruộng lúa.',
      },
    ]);
  });

  it('no declaration and bytes that are not UTF-8: read as windows-1252', () => {
    const feed = fixtureFeed('rss2-undeclared-1252.xml');
    expect(feed.title).toBe('Naïve Bytes');
    expect(feed.stories.map((s) => [s.title, s.publishedAt])).toEqual([['Résumé bots ’screen’ applicants', at('2026-11-27T16:45:00Z')]]);
  });
});

describe('dates as feeds write them (odd-dates.xml)', () => {
  it('reads each item’s date, and dates the one that is no date "now"', () => {
    expect(fixtureFeed('odd-dates.xml').stories.map((s) => [s.title, s.publishedAt === FIXTURE_NOW ? 'now' : new Date(s.publishedAt).toISOString()])).toEqual([
      ['RFC 822 with a zone name', '2026-11-28T16:00:00.000Z'],
      ['Two-digit year, no seconds', '2026-11-28T08:00:00.000Z'],
      ['Wrong weekday, full month name', '2026-11-28T07:00:00.000Z'],
      ['ISO 8601 in pubDate', '2026-11-28T01:00:00.000Z'],
      ['No zone at all', '2026-11-28T08:00:00.000Z'],
      ['US style with AM/PM', '2026-11-29T01:00:00.000Z'],
      ['Not a date', 'now'],
    ]);
  });
});
