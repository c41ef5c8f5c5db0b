// The second ear's noise remover in Node, for its tests and benchmark: the package's WebAssembly, loaded as the worker
// loads it (src/platform/ear/rnnoise.ts).
import { readFileSync } from 'node:fs';
import type { FrameDenoiser } from '../../src/domain/ear/neural-denoise';
import { loadRnnoise } from '../../src/platform/ear/rnnoise';
import { rnnoiseWasmFile } from './rnnoise-files';

export function nodeRnnoise(): Promise<FrameDenoiser> {
  return loadRnnoise(new Uint8Array(readFileSync(rnnoiseWasmFile())));
}
