import { describe, expect, it } from 'vitest';
import { questionKind } from './question';
import { indexStory } from './story-index';
import { positions, questionUnits } from './units';

const story = indexStory({
  title: 'Startup Đà Nẵng ra mắt robot nhặt rác',
  text: 'Buổi hỏi đáp diễn ra trên mạng. Mỗi robot có giá bán 320 triệu đồng. Robot được pretrained trên dữ liệu.',
  language: 'vi',
});

describe('questionUnits', () => {
  it('weighs a cue of the kind less than a content word, and a word of two syllables a synonym group knows as one', () => {
    const { units } = questionUnits(questionKind('khi nào bắt đầu thí điểm', 'vi'), 'vi', story);
    const weight = (t: string) => units.find((u) => u.terms.includes(t))!.weight;
    expect(units.map((u) => u.terms[0])).toEqual(['~ra mat', 'thí', 'điểm']);
    expect(weight('~ra mat')).toBeLessThan(weight('thí'));
  });

  it('keeps a function syllable where the story writes it with its neighbour ("diễn ra")', () => {
    const kept = questionUnits(questionKind('buổi hỏi đáp diễn ra ở đâu', 'vi'), 'vi', story).units.map((u) => u.terms[0]);
    expect(kept).toEqual(['buổi', 'hỏi', 'đáp', 'diễn', 'ra']);
  });

  it('implies what a question without content words asks about ("bao giờ có?": when it is out)', () => {
    const { units } = questionUnits(questionKind('bao giờ có', 'vi'), 'vi', story);
    expect(units.flatMap((u) => u.terms)).toContain('~ra mat');
  });
});

describe('positions', () => {
  it('finds an English word of the same family the stemmer leaves apart', () => {
    const en = indexStory({ title: '', text: 'It was pretrained and then delivered.', language: 'en' });
    expect(positions(en.sentences[0], 'train', 'en')).toEqual([2]);
    expect(positions(en.sentences[0], 'delivery', 'en')).toEqual([5]);
    expect(positions(en.sentences[0], 'plan', 'en')).toEqual([]);
  });
});
