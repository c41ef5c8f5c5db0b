import { describe, expect, it } from 'vitest';
import type { Briefing } from '../briefing/types';
import { heardIn, historyEntry, lastTold, pickReplay, resumable, RESUME_WITHIN_MS, storiesHeard, summarize } from './history';

const T = Date.parse('2026-11-28T02:00:00Z'); // 09:00 in Hanoi
const ref = (id: string) => ({ id, title: `Title ${id}`, source: 'Wire', url: '', publishedAt: T, lang: 'en' });

function briefing(id: string, createdAt = T): Briefing {
  return {
    id,
    lang: 'en',
    createdAt,
    requested: { from: '2026-11-28', to: '2026-11-28' },
    served: { from: '2026-11-28', to: '2026-11-28' },
    storyCount: 2,
    available: 2,
    segments: [
      { kind: 'intro', lang: 'en', sentences: ['Good morning.', 'Two AI stories for today.'] },
      { kind: 'story', lang: 'en', sentences: ['From Wire: one.', 'It has three words.', 'Really it does.'], story: ref('a') },
      { kind: 'story', lang: 'en', sentences: ['From Wire: two.', 'Second story here.'], story: ref('b') },
      { kind: 'outro', lang: 'en', sentences: ["That's the briefing."] },
    ],
  };
}

describe('history entries', () => {
  it('keep the script, the story ids, language and rate, and start unheard', () => {
    const e = historyEntry(briefing('b1'), 1.25);
    expect(e).toMatchObject({ id: 'b1', storyIds: ['a', 'b'], lang: 'en', rate: 1.25, createdAt: T, progress: { pos: { segment: 0, sentence: 0 }, done: false } });
  });

  it('summarise length, progress and the story reached', () => {
    const e = historyEntry(briefing('b1'), 1);
    expect(summarize(e)).toMatchObject({ storyCount: 2, sentences: 8, reached: 1, done: false, storyTitle: 'Title a', storyIndex: 1 });
    const mid = { ...e, progress: { ...e.progress, pos: { segment: 2, sentence: 1 } } };
    expect(summarize(mid)).toMatchObject({ reached: 7, storyTitle: 'Title b', storyIndex: 2 });
    expect(summarize({ ...e, progress: { ...e.progress, done: true } })).toMatchObject({ reached: 8, done: true });
    expect(summarize(e).words).toBe(2 + 5 + 3 + 4 + 3 + 3 + 3 + 3);
    expect(summarize(e).minutes).toBeCloseTo(26 / 160);
    expect(summarize({ ...e, rate: 2 }).minutes).toBeCloseTo(26 / 320);
  });
});

describe('pickReplay', () => {
  const list = [
    { id: 'today-late', createdAt: Date.parse('2026-11-28T12:00:00Z') },
    { id: 'today-early', createdAt: Date.parse('2026-11-28T01:00:00Z') },
    // 23:30 on the 27th in UTC is 06:30 on the 28th in Hanoi.
    { id: 'hanoi-morning', createdAt: Date.parse('2026-11-27T23:30:00Z') },
    { id: 'yesterday', createdAt: Date.parse('2026-11-27T03:00:00Z') },
  ];
  it('takes the latest overall, or the latest of the named local days', () => {
    expect(pickReplay(list, null, 'Asia/Ho_Chi_Minh')?.id).toBe('today-late');
    expect(pickReplay(list, { from: '2026-11-27', to: '2026-11-27' }, 'Asia/Ho_Chi_Minh')?.id).toBe('yesterday');
    expect(pickReplay(list, { from: '2026-11-27', to: '2026-11-27' }, 'UTC')?.id).toBe('hanoi-morning');
    expect(pickReplay(list, { from: '2026-11-20', to: '2026-11-21' }, 'UTC')).toBeNull();
    expect(pickReplay([], null, 'UTC')).toBeNull();
  });
});

describe('resumable', () => {
  const e = historyEntry(briefing('b1'), 1);
  const at = (segment: number, sentence: number, extra: Partial<typeof e.progress> = {}) => ({ ...e, progress: { pos: { segment, sentence }, done: false, updatedAt: T, ...extra } });
  it('offers the newest briefing left inside a story, recently', () => {
    expect(resumable([at(2, 1)], T + 1000)?.id).toBe('b1');
    expect(resumable([at(0, 1)], T)).toBeNull(); // still in the intro
    expect(resumable([at(3, 0)], T)).toBeNull(); // in the outro
    expect(resumable([at(2, 1, { done: true })], T)).toBeNull();
    expect(resumable([at(2, 1)], T + RESUME_WITHIN_MS + 1)).toBeNull();
    expect(resumable([historyEntry(briefing('newer'), 1), at(2, 1)], T)).toBeNull(); // only the newest counts
  });
});

describe('stories heard', () => {
  const b = briefing('b1');
  const at = (segment: number, sentence = 0) => ({ segment, sentence });

  it('are the stories the player went past, told to their end or skipped', () => {
    expect(storiesHeard(b, at(0, 1), at(1), false)).toEqual([]);
    expect(storiesHeard(b, at(1, 2), at(2), false)).toEqual(['a']);
    // "next" from the first sentence of story a to story b: skipped counts as heard.
    expect(storiesHeard(b, at(1), at(2), false)).toEqual(['a']);
    expect(storiesHeard(b, at(0), at(3), false)).toEqual(['a', 'b']);
  });

  it('going back or staying in a story hears nothing; the end of the briefing hears the story it was in', () => {
    expect(storiesHeard(b, at(2), at(1), false)).toEqual([]);
    expect(storiesHeard(b, at(1, 0), at(1, 2), false)).toEqual([]);
    expect(storiesHeard(b, at(2, 1), at(2, 1), true)).toEqual(['b']);
  });

  it("count every report of the event a segment told", () => {
    const clustered: Briefing = { ...b, segments: b.segments.map((s) => (s.story?.id === 'a' ? { ...s, clusterIds: ['a', 'a2'] } : s)) };
    expect(storiesHeard(clustered, at(1), at(2), false)).toEqual(['a', 'a2']);
  });

  it('are gathered over every briefing kept, older entries without any included', () => {
    expect([...heardIn([{ heard: ['a', 'b'] }, {}, { heard: ['b', 'c'] }])].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('the last story told, for a question after a reload', () => {
  it("is the story the newest briefing had reached, or the last before it", () => {
    const newest = historyEntry(briefing('new'), 1);
    const older = historyEntry(briefing('old'), 1);
    const at = (e: typeof newest, segment: number) => ({ ...e, progress: { ...e.progress, pos: { segment, sentence: 0 } } });
    expect(lastTold([at(newest, 2), at(older, 1)])?.id).toBe('b');
    expect(lastTold([at(newest, 3)])?.id).toBe('b');
    // Stopped in the intro: no story was told in it yet.
    expect(lastTold([at(newest, 0), at(older, 2)])).toBeNull();
    expect(lastTold([])).toBeNull();
  });
});
