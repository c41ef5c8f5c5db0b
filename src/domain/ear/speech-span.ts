// Where the speech is in a clip: the recognizer errs sharply on a short command with silence or noise around it, so
// the ear decodes only the span between the first and the last frame well above the clip's own noise floor.
import { levelDb } from '../sound/level';

export interface SpeechSpan {
  /** First and last sample (exclusive) of the span, with a margin. */
  start: number;
  end: number;
}

/** Frames of 10 ms; speech is 12 dB over the quietest tenth of frames and within 35 dB of the loudest; 0.1 s kept around. */
export function speechSpan(samples: Float32Array, sampleRate: number): SpeechSpan | null {
  const frame = Math.round(sampleRate / 100);
  const levels: number[] = [];
  for (let at = 0; at + frame <= samples.length; at += frame) levels.push(levelDb(samples.subarray(at, at + frame)));
  if (levels.length === 0) return null;
  const sorted = [...levels].sort((a, b) => a - b);
  const floor = sorted[Math.floor(sorted.length * 0.1)];
  const peak = sorted[sorted.length - 1];
  // No quiet part to tell speech from (a clip already cut to the speech): all of it, unless it is silence.
  if (peak < floor + 12) return peak > -50 ? { start: 0, end: samples.length } : null;
  const threshold = Math.max(floor + 12, peak - 35);
  const first = levels.findIndex((l) => l >= threshold);
  const last = levels.length - 1 - [...levels].reverse().findIndex((l) => l >= threshold);
  const margin = Math.round(sampleRate / 10);
  return { start: Math.max(0, first * frame - margin), end: Math.min(samples.length, (last + 1) * frame + margin) };
}
