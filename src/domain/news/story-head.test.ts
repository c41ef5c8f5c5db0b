import { describe, expect, it } from 'vitest';
import { aiRelevance } from '../briefing/relevance';
import type { Story } from '../types';
import { LEAD_CHARS, storyHead } from './story-head';

const story = (text: string): Story => ({ id: 'a', title: 'OpenAI ships a model', source: 'Wire', url: 'https://x.test/a', publishedAt: 5, lang: 'en', text, sourceId: 'src', addedAt: 7 });

describe('storyHead', () => {
  it('keeps every field but the text, and the first LEAD_CHARS characters as the lead', () => {
    const long = 'word '.repeat(200);
    const head = storyHead(story(long));
    expect(head).toEqual({ id: 'a', title: 'OpenAI ships a model', source: 'Wire', url: 'https://x.test/a', publishedAt: 5, lang: 'en', sourceId: 'src', addedAt: 7, lead: long.slice(0, LEAD_CHARS) });
    expect('text' in head).toBe(false);
  });

  it('keeps a short text whole as the lead', () => {
    expect(storyHead(story('Short.')).lead).toBe('Short.');
  });

  it('reads as about AI exactly as the whole story does (relevance reads the same 400 characters)', () => {
    const s = story(`${'The weather was mild. '.repeat(18)}A new language model and neural network chips were shown.`);
    const head = storyHead(s);
    expect(aiRelevance({ title: head.title, text: head.lead })).toBe(aiRelevance(s));
  });
});
