// Noise taken out of a clip before the recognizer hears it: spectral subtraction (Boll, 1979) with the noise's spectrum
// measured on the clip's quietest frames, a floor against "musical" residue, and overlap-add resynthesis. The browser's
// own noise suppression does this for a live microphone; this is for audio that did not get it. `denoise` takes a
// whole clip (the first ear hears the utterance once it has ended); `streamingDenoiser` cleans audio as it comes (the
// second ear hears it while the person speaks), measuring the noise on the quietest frames heard so far.

const N = 512;
const HOP = N / 2;

/** In-place radix-2 FFT of (re, im), length a power of two. */
function fft(re: Float64Array, im: Float64Array, inverse: boolean) {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j], re[i]];
      [im[i], im[j]] = [im[j], im[i]];
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const angle = ((inverse ? 2 : -2) * Math.PI) / len;
    const [wr, wi] = [Math.cos(angle), Math.sin(angle)];
    for (let i = 0; i < n; i += len) {
      let [cr, ci] = [1, 0];
      for (let k = 0; k < len / 2; k++) {
        const [ar, ai] = [re[i + k], im[i + k]];
        const [br, bi] = [re[i + k + len / 2] * cr - im[i + k + len / 2] * ci, re[i + k + len / 2] * ci + im[i + k + len / 2] * cr];
        [re[i + k], im[i + k]] = [ar + br, ai + bi];
        [re[i + k + len / 2], im[i + k + len / 2]] = [ar - br, ai - bi];
        [cr, ci] = [cr * wr - ci * wi, cr * wi + ci * wr];
      }
    }
  }
  if (inverse) {
    for (let i = 0; i < n; i++) {
      re[i] /= n;
      im[i] /= n;
    }
  }
}

export interface DenoiseOptions {
  /** How many times the noise's power is taken away (over-subtraction). */
  strength: number;
  /** The least share of a bin's power kept (against musical noise). */
  floor: number;
  /** The share of quietest frames the noise is measured on. */
  quietShare: number;
  /** Nothing is done when the quiet frames are this far (dB) below the loudest: there is no noise to speak of. */
  cleanBelowDb: number;
}

/** Chosen on the benchmark's tune half (npm run bench:ear): at 10 dB SNR it understood about a quarter more; on clean audio it is not applied. */
export const DEFAULT_DENOISE: DenoiseOptions = { strength: 2, floor: 0.05, quietShare: 0.15, cleanBelowDb: 35 };

const WINDOW = Float64Array.from({ length: N }, (_, i) => Math.sin((Math.PI * (i + 0.5)) / N) ** 2);

interface Frame {
  re: Float64Array;
  im: Float64Array;
  /** The windowed frame's power. */
  power: number;
}

/** The windowed frame of `samples` starting at `at` (zeros past their end), in frequency. */
function spectrum(samples: Float32Array, at: number): Frame {
  const re = new Float64Array(N);
  const im = new Float64Array(N);
  let power = 0;
  for (let i = 0; i < N && at + i < samples.length; i++) {
    re[i] = samples[at + i] * WINDOW[i];
    power += re[i] * re[i];
  }
  fft(re, im, false);
  return { re, im, power };
}

/** A frame's power in each bin. */
const binPowers = (s: Frame) => Float64Array.from(s.re, (re, k) => re * re + s.im[k] * s.im[k]);

/** The mean of some frames' powers per bin. */
function meanPower(frames: readonly Float64Array[]): Float64Array {
  const noise = new Float64Array(N);
  for (const bins of frames) for (let k = 0; k < N; k++) noise[k] += bins[k] / frames.length;
  return noise;
}

/** The frame with the noise's power taken away (in place), back in time: add it at its offset (half overlap sums to one). */
function subtract(frame: Frame, noise: Float64Array, o: DenoiseOptions): Float64Array {
  const { re, im } = frame;
  for (let k = 0; k < N; k++) {
    const p = re[k] ** 2 + im[k] ** 2;
    const gain = p > 0 ? Math.sqrt(Math.max(o.floor, 1 - (o.strength * noise[k]) / p)) : 0;
    re[k] *= gain;
    im[k] *= gain;
  }
  fft(re, im, true);
  return re;
}

/** How many of `frames` frames the noise is measured on. */
const quietCount = (frames: number, o: DenoiseOptions) => Math.min(frames, Math.max(2, Math.round(frames * o.quietShare)));

/** True when the loudest frame is so far above the quiet ones that there is no noise to speak of. */
const isClean = (loudest: number, quiet: number, o: DenoiseOptions) => 10 * Math.log10(loudest / (quiet + 1e-20)) > o.cleanBelowDb;

export function denoise(samples: Float32Array, o: DenoiseOptions = DEFAULT_DENOISE): Float32Array {
  const frames = Math.floor((samples.length - N) / HOP) + 1;
  if (frames < 4) return samples;
  const spectra = Array.from({ length: frames }, (_, f) => spectrum(samples, f * HOP));
  const byPower = [...spectra].sort((a, b) => a.power - b.power);
  const quiet = byPower.slice(0, quietCount(frames, o));
  const quietPower = quiet.reduce((sum, s) => sum + s.power, 0) / quiet.length;
  if (isClean(byPower[frames - 1].power, quietPower, o)) return samples;
  const noise = meanPower(quiet.map(binPowers));
  const out = new Float32Array(samples.length);
  for (let f = 0; f < frames; f++) {
    const back = subtract(spectra[f], noise, o);
    for (let i = 0; i < N; i++) out[f * HOP + i] += back[i];
  }
  return out;
}

/** Cleans audio as it comes; what it returns lags what it was given by a frame at most. */
export interface StreamingDenoiser {
  /** Takes the next samples; returns the cleaned samples that are now final. */
  push(samples: Float32Array): Float32Array;
  /** The end: the rest of the cleaned samples (all of them, with what push returned, as many as were given). */
  flush(): Float32Array;
}

/**
 * Spectral subtraction as audio arrives: each frame's noise is the mean spectrum of the quietest frames heard so far
 * (the same share as for a whole clip), and a frame is left as it is while the loudest frame so far is far above them
 * (a clean recording's room tone is not taken away from its speech). With a second of the microphone kept before the
 * speech, as the app has, the quiet frames are the noise before the first word.
 */
export function streamingDenoiser(o: DenoiseOptions = DEFAULT_DENOISE): StreamingDenoiser {
  /** Samples given and not yet framed (the last frame's overlap included). */
  let pending = new Float32Array(0);
  /** Overlap-add of the frames so far: its first HOP samples are final once a frame has been added. */
  const tail = new Float64Array(N);
  /** Frames so far by power (quietest first), and the loudest power. */
  const byPower: { bins: Float64Array; power: number }[] = [];
  let loudest = 0;
  let given = 0;
  let returned = 0;

  function frame(at: Float32Array): Float32Array {
    const f = spectrum(at, 0);
    const place = byPower.findIndex((g) => g.power > f.power);
    byPower.splice(place < 0 ? byPower.length : place, 0, { bins: binPowers(f), power: f.power });
    loudest = Math.max(loudest, f.power);
    const quiet = byPower.slice(0, quietCount(byPower.length, o));
    const quietPower = quiet.reduce((sum, s) => sum + s.power, 0) / quiet.length;
    const back = isClean(loudest, quietPower, o) ? windowed(at) : subtract(f, meanPower(quiet.map((q) => q.bins)), o);
    for (let i = 0; i < N; i++) tail[i] += back[i];
    const out = Float32Array.from(tail.subarray(0, HOP));
    tail.copyWithin(0, HOP);
    tail.fill(0, N - HOP);
    return out;
  }

  function take(samples: Float32Array, end: boolean): Float32Array {
    given += samples.length;
    const all = new Float32Array(pending.length + samples.length);
    all.set(pending);
    all.set(samples, pending.length);
    const parts: Float32Array[] = [];
    let at = 0;
    for (; at + N <= all.length; at += HOP) parts.push(frame(all.subarray(at, at + N)));
    if (end) {
      // The last samples, framed with zeros after them, until every sample given has been returned.
      for (; returned + parts.length * HOP < given; at += HOP) parts.push(frame(all.subarray(at, Math.min(all.length, at + N))));
    }
    pending = all.slice(at);
    let length = parts.length * HOP;
    if (end) length = given - returned;
    const out = new Float32Array(length);
    parts.forEach((p, i) => out.set(p.subarray(0, Math.max(0, Math.min(HOP, length - i * HOP))), i * HOP));
    returned += length;
    return out;
  }

  return { push: (samples) => take(samples, false), flush: () => take(new Float32Array(0), true) };
}

/** A frame as it is, windowed (a sine-squared window at half overlap sums to one: unchanged audio adds back). */
function windowed(at: Float32Array): Float64Array {
  const out = new Float64Array(N);
  for (let i = 0; i < N && i < at.length; i++) out[i] = at[i] * WINDOW[i];
  return out;
}
