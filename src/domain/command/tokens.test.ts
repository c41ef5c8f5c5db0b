import { describe, expect, it } from 'vitest';
import { compilePhrase, findAny, hasDiacritics, isExactly, matchAt, phraseSet, removeAll, tokenize } from './tokens';

describe('tokenize', () => {
  it('keeps original spelling beside the match key', () => {
    expect(tokenize("What's new on DeepSeek, 27/11?", false)).toEqual([
      { raw: "What's", key: "what's" },
      { raw: 'new', key: 'new' },
      { raw: 'on', key: 'on' },
      { raw: 'DeepSeek', key: 'deepseek' },
      { raw: '27/11', key: '27/11' },
    ]);
  });

  it('folds diacritics only when asked', () => {
    expect(tokenize('Tin về chip', true).map((t) => t.key)).toEqual(['tin', 've', 'chip']);
    expect(tokenize('Tin về chip', false).map((t) => t.key)).toEqual(['tin', 'về', 'chip']);
    expect(hasDiacritics('tin ve chip')).toBe(false);
    expect(hasDiacritics('tin về chip')).toBe(true);
    expect(hasDiacritics('what’s new')).toBe(false);
  });
});

describe('phrases', () => {
  const keys = ['play', 'yesterday', 'briefing', 'again'];
  it('matches with wildcards', () => {
    expect(matchAt(keys, compilePhrase('play * briefing again', false), 0)).toBe(4);
    expect(matchAt(keys, compilePhrase('play briefing', false), 0)).toBe(-1);
    expect(findAny(keys, phraseSet([compilePhrase('briefing', false)]))).toMatchObject({ start: 2, end: 3 });
    expect(isExactly(['next', 'story'], phraseSet([compilePhrase('next story', false)]))).toBe(true);
  });

  it('removes phrases, longest first', () => {
    const tokens = tokenize('hey earshot please next', false);
    expect(removeAll(tokens, phraseSet(['hey earshot', 'hey', 'please'].map((p) => compilePhrase(p, false)))).map((t) => t.key)).toEqual(['next']);
  });
});
