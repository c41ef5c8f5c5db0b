// The listening pipeline between the microphone and the event logic, the same in the browser's worker and in Node tests.
import { createOnsetTracker, createWindowAssembler } from './onsets';
import { SAMPLE_RATE, WINDOW_SAMPLES, type SoundRules } from './rules';

/** Class name → score for one window, only the classes the rules name (YAMNet gives 521). */
export type Scores = Record<string, number>;

/** What the pipeline reports, with times in seconds of audio since the stream started. */
export type SoundInput =
  | { type: 'window'; end: number; scores: Scores }
  | { type: 'onset'; at: number }
  /** Sent for every chunk of audio: the loudness now, and the clock for the event logic. */
  | { type: 'level'; at: number; db: number };

/**
 * Feeds samples in, gets onsets and loudness at once and classified windows every hop.
 * `classify` turns one 0.975 s window into scores (MediaPipe's AudioClassifier in practice).
 */
export function createSoundStream(rules: SoundRules, classify: (window: Float32Array) => Scores, emit: (input: SoundInput) => void) {
  const onsets = createOnsetTracker(rules.onset);
  const windows = createWindowAssembler(WINDOW_SAMPLES, rules.hopSamples);
  let samples = 0;
  return {
    push(chunk: Float32Array) {
      const update = onsets.push(chunk);
      for (const at of update.onsets) emit({ type: 'onset', at });
      windows.push(chunk, (window, end) => emit({ type: 'window', end, scores: classify(window) }));
      samples += chunk.length;
      emit({ type: 'level', at: samples / SAMPLE_RATE, db: update.peakDb });
    },
  };
}

/** The YAMNet classes worth reporting: the ones the rules use. */
export const classesOf = (rules: SoundRules) => Object.values(rules.classes);
