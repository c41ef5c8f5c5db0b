// Briefings for tests: the segments given, on Saturday 28 November 2026, each story segment counted.
import type { Briefing, Segment } from '../../src/domain/briefing/types';

export function briefingOf(segments: Segment[]): Briefing {
  const stories = segments.filter((s) => s.kind === 'story').length;
  return {
    id: 'b',
    lang: 'en',
    createdAt: 0,
    requested: { from: '2026-11-28', to: '2026-11-28' },
    served: { from: '2026-11-28', to: '2026-11-28' },
    segments,
    storyCount: stories,
    available: stories,
  };
}
