// An ear that hears audio as it comes (the second ear, PocketSphinx), given the audio with its noise taken out as it
// comes (denoise.ts's streamingDenoiser): the cleaning is part of the hearing while the person speaks, not a second
// pass once they have stopped.
import { DEFAULT_DENOISE, streamingDenoiser, type DenoiseOptions, type StreamingDenoiser } from './denoise';

/** What hears an utterance in chunks and answers at its end. */
export interface StreamingHearing {
  start(): void;
  /** 16 kHz audio in [-1, 1]. */
  push(audio: Float32Array): void;
  /** The utterance's end: what was heard. */
  stop(): string;
}

/** The same hearing, of the audio cleaned as it comes; it hears the last samples at the end (a frame lags at most). */
export function hearingCleaned(ear: StreamingHearing, options: DenoiseOptions = DEFAULT_DENOISE): StreamingHearing {
  let cleaner: StreamingDenoiser | null = null;
  return {
    start() {
      cleaner = streamingDenoiser(options);
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
  };
}
