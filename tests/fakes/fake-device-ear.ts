// The app's own on-device ear, faked: load() reports the progress steps given and resolves with `outcome`; its
// recognizer is a fake the test speaks through, as for the browser's.
import type { DeviceNames } from '../../src/domain/ear/phrase-graph';
import type { Lang } from '../../src/domain/types';
import type { DeviceEar, EarLoadProblem } from '../../src/platform/ear/device-ear';
import { createFakeRecognizer, type FakeRecognizer } from './fake-recognizer';

export interface FakeDeviceEar extends DeviceEar {
  readonly recognizer: FakeRecognizer;
  /** The languages loaded, in order, and each unload (true: the files were removed too). */
  readonly loads: Lang[];
  readonly unloads: boolean[];
  readonly names: DeviceNames[];
  /** What the next load resolves with, and the progress it reports first. */
  outcome: { loadMs: number } | { problem: EarLoadProblem; detail: string };
  progress: number[];
  /** Holds loads until release() is called (to see the state while loading). */
  hold: boolean;
  release(): void;
}

export function createFakeDeviceEar(langs: Lang[] = ['en']): FakeDeviceEar {
  let waiting: (() => void)[] = [];
  const ear: FakeDeviceEar = {
    langs,
    missing: null,
    recognizer: createFakeRecognizer(),
    loads: [],
    unloads: [],
    names: [],
    outcome: { loadMs: 1200 },
    progress: [0.25, 0.5, 1],
    hold: false,
    release() {
      const w = waiting;
      waiting = [];
      w.forEach((f) => f());
    },
    downloadBytes: (lang) => (langs.includes(lang) ? 39_391_201 : 0),
    async load(lang, onProgress) {
      ear.loads.push(lang);
      for (const p of ear.progress) onProgress(p);
      if (ear.hold) await new Promise<void>((resolve) => waiting.push(resolve));
      return ear.outcome;
    },
    async unload(forget) {
      ear.unloads.push(forget);
    },
    setNames(names) {
      ear.names.push(names);
    },
  };
  return ear;
}
