import { describe, expect, it } from 'vitest';
import { aiRelevance } from '../briefing/relevance';
import type { Story } from '../types';
import { firstSentences } from '../text/sentences';
import { isWhole, LEAD_CHARS, leadOf, OPENING_SENTENCES, openingOf, storyHead, textLengthOf } from './story-head';

const story = (text: string): Story => ({ id: 'a', title: 'OpenAI ships a model', source: 'Wire', url: 'https://x.test/a', publishedAt: 5, lang: 'en', text, sourceId: 'src', addedAt: 7 });

describe('storyHead', () => {
  it('keeps every field but the text; the first LEAD_CHARS characters as the lead, the first sentences, the length', () => {
    const long = 'word '.repeat(200);
    const head = storyHead(story(long));
    expect(head).toEqual({
      id: 'a',
      title: 'OpenAI ships a model',
      source: 'Wire',
      url: 'https://x.test/a',
      publishedAt: 5,
      lang: 'en',
      sourceId: 'src',
      addedAt: 7,
      lead: long.slice(0, LEAD_CHARS),
      opening: [long.trim()],
      chars: 1000,
    });
    expect('text' in head).toBe(false);
  });

  it('keeps the opening sentences a briefing groups reports by, however far past the lead they run', () => {
    const s = story(`${'A long first sentence that goes on and on about the market. '.repeat(5).trim()} Second one here. Third names Zorvex. Fourth.`);
    const head = storyHead(s);
    expect(head.opening).toEqual(firstSentences(s.text, 'en', OPENING_SENTENCES));
    expect(head.opening).toHaveLength(3);
    expect(openingOf(head)).toEqual(openingOf(s));
    expect(textLengthOf(head)).toBe(textLengthOf(s));
    expect(isWhole(s) && !isWhole(head)).toBe(true);
    expect(leadOf(head)).toBe(leadOf(s));
  });

  it('keeps a short text whole as the lead', () => {
    expect(storyHead(story('Short.')).lead).toBe('Short.');
  });

  it('reads as about AI exactly as the whole story does (relevance reads the same 400 characters)', () => {
    const s = story(`${'The weather was mild. '.repeat(18)}A new language model and neural network chips were shown.`);
    const head = storyHead(s);
    expect(aiRelevance({ title: head.title, text: head.lead })).toBe(aiRelevance(s));
    expect(aiRelevance(head)).toBe(aiRelevance(s));
  });
});
