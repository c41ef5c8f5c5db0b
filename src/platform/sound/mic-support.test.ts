import { describe, expect, it } from 'vitest';
import { micProblem, missingFeature, singleOwnerMicrophone } from './mic-support';

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

const DESKTOP_CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';
const ANDROID_CHROME = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';

describe('singleOwnerMicrophone', () => {
  it('is true on Android, iPhone, and an iPad that presents itself as a Mac', () => {
    expect(singleOwnerMicrophone({ userAgent: ANDROID_CHROME })).toBe(true);
    expect(singleOwnerMicrophone({ userAgent: IPHONE })).toBe(true);
    expect(singleOwnerMicrophone({ userAgent: MAC, maxTouchPoints: 5 })).toBe(true);
  });

  it('trusts the client hint that the device is mobile, whatever the user agent string says', () => {
    expect(singleOwnerMicrophone({ userAgent: DESKTOP_CHROME, userAgentData: { mobile: true } })).toBe(true);
  });

  it('is false on desktop browsers, a Mac included', () => {
    expect(singleOwnerMicrophone({ userAgent: DESKTOP_CHROME, userAgentData: { mobile: false } })).toBe(false);
    expect(singleOwnerMicrophone({ userAgent: MAC, maxTouchPoints: 0 })).toBe(false);
  });
});
