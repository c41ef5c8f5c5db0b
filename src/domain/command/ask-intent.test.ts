// The `ask` intent as the app understands it (the grammar, the learned model and the question test together): a
// question about the story is neither a command nor a request for news, and never takes one's place.
import { describe, expect, it } from 'vitest';
import { understand } from './command-model';
import type { Lang } from '../types';

const TODAY = '2026-12-05';
const read = (said: string, lang: Lang, storyInContext = false) => understand(said, { lang, today: TODAY, storyInContext });

describe('questions about the story', () => {
  it('are `ask`, carrying the question as said, in both languages', () => {
    for (const q of ['how much does it cost', 'who built it', 'when does it launch', 'which companies are involved', 'what did critics say']) {
      expect(read(q, 'en'), q).toMatchObject({ intent: 'ask', question: q, topic: null });
    }
    for (const q of ['giá bao nhiêu', 'ai phát triển nó', 'bao giờ có', 'ở nước nào', 'cai nay gia bao nhieu vay']) {
      expect(read(q, 'vi'), q).toMatchObject({ intent: 'ask', question: q });
    }
  });

  it('never take the place of a command or a request for news', () => {
    expect(read('who reported this', 'en').intent).toBe('source');
    expect(read('when was this article published', 'en').intent).toBe('source');
    expect(read('sorry what was that', 'en').intent).toBe('repeat');
    expect(read("what's the AI news today", 'en', true).intent).toBe('brief');
    expect(read('what are the headlines', 'en', true).intent).toBe('brief');
    expect(read('tin AI hôm nay có gì', 'vi', true).intent).toBe('brief');
    expect(read('tôi có thể nói những gì', 'vi').intent).toBe('help');
    expect(read('next', 'en', true).intent).toBe('next');
  });

  it('are not made of another assistant’s requests that name their domain (the weather, alarms, music)', () => {
    expect(read("what's the weather like tomorrow", 'en', true).intent).toBe('none');
    expect(read('mai hà nội có mưa không', 'vi', true).intent).toBe('none');
    expect(read('play some jazz', 'en', true).intent).toBe('none');
  });

  it('while a story is told, include a "request for news" with no news word that asks about it', () => {
    expect(read('what did the union say about it', 'en', true)).toMatchObject({ intent: 'ask' });
    expect(read('công ty nào đứng sau vụ này', 'vi', true)).toMatchObject({ intent: 'ask' });
    // With no story to ask about, the same words ask for news.
    expect(read('what did the union say about it', 'en', false).intent).toBe('brief');
    // A new subject after "about" / "về" asks for news about it, story or not.
    expect(read('what do analysts say about the new immigration policies', 'en', true).intent).toBe('brief');
    expect(read('nhà phân tích nói gì về chính sách nhập cư mới', 'vi', true).intent).toBe('brief');
  });

  it('include trivia for another assistant, which is answered from the story or declined, never acted on', () => {
    expect(read('who wrote pride and prejudice', 'en')).toMatchObject({ intent: 'ask', question: 'who wrote pride and prejudice' });
  });
});
