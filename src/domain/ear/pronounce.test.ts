import { describe, expect, it } from 'vitest';
import { parseDictionary, pieces, pronounce, spelled } from './pronounce';

const lookup = parseDictionary(
  ['deep  D IY P', 'seek  S IY K', 'tech  T EH K', 'crunch  K R AH N CH', 'news  N UW Z', 'news(2)  N Y UW Z', 'ai  AY', 'an  AE N', 'thro  TH R OW', 'pic  P IH K', 'is  IH Z', 'amd  AE M D', ''].join('\n'),
);

describe('how the second ear says a word', () => {
  it('reads the dictionary with every pronunciation of a word', () => {
    expect(lookup('news')).toEqual(['N UW Z', 'N Y UW Z']);
    expect(lookup('nope')).toBeUndefined();
  });

  it('takes the dictionary’s pronunciations first', () => {
    expect(pronounce('news', lookup)).toEqual(['N UW Z', 'N Y UW Z']);
  });

  it('says "AI" and words written in capitals as their letters', () => {
    expect(pronounce('ai', lookup)).toEqual(['EY AY']);
    expect(pronounce('tsmc', lookup, 'TSMC')).toEqual(['T IY EH S EH M S IY']);
    // Both: a reader may say it either way.
    expect(pronounce('amd', lookup, 'AMD')).toEqual(['EY EH M D IY', 'AE M D']);
    expect(spelled('x1')).toBe('EH K S W AH N');
  });

  it('says a word the dictionary lacks as the fewest dictionary words that spell it', () => {
    expect(pieces('deepseek', lookup)).toEqual(['deep', 'seek']);
    expect(pronounce('deepseek', lookup)).toEqual(['D IY P S IY K']);
    expect(pronounce('techcrunch', lookup)).toEqual(['T EH K K R AH N CH']);
    expect(pieces('anthropic', lookup)).toEqual(['an', 'thro', 'pic']);
  });

  it('falls back to single letters where no piece fits, and to spelling the word out', () => {
    expect(pieces('deepx', lookup)).toEqual(['deep', 'x']);
    expect(pieces('', lookup)).toEqual([]);
    expect(pronounce('qqq', lookup)).toEqual(['K Y UW K Y UW K Y UW']);
  });
});
