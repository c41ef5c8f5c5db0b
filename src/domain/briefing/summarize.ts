// An extractive summarizer for spoken news, English and Vietnamese: picks whole sentences that fit a time budget.
// Scores combine lead position (news puts the gist first), centrality (cosine to the TF-ISF centroid of the
// article) and length; MMR keeps out sentences that repeat chosen ones; the chosen ones are read in article order.
import { splitSentences } from '../text/sentences';
import { wordsOf } from '../text/words';
import { countWords, WORDS_PER_MINUTE } from './pace';
/** What a story's summary takes by default: about 25 seconds. */
export const DEFAULT_STORY_SECONDS = 25;

export interface SummaryOptions {
  lang: string;
  /** Seconds of speech the summary may take. */
  seconds?: number;
  /** Speaking rate (1 = normal): faster speech fits more words in the same time. */
  rate?: number;
}

export interface Summary {
  /** Chosen sentences, in article order. */
  sentences: string[];
  /** The others, in article order ("tell me more"). */
  rest: string[];
  /** Words (syllables in Vietnamese) in the chosen sentences, and the budget they were chosen for. */
  words: number;
  budget: number;
}

const STOPWORDS: Record<string, Set<string>> = {
  en: new Set(
    'a an the of to in on for and or but is are was were be been being it its that this these those with as at by from has have had will would said says say he she they we you i not no which who what also more than about after over into their his her our can could may might just so if then there here up out new one two'.split(' '),
  ),
  vi: new Set(
    'và của là có được cho các những một trong với này đã sẽ đang không để từ theo khi về người ra vào đến cũng nhưng thì như tại do bị rằng nên vì hơn nhiều trên sau nói cho biết ông bà đó nay lại mà'.split(' '),
  ),
};

function words(sentence: string, lang: string): string[] {
  return wordsOf(sentence, lang).map((w) => w.toLowerCase());
}

/** Terms of a sentence: content words (English: plural -s dropped); Vietnamese adds syllable pairs, its usual words. */
function terms(tokens: string[], lang: string): string[] {
  const stop = STOPWORDS[lang] ?? STOPWORDS.en;
  if (lang === 'vi') {
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (!stop.has(tokens[i])) out.push(tokens[i]);
      if (i + 1 < tokens.length && !(stop.has(tokens[i]) && stop.has(tokens[i + 1]))) out.push(`${tokens[i]} ${tokens[i + 1]}`);
    }
    return out;
  }
  return tokens.filter((t) => !stop.has(t)).map((t) => (t.length > 3 && t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t));
}

type Vector = Map<string, number>;

function norm(v: Vector): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

function cosine(a: Vector, b: Vector, na = norm(a), nb = norm(b)): number {
  if (na === 0 || nb === 0) return 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, x] of small) {
    const y = large.get(t);
    if (y !== undefined) dot += x * y;
  }
  return dot / (na * nb);
}

/** Page furniture, not news: never read ("Updated 10:00.", "Photo: Reuters.", "Ảnh: TTXVN."). */
function boilerplate(sentence: string): boolean {
  return /^(updated|published|photo|image|video|file photo|advertisement|read more|related|ảnh|video|cập nhật|xem thêm)\b/i.test(sentence.trim());
}

/** A lead worth keeping whatever else is chosen: a real sentence. */
function informative(wordCount: number, sentence: string): boolean {
  return wordCount >= 6 && !boilerplate(sentence);
}

/** Two sentences this similar say the same thing; the later one is never chosen beside the earlier. */
export const NEAR_DUPLICATE = 0.6;
/** MMR trade-off between a sentence's own score and its similarity to what is already chosen. */
const LAMBDA = 0.7;

/** The word budget for a number of seconds at a rate in a language. */
export function wordBudget(lang: string, seconds: number, rate = 1): number {
  return Math.round(((WORDS_PER_MINUTE[lang] ?? WORDS_PER_MINUTE.en) * rate * seconds) / 60);
}

/** Summarizes a text to its time budget. Never cuts inside a sentence; always returns at least one sentence. */
export function summarize(text: string, { lang, seconds = DEFAULT_STORY_SECONDS, rate = 1 }: SummaryOptions): Summary {
  const sentences = splitSentences(text, lang).filter((s) => !boilerplate(s));
  const budget = wordBudget(lang, seconds, rate);
  if (sentences.length === 0) return { sentences: [], rest: [], words: 0, budget };
  const tokens = sentences.map((s) => words(s, lang));
  const counts = tokens.map((t) => t.length);

  // TF-ISF vectors: a term's weight falls with the number of sentences that use it.
  const termLists = tokens.map((t) => terms(t, lang));
  const sentenceFrequency = new Map<string, number>();
  for (const list of termLists) for (const t of new Set(list)) sentenceFrequency.set(t, (sentenceFrequency.get(t) ?? 0) + 1);
  const n = sentences.length;
  const vectors: Vector[] = termLists.map((list) => {
    const v: Vector = new Map();
    for (const t of list) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, tf] of v) v.set(t, tf * Math.log(1 + n / (sentenceFrequency.get(t) ?? 1)));
    return v;
  });
  const norms = vectors.map(norm);
  const centroid: Vector = new Map();
  for (const v of vectors) for (const [t, x] of v) centroid.set(t, (centroid.get(t) ?? 0) + x);
  const centroidNorm = norm(centroid);

  const score = sentences.map((_, i) => {
    const centrality = cosine(vectors[i], centroid, norms[i], centroidNorm);
    const position = Math.exp(-i / 3);
    const c = counts[i];
    const length = c < 8 ? c / 8 : c > 35 ? 35 / c : 1;
    return 0.45 * centrality + 0.35 * position + 0.2 * length;
  });

  const chosen: number[] = [];
  let used = 0;
  const fits = (i: number) => used + counts[i] <= budget * 1.1 || chosen.length === 0;
  const similarity = (i: number) => Math.max(0, ...chosen.map((j) => cosine(vectors[i], vectors[j], norms[i], norms[j])));
  // The lead carries the gist in news: keep it when it says something.
  if (informative(counts[0], sentences[0])) {
    chosen.push(0);
    used += counts[0];
  }
  const candidates = new Set(sentences.map((_, i) => i).filter((i) => !chosen.includes(i) && counts[i] > 0));
  while (used < budget * 0.9 && candidates.size > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of candidates) {
      if (!fits(i)) continue;
      const sim = similarity(i);
      if (sim >= NEAR_DUPLICATE) continue;
      const value = LAMBDA * score[i] - (1 - LAMBDA) * sim;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best === -1) break;
    chosen.push(best);
    candidates.delete(best);
    used += counts[best];
  }
  chosen.sort((a, b) => a - b);
  const picked = new Set(chosen);
  return {
    sentences: chosen.map((i) => sentences[i]),
    rest: sentences.filter((_, i) => !picked.has(i)),
    words: used,
    budget,
  };
}

/** The baseline: the first sentences, in order, while they fit the same budget. */
export function leadSummary(text: string, { lang, seconds = DEFAULT_STORY_SECONDS, rate = 1 }: SummaryOptions): Summary {
  const sentences = splitSentences(text, lang);
  const budget = wordBudget(lang, seconds, rate);
  const chosen: string[] = [];
  let used = 0;
  for (const s of sentences) {
    const c = countWords(s, lang);
    if (chosen.length > 0 && used + c > budget * 1.1) break;
    chosen.push(s);
    used += c;
    if (used >= budget * 0.9) break;
  }
  return { sentences: chosen, rest: sentences.slice(chosen.length), words: used, budget };
}
