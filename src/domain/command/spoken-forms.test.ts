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

  it.each([
    ["hey google, what's the news", "what's the news"],
    ['ok google tin tức hôm nay', 'tin tức hôm nay'],
    ['alexa ơi báo Thanh Niên hôm nay có gì', 'báo Thanh Niên hôm nay có gì'],
    ['ok google oi tin ai hom nay', 'tin ai hom nay'],
    ['này google, điểm tin tuần này đi', 'điểm tin tuần này đi'],
    ['Google, news about Gemini', 'news about Gemini'],
    ['alexa skip', 'skip'],
    ["siri what's happening with Apple", "what's happening with Apple"],
    ['olly pause', 'pause'],
    ['earshot ơi đọc tiếp', 'đọc tiếp'],
  ])('drops the wake word of %j', (said, plain) => expect(plainSpokenForms(said)).toBe(plain));

  it.each([
    'news about google',
    "what's new with Alexa",
    'google news today',
    'Google ra mắt gì mới',
    'Alexa news',
    'siri headlines this week',
    'tin về google',
    'alexa',
  ])('keeps a name that is what the news is about, or all that was said: %j', (said) => expect(plainSpokenForms(said)).toBe(said));

  it('leaves English words that are single letters alone', () => {
    expect(plainSpokenForms('give me a two minute briefing')).toBe('give me a two minute briefing');
    expect(plainSpokenForms('play a b c news')).toBe('play abc news');
    expect(plainSpokenForms('give me a b b c update')).toBe('give me a bbc update');
    expect(plainSpokenForms('i need the news')).toBe('i need the news');
  });
});
