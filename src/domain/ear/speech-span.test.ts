import { describe, expect, it } from 'vitest';
import { speechSpan } from './speech-span';

const RATE = 16000;
/** Quiet noise with a loud tone between two times (seconds). */
function clip(seconds: number, from: number, to: number): Float32Array {
  let seed = 7;
  const noise = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 - 0.5) * 0.002;
  return Float32Array.from({ length: seconds * RATE }, (_, i) => noise() + (i >= from * RATE && i < to * RATE ? 0.3 * Math.sin((2 * Math.PI * 220 * i) / RATE) : 0));
}

describe('where the speech is', () => {
  it('cuts the quiet around it, keeping a tenth of a second each side', () => {
    const span = speechSpan(clip(3, 1, 1.8), RATE)!;
    expect(span.start / RATE).toBeCloseTo(0.9, 1);
    expect(span.end / RATE).toBeCloseTo(1.9, 1);
  });

  it('keeps a clip that is all speech whole, and finds none in silence', () => {
    expect(speechSpan(clip(1, 0, 1), RATE)).toEqual({ start: 0, end: RATE });
    expect(speechSpan(clip(1, 2, 2), RATE)).toBeNull();
    expect(speechSpan(new Float32Array(0), RATE)).toBeNull();
  });
});
