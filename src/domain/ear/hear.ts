// Hearing one utterance on the device: cut the clip to its speech, decode it over the phrases the app understands
// (constrained-search.ts), decode it freely as well, and take the phrase when it explains the audio nearly as well as
// the free transcript does. Otherwise, the second ear's phrase (PocketSphinx's, heard as the audio came), weighed the
// same way with a looser margin where it reads like the free transcript (a close margin however it reads, and a sure
// margin where the second ear's own confidence, phone-loop.ts, says its phrase explains the sound); failing
// that, the utterance was something else ("what's the weather like"), or a phrasing the graph lacks: the transcript is
// then the free one, which the parser reads as it reads any (and finds nothing to do in another assistant's request).
import { greedy, searchPhrases, type SearchOptions, type StepDecoder } from './constrained-search';
import { DEFAULT_DENOISE, denoise, type DenoiseOptions } from './denoise';
import { choosePhrase, DEFAULT_CHOICE, takenPhrase, type Candidate, type Choice, type ChoiceOptions, type FreeTranscript } from './choose-phrase';
import { together } from './shared-steps';
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
  /**
   * Hypotheses kept weighing the second ear's phrase: its words are given, only their spelling and the punctuation
   * between them are searched, and a wide beam fills with commas ("Give me, Ars? Technica, headlines,") at eight
   * times the cost.
   */
  secondBeam: number;
  /** How the phrases found are weighed against the free transcript (choosePhrase). */
  choice: ChoiceOptions;
  /** Noise taken out first (denoise.ts), or null. */
  denoise: DenoiseOptions | null;
}

export const DEFAULT_HEAR: Omit<HearOptions, 'sampleRate'> = { beam: 32, openWidth: 3, tokensPerSecond: 6.5, slack: 0, secondBeam: 4, choice: DEFAULT_CHOICE, denoise: DEFAULT_DENOISE };

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
  /** The second ear's phrase as the first ear weighed it (taken only where the first ear refused its own phrases). */
  second?: Candidate;
}

/** How many of the phrases found are weighed. */
const CANDIDATES = 16;

/** The phrases to hear (phrase-graph.ts), and the names their open slots snap to. */
export interface EarGraph {
  root: TokenNode;
  names: readonly string[];
}

/**
 * What the second ear heard (its dictionary's words), that phrase as a graph for the first ear to weigh (heardGraph),
 * and how sure the second ear was of it (acousticConfidence, phone-loop.ts; null when unknown).
 */
export interface SecondOpinion {
  heard: string;
  graph: TokenNode;
  confidence: number | null;
}

export async function hear<S>(listener: Listener<S>, graph: EarGraph, vocab: EarVocabulary, clip: Float32Array, o: HearOptions, second?: SecondOpinion): Promise<Heard> {
  const audio = o.denoise ? denoise(clip, o.denoise) : clip;
  const span = speechSpan(audio, o.sampleRate);
  const none = { text: '', score: 0, words: 0, tokens: 0 };
  if (!span) return { transcript: '', phrase: null, best: null, tokens: { best: 0, free: 0 }, similarity: 0, free: '', margin: Infinity, seconds: 0, candidates: [], freeTranscript: none };
  const speech = audio.subarray(span.start, span.end);
  const seconds = speech.length / o.sampleRate;
  const search: SearchOptions = { beam: o.beam, openWidth: o.openWidth, maxTokens: Math.ceil(o.tokensPerSecond * seconds) + 4, endToken: vocab.endToken, skippable: vocab.skippable };
  // One encoding of the audio serves the three decodings, and they take their steps together (shared-steps.ts): free
  // decoding, the search over the phrases, and the weighing of the second ear's phrase, which costs little beside the
  // search it shares each step with, so it is weighed whatever the first ear decides.
  const decoder = await listener.listen(speech);
  const words = (tokens: readonly number[]) => tokens.filter((t) => !vocab.skippable.has(t)).length;
  const [greedyFree, found, [other]] = await together(decoder, [
    (d: StepDecoder<S>) => greedy(d, search),
    (d: StepDecoder<S>) => searchPhrases(d, graph.root, { ...search, slack: o.slack }),
    (d: StepDecoder<S>) => (second ? searchPhrases(d, second.graph, { ...search, beam: o.secondBeam, slack: 0 }) : Promise.resolve([])),
  ] as const);
  const free: FreeTranscript = { text: vocab.decode(greedyFree.tokens), score: greedyFree.score, words: words(greedyFree.tokens), tokens: greedyFree.tokens.length };
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  for (const d of found) {
    if (candidates.length === CANDIDATES) break;
    const text = vocab.decode(d.tokens);
    // The same words with other punctuation are the same phrase to the parser: the likeliest spelling stands for them.
    const key = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (seen.has(key)) continue;
    seen.add(key);
    const slot = d.open && { before: vocab.decode(d.tokens.slice(0, d.open[0])), words: vocab.decode(d.tokens.slice(...d.open)), after: vocab.decode(d.tokens.slice(d.open[1])) };
    if (slot && /^[\p{L}\p{N}]/u.test(slot.after)) slot.after = ` ${slot.after}`;
    candidates.push({ text, score: d.score, words: words(d.tokens), ...(slot ? { slot } : {}) });
  }
  const choice = choosePhrase(candidates, free, graph.names, o.choice);
  const weighed: Candidate | undefined = other && { text: vocab.decode(other.tokens), score: other.score, words: words(other.tokens) };
  // The second ear's phrase is taken where the first ear took none of its own, or where it names a device's name in the
  // first's open slot.
  const phrase = takenPhrase(choice, second && weighed && { heard: second.heard, weighed, confidence: second.confidence }, free, graph.names, o.choice);
  return { ...choice, phrase, transcript: phrase ?? free.text, free: free.text, seconds, candidates, freeTranscript: free, ...(weighed ? { second: weighed } : {}) };
}
