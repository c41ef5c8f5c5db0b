import { describe, expect, it } from 'vitest';
import { plainSpokenForms } from './spoken-forms';

describe('spoken forms', () => {
  it.each([
    ['tell me c. n. n. news', 'tell me cnn news'],
    ['play c n n', 'play cnn'],
    ['what is the b. b. c.\'s latest news', "what is the bbc's latest news"],
    ['các tiêu đề b. b. c thế giới', 'các tiêu đề bbc thế giới'],
    ['những câu chuyện top trên c. n. n.', 'những câu chuyện top trên cnn'],
    ['tin v. t. v. một', 'tin vtv một'],
    ['news from the U.S. today', 'news from the US today'],
    ['c. b. s. news', 'cbs news'],
    ['n p r', 'npr'],
    ['ne\u200bxt', 'next'],
    ['tin\u200b AI hôm nay', 'tin AI hôm nay'],
  ])('%j → %j', (said, plain) => expect(plainSpokenForms(said)).toBe(plain));

  it('leaves English words that are single letters alone', () => {
    expect(plainSpokenForms('give me a two minute briefing')).toBe('give me a two minute briefing');
    expect(plainSpokenForms('play a b c news')).toBe('play abc news');
    expect(plainSpokenForms('give me a b b c update')).toBe('give me a bbc update');
    expect(plainSpokenForms('i need the news')).toBe('i need the news');
  });
});
