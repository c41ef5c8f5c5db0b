import { describe, expect, it } from 'vitest';
import { letterSimilarity } from './similarity';

describe('how alike two transcripts read', () => {
  it('is 1 for the same words whatever the case and punctuation, and 0 for nothing in common', () => {
    expect(letterSimilarity('News from The Verge.', 'news from the verge')).toBe(1);
    expect(letterSimilarity('abc', 'xyz')).toBe(0);
    expect(letterSimilarity('', '')).toBe(1);
  });

  it('rates a misheard command close to its phrase, another request far from the phrase it was forced into', () => {
    expect(letterSimilarity('Leaves from the verge.', 'News from The Verge.')).toBeGreaterThan(0.75);
    expect(letterSimilarity("What's the weather like tomorrow?", 'What?')).toBeLessThan(0.2);
    expect(letterSimilarity('Give me a recipe for lasagna.', 'Give me a minute.')).toBeLessThan(0.6);
  });
});
