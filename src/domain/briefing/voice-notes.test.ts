import { describe, expect, it } from 'vitest';
import { makeStory } from '../../../tests/fakes/story-fixtures';
import { missingVoices, voiceNotes } from './voice-notes';

const stories = [makeStory('a', '2026-11-28T08:00:00Z', { lang: 'vi' }), makeStory('b', '2026-11-28T08:00:00Z', { lang: 'en' }), makeStory('c', '2026-11-28T08:00:00Z', { lang: 'fr' })];

describe('voice notes', () => {
  it('names our languages the engine lists no voice for, once', () => {
    const voices = [{ lang: 'en_US' }];
    expect(missingVoices(stories, { voices, loaded: true, noted: [] })).toEqual(['vi']);
    expect(missingVoices(stories, { voices, loaded: true, noted: ['vi'] })).toEqual([]);
    expect(missingVoices(stories, { voices: [...voices, { lang: 'vi-VN' }], loaded: true, noted: [] })).toEqual([]);
  });

  it('says nothing before the list is loaded, or when the engine lists no voices at all (it speaks by language)', () => {
    expect(missingVoices(stories, { voices: [{ lang: 'en-US' }], loaded: false, noted: [] })).toEqual([]);
    expect(missingVoices(stories, { voices: [], loaded: true, noted: [] })).toEqual([]);
  });

  it('words each in the interface language', () => {
    const [en] = voiceNotes(['vi'], 'en');
    const [vi] = voiceNotes(['vi'], 'vi');
    expect(en).toMatch(/Vietnamese/);
    expect(vi).toMatch(/tiếng Việt/i);
  });
});
