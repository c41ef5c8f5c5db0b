import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordsOf } from './words';

const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
const articles = read<{ id: string; lang: string; text: string }[]>('../../../tests/fixtures/briefing/articles.json');
const clusters = read<{ stories: { id: string; lang: string; title: string; text: string }[] }>('../../../tests/fixtures/briefing/clusters.json').stories;

const icuWords = (text: string, lang: string) =>
  [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);

describe('wordsOf', () => {
  it('gives exactly the words Intl.Segmenter gives on every English and Vietnamese fixture text', () => {
    const texts = [...articles.map((a) => ({ id: a.id, lang: a.lang, text: a.text })), ...clusters.flatMap((s) => [{ ...s, text: s.title }, s])];
    for (const { id, lang, text } of texts) expect(wordsOf(text, lang), id).toEqual(icuWords(text, lang));
    expect(texts.length).toBeGreaterThan(50);
  });

  it('counts Vietnamese syllables, each written apart, as words', () => {
    expect(wordsOf('Trí tuệ nhân tạo đang thay đổi cách chúng ta làm việc.', 'vi')).toHaveLength(12);
  });

  it('keeps contractions, abbreviations and numbers whole, and drops punctuation', () => {
    expect(wordsOf("OpenAI's chip, built in the U.S., costs $30,000 — it's 2.5× faster (at 3:30).", 'en')).toEqual([
      "OpenAI's", 'chip', 'built', 'in', 'the', 'U.S', 'costs', '30,000', "it's", '2.5', 'faster', 'at', '3:30',
    ]);
  });

  it('uses the dictionary segmenter for scripts written without spaces', () => {
    expect(wordsOf('我们喜欢人工智能', 'zh')).toEqual(icuWords('我们喜欢人工智能', 'zh'));
    expect(wordsOf('我们喜欢人工智能', 'zh').length).toBeGreaterThan(1);
    expect(wordsOf('ปัญญาประดิษฐ์กำลังเปลี่ยนโลก', 'th').length).toBeGreaterThan(1);
  });
});
