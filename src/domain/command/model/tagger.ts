// Finds the topic and the outlet in an utterance: each word gets a tag (outside, topic, outlet; first or next word of
// one), the best sequence of tags under the model (Viterbi over the five tags, each word's scores depending on the tag
// before it), and the spans read back in the words as said.
import { foldedWords, runOf, type GrammarView } from '../grammar-view';
import type { ParseContext } from '../types';
import { SLOT_TAGS, tagFeatures, wordFeatures, type SlotTag } from './features';
import { accumulate, finish, softmax, type LinearModel } from './linear';

/** An "inside" tag may only follow its own kind. */
const allowed = (prev: SlotTag, tag: SlotTag) => !tag.startsWith('I-') || prev.slice(2) === tag.slice(2);

/** The most likely tags of the utterance's words. */
export function tagWords(model: LinearModel, v: GrammarView, ctx: ParseContext): SlotTag[] {
  const n = v.folded.length;
  if (n === 0) return [];
  const T = SLOT_TAGS.length;
  const index = new Map(model.labels.map((l, i) => [l, i]));
  // best[i][t]: the log probability of the best tags up to word i ending in t; from[i][t]: the tag before it.
  const best: Float64Array[] = [];
  const from: Int8Array[] = [];
  for (let i = 0; i < n; i++) {
    const base = accumulate(model, wordFeatures(v, i, ctx), new Float64Array(model.labels.length));
    const here = new Float64Array(T).fill(-Infinity);
    const back = new Int8Array(T);
    const prevs: SlotTag[] = i === 0 ? ['O'] : [...SLOT_TAGS];
    for (const prev of prevs) {
      const p = prevs.length === 1 ? 0 : SLOT_TAGS.indexOf(prev);
      const before = i === 0 ? 0 : best[i - 1][p];
      if (before === -Infinity) continue;
      const probs = softmax(finish(model, accumulate(model, tagFeatures(prev, v.folded[i]), Float64Array.from(base))));
      for (let t = 0; t < T; t++) {
        const tag = SLOT_TAGS[t];
        if (!allowed(i === 0 ? 'O' : prev, tag)) continue;
        const score = before + Math.log(probs[index.get(tag)!] + 1e-12);
        if (score > here[t]) {
          here[t] = score;
          back[t] = p;
        }
      }
    }
    best.push(here);
    from.push(back);
  }
  const tags: SlotTag[] = new Array(n);
  let t = best[n - 1].indexOf(Math.max(...best[n - 1]));
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = SLOT_TAGS[t];
    t = from[i][t];
  }
  return tags;
}

/** The spans of one kind ("T" topic, "S" outlet), as said, longest first. */
export function spansOf(tags: readonly SlotTag[], v: GrammarView, kind: 'T' | 'S'): string[] {
  const spans: string[][] = [];
  tags.forEach((tag, i) => {
    if (tag === `B-${kind}`) spans.push([v.tokens[i].raw]);
    else if (tag === `I-${kind}` && spans.length > 0) spans[spans.length - 1].push(v.tokens[i].raw);
  });
  return spans.map((s) => s.join(' ')).sort((a, b) => b.length - a.length);
}

/**
 * Widens each span of a kind over the words after it that the grammar also took for it and knows no part for
 * ("tiền mã" → "tiền mã hóa", "lũ" → "lũ lụt miền Trung"): the tagger may cut a name of many syllables short where the
 * grammar's span holds it whole; words the grammar knows (frames, days, news words) stay outside. Only forwards: a
 * Vietnamese head comes first and its modifiers after it, and a word before a span is far more often a preposition
 * ("trên thế giới") than a part of the name.
 */
export function widenSpans(tags: readonly SlotTag[], v: GrammarView, kind: 'T' | 'S', grammarSpan: string | null): SlotTag[] {
  const out = [...tags];
  const range = grammarSpan ? runOf(v, foldedWords(grammarSpan)) : null;
  if (!range) return out;
  const free = (i: number) => i >= range[0] && i < range[1] && out[i] === 'O' && v.roles[i].length === 0;
  for (let i = 0; i < out.length; i++) {
    if (out[i] !== `B-${kind}`) continue;
    const start = i;
    let end = i + 1;
    while (end < out.length && out[end] === `I-${kind}`) end++;
    if (start < range[1] && end > range[0]) {
      while (free(end)) end++;
      for (let k = start; k < end; k++) out[k] = `${k === start ? 'B' : 'I'}-${kind}`;
    }
    i = end - 1;
  }
  return out;
}
