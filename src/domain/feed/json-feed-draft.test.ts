import { describe, expect, it } from 'vitest';
import { jsonFeedDraft } from './json-feed-draft';

describe('jsonFeedDraft', () => {
  it.each(['https://jsonfeed.org/version/1', 'https://jsonfeed.org/version/1.1', 'http://jsonfeed.org/version/1.1/', '1', '1.0', '1.1'])('accepts version %s', (version) => {
    expect(jsonFeedDraft(JSON.stringify({ version, items: [] }))).toMatchObject({ items: [] });
  });

  it('reads every body, both links, both dates and numeric ids', () => {
    const d = jsonFeedDraft('\uFEFF' + JSON.stringify({
      version: '1.1', title: 'T', home_page_url: 'https://h/', feed_url: 'https://h/f.json', language: 'vi',
      items: [{ id: 3, url: 'https://h/a', external_url: 'https://e/', title: 'A', content_html: '<p>h</p>', content_text: 't', summary: 's',
        date_published: '2026-01-01T00:00:00Z', date_modified: '2026-01-02T00:00:00Z', language: 'en' }, 'junk'],
    }));
    expect(d).toMatchObject({
      siteLink: 'https://h/', selfLink: 'https://h/f.json', lang: 'vi',
      items: [
        { guid: '3', links: ['https://h/a', 'https://e/'], bodies: [{ html: true }, { html: false }, { html: false }], dates: ['2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z'], lang: 'en' },
        { guid: '', title: null, bodies: [] },
      ],
    });
  });

  it('names the problem', () => {
    expect(jsonFeedDraft('{')).toMatchObject({ kind: 'not-json' });
    expect(jsonFeedDraft('[]')).toMatchObject({ kind: 'not-a-feed' });
    expect(jsonFeedDraft('{"verion": "1.0", "items": []}')).toMatchObject({ kind: 'not-a-feed' });
    expect(jsonFeedDraft('{"version": "2.0", "items": []}')).toMatchObject({ kind: 'not-a-feed' });
    expect(jsonFeedDraft('{"version": "1.1"}')).toMatchObject({ kind: 'not-a-feed', detail: expect.stringContaining('items') });
  });
});
