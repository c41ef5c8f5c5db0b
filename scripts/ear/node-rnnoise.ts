// The second ear's noise remover in Node, for its tests and benchmark: the files the build makes (rnnoise-files.ts),
// loaded as the worker loads them (src/platform/ear/rnnoise.ts).
import type { FrameDenoiser } from '../../src/domain/ear/neural-denoise';
import { loadRnnoise, type RnnoiseLoader } from '../../src/platform/ear/rnnoise';
import { rnnoiseGlue, rnnoiseLoaderModule, rnnoiseWasm } from './rnnoise-files';

let prepared: { loader: RnnoiseLoader; wasm: Uint8Array } | null = null;

export async function nodeRnnoise(): Promise<FrameDenoiser> {
  if (!prepared) {
    const source = rnnoiseGlue();
    const code = rnnoiseLoaderModule(source);
    const loader = ((await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { default: RnnoiseLoader }).default;
    prepared = { loader, wasm: rnnoiseWasm(source) };
  }
  return loadRnnoise(prepared.loader, prepared.wasm);
}
