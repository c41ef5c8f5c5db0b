// How far a briefing has got, measured in spoken words: the share heard, the time left at the speaking rate, and
// where each story starts along the way (for the progress bar's marks).
import { WORDS_PER_MINUTE, countWords } from '../briefing/pace';
import type { Briefing } from '../briefing/types';
import type { Position } from './machine';

export interface BriefingProgress {
  /** Share of the briefing's words before the sentence being spoken, 0…1. */
  fraction: number;
  /** Seconds left from the sentence being spoken to the end, at the rate. */
  secondsLeft: number;
  /** Where each story segment starts, as shares of the whole, in order. */
  storyStarts: number[];
}

/** Words per sentence of each segment, counted once per briefing (briefings are immutable). */
const counted = new WeakMap<Briefing, number[][]>();
function wordCounts(briefing: Briefing): number[][] {
  let counts = counted.get(briefing);
  if (!counts) {
    // A sentence always takes some time, even one the word counter sees no word in ("…").
    counts = briefing.segments.map((seg) => seg.sentences.map((s) => Math.max(1, countWords(s, seg.lang))));
    counted.set(briefing, counts);
  }
  return counts;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function briefingProgress(briefing: Briefing, pos: Position, rate = 1): BriefingProgress {
  const counts = wordCounts(briefing);
  const total = sum(counts.map(sum));
  if (total === 0) return { fraction: 0, secondsLeft: 0, storyStarts: [] };
  let seen = 0;
  let before = 0;
  let secondsLeft = 0;
  const storyStarts: number[] = [];
  counts.forEach((sentences, i) => {
    const segment = briefing.segments[i];
    if (segment.kind === 'story') storyStarts.push(seen / total);
    const wordsPerSecond = ((WORDS_PER_MINUTE[segment.lang] ?? WORDS_PER_MINUTE.en) * rate) / 60;
    sentences.forEach((words, j) => {
      seen += words;
      const earlier = i < pos.segment || (i === pos.segment && j < pos.sentence);
      if (earlier) before += words;
      else secondsLeft += words / wordsPerSecond;
    });
  });
  return { fraction: before / total, secondsLeft, storyStarts };
}
