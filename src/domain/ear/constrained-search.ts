// Decoding a recognizer's output over a graph of phrases (token-graph.ts): a beam search in which each hypothesis may
// only take the tokens its node allows, so the words heard are always a phrase the parser understands, and the
// likeliest such phrase wins even where free decoding would hear "Plus" for "pause". Free (greedy) decoding is kept to
// tell an utterance outside the phrases from one inside them (hear.ts).
import { closure, type TokenNode } from './token-graph';

/** One step of the recognizer's decoder: its state after a token, and the log-probabilities of the next token. */
export interface Step<S> {
  state: S;
  logProbs: Float32Array;
}

/** The recognizer's decoder over one utterance's audio (the platform implements it; tests fake it). */
export interface StepDecoder<S> {
  /** After the start token (asked by each decoding of the clip: free, then over the phrases). */
  first(): Promise<Step<S>>;
  /** One more token after each of several states, in one batch (every hypothesis of a beam at once). */
  next(batch: readonly { state: S; token: number }[]): Promise<Step<S>[]>;
}

export interface SearchOptions {
  /** Hypotheses kept at each step. */
  beam: number;
  maxTokens: number;
  endToken: number;
  /** Tokens that may come anywhere after the first without moving in the graph (punctuation: ",", ".", "?", "!"). */
  skippable: ReadonlySet<number>;
  /** In an open slot: how many of the likeliest tokens each hypothesis may try. */
  openWidth: number;
  /**
   * How far (log-probability) below the best ended phrase a live one is still followed: 0 follows only those that
   * could still beat it, more keeps the longer phrases close behind it among those returned (for the choice in hear.ts).
   */
  slack?: number;
}

/** A decoded token sequence and its log-probability, the end token included. */
export interface Decoded {
  tokens: number[];
  score: number;
  /** Where the tokens an open slot took (not the graph's) are: [first, last + 1), or null when none were. */
  open: [number, number] | null;
}

interface Hypothesis<S> {
  node: TokenNode;
  step: Step<S>;
  tokens: number[];
  score: number;
  open: [number, number] | null;
}

/** The open slot's span after one more token at `at`, taken by the slot or not. */
const widen = (open: [number, number] | null, at: number, bySlot: boolean): [number, number] | null => (bySlot ? [open ? open[0] : at, at + 1] : open);

/** The indices of the `k` largest values, largest first, skipping some. */
function topTokens(values: Float32Array, k: number, skip: (i: number) => boolean): number[] {
  const best: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (skip(i) || values[i] === -Infinity) continue;
    if (best.length < k || values[i] > values[best[best.length - 1]]) {
      let at = best.length < k ? best.length : k - 1;
      while (at > 0 && values[best[at - 1]] < values[i]) at--;
      best.splice(at, 0, i);
      if (best.length > k) best.pop();
    }
  }
  return best;
}

/** The phrases of the graph the audio most likely says, best first (empty when none could end in time). */
export async function searchPhrases<S>(decoder: StepDecoder<S>, root: TokenNode, o: SearchOptions): Promise<Decoded[]> {
  const slack = o.slack ?? 0;
  let live: Hypothesis<S>[] = [{ node: root, step: await decoder.first(), tokens: [], score: 0, open: null }];
  const finished: Decoded[] = [];
  for (let t = 0; live.length > 0; t++) {
    if (t === o.maxTokens) {
      for (const h of live) if (closure(h.node).some((n) => n.end || n.open)) finished.push({ tokens: h.tokens, score: h.score + h.step.logProbs[o.endToken], open: h.open });
      break;
    }
    const candidates: { from: Hypothesis<S>; token: number; node: TokenNode; score: number; bySlot: boolean }[] = [];
    for (const h of live) {
      const lp = h.step.logProbs;
      const here = closure(h.node);
      if (here.some((n) => n.end || n.open)) finished.push({ tokens: h.tokens, score: h.score + lp[o.endToken], open: h.open });
      const taken = new Set<number>();
      for (const n of here) {
        for (const [token, node] of n.next) {
          candidates.push({ from: h, token, node, score: h.score + lp[token], bySlot: false });
          taken.add(token);
        }
      }
      // Punctuation after a word, never after punctuation ("next,," would only take the beam's places).
      if (h.tokens.length > 0 && !o.skippable.has(h.tokens[h.tokens.length - 1])) for (const token of o.skippable) candidates.push({ from: h, token, node: h.node, score: h.score + lp[token], bySlot: false });
      const open = here.find((n) => n.open);
      if (open) {
        for (const token of topTokens(lp, o.openWidth, (i) => i === o.endToken || o.skippable.has(i) || taken.has(i))) {
          candidates.push({ from: h, token, node: open, score: h.score + lp[token], bySlot: true });
        }
      }
    }
    candidates.sort((a, b) => b.score - a.score);
    const bestFinished = finished.reduce((m, d) => Math.max(m, d.score), -Infinity);
    // Scores only fall as tokens are added: once a finished phrase beats a live one by more than the slack, the live
    // one can never come within it.
    const kept = candidates.slice(0, o.beam).filter((c) => c.score > bestFinished - slack);
    // Every kept hypothesis takes its step in one batch.
    const steps = kept.length > 0 ? await decoder.next(kept.map((c) => ({ state: c.from.step.state, token: c.token }))) : [];
    live = kept.map((c, i) => ({ node: c.node, step: steps[i], tokens: [...c.from.tokens, c.token], score: c.score, open: widen(c.from.open, c.from.tokens.length, c.bySlot) }));
  }
  return finished.sort((a, b) => b.score - a.score);
}

/** Free decoding: the likeliest token at each step (never the end token first: the audio held speech). */
export async function greedy<S>(decoder: StepDecoder<S>, o: Pick<SearchOptions, 'maxTokens' | 'endToken'>): Promise<Omit<Decoded, 'open'>> {
  let step = await decoder.first();
  const tokens: number[] = [];
  let score = 0;
  for (let t = 0; t < o.maxTokens; t++) {
    const [best] = topTokens(step.logProbs, 1, (i) => t === 0 && i === o.endToken);
    if (best === undefined) break;
    score += step.logProbs[best];
    if (best === o.endToken) return { tokens, score };
    tokens.push(best);
    [step] = await decoder.next([{ state: step.state, token: best }]);
  }
  return { tokens, score };
}
