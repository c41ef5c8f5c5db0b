// 16 kHz ⇄ 48 kHz as audio comes, for a noise remover made for 48 kHz (RNNoise, neural-denoise.ts): by three up, a
// low-pass filter, and by three down. One windowed-sinc filter serves both ways; each way keeps the samples its
// filter still needs, so the chunks may be of any length and the output is the same as for the whole at once.

/** Taps of the low-pass filter (odd: its delay is a whole number of samples at 48 kHz). */
const TAPS = 97;
/** Its cut-off, cycles per 48 kHz sample: 92% of 8 kHz, under the 16 kHz audio's Nyquist frequency. */
const CUTOFF = (0.5 / 3) * 0.92;

/** A Hann-windowed sinc with unit gain at 0 Hz. */
function lowPass(): Float64Array {
  const h = new Float64Array(TAPS);
  const mid = (TAPS - 1) / 2;
  let sum = 0;
  for (let i = 0; i < TAPS; i++) {
    const x = i - mid;
    const sinc = x === 0 ? 2 * CUTOFF : Math.sin(2 * Math.PI * CUTOFF * x) / (Math.PI * x);
    h[i] = sinc * (0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (TAPS - 1)));
    sum += h[i];
  }
  for (let i = 0; i < TAPS; i++) h[i] /= sum;
  return h;
}
const H = lowPass();

/** What each way delays the audio by, in 48 kHz samples (the filter's half length). */
export const RESAMPLE_DELAY_48K = (TAPS - 1) / 2;

/** Takes the next samples and returns the resampled ones that are now known. */
export type Resampler = (samples: Float32Array) => Float32Array;

/** 16 kHz in, 48 kHz out: three outputs per input, each from the filter's third that meets the input's samples. */
export function upsampler(): Resampler {
  /** Inputs one phase of the filter reaches back over, kept from the chunk before. */
  const keep = Math.ceil(TAPS / 3) - 1;
  let past = new Float64Array(keep);
  return (samples) => {
    const x = new Float64Array(keep + samples.length);
    x.set(past);
    x.set(samples, keep);
    const out = new Float32Array(samples.length * 3);
    for (let n = 0; n < samples.length; n++) {
      // y[3n + p] = 3 · Σ_k h[3k + p] · x[n − k]: the zeros between inputs are skipped.
      for (let p = 0; p < 3; p++) {
        let acc = 0;
        for (let k = 0, tap = p; tap < TAPS; k++, tap += 3) acc += H[tap] * x[keep + n - k];
        out[3 * n + p] = 3 * acc;
      }
    }
    past = x.slice(x.length - keep);
    return out;
  };
}

/** 48 kHz in, 16 kHz out: every third sample of the filtered input (the first, the fourth, …), computed only where it is kept. */
export function downsampler(): Resampler {
  const keep = TAPS - 1;
  let past = new Float64Array(keep);
  /** Inputs taken since the last output, as if two came before the first: outputs fall on inputs 0, 3, 6, … (the
   * 48 kHz samples an upsampler made from 16 kHz ones, so that the round trip delays by whole 16 kHz samples). */
  let phase = 2;
  return (samples) => {
    const x = new Float64Array(keep + samples.length);
    x.set(past);
    x.set(samples, keep);
    const out = new Float32Array(Math.floor((phase + samples.length) / 3));
    // The first input that makes an output, then every third.
    for (let n = 2 - phase, o = 0; n < samples.length; n += 3, o++) {
      let acc = 0;
      for (let k = 0; k < TAPS; k++) acc += H[k] * x[keep + n - k];
      out[o] = acc;
    }
    phase = (phase + samples.length) % 3;
    past = x.slice(x.length - keep);
    return out;
  };
}
