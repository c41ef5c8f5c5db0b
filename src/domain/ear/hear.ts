// Hearing one utterance on the device: cut the clip to its speech, decode it over the phrases the app understands
// (constrained-search.ts), decode it freely as well, and take the phrase when it explains the audio nearly as well as
// the free transcript does. Otherwise the utterance was something else ("what's the weather like"), or a phrasing the
// graph lacks: the transcript is then the free one, which the parser reads as it reads any (and finds nothing to do in
// another assistant's request).
import { greedy, searchPhrases, type SearchOptions, type StepDecoder } from './constrained-search';
import { DEFAULT_DENOISE, denoise, type DenoiseOptions } from './denoise';
import { letterSimilarity } from './similarity';
import { speechSpan } from './speech-span';
import type { TokenNode } from './token-graph';

/** The recognizer: a decoder over each clip (the platform's Moonshine; tests fake it). */
export interface Listener<S> {
  listen(audio: Float32Array): Promise<StepDecoder<S>>;
}

/** The recognizer's token facts the ear needs. */
export interface EarVocabulary {
  endToken: number;
  /** Punctuation that may come anywhere without moving in the phrases. */
  skippable: ReadonlySet<number>;
  decode(tokens: readonly number[]): string;
}

export interface HearOptions {
  sampleRate: number;
  beam: number;
  openWidth: number;
  /** Tokens allowed per second of speech (and a few more). */
  tokensPerSecond: number;
  /** Added to a phrase's log-probability per token: longer phrases are not penalised for their length alone. */
  tokenBonus: number;
  /** How much less likely per token of the free transcript the phrase may be before it is refused. */
  maxMargin: number;
  /** The phrase must have at least this share of the free transcript's tokens (punctuation aside). */
  minCoverage: number;
  /** A phrase that reads this much like the free transcript is taken whatever its margin (similarity.ts). */
  minSimilarity: number;
  /** Noise taken out first (denoise.ts), or null. */
  denoise: DenoiseOptions | null;
}

export const DEFAULT_HEAR: Omit<HearOptions, 'sampleRate'> = { beam: 32, openWidth: 3, tokensPerSecond: 6.5, tokenBonus: 0, maxMargin: 0.6, minCoverage: 0.5, minSimilarity: 0.7, denoise: DEFAULT_DENOISE };

export interface Heard {
  /** What was said, as the recognizer spells it ("What did Reuters say about Nvidia?"): the phrase, or else the free transcript. */
  transcript: string;
  /** The phrase heard, or null: none fits. */
  phrase: string | null;
  /** The likeliest phrase, taken or not (for the benchmark's sweeps). */
  best: string | null;
  /** Tokens in the likeliest phrase and in the free transcript. */
  tokens: { best: number; free: number };
  /** How alike the likeliest phrase and the free transcript read (0 to 1). */
  similarity: number;
  /** What free decoding heard (for "You said: …" when no phrase fits). */
  free: string;
  /** Per token of the free transcript: how much less likely the phrase is than the free transcript (0 when equal). */
  margin: number;
  /** Seconds of speech decoded. */
  seconds: number;
}

export async function hear<S>(listener: Listener<S>, root: TokenNode, vocab: EarVocabulary, clip: Float32Array, o: HearOptions): Promise<Heard> {
  const audio = o.denoise ? denoise(clip, o.denoise) : clip;
  const span = speechSpan(audio, o.sampleRate);
  if (!span) return { transcript: '', phrase: null, best: null, tokens: { best: 0, free: 0 }, similarity: 0, free: '', margin: Infinity, seconds: 0 };
  const speech = audio.subarray(span.start, span.end);
  const seconds = speech.length / o.sampleRate;
  const search: SearchOptions = { beam: o.beam, openWidth: o.openWidth, maxTokens: Math.ceil(o.tokensPerSecond * seconds) + 4, endToken: vocab.endToken, skippable: vocab.skippable };
  // One encoding of the audio serves both decodings.
  const decoder = await listener.listen(speech);
  const free = await greedy(decoder, search);
  const found = await searchPhrases(decoder, root, { ...search, tokenBonus: o.tokenBonus });
  const best = found[0];
  const said = vocab.decode(free.tokens);
  if (!best) return { transcript: said, phrase: null, best: null, tokens: { best: 0, free: free.tokens.length }, similarity: 0, free: said, margin: Infinity, seconds };
  const margin = (free.score - best.score) / Math.max(1, free.tokens.length + 1);
  const words = (tokens: readonly number[]) => tokens.filter((t) => !vocab.skippable.has(t)).length;
  const tokens = { best: words(best.tokens), free: words(free.tokens) };
  // A phrase far shorter than what was said explains only part of it ("What?" for "what's the weather like tomorrow").
  const covers = tokens.best >= o.minCoverage * tokens.free;
  const spelled = vocab.decode(best.tokens);
  const similarity = letterSimilarity(spelled, said);
  const phrase = (margin <= o.maxMargin && covers) || similarity >= o.minSimilarity ? spelled : null;
  return { transcript: phrase ?? said, phrase, best: spelled, tokens, similarity, free: said, margin, seconds };
}
