// RNNoise's files, made at build time from @jitsi/rnnoise-wasm: the same for the app's build (vite-plugins.ts serves
// them under /ear/) and for Node (node-rnnoise.ts). The package has two builds of one source: rnnoise.js with a
// separate rnnoise.wasm of 112 KB, and rnnoise-sync.js with its WebAssembly inline (1.4 MB; its model is another).
// The inline one heard better: the second ear understood 82.7% of the benchmark's tune half's noisy commands after it
// against 79.8% after the other (npm run bench:ear). So its WebAssembly is taken out of the loader and served as a file
// of its own (kept with the ear's other files), and the loader, without it, is a module of 13 KB the worker imports.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const INLINE = /wasmBinaryFile = "data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)";/;

/** The package's loader with its WebAssembly inline (1.9 MB): read once, for both of the files made from it. */
export function rnnoiseGlue(root = process.cwd()): string {
  const dir = dirname(createRequire(join(root, 'package.json')).resolve('@jitsi/rnnoise-wasm/package.json'));
  return readFileSync(join(dir, 'dist', 'rnnoise-sync.js'), 'utf8');
}

/** The package's loader with its WebAssembly left out: it gets the bytes as `wasmBinary`. */
export function rnnoiseLoaderModule(source = rnnoiseGlue()): string {
  if (!INLINE.test(source)) throw new Error('@jitsi/rnnoise-wasm: rnnoise-sync.js no longer holds its WebAssembly inline as this build expects');
  return source.replace(INLINE, 'wasmBinaryFile = "rnnoise.wasm";');
}

/** The WebAssembly inside the package's loader. */
export function rnnoiseWasm(source = rnnoiseGlue()): Uint8Array {
  const match = INLINE.exec(source);
  const bytes = match ? new Uint8Array(Buffer.from(match[1], 'base64')) : new Uint8Array(0);
  if (bytes.length < 8 || bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) throw new Error('@jitsi/rnnoise-wasm: no WebAssembly inside rnnoise-sync.js');
  return bytes;
}
