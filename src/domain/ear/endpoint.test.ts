import { describe, expect, it } from 'vitest';
import { joinSamples } from '../../../tests/support/samples';
import { createEndpointer, DEFAULT_ENDPOINT, type EndpointEvent } from './endpoint';

const RATE = 16_000;
/** A deterministic pseudo-random noise at a level (dBFS, about). */
function noise(seconds: number, db: number, seed = 1): Float32Array {
  const amp = Math.pow(10, db / 20) * Math.sqrt(3);
  const out = new Float32Array(Math.round(seconds * RATE));
  let x = seed;
  for (let i = 0; i < out.length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out[i] = (x / 2147483648 - 0.5) * 2 * amp;
  }
  return out;
}
/** A voiced sound: a 200 Hz tone with a slow wobble, at a level. */
function voice(seconds: number, db: number): Float32Array {
  const amp = Math.pow(10, db / 20) * Math.SQRT2;
  return Float32Array.from({ length: Math.round(seconds * RATE) }, (_, i) => amp * Math.sin((2 * Math.PI * 200 * i) / RATE) * (0.8 + 0.2 * Math.sin(i / 800)));
}
const join = (...parts: Float32Array[]) => joinSamples(parts);
/** Feeds audio in 100 ms chunks, as the worklet sends it; returns each event with when (s) it was reported. */
function run(audio: Float32Array, o = DEFAULT_ENDPOINT) {
  const e = createEndpointer(o);
  const events: (EndpointEvent & { at: number })[] = [];
  for (let at = 0; at < audio.length; at += 1600) for (const ev of e.push(audio.subarray(at, at + 1600))) events.push({ ...ev, at: (at + 1600) / RATE });
  return { events, endpointer: e };
}

describe('createEndpointer', () => {
  it('finds a command between quiet stretches and ends it after half a second of quiet', () => {
    const { events, endpointer } = run(join(noise(1, -60), voice(0.8, -25), noise(2, -60)));
    expect(events.map((e) => e.type)).toEqual(['speech-start', 'pause', 'speech-end']);
    expect(events[0].at).toBeGreaterThan(1);
    expect(events[0].at).toBeLessThanOrEqual(1.3);
    expect(events[2].at).toBeGreaterThanOrEqual(1.8 + 0.5);
    expect(events[2].at).toBeLessThanOrEqual(1.8 + 0.7);
    // The last speech is where the voice stopped, to the frame.
    expect(endpointer.speechUntil / RATE).toBeGreaterThan(1.8 - 0.04);
    expect(endpointer.speechUntil / RATE).toBeLessThanOrEqual(1.8 + 0.04);
    expect(endpointer.state).toBe('done');
    // All the audio is kept up to the chunk that ended it.
    expect(endpointer.audio().length).toBe(Math.round(events[2].at * RATE));
  });

  it('reports a pause once 200 ms of quiet follow speech, with all the speech in the audio so far', () => {
    const e = createEndpointer();
    const audio = join(noise(1, -60), voice(0.8, -25), noise(2, -60));
    for (let at = 0; at < audio.length; at += 320) {
      const events = e.push(audio.subarray(at, at + 320)).map((ev) => ev.type);
      if (events.includes('pause')) {
        const heard = (at + 320) / RATE;
        expect(heard).toBeGreaterThanOrEqual(1.8 + 0.2);
        expect(heard).toBeLessThanOrEqual(1.8 + 0.26);
        expect(e.audio().length).toBeGreaterThanOrEqual(e.speechUntil);
        expect(e.state).toBe('speech');
        return;
      }
    }
    throw new Error('no pause reported');
  });

  it('keeps a short pause between words inside the utterance', () => {
    const { events } = run(join(noise(0.5, -60), voice(0.4, -25), noise(0.25, -60), voice(0.5, -25), noise(1.5, -60)));
    // The pause between the words may have been the end: it is reported, and the speech after it outlasts it.
    expect(events.map((e) => e.type)).toEqual(['speech-start', 'pause', 'pause', 'speech-end']);
    expect(events[3].at).toBeGreaterThan(0.5 + 0.4 + 0.25 + 0.5 + 0.45);
  });

  it('hears speech over steady noise, and never takes the noise itself for speech', () => {
    expect(run(join(noise(1, -35), voice(0.8, -15), noise(1.5, -35))).events.map((e) => e.type)).toEqual(['speech-start', 'pause', 'speech-end']);
    expect(run(noise(9, -35)).events.map((e) => e.type)).toEqual(['no-speech']);
  });

  it('starts at once when the session begins mid-word, from the quiet kept before it', () => {
    // Hands-free's kept second: 0.3 s of quiet, then the command already under way.
    const { events } = run(join(noise(0.3, -60), voice(0.9, -25), noise(1, -60)));
    expect(events[0]).toMatchObject({ type: 'speech-start' });
    expect(events[0].at).toBeLessThanOrEqual(0.5);
  });

  it('gives up after eight seconds without speech, and ends a very long utterance', () => {
    const quiet = run(noise(10, -70));
    expect(quiet.events).toEqual([{ type: 'no-speech', at: 8 }]);
    const long = run(join(noise(0.5, -60), voice(10, -25)));
    expect(long.events.map((e) => e.type)).toEqual(['speech-start', 'speech-end']);
    expect(long.events[1]).toMatchObject({ reason: 'long' });
  });

  it('treats digital silence as quiet, never as speech', () => {
    expect(run(new Float32Array(RATE * 9)).events.map((e) => e.type)).toEqual(['no-speech']);
  });
});
