import { describe, expect, it } from 'vitest';
import { makeStory } from '../../../tests/fakes/story-fixtures';
import { initialPlayerState, storyPosition, transition, type PlayerState } from '../player/machine';
import { composeStoryList, MAX_LISTED_STORIES, type StoryListInput } from './story-list';

const base: StoryListInput = { id: 'l1', lang: 'en', now: 0, stories: [], days: { from: '2026-11-27', to: '2026-11-28' } };
// Older first on purpose: a list is told in the order given, never re-ranked by time or relevance.
const stories = [
  makeStory('b', '2026-11-27T08:00:00+07:00', { title: 'Is AI a bubble?', source: 'Reuters' }),
  makeStory('a', '2026-11-28T08:00:00+07:00', { title: 'Nvidia ships a chip', source: 'Test Wire' }),
  makeStory('v', '2026-11-28T07:00:00+07:00', { title: 'Ra mắt chip AI mới', source: 'VnExpress', lang: 'vi', text: 'Hãng ra mắt chip mới. Chip nhanh hơn.' }),
];

describe('composeStoryList', () => {
  it('tells the stories in the order given, each starting with its title, with no greeting or count first', () => {
    const b = composeStoryList({ ...base, stories });
    expect(b.segments.map((s) => s.kind)).toEqual(['intro', 'story', 'story', 'story', 'outro']);
    expect(b.segments[0].sentences).toEqual([]);
    expect(b.segments.slice(1, 4).map((s) => s.story?.id)).toEqual(['b', 'a', 'v']);
    expect(b.segments[1].sentences[0]).toBe('Is AI a bubble? From Reuters.');
    expect(b.segments[2].sentences[0]).toBe('Nvidia ships a chip. From Test Wire.');
    expect(b.segments[2].sentences.slice(1).join(' ')).toContain('Lab a released an AI model');
    expect(b.segments[4].sentences[0]).toBe("That's the briefing.");
    expect(b).toMatchObject({ storyCount: 3, available: 3, requested: base.days, served: base.days });
  });

  it('says each story in its own language, the rest in the interface language', () => {
    const b = composeStoryList({ ...base, lang: 'vi', stories, notes: ['Thiết bị này chưa có giọng đọc tiếng Anh.'] });
    expect(b.segments[0]).toMatchObject({ lang: 'vi', sentences: ['Thiết bị này chưa có giọng đọc tiếng Anh.'] });
    expect(b.segments[3]).toMatchObject({ lang: 'vi', sentences: ['Ra mắt chip AI mới. Theo VnExpress.', 'Hãng ra mắt chip mới.', 'Chip nhanh hơn.'] });
    expect(b.segments[2].sentences[0]).toBe('Nvidia ships a chip. From Test Wire.');
    expect(b.segments[4].lang).toBe('vi');
  });

  it('keeps the rest of a long story for "tell me more"', () => {
    const long = makeStory('long', '2026-11-28T08:00:00Z', {
      text: Array.from({ length: 30 }, (_, i) => `Sentence number ${i + 1} of the long story adds one more distinct detail about topic ${i}.`).join(' '),
    });
    const b = composeStoryList({ ...base, stories: [long] });
    expect(b.segments[1].rest?.length).toBeGreaterThan(0);
  });

  it('tells at most MAX_LISTED_STORIES, and nothing at all for an empty list', () => {
    const many = Array.from({ length: MAX_LISTED_STORIES + 5 }, (_, i) => makeStory(`s${i}`, '2026-11-28T08:00:00Z'));
    const b = composeStoryList({ ...base, stories: many });
    expect(b.storyCount).toBe(MAX_LISTED_STORIES);
    expect(b.available).toBe(MAX_LISTED_STORIES + 5);
    const none = composeStoryList(base);
    expect(none.segments).toEqual([{ kind: 'intro', lang: 'en', sentences: [] }]);
    expect(none.served).toBeNull();
  });

  it('plays from the first title at once, and "next" and "go back" move along the list', () => {
    const b = composeStoryList({ ...base, stories });
    let state: PlayerState = initialPlayerState;
    const step = (event: Parameters<typeof transition>[1]) => {
      const t = transition(state, event);
      state = t.state;
      return t.effects.flatMap((e) => (e.type === 'speak' ? [e.text] : []));
    };
    expect(step({ type: 'START', briefing: b })).toEqual(['Is AI a bubble? From Reuters.']);
    expect(storyPosition(state)).toEqual({ index: 1, count: 3 });
    expect(step({ type: 'NEXT' })).toEqual(['Nvidia ships a chip. From Test Wire.']);
    expect(step({ type: 'NEXT' })).toEqual(['Ra mắt chip AI mới. Theo VnExpress.']);
    expect(step({ type: 'PREVIOUS' })).toEqual(['Nvidia ships a chip. From Test Wire.']);
  });
});
