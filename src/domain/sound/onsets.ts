// Loudness and sharp-onset tracking over 16 kHz samples: YAMNet says what a sound is, this says when and how many.
import { dbOfMeanSquare as dbOf } from './level';
import { SAMPLE_RATE, type SoundRules } from './rules';

export interface OnsetUpdate {
  /** Times (seconds since the stream started) of sharp onsets found in this chunk. */
  onsets: number[];
  /** Loudest 10 ms frame in the chunk, dBFS (−100 for digital silence). */
  peakDb: number;
}

/**
 * Finds onsets: a 10 ms frame at least `riseDb` louder than the quietest of the frames just before it, and above
 * `minDb`. One onset is counted per `holdSeconds`, so a snap's ringing tail is not a second snap.
 */
export function createOnsetTracker(rules: SoundRules['onset']) {
  const frame = rules.frameSamples;
  const history: number[] = [];
  const HISTORY_FRAMES = 5;
  let partial = 0;
  let partialSum = 0;
  let framesSeen = 0;
  let lastOnset = -Infinity;

  return {
    /** Feeds the next samples; times count from the first sample ever fed. */
    push(samples: Float32Array): OnsetUpdate {
      const onsets: number[] = [];
      let peakDb = -100;
      for (let i = 0; i < samples.length; i++) {
        const s = samples[i];
        partialSum += s * s;
        if (++partial < frame) continue;
        const db = dbOf(partialSum / frame);
        partial = 0;
        partialSum = 0;
        const at = (framesSeen * frame) / SAMPLE_RATE;
        framesSeen++;
        const floor = history.length ? Math.min(...history) : -100;
        if (db >= rules.minDb && db - floor >= rules.riseDb && at - lastOnset >= rules.holdSeconds) {
          onsets.push(at);
          lastOnset = at;
        }
        history.push(db);
        if (history.length > HISTORY_FRAMES) history.shift();
        if (db > peakDb) peakDb = db;
      }
      return { onsets, peakDb };
    },
  };
}

/**
 * Cuts a stream into YAMNet windows: after every `hopSamples` new samples (once a whole window has arrived),
 * the last 0.975 s, with the time its last sample ends.
 */
export function createWindowAssembler(windowSamples: number, hopSamples: number) {
  const ring = new Float32Array(windowSamples);
  let total = 0;
  let sinceHop = 0;
  return {
    push(samples: Float32Array, onWindow: (window: Float32Array, end: number) => void) {
      for (let i = 0; i < samples.length; i++) {
        ring[total % windowSamples] = samples[i];
        total++;
        sinceHop++;
        if (sinceHop >= hopSamples && total >= windowSamples) {
          sinceHop = 0;
          const start = total % windowSamples;
          const window = new Float32Array(windowSamples);
          window.set(ring.subarray(start));
          window.set(ring.subarray(0, start), windowSamples - start);
          onWindow(window, total / SAMPLE_RATE);
        }
      }
    },
  };
}
