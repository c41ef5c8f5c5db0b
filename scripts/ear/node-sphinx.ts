// The second ear in Node, for its tests and benchmark: the files the build makes (sphinx-files.ts), loaded as the
// worker loads them (src/platform/ear/sphinx.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSecondEar, type SecondEar, type SphinxLoader } from '../../src/platform/ear/sphinx';
import { ACOUSTIC_MODEL_FILES } from '../../src/platform/ear/sphinx-model';
import { parseDictionary } from '../../src/domain/ear/pronounce';
import { acousticModelDir, dictionaryFile, sphinxLoaderModule, sphinxWasm, SPHINX_MEMORY_MB } from './sphinx-files';

let prepared: { loader: SphinxLoader; wasm: Uint8Array } | null = null;

/** A second ear (each its own runtime), with the phone loop that says how sure it is unless `phoneLoop` is false. */
export async function nodeSecondEar(settings?: readonly (readonly [string, string])[], phoneLoop = true): Promise<SecondEar> {
  if (!prepared) {
    const code = sphinxLoaderModule();
    const loader = ((await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { default: SphinxLoader }).default;
    prepared = { loader, wasm: sphinxWasm() };
  }
  const lookup = parseDictionary(readFileSync(dictionaryFile(), 'utf8'));
  const model = Object.fromEntries(ACOUSTIC_MODEL_FILES.map((f) => [f, readFileSync(join(acousticModelDir(), f))]));
  return loadSecondEar(prepared.loader, { wasm: prepared.wasm, model, lookup, memoryBytes: SPHINX_MEMORY_MB * 2 ** 20, settings, phoneLoop });
}
