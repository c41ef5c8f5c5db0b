import { describe, expect, it } from 'vitest';
import { addedFeed, failedAttempt, feedAddress, fileSourceId, importedFile, isDue, storedFeed, unchangedFeed, urlSource } from './source';

describe('feedAddress', () => {
  it.each([
    ['example.com/feed', 'https://example.com/feed'],
    ['  https://example.com/rss.xml  ', 'https://example.com/rss.xml'],
    ['http://example.com/a#top', 'http://example.com/a'],
    ['//example.com/feed', 'https://example.com/feed'],
    ['localhost:8080/feed.xml', 'https://localhost:8080/feed.xml'],
    ['HTTPS://Example.COM/Feed', 'https://example.com/Feed'],
  ])('%s → %s', (typed, url) => expect(feedAddress(typed)).toBe(url));

  it.each(['', 'javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.com/feed', 'not a url', 'intranet/feed', 'data:text/xml,<rss/>'])(
    'refuses %j',
    (typed) => expect(feedAddress(typed)).toBeNull(),
  );
});

describe('isDue', () => {
  const s = urlSource('https://example.com/feed', 'Example', 0);
  it('is due when never tried, or tried 30 minutes ago or more', () => {
    expect(isDue(s, 1)).toBe(true);
    expect(isDue({ ...s, lastAttemptAt: 1_000 }, 1_000 + 29 * 60_000)).toBe(false);
    expect(isDue({ ...s, lastAttemptAt: 1_000 }, 1_000 + 30 * 60_000)).toBe(true);
  });
  it('files are never refreshed', () => expect(isDue({ ...s, kind: 'file' }, 1e12)).toBe(false));
});

describe('source bookkeeping', () => {
  const s = { ...urlSource('https://example.com/feed', '', 1), siteUrl: 'https://old.example/', lastSuccessAt: 5 };
  const feed = { title: 'Example', siteUrl: 'https://example.com/' };

  it('a failed attempt keeps the last success', () => {
    expect(failedAttempt(s, { problem: 'timeout' }, 9)).toMatchObject({ lastAttemptAt: 9, lastSuccessAt: 5, lastError: { problem: 'timeout' } });
  });

  it('"not modified" is a success', () => {
    expect(unchangedFeed({ ...s, lastError: { problem: 'timeout' } }, 9)).toMatchObject({ lastAttemptAt: 9, lastSuccessAt: 9, lastError: null });
  });

  it('stored: the name filled in only when missing, the feed’s site, its validators; a storage problem is the error', () => {
    expect(storedFeed(s, feed, { etag: '"e"' }, null, 9)).toMatchObject({ title: 'Example', siteUrl: 'https://example.com/', etag: '"e"', lastSuccessAt: 9, lastError: null });
    expect(storedFeed({ ...s, title: 'Mine' }, feed, {}, null, 9).title).toBe('Mine');
    expect(storedFeed(s, { ...feed, siteUrl: '' }, {}, null, 9).siteUrl).toBe('https://old.example/');
    expect(storedFeed(s, feed, {}, 'quota', 9)).toMatchObject({ lastAttemptAt: 9, lastSuccessAt: 5, lastError: { problem: 'quota' } });
  });

  it('an added address: the person’s title over the feed’s', () => {
    expect(addedFeed('https://example.com/feed', 'Mine', feed, { lastModified: 'x' }, 9)).toMatchObject({ id: 'https://example.com/feed', kind: 'url', title: 'Mine', lastModified: 'x', addedAt: 9 });
    expect(addedFeed('https://example.com/feed', '', feed, {}, 9).title).toBe('Example');
  });

  it('an imported file: one source per feed, its first import date kept', () => {
    const first = importedFile(feed, undefined, 9);
    expect(first).toMatchObject({ id: fileSourceId(feed), kind: 'file', url: '', addedAt: 9, lastSuccessAt: 9 });
    expect(importedFile({ ...feed, title: 'Renamed' }, first, 20)).toMatchObject({ id: first.id, title: 'Renamed', addedAt: 9, lastSuccessAt: 20 });
    expect(fileSourceId({ title: 'T', siteUrl: '' })).toBe('file:T');
  });
});
