// The second ear's noise remover in Node: RNNoise's WebAssembly (@jitsi/rnnoise-wasm) over espeak-ng's speech with
// noise added, as the ear runs it (16 kHz in chunks, domain/ear/neural-denoise.ts). Needs espeak-ng and sox (.ci/run
// installs them).
import { beforeAll, describe, expect, it } from 'vitest';
import { frameDenoised, type FrameDenoiser } from '../../src/domain/ear/neural-denoise';
import { joinSamples } from '../../tests/support/samples';
import { readWav16k } from '../../tests/support/wav';
import { spokenClip } from '../bench/ear-corpus';
import { nodeRnnoise } from './node-rnnoise';
import { rnnoiseLoaderModule, rnnoiseWasm } from './rnnoise-files';

/** Noise of a fixed seed (a linear congruential generator), low-passed a little, at `db` below the speech's power. */
function withNoise(speech: Float32Array, db: number): Float32Array {
  let seed = 12345;
  let last = 0;
  const noise = Float32Array.from({ length: speech.length }, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    last = 0.7 * last + 0.3 * (seed / 2 ** 30 - 1);
    return last;
  });
  const power = (x: Float32Array) => x.reduce((s, v) => s + v * v, 0) / x.length;
  const gain = Math.sqrt(power(speech) / power(noise) / 10 ** (db / 10));
  return speech.map((v, i) => v + gain * noise[i]);
}

/** Speech over what is left of the difference from it, dB. */
const snr = (x: Float32Array, clean: Float32Array) => {
  let s = 0;
  let n = 0;
  for (let i = 0; i < clean.length; i++) {
    s += clean[i] ** 2;
    n += (x[i] - clean[i]) ** 2;
  }
  return 10 * Math.log10(s / n);
};

function cleaned(model: FrameDenoiser, audio: Float32Array): Float32Array {
  const d = frameDenoised(model);
  const parts: Float32Array[] = [];
  for (let i = 0; i < audio.length; i += 1600) parts.push(d.push(audio.subarray(i, i + 1600)));
  parts.push(d.flush());
  return joinSamples(parts);
}

describe('RNNoise over 16 kHz speech as it comes', { timeout: 60_000 }, () => {
  let model: FrameDenoiser;
  let speech: Float32Array;
  beforeAll(async () => {
    model = await nodeRnnoise();
    speech = readWav16k(await spokenClip('espeak-en-us-175', 'what did reuters say about nvidia'));
  }, 60_000);

  it('takes noise out: the speech stands clearer by 2 dB or more (3.5 when written), in line with the audio given', () => {
    const noisy = withNoise(speech, 10);
    const out = cleaned(model, noisy);
    expect(out.length).toBe(noisy.length);
    const before = snr(noisy, speech);
    const after = snr(out, speech);
    expect(before).toBeCloseTo(10, 0);
    expect(after, `${before.toFixed(1)} → ${after.toFixed(1)} dB`).toBeGreaterThan(before + 2);
    // Lined up: shifted a few samples either way it matches the speech worse.
    const n = speech.length - 8;
    for (const shift of [-8, 8]) expect(snr(out.subarray(Math.max(0, shift), Math.max(0, shift) + n), speech.subarray(Math.max(0, -shift), Math.max(0, -shift) + n))).toBeLessThan(after);
  });

  it('leaves clean speech mostly as it was', () => {
    expect(snr(cleaned(model, speech), speech)).toBeGreaterThan(12);
  });

  it('gives each utterance its own state, freed at its end', () => {
    const a = cleaned(model, withNoise(speech, 10));
    const b = cleaned(model, withNoise(speech, 10));
    expect(b).toEqual(a);
  });

  it('is made from the package at build time: a loader without its WebAssembly, and the WebAssembly apart', () => {
    const loader = rnnoiseLoaderModule();
    expect(loader.length).toBeLessThan(100_000);
    expect(loader).toContain('wasmBinaryFile = "rnnoise.wasm"');
    expect([...rnnoiseWasm().subarray(0, 4)]).toEqual([0, 0x61, 0x73, 0x6d]);
    expect(() => rnnoiseLoaderModule('var wasmBinaryFile = "rnnoise.wasm";')).toThrow(/no longer holds its WebAssembly inline/);
  });
});
