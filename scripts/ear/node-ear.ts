// The on-device ear in Node, for its tests and benchmark: Moonshine Tiny from the installed @moonshine-ai/moonshine-js
// package on onnxruntime-web's Node entry, the LLaMA tokenizer, and the domain's phrase graph and search.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ort from 'onnxruntime-web';
import llamaTokenizer from 'llama-tokenizer-js';
import { loadMoonshine, type Moonshine } from '../../src/platform/ear/moonshine';

ort.env.wasm.numThreads = 1;

/** Where npm put the model files (the package exports none of its files, so its folder is found from its entry). */
export function moonshineDir(): string {
  const entry = fileURLToPath(import.meta.resolve('@moonshine-ai/moonshine-js'));
  let dir = dirname(entry);
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return join(dir, 'dist', 'model', 'tiny', 'quantized');
}

export async function nodeMoonshine(): Promise<Moonshine> {
  const dir = moonshineDir();
  return loadMoonshine(ort, { encoder: readFileSync(join(dir, 'encoder_model.onnx')), decoder: readFileSync(join(dir, 'decoder_model_merged.onnx')) });
}

export const encodeWord = (word: string) => llamaTokenizer.encode(word, false, true);
export const decodeTokens = (tokens: readonly number[]) => llamaTokenizer.decode([...tokens], false, true).trim();
export const tokenOf = (piece: string) => {
  const id = llamaTokenizer.vocabByString.get(piece);
  if (id === undefined) throw new Error(`no token "${piece}"`);
  return id;
};
