import { describe, expect, it } from 'vitest';
import { DEFAULT_DENOISE, denoise } from './denoise';

const RATE = 16000;
function noisy(noiseLevel: number): { clean: Float32Array; mixed: Float32Array } {
  let seed = 3;
  const white = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32 - 0.5) * 2;
  const clean = Float32Array.from({ length: 2 * RATE }, (_, i) => (i > 0.5 * RATE && i < 1.5 * RATE ? 0.3 * Math.sin((2 * Math.PI * 440 * i) / RATE) : 0));
  return { clean, mixed: clean.map((x) => x + noiseLevel * white()) };
}
const rms = (a: Float32Array, from = 0, to = a.length) => Math.sqrt(a.slice(from, to).reduce((s, x) => s + x * x, 0) / (to - from));

describe('taking noise out', () => {
  it('lowers steady noise where nothing is said, and keeps the tone', () => {
    const { mixed } = noisy(0.05);
    const out = denoise(mixed);
    // Before the tone: the noise is cut by more than 6 dB.
    expect(rms(out, 1000, 7000)).toBeLessThan(rms(mixed, 1000, 7000) / 2);
    // The tone keeps most of its level.
    expect(rms(out, 9000, 23000)).toBeGreaterThan(0.8 * rms(mixed, 9000, 23000));
  });

  it('leaves a clip with no noise to speak of as it was', () => {
    const { mixed } = noisy(0.00001);
    expect(denoise(mixed, DEFAULT_DENOISE)).toBe(mixed);
  });
});
