import { describe, expect, it } from 'vitest';
import { SILENCE_DB, levelDb } from './level';

describe('levelDb', () => {
  it('gives a full-scale square wave 0 dBFS and a full-scale sine about −3 dBFS', () => {
    expect(levelDb(Float32Array.from({ length: 64 }, (_, i) => (i % 2 ? 1 : -1)))).toBeCloseTo(0, 5);
    const sine = Float32Array.from({ length: 1600 }, (_, i) => Math.sin((2 * Math.PI * 440 * i) / 16000));
    expect(levelDb(sine)).toBeCloseTo(-3.01, 1);
  });

  it('halving the amplitude lowers the level by about 6 dB', () => {
    const loud = Float32Array.from({ length: 256 }, (_, i) => Math.sin(i / 3) * 0.5);
    const soft = loud.map((x) => x / 2);
    expect(levelDb(loud) - levelDb(soft)).toBeCloseTo(6.02, 1);
  });

  it('reports silence for zeros, an empty block and anything below −100 dBFS', () => {
    expect(levelDb(new Float32Array(128))).toBe(SILENCE_DB);
    expect(levelDb([])).toBe(SILENCE_DB);
    expect(levelDb(new Float32Array(128).fill(1e-6))).toBe(SILENCE_DB);
  });
});
