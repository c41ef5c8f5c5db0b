import { describe, expect, it } from 'vitest';
import type { FeedResult } from './feed-result';
import { MAX_FEED_CHARS, parseFeed } from './parse-feed';

const NOW = Date.parse('2026-11-28T10:00:00Z');

function feedOf(r: FeedResult) {
  if (!r.ok) throw new Error(`expected a feed, got ${JSON.stringify(r.problem)}`);
  return r.feed;
}

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>AI &amp; You</title>
  <link>https://news.example/</link>
  <atom:link rel="self" href="https://news.example/rss.xml"/>
  <language>en-GB</language>
  <item>
    <title>Chips &lt;b&gt;get&lt;/b&gt;   faster</title>
    <link>/2026/chips</link>
    <guid isPermaLink="false">chips-1</guid>
    <pubDate>Sat, 28 Nov 2026 08:00:00 +0700</pubDate>
    <description>Short.</description>
    <content:encoded><![CDATA[<p>First paragraph.</p><p>Second &amp; last.</p>]]></content:encoded>
  </item>
  <item>
    <title>Xin chào</title>
    <link>javascript:alert(1)</link>
    <dc:language>vi</dc:language>
    <dc:date>2026-11-27T10:00:00Z</dc:date>
  </item>
  <item>
    <description>Only a body with enough words to make a title from it.</description>
  </item>
  <item><comments>https://news.example/c</comments></item>
</channel>
</rss>`;

describe('parseFeed: RSS 2.0', () => {
  it('reads items into stories', () => {
    const feed = feedOf(parseFeed(RSS, NOW));
    expect(feed.title).toBe('AI & You');
    expect(feed.siteUrl).toBe('https://news.example/');
    expect(feed.lang).toBe('en');
    expect(feed.skipped).toBe(1);
    expect(feed.stories).toHaveLength(3);
    expect(feed.stories[0]).toEqual({
      id: 'https://news.example/rss.xml::chips-1',
      title: 'Chips get faster',
      source: 'AI & You',
      url: 'https://news.example/2026/chips',
      publishedAt: Date.parse('2026-11-28T01:00:00Z'),
      lang: 'en',
      text: 'First paragraph.\n\nSecond & last.',
    });
  });

  it('keeps only http(s) links, and reads the item language and dc:date', () => {
    const [, vi] = feedOf(parseFeed(RSS, NOW)).stories;
    expect(vi.url).toBe('');
    expect(vi.lang).toBe('vi');
    expect(vi.publishedAt).toBe(Date.parse('2026-11-27T10:00:00Z'));
  });

  it('titles an untitled item with the first words of its body, and dates an undated one now', () => {
    const third = feedOf(parseFeed(RSS, NOW)).stories[2];
    expect(third.title).toBe('Only a body with enough words to make a title from it.');
    expect(third.publishedAt).toBe(NOW);
    expect(third.id).toMatch(/^https:\/\/news\.example\/rss\.xml::#[0-9a-z]+$/);
  });

  it('scopes ids by the feedUrl option and resolves links against it', () => {
    const text = '<rss version="2.0"><channel><title>T</title><item><title>A</title><link>a.html</link></item></channel></rss>';
    const [story] = feedOf(parseFeed(text, NOW, { feedUrl: 'https://blog.example/feed/' })).stories;
    expect(story.url).toBe('https://blog.example/feed/a.html');
    expect(story.id).toBe('https://blog.example/feed/::https://blog.example/feed/a.html');
  });

  it('uses a permalink guid as the link when there is none', () => {
    const text = '<rss version="2.0"><channel><title>T</title><item><title>A</title><guid>https://x.example/a</guid></item></channel></rss>';
    expect(feedOf(parseFeed(text, NOW)).stories[0].url).toBe('https://x.example/a');
  });

  it('gives the same id to the same untitled-link item on every read', () => {
    const text = '<rss version="2.0"><channel><title>T</title><item><title>A</title><pubDate>Sat, 28 Nov 2026 08:00:00 GMT</pubDate></item></channel></rss>';
    expect(feedOf(parseFeed(text, NOW)).stories[0].id).toBe(feedOf(parseFeed(text, NOW + 1)).stories[0].id);
  });

  it('reads RSS 0.91 with the Netscape DOCTYPE and HTML entities', () => {
    const text = `<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Caf&eacute;</title><link>http://cafe.example/</link>
<item><title>Cr&egrave;me &amp; caf&#233;</title><link>http://cafe.example/1</link></item></channel></rss>`;
    const feed = feedOf(parseFeed(text, NOW));
    expect(feed.title).toBe('Café');
    expect(feed.stories[0].title).toBe('Crème & café');
  });

  it('reads items written straight under <rss>, with no channel', () => {
    const text = '<rss><item><title>Loose</title></item></rss>';
    expect(feedOf(parseFeed(text, NOW)).stories[0].title).toBe('Loose');
  });
});

describe('parseFeed: RSS 1.0 (RDF)', () => {
  it('reads items, rdf:about ids and Dublin Core dates and languages', () => {
    const text = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/index.rdf"><title>RDF news</title><link>https://rdf.example/</link><dc:language>fr</dc:language></channel>
  <item rdf:about="https://rdf.example/1"><title>Un</title><link>https://rdf.example/1</link>
    <description>Texte &lt;i&gt;ici&lt;/i&gt; et là.</description><dc:date>2026-11-28T09:00:00+01:00</dc:date></item>
</rdf:RDF>`;
    const feed = feedOf(parseFeed(text, NOW));
    expect(feed.lang).toBe('fr');
    expect(feed.stories[0]).toMatchObject({
      id: 'https://rdf.example/index.rdf::https://rdf.example/1',
      title: 'Un',
      url: 'https://rdf.example/1',
      text: 'Texte ici et là.',
      lang: 'fr',
      publishedAt: Date.parse('2026-11-28T08:00:00Z'),
    });
  });
});

describe('parseFeed: Atom', () => {
  const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en" xml:base="https://atom.example/blog/">
  <title type="text">Atom &lt;news&gt;</title>
  <link href="./"/>
  <link rel="self" href="feed.atom"/>
  <entry xml:lang="de">
    <id>tag:atom.example,2026:1</id>
    <title type="text">1 &lt; 2 is true</title>
    <link rel="enclosure" href="talk.mp3"/>
    <link rel="alternate" type="text/html" href="posts/1"/>
    <summary>Short summary.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Long <b>content</b> here.</p><p>And more of it.</p></div></content>
    <updated>2026-11-28T09:00:00Z</updated>
    <published>2026-11-28T08:00:00Z</published>
  </entry>
  <entry>
    <id>tag:atom.example,2026:2</id>
    <title type="html">&lt;em&gt;Escaped&lt;/em&gt; &amp;amp; fine</title>
    <content type="image/png">iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==</content>
    <updated>2026-11-27T09:00:00Z</updated>
  </entry>
</feed>`;

  it('reads entries: typed text, alternate links against xml:base, published before updated', () => {
    const feed = feedOf(parseFeed(ATOM, NOW));
    expect(feed.title).toBe('Atom <news>');
    expect(feed.siteUrl).toBe('https://atom.example/blog/');
    expect(feed.stories[0]).toEqual({
      id: 'https://atom.example/blog/feed.atom::tag:atom.example,2026:1',
      title: '1 < 2 is true',
      source: 'Atom <news>',
      url: 'https://atom.example/blog/posts/1',
      publishedAt: Date.parse('2026-11-28T08:00:00Z'),
      lang: 'de',
      text: 'Long content here.\n\nAnd more of it.',
    });
  });

  it('strips HTML titles and drops media content', () => {
    const second = feedOf(parseFeed(ATOM, NOW)).stories[1];
    expect(second.title).toBe('Escaped & fine');
    expect(second.text).toBe('');
    expect(second.lang).toBe('en');
    expect(second.publishedAt).toBe(Date.parse('2026-11-27T09:00:00Z'));
  });

  it('goes by the root element, not by feed-like text inside it', () => {
    const text = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Meta</title><entry><id>1</id><title>How to write RSS</title>
<content type="html"><![CDATA[<pre><rss version="2.0"><channel><item><title>wrong</title></item></channel></rss></pre>]]></content></entry></feed>`;
    expect(feedOf(parseFeed(text, NOW)).stories.map((s) => s.title)).toEqual(['How to write RSS']);
  });

  it('reads Atom 0.3, including mode="base64" text', () => {
    const text = `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title>
<entry><title mode="base64">SGVsbG8gPGI+d29ybGQ8L2I+</title><issued>2004-01-01T19:48:21Z</issued>
<content type="text/html" mode="escaped">&lt;p&gt;Body&lt;/p&gt;</content></entry></feed>`;
    const [story] = feedOf(parseFeed(text, NOW)).stories;
    expect(story.title).toBe('Hello world');
    expect(story.text).toBe('Body');
    expect(story.publishedAt).toBe(Date.parse('2004-01-01T19:48:21Z'));
  });
});

describe('parseFeed: JSON Feed', () => {
  it('reads JSON Feed 1.1 with the longest body as text', () => {
    const text = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'JSON news',
      home_page_url: 'https://json.example/',
      feed_url: 'https://json.example/feed.json',
      language: 'en-US',
      items: [{ id: 7, url: '/a', title: 'A', summary: 'Short.', content_html: '<p>Long one.</p><p>Two.</p>', date_published: '2026-11-28T08:00:00Z' }],
    });
    const feed = feedOf(parseFeed(text, NOW));
    expect(feed).toMatchObject({ title: 'JSON news', siteUrl: 'https://json.example/', lang: 'en', skipped: 0 });
    expect(feed.stories[0]).toMatchObject({ id: 'https://json.example/feed.json::7', url: 'https://json.example/a', text: 'Long one.\n\nTwo.' });
  });

  it('says what is wrong with JSON that is not a feed', () => {
    expect(parseFeed('{"version": "https://jsonfeed.org/version/1"', NOW)).toMatchObject({ ok: false, problem: { kind: 'not-json' } });
    expect(parseFeed('{"title": "x", "items": []}', NOW)).toMatchObject({ ok: false, problem: { kind: 'not-a-feed' } });
    expect(parseFeed('{"version": "1.1", "items": [{"id": "1"}]}', NOW)).toEqual({ ok: false, problem: { kind: 'no-stories', skipped: 1 } });
  });
});

describe('parseFeed: problems', () => {
  it.each([
    ['', 'not-a-feed'],
    ['   \n', 'not-a-feed'],
    ['hello world', 'not-a-feed'],
    ['<!doctype html><html><head><title>x</title></head><body><p>hi</p></body></html>', 'not-a-feed'],
    ['<opml version="2.0"><body><outline xmlUrl="https://x.example/feed"/></body></opml>', 'not-a-feed'],
    ['<rss version="2.0"><channel><title>T</title><item><title>x</tit', 'malformed-xml'],
    ['<rss version="2.0"><channel><title>T</title></channel></rss>', 'no-stories'],
    ['<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title></feed>', 'no-stories'],
  ])('%j → %s', (text, kind) => {
    const r = parseFeed(text, NOW);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem.kind).toBe(kind);
  });

  it('says an HTML page and an OPML list are not feeds, in words', () => {
    const html = parseFeed('<html><body></body></html>', NOW);
    expect(!html.ok && 'detail' in html.problem && html.problem.detail).toMatch(/web page/);
    const opml = parseFeed('<opml version="2.0"><body/></opml>', NOW);
    expect(!opml.ok && 'detail' in opml.problem && opml.problem.detail).toMatch(/OPML/);
  });

  it('refuses XML that declares entities (billion laughs), quickly', () => {
    const lol = ['<?xml version="1.0"?>', '<!DOCTYPE lolz [', '<!ENTITY lol "lol">'];
    for (let i = 1; i < 10; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i - 1 || ''};`.repeat(10)}">`);
    lol.push(']>', '<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>');
    const start = performance.now();
    const r = parseFeed(lol.join('\n'), NOW);
    expect(performance.now() - start).toBeLessThan(200);
    expect(r).toMatchObject({ ok: false, problem: { kind: 'unsafe-xml' } });
  });

  it('refuses external entities too', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><item><title>&xxe;</title></item></channel></rss>';
    expect(parseFeed(xxe, NOW)).toMatchObject({ ok: false, problem: { kind: 'unsafe-xml' } });
  });

  it('refuses text over the size limit without reading it', () => {
    const big = ' '.repeat(MAX_FEED_CHARS + 1);
    expect(parseFeed(big, NOW)).toEqual({ ok: false, problem: { kind: 'too-large', size: MAX_FEED_CHARS + 1, limit: MAX_FEED_CHARS } });
  });

  it('never throws on junk', () => {
    const junk = ['<', '<<<<', '<rss', '<rss version="2.0">', '<feed>', '<![CDATA[', '{', '[]', 'null', '<?xml?>', '\uFEFF', '<rss><channel><item><link>', '<rdf:RDF>'];
    for (const text of junk) expect(() => parseFeed(text, NOW)).not.toThrow();
    expect(() => parseFeed(undefined as unknown as string, NOW)).not.toThrow();
  });

  it('stays quick on deeply nested and very long input', () => {
    const cases = [
      `<rss version="2.0"><channel><title>T</title><item><title>${'<b>'.repeat(50_000)}x</title></item></channel></rss>`,
      `<rss version="2.0"><channel><title>T</title>${'<item><title>x</title></item>'.repeat(20_000)}</channel></rss>`,
      `<rss version="2.0"><channel><title>T</title><item><description>${'&lt;p&gt;a '.repeat(200_000)}</description></item></channel></rss>`,
      `<feed xmlns="http://www.w3.org/2005/Atom">${'<title mode="base64" '.repeat(100_000)}</feed>`,
      `<rss>${'<title '.repeat(200_000)}`,
    ];
    for (const text of cases) {
      const start = performance.now();
      expect(() => parseFeed(text, NOW)).not.toThrow();
      expect(performance.now() - start).toBeLessThan(5_000);
    }
  });
});
