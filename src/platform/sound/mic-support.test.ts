import { describe, expect, it } from 'vitest';
import { micProblem, missingFeature } from './mic-support';

const err = (name: string) => new DOMException('x', name);

describe('microphone problems', () => {
  it('maps getUserMedia errors to what the panel explains', () => {
    expect(micProblem(err('NotAllowedError'))).toBe('denied');
    expect(micProblem(err('SecurityError'))).toBe('denied');
    expect(micProblem(err('NotFoundError'))).toBe('no-microphone');
    expect(micProblem(err('OverconstrainedError'))).toBe('no-microphone');
    expect(micProblem(err('NotReadableError'))).toBe('busy');
    expect(micProblem(new Error('odd'))).toBe('unknown');
    expect(micProblem(null)).toBe('unknown');
  });
});

describe('missing features', () => {
  const full = () =>
    ({
      AudioWorkletNode: function AudioWorkletNode() {},
      AudioContext: function AudioContext() {},
      Worker: function Worker() {},
      WebAssembly: {},
      navigator: { mediaDevices: { getUserMedia: () => Promise.resolve() } },
    }) as unknown as Window & typeof globalThis;

  it('names the first thing hands-free lacks, or nothing', () => {
    expect(missingFeature(full())).toBeNull();
    expect(missingFeature({ ...full(), AudioWorkletNode: undefined } as never)).toBe('AudioWorklet');
    expect(missingFeature({ ...full(), Worker: undefined } as never)).toBe('Web Workers');
    expect(missingFeature({ ...full(), WebAssembly: undefined } as never)).toBe('WebAssembly');
    expect(missingFeature({ ...full(), navigator: {} } as never)).toBe('microphone access (getUserMedia)');
  });
});
