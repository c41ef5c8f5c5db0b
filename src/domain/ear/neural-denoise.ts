// Noise taken out by a model made for it (RNNoise, Valin 2018: a small recurrent network that sets a gain per band
// every 10 ms), for the second ear. The model hears 48 kHz frames of its own size; the microphone's audio is 16 kHz: it
// goes up, through the model frame by frame, and back down as it comes (resample.ts), and the delays of the three
// are taken off, so that what comes out lines up with what went in and is as long.
import type { StreamingDenoiser } from './denoise';
import { downsampler, RESAMPLE_DELAY_48K, upsampler } from './resample';
import { joinSamples } from './samples';

/** One utterance's pass through the model: it keeps what it heard of the frames before. */
export interface FrameCleaner {
  /** A frame of `frameSize` 48 kHz samples in [-1, 1] → the same number, cleaned. */
  process(frame: Float32Array): Float32Array;
  close(): void;
}

/** The model (the platform's RNNoise; tests fake it). */
export interface FrameDenoiser {
  /** Samples per frame, 48 kHz. */
  frameSize: number;
  /** How far what it returns lags what it was given, 48 kHz samples (a multiple of 3). */
  delay: number;
  open(): FrameCleaner;
}

/** The model's cleaning of 16 kHz audio as it comes; what it returns lags what it was given by a frame and a bit. */
export function frameDenoised(model: FrameDenoiser): StreamingDenoiser {
  const up = upsampler();
  const down = downsampler();
  const cleaner = model.open();
  /** 16 kHz samples the round trip delays by: dropped from the start of what comes out. */
  const lag = (2 * RESAMPLE_DELAY_48K + model.delay) / 3;
  let pending = new Float32Array(0);
  let toDrop = lag;
  let given = 0;
  let returned = 0;
  let closed = false;

  function through(samples: Float32Array): Float32Array {
    const all = joinSamples([pending, up(samples)]);
    const frames = Math.floor(all.length / model.frameSize);
    const cleaned = new Float32Array(frames * model.frameSize);
    for (let f = 0; f < frames; f++) cleaned.set(cleaner.process(all.subarray(f * model.frameSize, (f + 1) * model.frameSize)), f * model.frameSize);
    pending = all.slice(frames * model.frameSize);
    const out = down(cleaned);
    const dropped = Math.min(toDrop, out.length);
    toDrop -= dropped;
    return out.subarray(dropped);
  }

  return {
    push(samples) {
      if (closed) throw new Error('frameDenoised: push after flush');
      given += samples.length;
      const out = through(samples);
      returned += out.length;
      return out;
    },
    flush() {
      if (closed) return new Float32Array(0);
      const parts: Float32Array[] = [];
      let length = 0;
      // Silence after the end pushes the last samples through the filters and the model's last frame.
      while (returned + length < given) {
        const part = through(new Float32Array(Math.ceil(model.frameSize / 3)));
        parts.push(part);
        length += part.length;
      }
      closed = true;
      cleaner.close();
      const out = joinSamples(parts).slice(0, given - returned);
      returned = given;
      return out;
    },
  };
}

/** One cleaning after another, as audio comes. */
export function chained(first: StreamingDenoiser, then: StreamingDenoiser): StreamingDenoiser {
  return {
    push: (samples) => then.push(first.push(samples)),
    flush() {
      const last = then.push(first.flush());
      return joinSamples([last, then.flush()]);
    },
  };
}
