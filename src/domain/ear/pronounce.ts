// How the second ear says a word it must listen for: from the pronouncing dictionary when the word is there; a name
// written in capitals letter by letter ("TSMC", "CNBC"); "AI" always as its letters; and any other word as the
// fewest dictionary words that spell it end to end ("deepseek" → deep·seek, "anthropic" → an·thro·pic), which is how
// a reader says a name they have not heard. Pure: the dictionary is given (the worker's, or a test's).

/** The dictionary: a word (lower case) → its pronunciations, or undefined. */
export type Lookup = (word: string) => readonly string[] | undefined;

/** The letters as they are said (the dictionary's own entries for "a.", "b." …, fixed here so the rule needs none). */
const LETTERS: Record<string, string> = {
  a: 'EY', b: 'B IY', c: 'S IY', d: 'D IY', e: 'IY', f: 'EH F', g: 'JH IY', h: 'EY CH', i: 'AY', j: 'JH EY', k: 'K EY', l: 'EH L', m: 'EH M',
  n: 'EH N', o: 'OW', p: 'P IY', q: 'K Y UW', r: 'AA R', s: 'EH S', t: 'T IY', u: 'Y UW', v: 'V IY', w: 'D AH B AH L Y UW', x: 'EH K S', y: 'W AY', z: 'Z IY',
  '0': 'Z IH R OW', '1': 'W AH N', '2': 'T UW', '3': 'TH R IY', '4': 'F AO R', '5': 'F AY V', '6': 'S IH K S', '7': 'S EH V AH N', '8': 'EY T', '9': 'N AY N',
};

/** Words said as their letters whatever the dictionary says ("ai" is "aye" there). */
const SPELLED = new Set(['ai', 'eu', 'us', 'uk', 'ok']);

/** The word said letter by letter. */
export const spelled = (word: string): string =>
  [...word.toLowerCase()]
    .map((c) => LETTERS[c])
    .filter(Boolean)
    .join(' ');

/** Pieces shorter than this are not taken from the dictionary when cutting a word up (letters stand in instead). */
const MIN_PIECE = 2;

/**
 * The word as the fewest dictionary words that spell it end to end (ties: the longest first piece), or null when none
 * do: "deepseek" → ["deep", "seek"]. Single letters may stand in, each counting as much as two pieces.
 */
export function pieces(word: string, lookup: Lookup): string[] | null {
  const n = word.length;
  const cost = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  cost[0] = 0;
  for (let i = 0; i < n; i++) {
    if (cost[i] === Infinity) continue;
    for (let j = n; j > i; j--) {
      const piece = word.slice(i, j);
      const letter = j - i === 1 && LETTERS[piece] !== undefined;
      if (!letter && (j - i < MIN_PIECE || !lookup(piece))) continue;
      const c = cost[i] + (letter ? 2 : 1);
      if (c < cost[j]) [cost[j], from[j]] = [c, i];
    }
  }
  if (cost[n] === Infinity) return null;
  const out: string[] = [];
  for (let j = n; j > 0; j = from[j]) out.unshift(word.slice(from[j], j));
  return out;
}

/**
 * Every way the word may be said, as phones ("D IY P S IY K"). `written` is how a phrase or a name wrote it: a word
 * written in capitals of two to five letters is said as its letters too ("AMD", "TSMC").
 */
export function pronounce(word: string, lookup: Lookup, written = word): string[] {
  const w = word.toLowerCase();
  const out: string[] = [];
  const acronym = /^[A-Z0-9]{2,5}$/.test(written.replace(/[^A-Za-z0-9]/g, '')) && /[A-Z]/.test(written);
  if (SPELLED.has(w) || acronym) out.push(spelled(w));
  if (!SPELLED.has(w)) out.push(...(lookup(w) ?? []));
  if (out.length === 0) {
    const cut = pieces(w.replace(/'/g, ''), lookup);
    if (cut) out.push(cut.map((p) => (p.length === 1 ? LETTERS[p] : lookup(p)![0])).join(' '));
    else out.push(spelled(w));
  }
  return [...new Set(out.filter(Boolean))];
}

/** The pronouncing dictionary's text ("word  PH ONES", "word(2)  …" for another way) as a lookup. */
export function parseDictionary(text: string): Lookup {
  const dict = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const space = line.search(/\s/);
    if (space <= 0) continue;
    const word = line.slice(0, space).replace(/\(\d+\)$/, '');
    const phones = line.slice(space).trim();
    if (!phones) continue;
    const list = dict.get(word);
    if (list) list.push(phones);
    else dict.set(word, [phones]);
  }
  return (word) => dict.get(word);
}
