// The learned model's features, the same at training (scripts/train) and on the device: words and word pairs
// without diacritics, the words as written, the utterance's length, and what the grammar saw (grammar-view.ts).
import type { GrammarView } from '../grammar-view';
import type { ParseContext } from '../types';

/** Letter runs of 3 and 4 inside a word, with its edges marked ("^ne", "new", "ews", "ws$"): spelling variants meet. */
function charGrams(word: string, out: string[]) {
  const w = `^${word}$`;
  for (let n = 3; n <= 4; n++) for (let i = 0; i + n <= w.length; i++) out.push(`c=${w.slice(i, i + n)}`);
}

const lengthBucket = (n: number) => (n <= 3 ? String(n) : n <= 5 ? '4-5' : n <= 8 ? '6-8' : '9+');

/** Features of a whole utterance, for telling what it asks for. */
export function utteranceFeatures(v: GrammarView, ctx: ParseContext): string[] {
  const f = v.folded;
  const out = [`L=${ctx.lang}`, `n=${lengthBucket(f.length)}`, `g=${v.command.intent}`, `gL=${v.command.intent}:${ctx.lang}`];
  if (v.command.topic) out.push('g:topic');
  if (v.command.outlet) out.push('g:outlet');
  for (const flag of v.flags) out.push(`f=${flag}`);
  for (let i = 0; i < f.length; i++) {
    out.push(`w=${f[i]}`, `b=${i === 0 ? '^' : f[i - 1]} ${f[i]}`);
    if (i >= 2) out.push(`t=${f[i - 2]} ${f[i - 1]} ${f[i]}`);
    const raw = v.tokens[i].key;
    if (raw !== f[i]) out.push(`d=${raw}`);
    charGrams(f[i], out);
  }
  if (f.length > 0) out.push(`b=${f[f.length - 1]} $`, `first=${f[0]}`, `last=${f[f.length - 1]}`);
  skeletonFeatures(v, out);
  return out;
}

/**
 * The utterance's frame with its subject blanked: words the grammar knows (news words, frames, markers, fillers, days,
 * outlets, other domains' words) stay, any other run becomes "_" ("i want the news about _"). A request is told by its
 * frame far more than by its subject, which the training data mentions in every domain.
 */
function skeletonFeatures(v: GrammarView, out: string[]) {
  const sk: string[] = [];
  v.folded.forEach((w, i) => {
    const known = v.roles[i].length > 0;
    if (known) sk.push(w);
    else if (sk[sk.length - 1] !== '_') sk.push('_');
  });
  for (let i = 0; i <= sk.length; i++) out.push(`k=${i === 0 ? '^' : sk[i - 1]} ${i === sk.length ? '$' : sk[i]}`);
  if (sk.length <= 8) out.push(`K=${sk.join(' ')}`);
}

/** The slot tags: outside, a topic's first and next words, an outlet's first and next words. */
export const SLOT_TAGS = ['O', 'B-T', 'I-T', 'B-S', 'I-S'] as const;
export type SlotTag = (typeof SLOT_TAGS)[number];

const shape = (w: string) => (/^\d+$/.test(w) ? 'num' : /\d/.test(w) ? 'alnum' : w.length <= 2 ? 'short' : 'word');

/** Features of one word for tagging it, except those of the tag before it (see tagFeatures). */
export function wordFeatures(v: GrammarView, i: number, ctx: ParseContext): string[] {
  const f = v.folded;
  const at = (k: number) => (k < 0 ? '^' : k >= f.length ? '$' : f[k]);
  const out = [
    `L=${ctx.lang}`,
    `w=${f[i]}`,
    `p=${at(i - 1)}`,
    `n=${at(i + 1)}`,
    `pp=${at(i - 2)}`,
    `nn=${at(i + 2)}`,
    `pw=${at(i - 1)} ${f[i]}`,
    `wn=${f[i]} ${at(i + 1)}`,
    `s=${shape(f[i])}`,
    `g=${v.command.intent}`,
  ];
  const raw = v.tokens[i].key;
  if (raw !== f[i]) out.push(`d=${raw}`);
  for (const r of v.roles[i]) out.push(`r=${r}`);
  for (const r of i > 0 ? v.roles[i - 1] : ['^']) out.push(`rp=${r}`);
  for (const r of i + 1 < f.length ? v.roles[i + 1] : ['$']) out.push(`rn=${r}`);
  return out;
}

/** The features the previous tag adds to a word's (the tagger weighs each possible previous tag). */
export const tagFeatures = (prev: SlotTag, word: string): string[] => [`t=${prev}`, `tw=${prev} ${word}`];
