import { describe, expect, it } from 'vitest';
import { briefingOf } from '../../../tests/fakes/briefing-fixtures';
import type { Segment } from '../briefing/types';
import { briefingProgress } from './progress';

const seg = (kind: Segment['kind'], lang: string, sentences: string[]): Segment => ({ kind, lang, sentences });
// Word counts: intro 4, story one 11 (4 + 7), story two 5 (Vietnamese syllables), outro 4: 24 words.
const briefing = briefingOf([
  seg('intro', 'en', ['Two stories for today.']),
  seg('story', 'en', ['First comes the chip.', 'It is faster than the last one.']),
  seg('story', 'vi', ['Tin thứ hai về AI.']),
  seg('outro', 'en', ['That is the briefing.']),
]);

describe('briefingProgress', () => {
  it('is at 0 before the first sentence, with the whole briefing left at the language’s pace', () => {
    const p = briefingProgress(briefing, { segment: 0, sentence: 0 });
    expect(p.fraction).toBe(0);
    // English 160 words a minute, Vietnamese 190 syllables a minute.
    expect(p.secondsLeft).toBeCloseTo((19 / 160) * 60 + (5 / 190) * 60, 5);
  });

  it('counts the words of every sentence before the one being spoken', () => {
    expect(briefingProgress(briefing, { segment: 1, sentence: 1 }).fraction).toBeCloseTo(8 / 24, 5);
    expect(briefingProgress(briefing, { segment: 3, sentence: 0 }).fraction).toBeCloseTo(20 / 24, 5);
  });

  it('marks where each story starts', () => {
    expect(briefingProgress(briefing, { segment: 0, sentence: 0 }).storyStarts).toEqual([4 / 24, 15 / 24]);
  });

  it('shortens the time left at a faster rate', () => {
    const at1 = briefingProgress(briefing, { segment: 2, sentence: 0 }, 1).secondsLeft;
    const at2 = briefingProgress(briefing, { segment: 2, sentence: 0 }, 2).secondsLeft;
    expect(at1).toBeCloseTo((5 / 190) * 60 + (4 / 160) * 60, 5);
    expect(at2).toBeCloseTo(at1 / 2, 5);
  });

  it('reports nothing to do for a briefing without sentences', () => {
    expect(briefingProgress({ ...briefing, segments: [] }, { segment: 0, sentence: 0 })).toEqual({ fraction: 0, secondsLeft: 0, storyStarts: [] });
  });
});
