import { describe, expect, it } from 'vitest';
import { joinSamples } from '../../../tests/support/samples';
import { hearingCleaned, type StreamingHearing } from './cleaned-hearing';
import type { FrameDenoiser } from './neural-denoise';

/** An ear that keeps what it is given. */
function recordingEar() {
  const heard: Float32Array[] = [];
  const calls: string[] = [];
  const ear: StreamingHearing = {
    start: () => {
      calls.push('start');
      heard.length = 0;
    },
    push: (audio) => {
      calls.push('push');
      heard.push(audio.slice());
    },
    stop: () => {
      calls.push('stop');
      return `${heard.reduce((n, a) => n + a.length, 0)} samples`;
    },
  };
  return { ear, heard, calls };
}

const noise = (n: number, level: number) => {
  let seed = 7;
  return Float32Array.from({ length: n }, () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32 - 0.5) * 2 * level);
};
const rms = (a: Float32Array) => Math.sqrt(a.reduce((s, x) => s + x * x, 0) / a.length);

describe('an ear hearing cleaned audio', () => {
  it('hears every sample it was given, the last ones at the end', () => {
    const { ear, calls } = recordingEar();
    const cleaned = hearingCleaned(ear);
    cleaned.start();
    cleaned.push(new Float32Array(100)); // less than a frame: nothing to hear yet
    expect(calls).toEqual(['start']);
    cleaned.push(new Float32Array(1500));
    expect(cleaned.stop()).toBe('1600 samples');
    expect(calls.at(-1)).toBe('stop');
  });

  it('says how sure the ear is where the ear can tell, and nothing where it cannot', () => {
    const { ear } = recordingEar();
    expect(hearingCleaned(ear).confidence?.()).toBeNull();
    const sure = hearingCleaned({ ...ear, confidence: () => -4.5 });
    sure.start();
    sure.push(new Float32Array(1600));
    sure.stop();
    expect(sure.confidence?.()).toBe(-4.5);
  });

  it('hears steady noise quieter than it came', () => {
    const { ear, heard } = recordingEar();
    const cleaned = hearingCleaned(ear);
    const audio = noise(16_000, 0.05);
    cleaned.start();
    for (let i = 0; i < audio.length; i += 1600) cleaned.push(audio.subarray(i, i + 1600));
    cleaned.stop();
    expect(rms(joinSamples(heard))).toBeLessThan(rms(audio) / 2);
  });

  it('starts each utterance afresh', () => {
    const { ear } = recordingEar();
    const cleaned = hearingCleaned(ear);
    cleaned.start();
    cleaned.push(new Float32Array(700));
    expect(cleaned.stop()).toBe('700 samples');
    cleaned.start();
    cleaned.push(new Float32Array(300));
    expect(cleaned.stop()).toBe('300 samples');
  });

  it('cleans with the noise model first where there is one, a state of it for each utterance, freed if one is dropped', () => {
    const { ear } = recordingEar();
    const opened: string[] = [];
    let states = 0;
    const model: FrameDenoiser = {
      frameSize: 480,
      delay: 0,
      open() {
        const id = `state ${states++}`;
        opened.push(`open ${id}`);
        return { process: (frame) => frame.map((v) => v / 2), close: () => opened.push(`close ${id}`) };
      },
    };
    const cleaned = hearingCleaned(ear, undefined, model);
    cleaned.start();
    cleaned.push(new Float32Array(2000));
    cleaned.start(); // the first utterance never ended
    cleaned.push(new Float32Array(1234));
    expect(cleaned.stop()).toBe('1234 samples');
    expect(opened).toEqual(['open state 0', 'close state 0', 'open state 1', 'close state 1']);
  });
});
