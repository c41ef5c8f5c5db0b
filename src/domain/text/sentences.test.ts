import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chunkSentence, firstSentences, speakableSentences, splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits English and keeps punctuation', () => {
    expect(splitSentences('OpenAI announced Stargate. It costs a lot! Will it work?', 'en')).toEqual([
      'OpenAI announced Stargate.',
      'It costs a lot!',
      'Will it work?',
    ]);
  });

  it('splits Vietnamese', () => {
    expect(splitSentences('DeepSeek ra mắt mô hình R1. Chi phí rất thấp.', 'vi')).toEqual([
      'DeepSeek ra mắt mô hình R1.',
      'Chi phí rất thấp.',
    ]);
  });

  it('treats a paragraph break as a sentence end even without a full stop', () => {
    expect(splitSentences('Headline without stop\n\nBody sentence.', 'en')).toEqual(['Headline without stop', 'Body sentence.']);
  });

  it('folds whitespace and drops empty text', () => {
    expect(splitSentences('  A   b.\n C.  ', 'en')).toEqual(['A b.', 'C.']);
    expect(splitSentences(' \n\n ', 'en')).toEqual([]);
  });
});

describe('firstSentences', () => {
  it('gives the same first sentences as splitting the whole text, for every fixture article', () => {
    const articles = JSON.parse(readFileSync(new URL('../../../tests/fixtures/briefing/articles.json', import.meta.url), 'utf8')) as { lang: string; text: string }[];
    for (const { lang, text } of articles) {
      const all = splitSentences(text, lang);
      for (const n of [1, 3, 8, 40]) expect(firstSentences(text, lang, n)).toEqual(all.slice(0, n));
    }
    expect(firstSentences('Short. Text.', 'en', 5)).toEqual(['Short.', 'Text.']);
  });
});

describe('chunkSentence', () => {
  it('leaves short sentences alone', () => {
    expect(chunkSentence('Short one.')).toEqual(['Short one.']);
  });

  it('cuts long sentences at clause boundaries, never over the limit, losing no words', () => {
    const long =
      'SoftBank, which already backs many AI companies, was reported to be in talks to invest as much as 25 billion US dollars in OpenAI; ' +
      'that would make it the largest investor, ahead of Microsoft, which has put in about 13 billion dollars over several years, ' +
      'according to people familiar with the talks who asked not to be named.';
    const chunks = chunkSentence(long, 120);
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(120);
    expect(chunks.join(' ').split(/\s+/)).toEqual(long.split(/\s+/));
    expect(chunks[0].endsWith(',') || chunks[0].endsWith(';')).toBe(true);
  });

  it('cuts at spaces when there is no clause punctuation', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const chunks = chunkSentence(words, 100);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(100);
    expect(chunks.join(' ')).toBe(words);
  });
});

describe('speakableSentences', () => {
  it('never yields an utterance over 200 characters', () => {
    const text = `${'A clause that goes on, '.repeat(30)}end. Short.`;
    const out = speakableSentences(text, 'en');
    expect(out.at(-1)).toBe('Short.');
    for (const s of out) expect(s.length).toBeLessThanOrEqual(200);
  });
});
