import { describe, expect, it } from 'vitest';
import { feedAddress, isDue, urlSource } from './source';

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
