import { describe, expect, it } from 'vitest';
import { makeStory } from '../../../tests/fakes/story-fixtures';
import { filterDays, groupByDay } from './story-days';

const ids = (days: { day: string; stories: { id: string }[] }[]) => days.map((d) => [d.day, d.stories.map((s) => s.id)]);

describe('groupByDay', () => {
  const stories = [
    makeStory('old', '2026-11-20T12:00:00+07:00'),
    makeStory('y-morning', '2026-11-27T08:00:00+07:00'),
    makeStory('t-early', '2026-11-28T00:30:00+07:00'),
    makeStory('y-night', '2026-11-27T23:59:00+07:00'),
    makeStory('t-late', '2026-11-28T08:00:00+07:00'),
  ];

  it('puts stories under their local day, newest day first and newest story first', () => {
    expect(ids(groupByDay(stories, 'Asia/Ho_Chi_Minh'))).toEqual([
      ['2026-11-28', ['t-late', 't-early']],
      ['2026-11-27', ['y-night', 'y-morning']],
      ['2026-11-20', ['old']],
    ]);
  });

  it('uses the reader’s time zone: 00:30 in Hanoi is the evening before in London', () => {
    expect(ids(groupByDay(stories, 'Europe/London')).slice(0, 2)).toEqual([
      ['2026-11-28', ['t-late']],
      ['2026-11-27', ['t-early', 'y-night', 'y-morning']],
    ]);
  });

  it('orders stories of the same instant by id, so the list never depends on storage order', () => {
    const same = [makeStory('b', '2026-11-28T08:00:00Z'), makeStory('a', '2026-11-28T08:00:00Z')];
    expect(ids(groupByDay(same, 'UTC'))).toEqual([['2026-11-28', ['a', 'b']]]);
    expect(groupByDay([], 'UTC')).toEqual([]);
  });

  it('filters each day and drops the days left empty', () => {
    const days = groupByDay(stories, 'Asia/Ho_Chi_Minh');
    expect(ids(filterDays(days, (s) => s.id.startsWith('y') || s.id === 't-late'))).toEqual([
      ['2026-11-28', ['t-late']],
      ['2026-11-27', ['y-night', 'y-morning']],
    ]);
  });
});
