// Tokens of an utterance (original spelling kept for topics) and phrase matching over them, with * wildcards.
import { foldDiacritics } from '../text/normalize';

export interface Token {
  /** As written or recognised ("DeepSeek"), for showing and speaking a topic back. */
  raw: string;
  /** Lower case, and without diacritics in folded mode: what phrases are matched against. */
  key: string;
}

/** Words, numbers, and dates written with separators ("27/11", "2026-11-27") stay whole. */
const TOKEN = /\d+(?:[/.-]\d+)+|\d+(?:st|nd|rd|th)\b|[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;

/** True when the text carries letters outside ASCII, i.e. the speaker or recognizer wrote diacritics. */
export function hasDiacritics(text: string): boolean {
  return /[^\p{ASCII}]/u.test(foldQuotes(text));
}

function foldQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc`´]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

/** Splits text into tokens. `fold` removes diacritics from keys (for text typed without them). */
export function tokenize(text: string, fold: boolean): Token[] {
  const clean = foldQuotes(text.normalize('NFC'));
  return [...clean.matchAll(TOKEN)].map(([raw]) => {
    const lower = raw.toLowerCase();
    return { raw, key: fold ? foldDiacritics(lower) : lower };
  });
}

/** A phrase as key tokens; "*" matches any run of tokens (possibly none); "#" marks where a number stands (days.ts). */
export type Phrase = readonly string[];

/**
 * Compiles a phrase. A leading "!" marks a phrase that is ambiguous without diacritics ("ai viết", who wrote,
 * would read like "AI Việt"): it matches only text written with them, so in folded mode it compiles to nothing.
 */
export function compilePhrase(text: string, fold: boolean): Phrase {
  if (text.startsWith('!')) return fold ? [] : compilePhrase(text.slice(1), fold);
  return text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => (w === '*' || w === '#' ? [w] : tokenize(w, fold).map((t) => t.key)));
}

/** End index (exclusive) when `phrase` matches `keys` starting exactly at `at`, else -1. Wildcards match as little as possible. */
export function matchAt(keys: readonly string[], phrase: Phrase, at: number, p = 0): number {
  if (p === phrase.length) return at;
  if (phrase[p] === '*') {
    for (let i = at; i <= keys.length; i++) {
      const end = matchAt(keys, phrase, i, p + 1);
      if (end !== -1) return end;
    }
    return -1;
  }
  return at < keys.length && keys[at] === phrase[p] ? matchAt(keys, phrase, at + 1, p + 1) : -1;
}

export interface Span {
  start: number;
  end: number;
}

/** Phrases indexed by their first token, so a lookup at a position tries only the phrases that can start there. */
export interface PhraseSet {
  readonly all: readonly Phrase[];
  readonly byFirst: ReadonlyMap<string, readonly Phrase[]>;
  /** Phrases that start with a wildcard or a placeholder: tried everywhere. */
  readonly anywhere: readonly Phrase[];
}

/** Builds a phrase set; empty phrases are dropped, longer phrases come first. */
export function phraseSet(phrases: readonly Phrase[]): PhraseSet {
  const all = phrases.filter((p) => p.length > 0).sort((a, b) => b.length - a.length);
  const byFirst = new Map<string, Phrase[]>();
  const anywhere: Phrase[] = [];
  for (const p of all) {
    if (p[0] === '*' || p[0] === '#') anywhere.push(p);
    else byFirst.set(p[0], [...(byFirst.get(p[0]) ?? []), p]);
  }
  return { all, byFirst, anywhere };
}

/** The phrases that may match at a position. */
export function candidatesAt(keys: readonly string[], at: number, set: PhraseSet): readonly Phrase[] {
  const first = set.byFirst.get(keys[at]);
  if (!first) return set.anywhere;
  return set.anywhere.length === 0 ? first : [...first, ...set.anywhere];
}

/** The earliest occurrence of any phrase (the longest at that position), or null. */
export function findAny(keys: readonly string[], set: PhraseSet, from = 0): (Span & { phrase: Phrase }) | null {
  for (let start = from; start < keys.length; start++) {
    let best: (Span & { phrase: Phrase }) | null = null;
    for (const phrase of candidatesAt(keys, start, set)) {
      const end = matchAt(keys, phrase, start);
      if (end > start && (!best || end > best.end)) best = { start, end, phrase };
    }
    if (best) return best;
  }
  return null;
}

/** True when the whole key sequence is exactly one of the phrases. */
export function isExactly(keys: readonly string[], set: PhraseSet): boolean {
  return keys.length > 0 && candidatesAt(keys, 0, set).some((p) => matchAt(keys, p, 0) === keys.length);
}

/** Removes every occurrence of the phrases (longest first), returning the kept tokens. */
export function removeAll(tokens: readonly Token[], phrases: PhraseSet): Token[] {
  const keys = tokens.map((t) => t.key);
  const drop = new Set<number>();
  for (let i = 0; i < keys.length; ) {
    const hit = findAny(keys, phrases, i);
    if (!hit || hit.start !== i) {
      i++;
      continue;
    }
    for (let j = hit.start; j < hit.end; j++) drop.add(j);
    i = hit.end;
  }
  return tokens.filter((_, i) => !drop.has(i));
}
