import { describe, expect, it } from 'vitest';
import type { Story } from '../types';
import { composeBriefing, type ComposeInput } from './compose';

const story = (id: string, hour: number, lang = 'en', extra: Partial<Story> = {}): Story => ({
  id,
  title: `Title ${id}`,
  source: 'Source',
  url: '',
  publishedAt: Date.parse(`2026-11-28T${String(hour).padStart(2, '0')}:00:00Z`),
  lang,
  text: 'First sentence. Second sentence. Third sentence. Fourth sentence.',
  ...extra,
});

const base: ComposeInput = {
  id: 'b1',
  lang: 'en',
  now: 0,
  today: '2026-11-28',
  requested: { from: '2026-11-28', to: '2026-11-28' },
  served: { from: '2026-11-28', to: '2026-11-28' },
  stories: [],
};

describe('composeBriefing', () => {
  it('opens with the day and count, tells stories newest first, and closes', () => {
    const b = composeBriefing({ ...base, stories: [story('a', 1), story('b', 5)] });
    expect(b.segments.map((s) => s.kind)).toEqual(['intro', 'story', 'story', 'outro']);
    expect(b.segments[0].sentences).toEqual(["Here is today's AI news: 2 stories."]);
    expect(b.segments[1].story?.id).toBe('b');
    expect(b.segments[1].sentences).toEqual(['From Source: Title b.', 'First sentence.', 'Second sentence.', 'Third sentence.']);
    expect(b.storyCount).toBe(2);
  });

  it('says there is nothing for the requested day and which day it plays instead', () => {
    const b = composeBriefing({
      ...base,
      served: { from: '2025-02-03', to: '2025-02-03' },
      stories: [story('a', 1)],
    });
    expect(b.segments[0].sentences).toEqual([
      'There are no AI stories from today yet.',
      'Here are the latest ones, from Monday, February 3, 2025.',
      'Here is the AI news from Monday, February 3, 2025: one story.',
    ]);
  });

  it('speaks Vietnamese stories in Vietnamese and the intro in the interface language', () => {
    const b = composeBriefing({ ...base, lang: 'vi', stories: [story('a', 1, 'vi', { title: 'Chip mới.', text: 'Câu một. Câu hai.' })] });
    expect(b.segments[0]).toMatchObject({ lang: 'vi', sentences: ['Đây là bản tin AI hôm nay: 1 tin.'] });
    expect(b.segments[1]).toMatchObject({ lang: 'vi', sentences: ['Theo Source: Chip mới.', 'Câu một.', 'Câu hai.'] });
  });

  it('caps the story count and says how many there were', () => {
    const many = Array.from({ length: 14 }, (_, i) => story(`s${i}`, i));
    const b = composeBriefing({ ...base, stories: many });
    expect(b.storyCount).toBe(10);
    expect(b.segments[0].sentences[0]).toBe("Here is today's AI news: 10 stories, the top 10 of 14.");
  });

  it('introduces a topic briefing with the topic and the newest day', () => {
    const b = composeBriefing({ ...base, stories: [story('a', 1)], topic: { name: 'DeepSeek', daysNamed: false, latestDay: '2025-02-03' } });
    expect(b.segments[0].sentences).toEqual(['Here is the AI news about DeepSeek: one story, the latest from Monday, February 3, 2025.']);
    const named = composeBriefing({ ...base, stories: [story('a', 1)], topic: { name: 'chips', daysNamed: true, latestDay: '2026-11-28' } });
    expect(named.segments[0].sentences).toEqual(['Here is the AI news about chips from today: one story.']);
  });

  it('keeps the rest of each story for "tell me more"', () => {
    const b = composeBriefing({ ...base, stories: [story('a', 1)] });
    expect(b.segments[1].rest).toEqual(['Fourth sentence.']);
  });

  it('says notes before the intro', () => {
    const b = composeBriefing({ ...base, stories: [story('a', 1)], notes: ['This device has no Vietnamese voice.'] });
    expect(b.segments[0].sentences).toEqual(['This device has no Vietnamese voice.', "Here is today's AI news: one story."]);
  });

  it('explains an empty device', () => {
    const b = composeBriefing({ ...base, served: null });
    expect(b.segments).toHaveLength(1);
    expect(b.segments[0].sentences).toEqual([
      'There are no AI stories from today yet.',
      'There are no stories on this device yet.',
      'Import a feed file to add some.',
    ]);
  });

  it('keeps every utterance within the speech limit', () => {
    const long = story('l', 1, 'en', { text: `${'word '.repeat(120)}end.` });
    const b = composeBriefing({ ...base, stories: [long] });
    for (const s of b.segments.flatMap((x) => x.sentences)) expect(s.length).toBeLessThanOrEqual(200);
  });
});
