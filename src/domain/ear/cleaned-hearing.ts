// An ear that hears audio as it comes (the second ear, PocketSphinx), given the audio with its noise taken out as it
// comes: by a noise model when there is one (RNNoise, neural-denoise.ts), then by spectral subtraction (denoise.ts's
// streamingDenoiser). The cleaning is part of the hearing while the person speaks, not a second pass once they have
// stopped.
import { DEFAULT_DENOISE, streamingDenoiser, type DenoiseOptions, type StreamingDenoiser } from './denoise';
import { chained, frameDenoised, type FrameDenoiser } from './neural-denoise';

/** What hears an utterance in chunks and answers at its end. */
export interface StreamingHearing {
  start(): void;
  /** 16 kHz audio in [-1, 1]. */
  push(audio: Float32Array): void;
  /** The utterance's end: what was heard. */
  stop(): string;
  /** How sure it is of what it last heard (phone-loop.ts), where it can tell. */
  confidence?(): number | null;
}

/**
 * The same hearing, of the audio cleaned as it comes; it hears the last samples at the end (a frame or two lag). The
 * noise model, where given, cleans first: on the benchmark's tune half it took the second ear from 72.2% to 82.7% of
 * the commands at 10 dB SNR (npm run bench:ear), where spectral subtraction alone had left it.
 */
export function hearingCleaned(ear: StreamingHearing, options: DenoiseOptions = DEFAULT_DENOISE, model?: FrameDenoiser): StreamingHearing {
  let cleaner: StreamingDenoiser | null = null;
  return {
    start() {
      // An utterance that never ended (the session was dropped) frees its model state first.
      cleaner?.flush();
      cleaner = model ? chained(frameDenoised(model), streamingDenoiser(options)) : streamingDenoiser(options);
      ear.start();
    },
    push(audio) {
      const cleaned = cleaner ? cleaner.push(audio) : audio;
      if (cleaned.length > 0) ear.push(cleaned);
    },
    stop() {
      const rest = cleaner?.flush();
      cleaner = null;
      if (rest && rest.length > 0) ear.push(rest);
      return ear.stop();
    },
    confidence: () => ear.confidence?.() ?? null,
  };
}
