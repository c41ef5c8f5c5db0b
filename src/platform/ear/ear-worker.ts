// The on-device recognizer's thread: it downloads the models once (kept in Cache Storage, so it works offline after),
// runs Moonshine Tiny on onnxruntime-web's WASM build and PocketSphinx (the second ear, sphinx.ts), builds the phrase
// graph of what the app understands with the device's names in its slots (as tokens for the one, as words for the
// other), and for each session listens to the microphone's chunks until the utterance ends: the second ear hears them
// as they come, with their noise taken out (RNNoise, rnnoise.ts, then spectral subtraction: domain/ear/cleaned-hearing.ts), and at the end Moonshine decodes the
// utterance over the phrases and weighs the second ear's phrase too (domain/ear/hear.ts). The page's main thread only
// sends ports and receives text.
import * as ort from 'onnxruntime-web/wasm';
import llamaTokenizer from 'llama-tokenizer-js';
import { en } from '../../domain/command/grammar-en';
import { parseCommand } from '../../domain/command/parse-command';
import type { Intent } from '../../domain/command/types';
import { createEndpointer, type Endpointer } from '../../domain/ear/endpoint';
import { hearingCleaned, type StreamingHearing } from '../../domain/ear/cleaned-hearing';
import { DEFAULT_DENOISE } from '../../domain/ear/denoise';
import { greedy, searchPhrases } from '../../domain/ear/constrained-search';
import { DEFAULT_HEAR, hear, type EarGraph, type Heard, type Listener } from '../../domain/ear/hear';
import { heardGraph, phraseGraph, type DeviceNames } from '../../domain/ear/phrase-graph';
import { parseDictionary } from '../../domain/ear/pronounce';
import { phraseOf, wordGrammar, type WordGrammar } from '../../domain/ear/word-grammar';
import { earFileUrls, type EarFiles } from './ear-cache';
import { loadRnnoise, type RnnoiseLoader } from './rnnoise';
import { loadSecondEar, type SecondEar, type SphinxLoader } from './sphinx';
import { ACOUSTIC_MODEL_FILES } from './sphinx-model';
import type { EarReply, EarRequest } from './ear-messages';
import { END_TOKEN, loadMoonshine, type DecoderCache, type Moonshine } from './moonshine';

interface WorkerScope {
  fetch: typeof fetch;
  caches: CacheStorage;
  onmessage: ((event: MessageEvent<EarRequest>) => void) | null;
  postMessage(message: EarReply): void;
}
const scope = self as unknown as WorkerScope;
const post = (reply: EarReply) => scope.postMessage(reply);

/** The parser's day does not matter for which intent a phrase is; any fixed day will do. */
const PHRASE_CONTEXT = { lang: 'en', today: '2026-01-01' } as const;
const encodeWord = (word: string) => llamaTokenizer.encode(word, false, true);
const vocab = {
  endToken: END_TOKEN,
  skippable: new Set([',', '.', '?', '!'].map((p) => llamaTokenizer.vocabByString.get(p) ?? -1)),
  decode: (tokens: readonly number[]) => llamaTokenizer.decode([...tokens], false, true).trim(),
};

let model: Moonshine | null = null;
let graph: EarGraph | null = null;
let second: SecondEar | null = null;
/** The second ear hearing the audio with its noise taken out as it comes. */
let secondHearing: StreamingHearing | null = null;
let words: WordGrammar | null = null;
/** What the second ear has heard of the session: samples fed, and whether it has given its answer (stopped). */
let secondHeard = { fed: 0, running: false };
let session: { id: number; port: MessagePort; endpointer: Endpointer; guess: Decoding | null } | null = null;

/** Which intent each phrase is, kept: both ears' graphs ask it of the same phrases, and again whenever the names change. */
const intents = new Map<string, Intent>();
function intentOf(phrase: string): Intent {
  let intent = intents.get(phrase);
  if (intent === undefined) intents.set(phrase, (intent = parseCommand(phrase, PHRASE_CONTEXT).intent));
  return intent;
}
const buildGraph = (names: DeviceNames) => phraseGraph(en, names, encodeWord, intentOf);
/** Both ears' phrases with the device's names; returns how many phrases they hold. */
function buildGraphs(names: DeviceNames): number {
  const built = buildGraph(names);
  graph = built;
  words = wordGrammar(en, names, intentOf);
  second?.setGrammar(words);
  return built.phrases;
}

class LoadError extends Error {
  constructor(
    readonly problem: 'offline' | 'storage' | 'model',
    detail: string,
  ) {
    super(detail);
  }
}

/** A file from the cache, or downloaded (counting its bytes) and kept there. */
async function fetchKept(url: string, cache: Cache | null, counted: (bytes: number) => void): Promise<Uint8Array> {
  const kept = await cache?.match(url).catch(() => undefined);
  if (kept) {
    const bytes = new Uint8Array(await kept.arrayBuffer());
    counted(bytes.length);
    return bytes;
  }
  let response: Response;
  try {
    response = await scope.fetch(url);
  } catch (error) {
    throw new LoadError('offline', `${url}: ${(error as Error).message}`);
  }
  if (!response.ok || !response.body) throw new LoadError('model', `${url}: HTTP ${response.status}`);
  const parts: Uint8Array[] = [];
  let length = 0;
  const reader = response.body.getReader();
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      throw new LoadError('offline', `${url}: ${(error as Error).message}`);
    }
    if (chunk.done) break;
    parts.push(chunk.value);
    length += chunk.value.length;
    counted(chunk.value.length);
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  try {
    // Kept with its own type: the runtime imports its loader from the cache (offline), and a module must be JavaScript.
    await cache?.put(url, new Response(bytes, { headers: { 'Content-Type': response.headers.get('Content-Type') ?? 'application/octet-stream' } }));
  } catch (error) {
    throw new LoadError('storage', `${url}: ${(error as Error).message}`);
  }
  return bytes;
}

async function load(files: EarFiles, names: DeviceNames) {
  const started = performance.now();
  try {
    const cache = await scope.caches.open(files.cache).catch(() => null);
    // Files of an older version are dropped: the names carry the content's hash.
    const wanted = new Set([...earFileUrls(files), self.location.href].map((u) => new URL(u, self.location.href).href));
    for (const request of (await cache?.keys()) ?? []) if (!wanted.has(request.url)) await cache?.delete(request);
    let loaded = 0;
    let lastPost = 0;
    const counted = (bytes: number) => {
      loaded += bytes;
      if (loaded - lastPost >= 256 * 1024 || loaded === files.bytes) {
        lastPost = loaded;
        post({ type: 'progress', loaded, total: files.bytes });
      }
    };
    const modelUrls = ACOUSTIC_MODEL_FILES.map((name) => files.sphinx.model[name]);
    const [wasm, encoder, decoder, sphinxWasm, dictionary, rnnoiseWasm, ...acoustic] = await Promise.all(
      [files.wasm, files.encoder, files.decoder, files.sphinx.wasm, files.sphinx.dictionary, files.rnnoise.wasm, ...modelUrls].map((u) => fetchKept(u, cache, counted)),
    );
    // The runtimes import their loaders: keep them too (the service worker answers from the cache offline).
    await fetchKept(files.glue, cache, counted);
    await fetchKept(files.sphinx.loader, cache, counted);
    await fetchKept(files.rnnoise.loader, cache, counted);
    post({ type: 'progress', loaded: files.bytes, total: files.bytes });
    const loader = ((await import(/* @vite-ignore */ new URL(files.sphinx.loader, self.location.href).href)) as { default: SphinxLoader }).default;
    second = await loadSecondEar(loader, {
      wasm: sphinxWasm,
      model: Object.fromEntries(ACOUSTIC_MODEL_FILES.map((name, i) => [name, acoustic[i]])),
      lookup: parseDictionary(new TextDecoder().decode(dictionary)),
      memoryBytes: files.sphinx.memoryBytes,
    }).catch((error: Error) => {
      throw new LoadError('model', error.message);
    });
    const rnnoiseLoader = ((await import(/* @vite-ignore */ new URL(files.rnnoise.loader, self.location.href).href)) as { default: RnnoiseLoader }).default;
    const noiseModel = await loadRnnoise(rnnoiseLoader, rnnoiseWasm).catch((error: Error) => {
      throw new LoadError('model', `RNNoise: ${error.message}`);
    });
    secondHearing = hearingCleaned(second, DEFAULT_DENOISE, noiseModel);
    ort.env.wasm.numThreads = 1;
    ort.env.wasm.wasmBinary = wasm.buffer as ArrayBuffer;
    ort.env.wasm.wasmPaths = { mjs: new URL(files.glue, self.location.href).href };
    model = await loadMoonshine(ort, { encoder, decoder }).catch((error: Error) => {
      throw new LoadError('model', error.message);
    });
    const phrases = buildGraphs(names);
    await warmUp(model, graph!.root);
    post({ type: 'ready', loadMs: performance.now() - started, phrases });
  } catch (error) {
    const e = error instanceof LoadError ? error : new LoadError('model', (error as Error)?.message ?? String(error));
    post({ type: 'failed', problem: e.problem, detail: e.message });
  }
}

/**
 * One decoding of a second of made-up sound, as a command's would be, before the first command: the runtime's first
 * runs of each batch size are several times slower than later ones (measured here: 0.9–1.2 s against 0.3–0.4 s).
 */
async function warmUp(m: Moonshine, root: EarGraph['root']) {
  const sound = Float32Array.from({ length: 16_000 }, (_, i) => 0.1 * Math.sin(i / 9) * Math.sin(i / 1500));
  const decoder = await m.listen(sound);
  const search = { beam: DEFAULT_HEAR.beam, openWidth: DEFAULT_HEAR.openWidth, maxTokens: 12, endToken: END_TOKEN, skippable: vocab.skippable };
  await greedy(decoder, search);
  await searchPhrases(decoder, root, { ...search, slack: DEFAULT_HEAR.slack });
}

class Cancelled extends Error {}

/** A decoding under way of the session's audio up to `upTo` samples; cancelled, it stops at its next decoder step. */
interface Decoding {
  upTo: number;
  /** The second ear's phrase for that audio ('' for none), and how sure it was of it. */
  second: string;
  secondConfidence: number | null;
  result: Promise<Heard | null>;
  cancel(): void;
}

/** Decodings run one at a time (one thread): each waits for the one before, cancelled or not. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * The second ear's phrase for this much of the session's audio ('' for none) and how sure it is of it: its answer when
 * it has heard exactly this audio, or it hears the audio again (speech came after the pause it answered at).
 */
function secondOpinion(audio: Float32Array): { heard: string; confidence: number | null } {
  if (!secondHearing || !words) return { heard: '', confidence: null };
  if (!secondHeard.running || secondHeard.fed !== audio.length) {
    if (secondHeard.running) secondHearing.stop();
    secondHearing.start();
    secondHearing.push(audio);
  }
  secondHeard = { fed: audio.length, running: false };
  const heard = phraseOf(secondHearing.stop()) ?? '';
  return { heard, confidence: secondHearing.confidence?.() ?? null };
}

function startDecoding(audio: Float32Array): Decoding {
  let cancelled = false;
  let heardBySecond = '';
  let confidence: number | null = null;
  try {
    ({ heard: heardBySecond, confidence } = secondOpinion(audio));
  } catch {
    // The second ear failed on this audio: the first ear hears it alone.
    secondHeard = { fed: 0, running: false };
  }
  const other = heardBySecond && words ? { heard: heardBySecond, graph: heardGraph(heardBySecond.split(' '), words.written, encodeWord), confidence } : undefined;
  const m = model!;
  const phrases = graph!;
  const listener: Listener<DecoderCache> = {
    async listen(clip) {
      const d = await m.listen(clip);
      return { first: () => d.first(), next: (batch) => (cancelled ? Promise.reject(new Cancelled()) : d.next(batch)) };
    },
  };
  const result = queue.then(() => (cancelled ? null : hear(listener, phrases, vocab, audio, { ...DEFAULT_HEAR, sampleRate: 16_000 }, other))).catch((error: unknown) => {
    if (error instanceof Cancelled) return null;
    throw error;
  });
  queue = result.catch(() => null);
  return {
    upTo: audio.length,
    second: heardBySecond,
    secondConfidence: confidence,
    result,
    cancel: () => {
      cancelled = true;
    },
  };
}

const nothingHeard = (id: number): EarReply => ({ type: 'heard', id, transcript: '', phrase: null, free: '', second: '', secondConfidence: null, ms: 0, afterSpeechMs: 0 });

function finish(id: number, decodeIt: boolean) {
  if (!session || session.id !== id) return;
  const { port, endpointer, guess } = session;
  session = null;
  port.onmessage = null;
  port.close();
  const endedAt = performance.now();
  if (!decodeIt || !model || !graph) {
    guess?.cancel();
    return;
  }
  const audio = endpointer.audio();
  if (endpointer.state === 'waiting' && audio.length === 0) {
    post(nothingHeard(id));
    return;
  }
  // The decoding begun at the pause heard every word if nothing was said after it; otherwise all is decoded now.
  let decoding = guess;
  if (!decoding || endpointer.speechUntil > decoding.upTo) {
    decoding?.cancel();
    decoding = startDecoding(audio);
  }
  /** The quiet after the last word that the session heard before it ended (the endpoint's wait). */
  const quietMs = ((audio.length - endpointer.speechUntil) / 16_000) * 1000;
  decoding.result.then(
    (heard) => {
      const ms = performance.now() - endedAt;
      if (!heard) post(nothingHeard(id));
      else post({ type: 'heard', id, transcript: heard.transcript, phrase: heard.phrase, free: heard.free, second: decoding.second, secondConfidence: decoding.secondConfidence, ms, afterSpeechMs: ms + quietMs });
    },
    () => post(nothingHeard(id)),
  );
}

/** The second ear starts a session's utterance (stopping what it heard of another). */
function startSecond() {
  if (!secondHearing) return;
  try {
    if (secondHeard.running) secondHearing.stop();
    secondHearing.start();
    secondHeard = { fed: 0, running: true };
  } catch {
    secondHeard = { fed: 0, running: false };
  }
}

/** The second ear hears the chunk as it comes, until it has answered. */
function hearSecond(chunk: Float32Array) {
  if (!secondHearing || !secondHeard.running) return;
  try {
    secondHearing.push(chunk);
    secondHeard.fed += chunk.length;
  } catch {
    secondHeard = { fed: 0, running: false };
  }
}

function listen(id: number, port: MessagePort) {
  if (session) finish(session.id, false);
  const endpointer = createEndpointer();
  const current: NonNullable<typeof session> = { id, port, endpointer, guess: null };
  session = current;
  startSecond();
  port.onmessage = (event: MessageEvent<Float32Array>) => {
    if (endpointer.state !== 'done') hearSecond(event.data);
    for (const e of endpointer.push(event.data)) {
      if (e.type === 'speech-start') post({ type: 'speech', id, speaking: true });
      else if (e.type === 'pause') {
        // Perhaps the end: decode now, and keep the result if the quiet lasts (speech after it makes it stale).
        current.guess?.cancel();
        if (model && graph) current.guess = startDecoding(endpointer.audio());
      } else if (e.type === 'speech-end') {
        post({ type: 'speech', id, speaking: false });
        finish(id, true);
      } else {
        // Nobody spoke: an empty result, nothing to decode.
        finish(id, false);
        post(nothingHeard(id));
      }
    }
    // Speech again after the pause: that decoding missed it.
    if (current.guess && endpointer.speechUntil > current.guess.upTo) {
      current.guess.cancel();
      current.guess = null;
    }
  };
}

scope.onmessage = (event) => {
  const m = event.data;
  if (m.type === 'load') void load(m.files, m.names);
  else if (m.type === 'names') {
    if (model) buildGraphs(m.names);
  } else if (m.type === 'listen') listen(m.id, m.port);
  else if (m.type === 'stop') finish(m.id, true);
  else finish(m.id, false);
};
