// Near-miss matching for one-word commands ("nex", "stope"): accepted only when exactly one word is that close.

/** Optimal string alignment distance (edits, with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * The single candidate within one edit of `word` (words of 3+ letters only), or null when none
 * or several are that close: a near-miss is acted on only when it is unambiguous.
 */
export function nearestUnambiguous<T>(word: string, candidates: ReadonlyMap<string, T>): T | null {
  if (word.length < 3) return null;
  const hits = new Set<T>();
  for (const [candidate, value] of candidates) {
    if (candidate.length >= 3 && Math.abs(candidate.length - word.length) <= 1 && editDistance(word, candidate) <= 1) hits.add(value);
  }
  return hits.size === 1 ? [...hits][0] : null;
}
