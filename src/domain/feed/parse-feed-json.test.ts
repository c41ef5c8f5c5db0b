import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed';

const NOW = Date.parse('2026-11-28T10:00:00Z');
const feed = (items: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'AI Daily', home_page_url: 'https://ai.example/', items, ...extra });

describe('parseFeed on JSON Feed', () => {
  it('reads items into stories scoped by the feed', () => {
    const r = parseFeed(
      feed([{ id: '1', url: 'https://ai.example/a', title: 'Chips', content_text: 'One. Two.', date_published: '2026-11-28T08:00:00+07:00' }]),
      NOW,
    );
    expect(r).toEqual({
      ok: true,
      feed: {
        title: 'AI Daily',
        siteUrl: 'https://ai.example/',
        lang: 'en',
        skipped: 0,
        stories: [
          {
            id: 'https://ai.example/::1',
            title: 'Chips',
            source: 'AI Daily',
            url: 'https://ai.example/a',
            publishedAt: Date.parse('2026-11-28T01:00:00Z'),
            lang: 'en',
            text: 'One. Two.',
          },
        ],
      },
    });
  });

  it('turns HTML into inert text, keeps only http(s) links, and fills missing fields', () => {
    const r = parseFeed(
      feed([{ id: 2, url: 'javascript:alert(1)', content_html: '<p>Xin chào <script>x()</script>thế giới.</p><p>Câu hai.</p>' }]),
      NOW,
    );
    if (!r.ok) throw new Error('expected ok');
    const [s] = r.feed.stories;
    expect(s.url).toBe('');
    expect(s.text).toBe('Xin chào thế giới.\n\nCâu hai.');
    expect(s.title).toBe('Xin chào thế giới. Câu hai.');
    expect(s.publishedAt).toBe(NOW);
    expect(s.lang).toBe('vi');
    expect(s.id).toBe('https://ai.example/::2');
  });

  it('takes language from the item, then the feed', () => {
    const r = parseFeed(feed([{ id: 'a', title: 'x', language: 'vi-VN' }, { id: 'b', title: 'y' }], { language: 'fr' }), NOW);
    if (!r.ok) throw new Error('expected ok');
    expect(r.feed.stories.map((s) => s.lang)).toEqual(['vi', 'fr']);
  });

  it('counts empty items as skipped', () => {
    const r = parseFeed(feed([{ id: 'a', title: 'x' }, { id: 'b' }, 'junk']), NOW);
    expect(r.ok && r.feed.skipped).toBe(2);
  });

  it('says why a file is not a feed', () => {
    expect(parseFeed('{"items": [', NOW)).toMatchObject({ ok: false, problem: { kind: 'not-json' } });
    expect(parseFeed('[1,2]', NOW)).toMatchObject({ ok: false, problem: { kind: 'not-a-feed' } });
    expect(parseFeed('{"version":"2","items":[]}', NOW)).toMatchObject({ ok: false, problem: { kind: 'not-a-feed' } });
    // Bare "1.0"-style versions are read (gofeed's fixtures use them); with no items there is nothing to import.
    expect(parseFeed('{"version":"1","items":[]}', NOW)).toMatchObject({ ok: false, problem: { kind: 'no-stories' } });
    expect(parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 't' }), NOW)).toMatchObject({
      ok: false,
      problem: { kind: 'not-a-feed', detail: 'it has no "items" list' },
    });
    expect(parseFeed(feed([{ id: 'b' }]), NOW)).toEqual({ ok: false, problem: { kind: 'no-stories', skipped: 1 } });
  });

  it('accepts a byte-order mark and JSON Feed 1.0', () => {
    const r = parseFeed(`\uFEFF${feed([{ id: 'a', title: 'x' }], { version: 'https://jsonfeed.org/version/1' })}`, NOW);
    expect(r.ok).toBe(true);
  });
});
