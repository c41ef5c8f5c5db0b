// A term-index shard as it is stored: a day's terms that begin alike, each with the numbers of the stories that hold
// it. Kept as three values the browser copies whole (the terms joined by NUL, how many numbers each term has, and the
// numbers in term order) rather than as a Map of thousands of small arrays: Chromium reads a day's shards about three
// times faster so, and a check of the whole archive reads every shard (news-verify.ts). Archives written before kept
// Maps; both are read, and a shard is stored packed whenever it is written again.
import type { TermShard } from './news-keys';

export interface PackedShard {
  /** The terms, joined by NUL (terms are folded words: letters and digits only). */
  terms: string;
  /** How many story numbers each term has, in the order of `terms`. */
  counts: Uint32Array;
  /** The story numbers, term after term. */
  numbers: Uint32Array;
}

const SEP = '\0';

const isPacked = (v: unknown): v is PackedShard =>
  typeof v === 'object' && v !== null && typeof (v as PackedShard).terms === 'string' && (v as PackedShard).counts instanceof Uint32Array && (v as PackedShard).numbers instanceof Uint32Array;

/** A shard as stored. */
export function packShard(shard: TermShard): PackedShard {
  const terms = [...shard.keys()];
  const counts = new Uint32Array(terms.length);
  let total = 0;
  terms.forEach((t, i) => (total += counts[i] = shard.get(t)!.length));
  const numbers = new Uint32Array(total);
  let at = 0;
  for (const t of terms) for (const n of shard.get(t)!) numbers[at++] = n;
  return { terms: terms.join(SEP), counts, numbers };
}

/** Each term of a stored shard with its numbers, in stored order; nothing for a value that is not a shard (damage). */
function* entries(stored: unknown): Generator<[term: string, numbers: ArrayLike<number> & Iterable<number>]> {
  if (stored instanceof Map) {
    for (const [t, ns] of stored as Map<unknown, unknown>) if (typeof t === 'string' && Array.isArray(ns)) yield [t, ns as number[]];
    return;
  }
  if (!isPacked(stored) || stored.terms === '') return;
  const terms = stored.terms.split(SEP);
  if (terms.length !== stored.counts.length) return;
  let at = 0;
  for (let i = 0; i < terms.length; i++) {
    const end = at + stored.counts[i];
    if (end > stored.numbers.length) return;
    yield [terms[i], stored.numbers.subarray(at, end)];
    at = end;
  }
}

/** A stored shard as a Map (a copy: changing it changes nothing stored); empty for anything that is not a shard. */
export function unpackShard(stored: unknown): TermShard {
  const shard: TermShard = new Map();
  for (const [t, ns] of entries(stored)) shard.set(t, Array.from(ns));
  return shard;
}

/** The story numbers of one term, or of every term that begins with it (`prefix`). */
export function termNumbers(stored: unknown, term: string, prefix: boolean): number[] {
  const out: number[] = [];
  for (const [t, ns] of entries(stored)) {
    if (prefix ? t.startsWith(term) : t === term) for (const n of ns) out.push(n);
    if (!prefix && t === term) break;
  }
  return out;
}

/**
 * Every story number of a stored shard, once per term that holds it, in stored order, without splitting its terms:
 * for a packed shard, its own numbers (as far as its counts reach; nothing when they do not match its terms). A check
 * of the whole archive counts 3 million of them (news-verify.ts).
 */
export function numbersOf(stored: unknown): ArrayLike<number> {
  if (stored instanceof Map) {
    const out: number[] = [];
    for (const [, ns] of entries(stored)) for (let i = 0; i < ns.length; i++) out.push(ns[i]);
    return out;
  }
  if (!isPacked(stored) || stored.terms === '') return [];
  let terms = 1;
  for (let at = stored.terms.indexOf(SEP); at !== -1; at = stored.terms.indexOf(SEP, at + 1)) terms++;
  if (terms !== stored.counts.length) return [];
  let end = 0;
  for (let i = 0; i < terms; i++) {
    if (end + stored.counts[i] > stored.numbers.length) break;
    end += stored.counts[i];
  }
  return end === stored.numbers.length ? stored.numbers : stored.numbers.subarray(0, end);
}
