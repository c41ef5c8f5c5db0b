import { describe, expect, it } from 'vitest';
import { draftText, draftToFeed, type DraftItem, type FeedDraft } from './feed-draft';

const NOW = Date.parse('2026-11-28T10:00:00Z');

const item = (over: Partial<DraftItem> = {}): DraftItem => ({
  guid: '', links: [], base: '', title: null, bodies: [], dates: [], lang: '', ...over,
});
const draft = (items: DraftItem[], over: Partial<FeedDraft> = {}): FeedDraft => ({
  title: { value: 'Feed', html: true }, siteLink: 'https://site.example/', selfLink: '', base: '', lang: '', items, ...over,
});

describe('draftText', () => {
  it('strips HTML and keeps paragraphs', () => {
    expect(draftText({ value: '<p>One &amp; two.</p><p>Three.</p>', html: true })).toBe('One & two.\n\nThree.');
  });
  it('keeps plain text as written, paragraphs included', () => {
    expect(draftText({ value: '1 <  2\n  and <b> is text\n\n  next ', html: false })).toBe('1 < 2 and <b> is text\n\nnext');
  });
});

describe('draftToFeed', () => {
  it('keeps the longest body and collapses the title to one line', () => {
    const r = draftToFeed(draft([item({
      guid: 'g', title: { value: 'A\n  title', html: true },
      bodies: [{ value: 'Short', html: false }, { value: '<p>Much longer body.</p>', html: true }],
    })]), NOW);
    expect(r.ok && r.feed.stories[0]).toMatchObject({ title: 'A title', text: 'Much longer body.' });
  });

  it('picks the first date that parses', () => {
    const r = draftToFeed(draft([item({ title: { value: 'x', html: true }, dates: ['garbage', 'Thu, 01 Jan 2004 19:48:21 GMT'] })]), NOW);
    expect(r.ok && r.feed.stories[0].publishedAt).toBe(Date.parse('2004-01-01T19:48:21Z'));
  });

  it('resolves links through nested xml:base, and skips unsafe ones', () => {
    const r = draftToFeed(draft([item({ title: { value: 'x', html: true }, base: 'posts/', links: ['javascript:alert(1)', 'a.html'] })], { base: 'https://b.example/blog/' }), NOW);
    expect(r.ok && r.feed.stories[0].url).toBe('https://b.example/blog/posts/a.html');
  });

  it('leaves relative links empty when nothing says where they are relative to', () => {
    const r = draftToFeed(draft([item({ title: { value: 'x', html: true }, links: ['a.html'] })], { siteLink: '' }), NOW);
    expect(r.ok && r.feed.stories[0].url).toBe('');
  });

  it('scopes ids by feedUrl, then self link, then site link, then title', () => {
    const one = [item({ guid: 'g', title: { value: 'x', html: true } })];
    const id = (d: FeedDraft, feedUrl?: string) => { const r = draftToFeed(d, NOW, { feedUrl }); return r.ok ? r.feed.stories[0].id : ''; };
    expect(id(draft(one), 'https://f.example/rss')).toBe('https://f.example/rss::g');
    expect(id(draft(one, { selfLink: 'https://f.example/self' }))).toBe('https://f.example/self::g');
    expect(id(draft(one))).toBe('https://site.example/::g');
    expect(id(draft(one, { siteLink: '' }))).toBe('feed:Feed::g');
  });

  it('takes languages from the item, then the feed, then the words', () => {
    const r = draftToFeed(draft([
      item({ title: { value: 'Hello', html: true }, lang: 'fr-CA' }),
      item({ title: { value: 'Hello again', html: true } }),
    ], { lang: 'de' }), NOW);
    expect(r.ok && r.feed.stories.map((s) => s.lang)).toEqual(['fr', 'de']);
    const guess = draftToFeed(draft([item({ title: { value: 'Tin tức về trí tuệ nhân tạo hôm nay', html: true } })]), NOW);
    expect(guess.ok && [guess.feed.stories[0].lang, guess.feed.lang]).toEqual(['vi', 'vi']);
  });

  it('names a nameless feed after its site', () => {
    const r = draftToFeed(draft([item({ title: { value: 'x', html: true } })], { title: null, siteLink: 'https://www.news.example/' }), NOW);
    expect(r.ok && r.feed.title).toBe('news.example');
  });

  it('counts empty items as skipped, and says so when nothing is left', () => {
    expect(draftToFeed(draft([item(), item({ title: { value: 'x', html: true } })]), NOW)).toMatchObject({ ok: true, feed: { skipped: 1 } });
    expect(draftToFeed(draft([item(), item()]), NOW)).toEqual({ ok: false, problem: { kind: 'no-stories', skipped: 2 } });
  });

  it('keeps empty items on request, for field-by-field checks', () => {
    const r = draftToFeed(draft([item({ links: ['https://x.example/'] })]), NOW, { keepEmpty: true });
    expect(r.ok && r.feed.stories[0]).toMatchObject({ title: '', text: '', url: 'https://x.example/' });
  });
});
