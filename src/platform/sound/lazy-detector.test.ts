import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLazyDetector } from './lazy-detector';
import type { SoundDetector, SoundHandlers } from './sound-detector';

const handlers = (problems: string[]): SoundHandlers => ({ onReady: () => {}, onInputs: () => {}, onProblem: (p, d) => problems.push(`${p}: ${d}`) });

/** A real detector's stand-in, counting sessions started and stopped. */
function fakeReal() {
  const log: string[] = [];
  const real: SoundDetector = {
    missing: null,
    exclusiveMicrophone: false,
    start: () => {
      log.push('start');
      return { stop: () => log.push('stop') };
    },
  };
  return { log, load: async () => ({ createMediaPipeDetector: () => real }) };
}

describe('createLazyDetector', () => {
  // What the stand-in asks the browser before loading anything (a page's window and navigator).
  beforeAll(() => {
    vi.stubGlobal('window', globalThis);
    vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 (X11; Linux x86_64)' });
  });
  afterAll(() => vi.unstubAllGlobals());

  it('starts the real detector once its code is loaded, and stops it with the session', async () => {
    const { log, load } = fakeReal();
    const session = createLazyDetector(load as never).start(handlers([]));
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(['start']);
    session.stop();
    expect(log).toEqual(['start', 'stop']);
  });

  it('never starts a session stopped before the code came', async () => {
    const { log, load } = fakeReal();
    createLazyDetector(load as never).start(handlers([])).stop();
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual([]);
  });

  it('reports code that cannot load as the model not loading', async () => {
    const problems: string[] = [];
    createLazyDetector(() => Promise.reject(new Error('offline'))).start(handlers(problems));
    await new Promise((r) => setTimeout(r, 0));
    expect(problems).toEqual(['model: offline']);
  });
});
