// The feed reader on hand-written RSS 1.0 and Atom fixtures (tests/fixtures/feeds, see its README), each read to the
// exact stories it holds.
import { describe, expect, it } from 'vitest';
import { fixtureFeed } from '../support/feed-fixture';

const at = (iso: string) => Date.parse(iso);

describe('RSS 1.0 / RDF (rss10.rdf)', () => {
  it('reads a UTF-8 file with a byte-order mark, content:encoded, Dublin Core dates and an item language', () => {
    const feed = fixtureFeed('rss10.rdf');
    expect(feed).toMatchObject({ title: 'RDF Research Notes', siteUrl: 'https://rdf.example/', lang: 'en', skipped: 0 });
    expect(feed.stories).toEqual([
      {
        id: 'https://rdf.example/index.rdf::https://rdf.example/notes/1',
        title: 'Small models, big benchmarks',
        source: 'RDF Research Notes',
        url: 'https://rdf.example/notes/1',
        publishedAt: at('2026-11-26T09:00:00Z'),
        lang: 'en',
        text: 'A lab in Zurich released an open-weight model.\n\nIt runs on a laptop chip.',
      },
      {
        id: 'https://rdf.example/index.rdf::https://rdf.example/notes/2',
        title: 'Week-old note',
        source: 'RDF Research Notes',
        url: 'https://rdf.example/notes/2',
        publishedAt: at('2026-11-21T00:00:00Z'),
        lang: 'fr',
        text: 'Une note en français.',
      },
    ]);
  });
});

describe('Atom', () => {
  it('Atom 1.0: an entry xml:base relative to the feed’s, html and xhtml titles, published before updated', () => {
    const feed = fixtureFeed('atom10.xml');
    expect(feed).toMatchObject({ title: 'Lab & Field Notes', siteUrl: 'https://atom.example/blog/', lang: 'en', skipped: 0 });
    expect(feed.stories).toEqual([
      {
        id: 'https://atom.example/blog/feed.atom::tag:atom.example,2026:robots',
        title: 'Robots unload trucks',
        source: 'Lab & Field Notes',
        url: 'https://atom.example/blog/2026/11/robots.html',
        publishedAt: at('2026-11-27T23:30:00Z'),
        lang: 'en',
        text: 'A parcel company said robots now unload half of its trucks.',
      },
      {
        id: 'https://atom.example/blog/feed.atom::tag:atom.example,2026:dates',
        title: 'Only an updated date',
        source: 'Lab & Field Notes',
        url: 'https://atom.example/about/dates',
        publishedAt: at('2026-11-27T23:59:59.500Z'),
        lang: 'en',
        text: 'Plain text keeps its words.',
      },
    ]);
  });

  it('Atom 0.3: issued before modified, escaped HTML content, a modified-only entry', () => {
    const feed = fixtureFeed('atom03.xml');
    expect(feed).toMatchObject({ title: 'Old Atom & Friends', siteUrl: 'http://old.example/' });
    expect(feed.stories.map((s) => [s.id, s.title, s.url, new Date(s.publishedAt).toISOString(), s.text])).toEqual([
      ['http://old.example/::tag:old.example,2026:grid', 'Grid operators plan for data centres', 'http://old.example/grid', '2026-11-28T07:00:00.000Z', 'A grid operator proposed flexible connections.'],
      ['http://old.example/::tag:old.example,2026:modified', 'Modified only', 'http://old.example/modified', '2026-11-20T12:00:00.000Z', 'Only a modified date.'],
    ]);
  });
});
