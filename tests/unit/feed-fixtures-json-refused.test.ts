// The feed reader on hand-written JSON Feed fixtures, and on the files it must refuse (a web page, an OPML list, an
// empty file, JSON that is not a feed, a cut-off download, a DOCTYPE declaring entities): tests/fixtures/feeds.
import { describe, expect, it } from 'vitest';
import { parseOpml } from '../../src/domain/feed/parse-opml';
import { FIXTURE_NOW, fixtureFeed, fixtureText, readFixture } from '../support/feed-fixture';

describe('JSON Feed', () => {
  it('1.0: HTML content to text, a numeric id, external_url as the link, a title from the text, modified when not published', () => {
    const feed = fixtureFeed('jsonfeed-1.0.json');
    const source = 'Earshot test feed: JSON Feed 1.0';
    expect(feed).toMatchObject({ title: source, siteUrl: 'https://json.example/', lang: 'en', skipped: 0 });
    expect(feed.stories).toEqual([
      {
        id: 'https://json.example/feed.json::https://json.example/2026/11/agents',
        title: 'Berlin start-up raises $85M for back-office agents',
        source,
        url: 'https://json.example/2026/11/agents',
        publishedAt: Date.parse('2026-11-28T06:00:00Z'),
        lang: 'en',
        text: 'The company’s agents file invoices.\n\nBanks are its first customers.',
      },
      {
        id: 'https://json.example/feed.json::42',
        title: 'An item with no title and no url of its own takes its first words as a title.',
        source,
        url: 'https://elsewhere.example/story',
        publishedAt: Date.parse('2026-11-27T12:00:00Z'),
        lang: 'en',
        text: 'An item with no title and no url of its own takes its first words as a title.',
      },
    ]);
  });

  it('1.1: a relative url against home_page_url, plain-text titles kept as written, item language over the feed’s, an empty item skipped', () => {
    const feed = fixtureFeed('jsonfeed-1.1.json');
    expect(feed).toMatchObject({ title: 'Bản tin AI', siteUrl: 'https://vi.example/', lang: 'vi', skipped: 1 });
    expect(feed.stories).toEqual([
      {
        id: 'https://vi.example/::1',
        title: 'Nhà máy chip AI & trung tâm dữ liệu',
        source: 'Bản tin AI',
        url: 'https://vi.example/2026/11/chip',
        publishedAt: Date.parse('2026-11-28T01:00:00Z'),
        lang: 'vi',
        text: 'Công ty công bố nhà máy mới.\n\nDự kiến hoàn thành năm 2028.',
      },
      {
        id: 'https://vi.example/::2',
        title: 'An English item in a Vietnamese feed',
        source: 'Bản tin AI',
        url: 'https://vi.example/2026/11/en',
        publishedAt: FIXTURE_NOW,
        lang: 'en',
        text: "Item language wins over the feed's.",
      },
    ]);
  });
});

describe('files that are not feeds are refused, with the reason', () => {
  it.each([
    ['page.html', { kind: 'not-a-feed', detail: 'it is a web page (HTML), not a feed' }],
    ['subscriptions.opml', { kind: 'not-a-feed', detail: 'it is an OPML list of feeds, not a feed; import it as a subscription list' }],
    ['empty.xml', { kind: 'not-a-feed', detail: 'the file is empty' }],
    ['not-a-feed.json', { kind: 'not-a-feed', detail: 'it is JSON, but its "version" is not a JSON Feed version' }],
    ['malformed.xml', { kind: 'malformed-xml' }],
    ['doctype-entities.xml', { kind: 'unsafe-xml' }],
  ])('%s', (name, problem) => {
    expect(readFixture(name)).toMatchObject({ ok: false, problem });
  });

  it('the OPML list is read as what it is: its http(s) feeds, in order', () => {
    expect(parseOpml(fixtureText('subscriptions.opml'))).toEqual({
      ok: true,
      outlines: [
        { title: 'Norvale & Halden Daily', xmlUrl: 'https://news.example/rss.xml', htmlUrl: 'https://news.example/' },
        { title: 'Lab & Field Notes', xmlUrl: 'https://atom.example/blog/feed.atom', htmlUrl: '' },
      ],
    });
  });
});
