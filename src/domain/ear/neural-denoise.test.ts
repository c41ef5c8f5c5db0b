import { describe, expect, it } from 'vitest';
import { DEFAULT_DENOISE, streamingDenoiser } from './denoise';
import { chained, frameDenoised, type FrameDenoiser } from './neural-denoise';

const sine = (hz: number, n: number) => Float32Array.from({ length: n }, (_, i) => 0.5 * Math.sin((2 * Math.PI * hz * i) / 16000));

/** A model that returns its frames as they are, `delay` samples late; it counts frames and closings. */
function fakeModel(delay = 0, gain = 1): FrameDenoiser & { frames: number; closed: number } {
  const fake = {
    frameSize: 480,
    delay,
    frames: 0,
    closed: 0,
    open() {
      const line = new Float32Array(delay);
      return {
        process(frame: Float32Array) {
          fake.frames++;
          const all = new Float32Array(line.length + frame.length);
          all.set(line);
          all.set(frame, line.length);
          line.set(all.subarray(frame.length));
          return all.subarray(0, frame.length).map((v) => v * gain);
        },
        close() {
          fake.closed++;
        },
      };
    },
  };
  return fake;
}

function run(d: ReturnType<typeof frameDenoised>, x: Float32Array, chunk: number): Float32Array {
  const parts: number[] = [];
  for (let at = 0; at < x.length; at += chunk) parts.push(...d.push(x.subarray(at, at + chunk)));
  parts.push(...d.flush());
  return Float32Array.from(parts);
}

describe('a 48 kHz noise model over 16 kHz audio as it comes', () => {
  it('returns as many samples as it was given, lined up with them, whatever the model’s delay', () => {
    const x = sine(300, 8000);
    for (const delay of [0, 960]) {
      const y = run(frameDenoised(fakeModel(delay)), x, 1600);
      expect(y.length).toBe(x.length);
      let worst = 0;
      for (let n = 100; n < x.length - 100; n++) worst = Math.max(worst, Math.abs(y[n] - x[n]));
      expect(worst).toBeLessThan(0.01);
    }
  });

  it('hands the model whole frames, and closes it at the end', () => {
    const model = fakeModel();
    const d = frameDenoised(model);
    expect(d.push(sine(300, 100))).toHaveLength(0);
    expect(model.frames).toBe(0);
    d.push(sine(300, 1600));
    expect(model.frames).toBe(10);
    expect(model.closed).toBe(0);
    d.flush();
    expect(model.closed).toBe(1);
    expect(() => d.push(sine(300, 10))).toThrow(/after flush/);
  });

  it('returns what the model made of the audio', () => {
    const y = run(frameDenoised(fakeModel(0, 0.25)), sine(300, 4000), 512);
    const x = sine(300, 4000);
    for (let n = 200; n < 3800; n += 97) expect(y[n]).toBeCloseTo(0.25 * x[n], 2);
  });

  it('chains with spectral subtraction: every sample comes through once', () => {
    // Quiet before a tone: clean audio, which the subtraction leaves as it is (denoise.ts).
    const x = new Float32Array(8000);
    x.set(sine(300, 5000), 3000);
    const c = chained(frameDenoised(fakeModel(960)), streamingDenoiser(DEFAULT_DENOISE));
    const y = run(c, x, 700);
    expect(y.length).toBe(x.length);
    let worst = 0;
    for (let n = 600; n < x.length - 600; n++) worst = Math.max(worst, Math.abs(y[n] - x[n]));
    expect(worst).toBeLessThan(0.02);
  });
});
