import { describe, expect, it } from 'vitest';
import { articleKey, isStory, safeHttpUrl, storyProblems } from './story';

describe('safeHttpUrl', () => {
  it('keeps http(s) only', () => {
    expect(safeHttpUrl('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(safeHttpUrl('javascript:alert(1)')).toBe('');
    expect(safeHttpUrl(' JaVaScRiPt:alert(1)')).toBe('');
    expect(safeHttpUrl('data:text/html,x')).toBe('');
    expect(safeHttpUrl('/relative')).toBe('');
    expect(safeHttpUrl('/relative', 'https://site.example/feed')).toBe('https://site.example/relative');
    expect(safeHttpUrl(7)).toBe('');
  });
});

describe('articleKey', () => {
  it('ignores www, fragments, tracking and trailing slashes', () => {
    expect(articleKey('https://www.Example.com/news/1/?utm_source=x#top')).toBe(articleKey('http://example.com/news/1'));
  });

  it('keeps meaningful query parameters', () => {
    expect(articleKey('https://example.com/item?id=1')).not.toBe(articleKey('https://example.com/item?id=2'));
  });

  it('has no key for a front page', () => {
    expect(articleKey('https://example.com/')).toBeNull();
    expect(articleKey('')).toBeNull();
  });
});

describe('storyProblems', () => {
  const good = { id: 'a', title: 'T', source: 'S', url: 'https://e.com/x', publishedAt: 1, lang: 'en', text: 'Body.' };

  it('accepts a good story', () => {
    expect(storyProblems(good)).toEqual([]);
    expect(isStory({ ...good, url: '' })).toBe(true);
  });

  it('names every problem', () => {
    expect(storyProblems({ ...good, url: 'javascript:x', publishedAt: NaN, id: ' ' })).toEqual([
      'id is empty',
      'publishedAt must be a time',
      'url must be http(s)',
    ]);
    expect(storyProblems(null)).toEqual(['not an object']);
  });
});
