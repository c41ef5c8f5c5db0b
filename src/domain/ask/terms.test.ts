import { describe, expect, it } from 'vitest';
import { enTerms, stemEn, termsOf, wordSpans } from './terms';

describe('stemEn', () => {
  it('brings forms of a word to one stem', () => {
    expect(new Set(['price', 'prices', 'priced', 'pricing'].map(stemEn)).size).toBe(1);
    expect(new Set(['use', 'used', 'using'].map(stemEn)).size).toBe(1);
    expect(new Set(['plan', 'planned', 'planning'].map(stemEn)).size).toBe(1);
    expect(stemEn('companies')).toBe(stemEn('company'));
    expect(stemEn('built')).toBe('build');
    expect(stemEn('chose')).toBe(stemEn('choose'));
    expect(stemEn("Nvidia's")).toBe('nvidia');
    // -er after -ed or -s as after nothing: "headquartered" meets "headquarters".
    expect(new Set(['headquarter', 'headquarters', 'headquartered'].map(stemEn)).size).toBe(1);
    expect(stemEn('registered')).toBe(stemEn('register'));
    expect(new Set(['supply', 'supplies', 'supplied'].map(stemEn)).size).toBe(1);
    // Words that name an Object property are words too.
    expect(stemEn('constructor')).toBe('construct');
    expect(stemEn('constructors')).toBe('construct');
  });
});

describe('enTerms', () => {
  it('adds the synonym groups a word belongs to', () => {
    expect(enTerms('priced')).toContain('~cost');
    expect(enTerms('founded')).toContain('~found');
    expect(enTerms('started')).toEqual(expect.arrayContaining(['~launch', '~found']));
  });
});

describe('wordSpans', () => {
  it('gives words with offsets, lower case and folded, a particle noun whole', () => {
    const [w] = wordSpans('Giá bán');
    expect(w).toEqual({ text: 'Giá', lower: 'giá', key: 'gia', start: 0, end: 3 });
    expect(wordSpans('a start-up with sign-ups').map((x) => x.text)).toEqual(['a', 'start-up', 'with', 'sign-ups']);
  });
});

describe('termsOf, Vietnamese', () => {
  it('gives syllables, pairs and synonym phrases as written', () => {
    const terms = termsOf(['chi', 'phí', 'dự', 'án'], 'vi').map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining(['chi', 'phí', 'chi phí', '~gia', 'dự án']));
  });

  it('keeps diacritics apart: "lắp" (fit) is not "lập" (found), unless both are folded', () => {
    expect(termsOf(['lắp'], 'vi').map((t) => t.term)).not.toContain('~sang lap');
    expect(termsOf(['lập'], 'vi').map((t) => t.term)).toContain('~sang lap');
    expect(termsOf(['lap'], 'vi', undefined, true).map((t) => t.term)).toContain('~~sang lap');
  });

  it('does not read a syllable inside a longer synonym phrase as a phrase of its own', () => {
    const terms = termsOf(['định', 'giá'], 'vi').map((t) => t.term);
    expect(terms).toContain('~dinh gia');
    expect(terms).not.toContain('~gia');
  });
});
