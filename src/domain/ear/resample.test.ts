import { describe, expect, it } from 'vitest';
import { downsampler, RESAMPLE_DELAY_48K, upsampler, type Resampler } from './resample';

const sine = (hz: number, n: number, rate: number) => Float32Array.from({ length: n }, (_, i) => 0.5 * Math.sin((2 * Math.PI * hz * i) / rate));

/** The resampler fed in chunks of the given sizes, in turn, and what came out joined. */
function inChunks(r: Resampler, x: Float32Array, sizes: number[]): Float32Array {
  const parts: number[] = [];
  for (let at = 0, i = 0; at < x.length; i++) {
    const size = sizes[i % sizes.length];
    parts.push(...r(x.subarray(at, at + size)));
    at += size;
  }
  return Float32Array.from(parts);
}

describe('16 kHz ⇄ 48 kHz as audio comes', () => {
  it('up and back down returns the audio, late by the two filters’ delays', () => {
    const x = sine(440, 4000, 16000);
    const up = upsampler();
    const down = downsampler();
    const y = down(up(x));
    expect(y.length).toBe(x.length);
    const lag = (2 * RESAMPLE_DELAY_48K) / 3;
    let worst = 0;
    for (let n = 200; n < x.length; n++) worst = Math.max(worst, Math.abs(y[n] - x[n - lag]));
    expect(worst).toBeLessThan(0.01);
  });

  it('upsampling puts a 16 kHz tone at the same frequency at 48 kHz', () => {
    const y = upsampler()(sine(1000, 1600, 16000));
    const z = sine(1000, 4800, 48000);
    let worst = 0;
    for (let m = 300; m < y.length; m++) worst = Math.max(worst, Math.abs(y[m] - z[m - RESAMPLE_DELAY_48K]));
    expect(worst).toBeLessThan(0.01);
  });

  it('takes away what 16 kHz cannot hold when coming down', () => {
    const y = downsampler()(sine(12000, 48000, 48000));
    const rms = Math.sqrt(y.slice(100).reduce((s, v) => s + v * v, 0) / (y.length - 100));
    expect(rms).toBeLessThan(0.005);
  });

  it('gives the same samples whatever the chunks', () => {
    const x = sine(700, 3001, 16000);
    const whole = upsampler()(x);
    expect(inChunks(upsampler(), x, [1, 7, 160, 33])).toEqual(whole);
    const x48 = sine(700, 9001, 48000);
    const down = downsampler()(x48);
    expect(down.length).toBe(3001);
    expect(inChunks(downsampler(), x48, [2, 5, 480, 1])).toEqual(down);
  });
});
