// The Expect-line translator of `npm run eval` (scripts/eval/feedparser-expect.ts), on hand-written Expect lines and
// feeds: what translates, what is excluded, and that the checks compare what they should.
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/domain/feed/parse-feed';
import { header, translate } from '../../scripts/eval/feedparser-expect';
import { parseExpect } from '../../scripts/eval/python-expect';

const NOW = Date.UTC(2031, 0, 2, 3, 4, 5);
const rss = (item: string) => parseFeed(`<rss version="2.0"><channel><title>T</title><item>${item}</item></channel></rss>`, NOW, { keepEmpty: true });

describe('reading Expect lines', () => {
  it('finds the expression in an XML comment and in a JSON "__TEST__" string', () => {
    expect(header("<!--\nDescription: item title\nExpect:      not bozo and entries[0]['title'] == 'A'\n-->\n<rss/>")).toEqual({ expect: "not bozo and entries[0]['title'] == 'A'" });
    expect(header('{"__TEST__": "Description: x Expect: feed[\'title\'] == \'y\' -->", "items": []}')).toEqual({ expect: "feed['title'] == 'y'" });
    expect(header('<rss/>')).toBeNull();
  });

  it('parses and, not bozo, == chains, both subscript styles, tuples and implicit string concatenation', () => {
    expect(parseExpect("not bozo and entries[0].title == entries[0]['title_detail']['value'] == u'a' 'b'")).toEqual([
      { kind: 'bozo', expected: false },
      {
        kind: 'compare',
        terms: [
          { kind: 'entry', index: 0, field: 'title', path: 'title' },
          { kind: 'entry', index: 0, field: 'title', path: 'title_detail.value' },
          { kind: 'str', value: 'ab' },
        ],
      },
    ]);
    expect(parseExpect("entries[1]['published_parsed'] == (2003, 12, 31, 10, 14, 55, 2, 365, 0)")[0]).toMatchObject({ terms: [{ field: 'date-parts' }, { kind: 'tuple', values: [2003, 12, 31, 10, 14, 55, 2, 365, 0] }] });
  });

  it('reads Python string escapes', () => {
    expect(parseExpect("entries[0]['title'] == u'caf\\xe9 \\u2019 \\n'")[0]).toMatchObject({ terms: [{}, { kind: 'str', value: 'café ’ \n' }] });
    expect(parseExpect("entries[0]['title'] == r'a\\nb'")[0]).toMatchObject({ terms: [{}, { kind: 'str', value: 'a\\nb' }] });
  });
});

describe('translating into checks on stories', () => {
  it('checks the title as plain text, read either as HTML or as text', () => {
    const tr = translate("not bozo and entries[0]['title'] == u'<b>Bold</b>   title'");
    expect(tr.inScope).toBe(true);
    expect(tr.run!(rss('<title>Bold title</title>'))).toEqual([]);
    expect(tr.run!(rss('<title>Other</title>'))).toEqual(['title "Other" ≠ "<b>Bold</b>   title"']);
  });

  it('compares links after the same canonicalisation and dates as instants or UTC tuples', () => {
    expect(translate("entries[0]['link'] == 'http://a.example/x'").run!(rss('<link>http://a.example/x</link>'))).toEqual([]);
    const date = '<pubDate>Wed, 31 Dec 2003 10:14:55 +0100</pubDate>';
    expect(translate("entries[0]['published'] == '2003-12-31T09:14:55Z'").run!(rss(date))).toEqual([]);
    expect(translate("entries[0]['published_parsed'] == (2003, 12, 31, 9, 14, 55, 2, 365, 0)").run!(rss(date))).toEqual([]);
    expect(translate("entries[0]['published_parsed'] == (2003, 12, 31, 10, 14, 55, 2, 365, 0)").run!(rss(date))).toEqual(['date parts 2003,12,31,9,14,55 ≠ 2003,12,31,10,14,55']);
  });

  it('checks the longer body when one line checks two bodies of an entry', () => {
    const tr = translate("entries[0]['description'] == 'short' and entries[0]['content'][0]['value'] == 'the longer body'");
    expect(tr.run!(rss('<description>short</description><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">the longer body</content:encoded>'))).toEqual([]);
  });

  it('excludes lines with anything it cannot translate, saying whether they were in scope', () => {
    expect(translate("entries[0]['links'][0]['rel'] == 'alternate'")).toMatchObject({ inScope: true, run: null });
    expect(translate("feed['title'] == 'x'")).toMatchObject({ inScope: false, run: null });
    expect(translate("bozo and entries[0]['title'] == 'x'")).toMatchObject({ inScope: true, run: null });
    expect(translate("len(entries) == 2")).toMatchObject({ inScope: false, run: null });
    // Only == comparisons are read; a line comparing otherwise is not even counted as in scope.
    expect(translate("entries[0]['title'] != 'x'")).toMatchObject({ inScope: false, run: null });
  });

  it('fails a translated check when the feed is refused', () => {
    const tr = translate("not bozo and entries[0]['title'] == 'x'");
    expect(tr.run!(parseFeed('<html><body/></html>', NOW))[0]).toMatch(/^not ok: .*not-a-feed/);
  });
});
