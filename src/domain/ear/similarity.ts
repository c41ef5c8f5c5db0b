// How alike two transcripts read, letter by letter: the free transcript of a command in an unusual voice is often the
// phrase misspelt ("Leaves from the verge" for "News from The Verge"); another assistant's request rarely is.

const letters = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N} ]+/gu, '').replace(/\s+/g, ' ').trim();

/** 1 − the edit distance between the two (letters, digits and single spaces, without case) over the longer's length. */
export function letterSimilarity(a: string, b: string): number {
  const [x, y] = [letters(a), letters(b)];
  if (x.length === 0 && y.length === 0) return 1;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = row;
  }
  return 1 - prev[y.length] / Math.max(x.length, y.length);
}
