// The second ear's noise remover: RNNoise (Jean-Marc Valin, Xiph.Org, BSD-3-Clause; compiled to WebAssembly with its
// model inside by Jitsi's @jitsi/rnnoise-wasm, Apache-2.0). Its loader module and WebAssembly are made from the package
// at build time (scripts/ear/rnnoise-files.ts) and served under /ear/; given the loader's function and the
// WebAssembly's bytes (the worker keeps both with the ear's other files; Node makes them), it makes the FrameDenoiser
// that domain/ear/neural-denoise.ts runs over the microphone's audio as it comes.
import type { FrameCleaner, FrameDenoiser } from '../../domain/ear/neural-denoise';

/** The loader module's function: makes the runtime from the settings given (wasmBinary: the bytes), once it is ready. */
export type RnnoiseLoader = (settings: Record<string, unknown>) => Promise<unknown>;

/* The runtime's exports, as far as this file uses them. */
interface RnnoiseModule {
  ready: Promise<unknown>;
  HEAPF32: Float32Array;
  _malloc(bytes: number): number;
  _free(pointer: number): void;
  _rnnoise_create(model?: number): number;
  _rnnoise_destroy(state: number): void;
  _rnnoise_process_frame(state: number, out: number, input: number): number;
}

/** RNNoise's frame: 10 ms at 48 kHz. */
const FRAME = 480;
/** Its output lags its input by two frames (48 kHz samples, measured on speech: the build's model looks a frame ahead). */
const DELAY = 960;
/** It reads samples on a 16-bit scale. */
const SCALE = 32768;

export async function loadRnnoise(loader: RnnoiseLoader, wasm: Uint8Array): Promise<FrameDenoiser> {
  // The bytes are given: the runtime neither fetches nor reads a file.
  const module = (await loader({ wasmBinary: wasm })) as RnnoiseModule;
  await module.ready;
  return {
    frameSize: FRAME,
    delay: DELAY,
    open(): FrameCleaner {
      const state = module._rnnoise_create();
      const input = module._malloc(FRAME * 4);
      const output = module._malloc(FRAME * 4);
      if (!state || !input || !output) throw new Error('RNNoise: out of memory');
      let open = true;
      return {
        process(frame) {
          if (!open) throw new Error('RNNoise: frame after close');
          // The heap's view is taken each time: it is a new one whenever the runtime's memory has grown.
          const heap = module.HEAPF32;
          for (let i = 0; i < FRAME; i++) heap[input / 4 + i] = frame[i] * SCALE;
          module._rnnoise_process_frame(state, output, input);
          const out = new Float32Array(FRAME);
          for (let i = 0; i < FRAME; i++) out[i] = module.HEAPF32[output / 4 + i] / SCALE;
          return out;
        },
        close() {
          if (!open) return;
          open = false;
          module._rnnoise_destroy(state);
          module._free(input);
          module._free(output);
        },
      };
    },
  };
}
