import { describe, expect, it } from 'vitest';
import { escapeXml, toOpml } from './write-opml';

describe('toOpml', () => {
  it('writes an OPML 2.0 list with escaped attributes', () => {
    const xml = toOpml([
      { title: 'A & B <"news">', xmlUrl: 'https://a.example/feed?x=1&y=2', htmlUrl: 'https://a.example/' },
      { title: '', xmlUrl: 'http://b.example/rss' },
      { title: 'Bad', xmlUrl: 'javascript:alert(1)' },
    ], "Earshot's sources");
    expect(xml).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head>
    <title>Earshot&apos;s sources</title>
  </head>
  <body>
    <outline type="rss" text="A &amp; B &lt;&quot;news&quot;&gt;" title="A &amp; B &lt;&quot;news&quot;&gt;" xmlUrl="https://a.example/feed?x=1&amp;y=2" htmlUrl="https://a.example/"/>
    <outline type="rss" text="b.example" title="b.example" xmlUrl="http://b.example/rss"/>
  </body>
</opml>
`);
  });

  it('drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0000b\u0007c\ud800d\tz')).toBe('abcd&#9;z');
    expect(escapeXml('😀')).toBe('😀');
  });
});
