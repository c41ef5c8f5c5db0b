// Where RNNoise's WebAssembly is: @jitsi/rnnoise-wasm's own file, which the build serves under /ear/ (vite-plugins.ts)
// and Node loads (node-rnnoise.ts).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function rnnoiseWasmFile(root = process.cwd()): string {
  return join(dirname(createRequire(join(root, 'package.json')).resolve('@jitsi/rnnoise-wasm/package.json')), 'dist', 'rnnoise.wasm');
}
