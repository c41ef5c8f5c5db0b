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
  /** Phrases this far (log-probability) below the likeliest are still followed to their end, to be weighed (choosePhrase). */
  slack: number;
  /** How the phrases found are weighed against the free transcript (choosePhrase). */
  choice: ChoiceOptions;
  /** Noise taken out first (denoise.ts), or null. */
  denoise: DenoiseOptions | null;
}

export interface ChoiceOptions {
  /**
   * Added to a phrase's log-probability, per token of the free transcript, per unit of its likeness to that transcript
   * (letterSimilarity, 0 to 1):
   * the model's own spelling of the audio, however wrong its words, says how long the utterance was and roughly how it
   * sounded, which a short phrase of high probability ("What's next?" for "What's the news today?") does not match.
   */
  likeness: number;
  /** How much less likely per token of the free transcript the phrase may be before it is refused. */
  maxMargin: number;
  /** The phrase must have at least this share of the free transcript's tokens (punctuation aside). */
  minCoverage: number;
  /** A phrase that reads this much like the free transcript is taken whatever its margin (similarity.ts). */
  minSimilarity: number;
}

export const DEFAULT_CHOICE: ChoiceOptions = { likeness: 0, maxMargin: 0.6, minCoverage: 0.5, minSimilarity: 0.7 };

export const DEFAULT_HEAR: Omit<HearOptions, 'sampleRate'> = { beam: 32, openWidth: 3, tokensPerSecond: 6.5, slack: 0, choice: DEFAULT_CHOICE, denoise: DEFAULT_DENOISE };

/** A phrase the search ended, as the recognizer spells it. */
export interface Candidate {
  text: string;
  /** Its log-probability, the end token included. */
  score: number;
  /** Its tokens, punctuation aside. */
  words: number;
}

/** Free decoding's transcript, as candidates are. */
export type FreeTranscript = Candidate;

/** What the choice among the phrases found decided. */
export interface Choice {
  /** The phrase taken, or null: none explains the audio well enough. */
  phrase: string | null;
  /** The phrase that ranked first, taken or not. */
  best: string | null;
  tokens: { best: number; free: number };
  similarity: number;
  margin: number;
}

/** Which of the phrases found the audio said, if any (pure: the benchmark replays it with other settings). */
export function choosePhrase(candidates: readonly Candidate[], free: FreeTranscript, o: ChoiceOptions): Choice {
  let best: Candidate | null = null;
  let bestRank = -Infinity;
  let bestSimilarity = 0;
  for (const c of candidates) {
    const similarity = letterSimilarity(c.text, free.text);
    const rank = c.score + o.likeness * similarity * (free.words + 1);
    if (rank > bestRank) [best, bestRank, bestSimilarity] = [c, rank, similarity];
  }
  if (!best) return { phrase: null, best: null, tokens: { best: 0, free: free.words }, similarity: 0, margin: Infinity };
  const margin = (free.score - best.score) / Math.max(1, free.words + 1);
  // A phrase far shorter than what was said explains only part of it ("What?" for "what's the weather like tomorrow").
  const covers = best.words >= o.minCoverage * free.words;
  const phrase = (margin <= o.maxMargin && covers) || bestSimilarity >= o.minSimilarity ? best.text : null;
  return { phrase, best: best.text, tokens: { best: best.words, free: free.words }, similarity: bestSimilarity, margin };
}

export interface Heard extends Choice {
  /** What was said, as the recognizer spells it ("What did Reuters say about Nvidia?"): the phrase, or else the free transcript. */
  transcript: string;
  /** What free decoding heard (for "You said: …" when no phrase fits). */
  free: string;
  /** Seconds of speech decoded. */
  seconds: number;
  /** The phrases the search ended, likeliest first (at most CANDIDATES), and the free transcript: for the benchmark's sweeps. */
  candidates: Candidate[];
  freeTranscript: FreeTranscript;
}

/** How many of the phrases found are weighed. */
const CANDIDATES = 16;

export async function hear<S>(listener: Listener<S>, root: TokenNode, vocab: EarVocabulary, clip: Float32Array, o: HearOptions): Promise<Heard> {
  const audio = o.denoise ? denoise(clip, o.denoise) : clip;
  const span = speechSpan(audio, o.sampleRate);
  const none = { text: '', score: 0, words: 0 };
  if (!span) return { transcript: '', phrase: null, best: null, tokens: { best: 0, free: 0 }, similarity: 0, free: '', margin: Infinity, seconds: 0, candidates: [], freeTranscript: none };
  const speech = audio.subarray(span.start, span.end);
  const seconds = speech.length / o.sampleRate;
  const search: SearchOptions = { beam: o.beam, openWidth: o.openWidth, maxTokens: Math.ceil(o.tokensPerSecond * seconds) + 4, endToken: vocab.endToken, skippable: vocab.skippable };
  // One encoding of the audio serves both decodings.
  const decoder = await listener.listen(speech);
  const words = (tokens: readonly number[]) => tokens.filter((t) => !vocab.skippable.has(t)).length;
  const greedyFree = await greedy(decoder, search);
  const free: FreeTranscript = { text: vocab.decode(greedyFree.tokens), score: greedyFree.score, words: words(greedyFree.tokens) };
  const found = await searchPhrases(decoder, root, { ...search, slack: o.slack });
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  for (const d of found) {
    if (candidates.length === CANDIDATES) break;
    const text = vocab.decode(d.tokens);
    // The same words with other punctuation are the same phrase to the parser: the likeliest spelling stands for them.
    const key = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (seen.has(key)) continue;
    seen.add(key);
    candidates.push({ text, score: d.score, words: words(d.tokens) });
  }
  const choice = choosePhrase(candidates, free, o.choice);
  return { ...choice, transcript: choice.phrase ?? free.text, free: free.text, seconds, candidates, freeTranscript: free };
}
