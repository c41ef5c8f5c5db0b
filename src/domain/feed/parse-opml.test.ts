import { describe, expect, it } from 'vitest';
import { parseOpml } from './parse-opml';
import { toOpml } from './write-opml';

describe('parseOpml', () => {
  it('flattens nested folders and keeps only http(s) feeds, once each', () => {
    const r = parseOpml(`<?xml version="1.0"?>
<opml version="1.0"><head><title>Mine</title></head><body>
  <outline text="Tech">
    <outline text="A &amp; B" title="A &amp; B" type="rss" xmlUrl="https://a.example/rss" htmlUrl="https://a.example/"/>
    <outline text="Deeper"><outline text="C" xmlUrl="http://c.example/feed"/><outline text="Bad" xmlUrl="javascript:alert(1)"/></outline>
  </outline>
  <outline text="Again" xmlUrl="https://a.example/rss"/>
  <outline text="Lower-case attribute" xmlurl="https://d.example/atom"/>
  <outline text="No feed" htmlUrl="https://e.example/"/>
</body></opml>`);
    expect(r).toEqual({
      ok: true,
      outlines: [
        { title: 'A & B', xmlUrl: 'https://a.example/rss', htmlUrl: 'https://a.example/' },
        { title: 'C', xmlUrl: 'http://c.example/feed', htmlUrl: '' },
        { title: 'Lower-case attribute', xmlUrl: 'https://d.example/atom', htmlUrl: '' },
      ],
    });
  });

  it('round-trips what toOpml writes', () => {
    const sources = [
      { title: 'Tin tức & "hôm nay": 1 < 2 > 0', xmlUrl: 'https://vn.example/rss?a=1&b=2', htmlUrl: 'https://vn.example/' },
      { title: "O'Reilly\tRadar", xmlUrl: 'http://radar.example/feed', htmlUrl: '' },
    ];
    expect(parseOpml(toOpml(sources, 'Export'))).toEqual({
      ok: true,
      outlines: [sources[0], { ...sources[1], title: "O'Reilly Radar" }],
    });
  });

  it.each([
    ['<opml version="2.0"><body><outline text="a" xmlUrl="https://a/"', 'malformed-xml'],
    ['<opml version="2.0"><body><outline text="folder"/></body></opml>', 'no-feeds'],
    ['<rss version="2.0"><channel><title>x</title></channel></rss>', 'not-opml'],
    ['{"version": "1.1"}', 'not-opml'],
    ['', 'not-opml'],
    ['<!DOCTYPE opml [<!ENTITY a "b">]><opml><body><outline text="&a;" xmlUrl="https://a/"/></body></opml>', 'unsafe-xml'],
  ])('gives a problem for %j', (text, kind) => {
    const r = parseOpml(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem.kind).toBe(kind);
  });
});
