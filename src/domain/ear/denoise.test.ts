import { describe, expect, it } from 'vitest';
import { joinSamples } from '../../../tests/support/samples';
import { DEFAULT_DENOISE, denoise, streamingDenoiser } from './denoise';

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

/** The audio through a streaming denoiser in chunks of `size`, joined. */
function streamed(audio: Float32Array, size: number): Float32Array {
  const d = streamingDenoiser();
  const parts: Float32Array[] = [];
  for (let i = 0; i < audio.length; i += size) parts.push(d.push(audio.subarray(i, i + size)));
  parts.push(d.flush());
  return joinSamples(parts);
}

describe('taking noise out as the audio comes', () => {
  it('gives back as many samples as it was given, whatever the chunks', () => {
    const { mixed } = noisy(0.05);
    for (const size of [1, 100, 1600, 4097]) expect(streamed(mixed.subarray(0, 9000 + size), size).length).toBe(9000 + size);
    expect(streamed(new Float32Array(100), 30).length).toBe(100);
  });

  it('returns samples as frames complete, a frame behind at most', () => {
    const d = streamingDenoiser();
    expect(d.push(new Float32Array(300)).length).toBe(0);
    expect(d.push(new Float32Array(300)).length).toBe(256);
    expect(d.push(new Float32Array(1000)).length).toBe(1024);
    expect(d.flush().length).toBe(1600 - 1280);
  });

  it('is the same whatever the chunks', () => {
    const { mixed } = noisy(0.05);
    const a = streamed(mixed, 160);
    const b = streamed(mixed, 3333);
    expect(Math.max(...a.map((x, i) => Math.abs(x - b[i])))).toBeLessThan(1e-6);
  });

  it('lowers steady noise heard before the speech, and keeps the tone', () => {
    const { mixed } = noisy(0.05);
    const out = streamed(mixed, 1600);
    expect(rms(out, 2000, 7000)).toBeLessThan(rms(mixed, 2000, 7000) / 2);
    expect(rms(out, 9000, 23000)).toBeGreaterThan(0.8 * rms(mixed, 9000, 23000));
    // Close to what the whole clip's cleaning gives where speech is.
    const whole = denoise(mixed);
    expect(rms(out.map((x, i) => x - whole[i]), 9000, 23000)).toBeLessThan(0.1 * rms(whole, 9000, 23000));
  });

  it('leaves audio with no noise to speak of as it was', () => {
    const { mixed } = noisy(0.00001);
    const out = streamed(mixed, 1600);
    // Before the tone there is only the faint hiss to measure, and it is taken away; from the tone on, nothing changes.
    expect(Math.max(...out.subarray(8600).map((x, i) => Math.abs(x - mixed[8600 + i])))).toBeLessThan(1e-6);
    expect(rms(out, 0, 8000)).toBeLessThan(rms(mixed, 0, 8000));
  });
});
