// Where an utterance ends, as the audio arrives: the on-device recognizer decodes once the person has stopped
// speaking. Frames of 20 ms are measured in dBFS; the quiet level is a low percentile of the last three seconds (so a
// session that starts mid-word, from Hands-free's kept second, still finds the quiet before it; held while speech
// lasts), speech is a frame
// clearly above it, an utterance starts after a run of speech frames and ends after a run of quiet ones, or when it
// has gone on too long; a session in which nobody speaks ends with no speech.
import { levelDb } from '../sound/level';
import { joinSamples } from './samples';

export interface EndpointOptions {
  sampleRate: number;
  frameMs: number;
  /** A frame is speech when this many dB above the quiet level… */
  aboveQuietDb: number;
  /** …and louder than this (dBFS): near-digital silence is never speech. */
  minSpeechDb: number;
  /** Speech frames in a row that start an utterance. */
  startMs: number;
  /** Quiet after speech that ends it. */
  endQuietMs: number;
  /**
   * Quiet after speech that may end it: the recognizer starts decoding then, and keeps the result if the quiet lasts
   * to the end (the person has stopped), so the result comes sooner after the end than the end's own wait.
   */
  pauseQuietMs: number;
  /** An utterance longer than this ends anyway (commands are short). */
  maxSpeechMs: number;
  /** With no speech this long, the session gives up. */
  noSpeechMs: number;
  /** How much audio the quiet level is taken from, and its percentile. */
  quietWindowMs: number;
  quietPercentile: number;
}

export const DEFAULT_ENDPOINT: EndpointOptions = {
  sampleRate: 16_000,
  frameMs: 20,
  aboveQuietDb: 12,
  minSpeechDb: -55,
  startMs: 100,
  endQuietMs: 500,
  pauseQuietMs: 200,
  maxSpeechMs: 8_000,
  noSpeechMs: 8_000,
  quietWindowMs: 3_000,
  quietPercentile: 0.1,
};

export type EndpointEvent = { type: 'speech-start' } | { type: 'pause' } | { type: 'speech-end'; reason: 'quiet' | 'long' } | { type: 'no-speech' };

export interface Endpointer {
  /** Takes the next samples; returns what happened in them (at most one start and one end, or no speech; pauses). */
  push(samples: Float32Array): EndpointEvent[];
  /** All the audio so far, joined. */
  audio(): Float32Array;
  /** Samples up to the end of the last frame of speech (0 before any): a decoding of at least this much heard it all. */
  readonly speechUntil: number;
  readonly state: 'waiting' | 'speech' | 'done';
}

export function createEndpointer(o: EndpointOptions = DEFAULT_ENDPOINT): Endpointer {
  const frame = Math.round((o.sampleRate * o.frameMs) / 1000);
  const frames = (ms: number) => Math.max(1, Math.round(ms / o.frameMs));
  const window = frames(o.quietWindowMs);
  const levels: number[] = [];
  const chunks: Float32Array[] = [];
  let pending = new Float32Array(0);
  let state: Endpointer['state'] = 'waiting';
  let heardFrames = 0;
  let run = 0;
  let quiet = 0;
  let speechFrames = 0;
  let speechUntil = 0;

  const quietLevel = () => {
    const recent = levels.slice(-window).sort((a, b) => a - b);
    return recent[Math.floor((recent.length - 1) * o.quietPercentile)];
  };

  const step = (db: number): EndpointEvent | null => {
    heardFrames++;
    // The quiet level is learned while waiting and held during the utterance (a long word must not become it).
    if (state === 'waiting') {
      levels.push(db);
      if (levels.length > window * 2) levels.splice(0, levels.length - window);
    }
    const speech = db > o.minSpeechDb && db > quietLevel() + o.aboveQuietDb;
    if (speech) speechUntil = heardFrames * frame;
    if (state === 'waiting') {
      run = speech ? run + 1 : 0;
      if (run >= frames(o.startMs)) {
        state = 'speech';
        speechFrames = run;
        quiet = 0;
        return { type: 'speech-start' };
      }
      if (heardFrames >= frames(o.noSpeechMs)) {
        state = 'done';
        return { type: 'no-speech' };
      }
      return null;
    }
    speechFrames++;
    quiet = speech ? 0 : quiet + 1;
    if (quiet === frames(o.pauseQuietMs) && quiet < frames(o.endQuietMs)) return { type: 'pause' };
    if (quiet >= frames(o.endQuietMs)) {
      state = 'done';
      return { type: 'speech-end', reason: 'quiet' };
    }
    if (speechFrames >= frames(o.maxSpeechMs)) {
      state = 'done';
      return { type: 'speech-end', reason: 'long' };
    }
    return null;
  };

  return {
    get state() {
      return state;
    },
    get speechUntil() {
      return speechUntil;
    },
    push(samples) {
      if (state === 'done') return [];
      chunks.push(samples);
      const all = joinSamples([pending, samples]);
      const events: EndpointEvent[] = [];
      let at = 0;
      while (at + frame <= all.length) {
        const event = step(levelDb(all.subarray(at, at + frame)));
        at += frame;
        if (event) events.push(event);
        if (event && event.type !== 'speech-start' && event.type !== 'pause') break;
      }
      pending = all.slice(at);
      return events;
    },
    audio: () => joinSamples(chunks),
  };
}
