import { describe, expect, it } from 'vitest';
import { indexStory, storySentences } from './story-index';

describe('storySentences', () => {
  it('puts the title first and rejoins sentences cut after an abbreviation', () => {
    expect(storySentences({ title: 'Title here', text: 'Dr. Jones met Mr. Smith. They talked.', language: 'en' }, 'en')).toEqual(['Title here', 'Dr. Jones met Mr. Smith.', 'They talked.']);
    expect(storySentences({ title: '', text: 'Theo TS. Lộc, AI có thể sai. Ông khuyên thận trọng.', language: 'vi' }, 'vi')).toEqual(['Theo TS. Lộc, AI có thể sai.', 'Ông khuyên thận trọng.']);
  });
});

describe('indexStory', () => {
  it('indexes terms, entities and how many sentences use each term', () => {
    const index = indexStory({ title: 'Sam Altman visits Tokyo', text: 'Altman met investors. The deal is worth $1.2bn.', language: 'en' });
    expect(index.sentences.map((s) => s.title)).toEqual([true, false, false]);
    expect(index.sentenceFrequency.get('altman')).toBe(2);
    // "Altman" alone is the person the title named in full.
    expect(index.sentences[1].entities.map((e) => `${e.kind}:${e.text}`)).toEqual(['person:Altman']);
    expect(index.sentences[2].entities.map((e) => e.kind)).toEqual(['amount']);
  });

  it('indexes Vietnamese as written and folded', () => {
    const index = indexStory({ title: '', text: 'Mỗi nút giao được lắp 8 camera.', language: 'vi' });
    const terms = index.sentences[0].terms;
    expect(terms.has('lắp')).toBe(true);
    expect(terms.has('lap')).toBe(true);
    expect(terms.has('nút giao')).toBe(true);
  });
});
