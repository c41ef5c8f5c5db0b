import { describe, expect, it } from 'vitest';
import { escapeRegExp, wholeWords } from './patterns';

describe('patterns from words', () => {
  it('escape what a regular expression would read as syntax', () => {
    expect(new RegExp(escapeRegExp('$1.2bn (est.)')).test('about $1.2bn (est.) in all')).toBe(true);
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
  });

  it('find alternatives as whole words only, in any script', () => {
    const re = wholeWords('chip|bán dẫn');
    expect(re.test('new chip ships')).toBe(true);
    expect(re.test('chips')).toBe(false);
    expect(re.test('microchip')).toBe(false);
    expect(re.test('ngành bán dẫn Việt Nam')).toBe(true);
    expect(wholeWords('ai', 'gu').flags).toBe('gu');
  });
});
