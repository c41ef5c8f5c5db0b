import { describe, expect, it } from 'vitest';
import { matchesTopic, topicWords } from './topic';

const story = { title: 'Nvidia loses 589 billion dollars as DeepSeek rattles markets', text: 'Chips fell. Bán dẫn giảm mạnh.' };

describe('topics', () => {
  it('matches whole words, ignoring case, diacritics and plurals', () => {
    expect(matchesTopic(story, 'DeepSeek')).toBe(true);
    expect(matchesTopic(story, 'deepseek markets')).toBe(true);
    expect(matchesTopic(story, 'chip')).toBe(true);
    expect(matchesTopic(story, 'ban dan')).toBe(true);
    expect(matchesTopic(story, 'OpenAI')).toBe(false);
    expect(matchesTopic(story, 'seek')).toBe(false);
  });

  it('ignores stopwords, and an empty topic matches nothing', () => {
    expect(topicWords('the state of the chips')).toEqual(['state', 'chips']);
    expect(matchesTopic(story, 'the')).toBe(false);
  });
});
