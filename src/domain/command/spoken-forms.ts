// How recognizers and keyboards write what people say, made plain before parsing: zero-width characters dropped,
// spelled-out letters joined ("c. n. n." → "cnn", "b b c news" → "bbc news", "v. t. v. một" → "vtv một").

/** Zero-width space, non-joiner, joiner, word joiner and the byte-order mark: invisible, and they split words. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** A letter said on its own ("c", "c.", "C.", and the last one possessive: "c.'s"), as recognizers write a spelled name. */
const LETTER = /^[a-z]\.?(?:['’]s)?$/i;
const POSSESSIVE = /['’]s$/i;

/** Letters written together with dots ("c.n.n.", "U.S."): the dots go. */
const DOTTED = /\b((?:[a-z]\.){2,}[a-z]?)\.?(?=\s|$|'|’)/gi;

/**
 * Joins runs of two or more single letters into one word. "a" and "i" are English words: an undotted run of four or
 * more letters starting with one leaves it out ("a b b c update" → "a bbc update"; "a b c" is ABC).
 */
function joinLetters(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let j = i;
    // A possessive ends the run ("b. b. c.'s").
    while (j < words.length && LETTER.test(words[j]) && (j === i || !POSSESSIVE.test(words[j - 1]))) j++;
    let start = i;
    const dotted = words.slice(i, j).some((w) => w.includes('.'));
    if (!dotted && j - start >= 4 && /^[ai]$/i.test(words[start])) start++;
    if (j - start >= 2) {
      // Each word of the run is its letter, then at most a dot and a possessive.
      const joined = words.slice(start, j).map((w) => w[0]).join('').toLowerCase();
      out.push(...words.slice(i, start), POSSESSIVE.test(words[j - 1]) ? `${joined}'s` : joined);
      i = j;
    } else {
      out.push(words[i]);
      i++;
    }
  }
  return out;
}

/** The transcript with spoken forms made plain; anything else is left as it was. */
export function plainSpokenForms(transcript: string): string {
  const text = transcript.replace(ZERO_WIDTH, '').replace(DOTTED, (m) => m.replace(/\./g, ''));
  const words = text.split(/\s+/).filter(Boolean);
  return joinLetters(words).join(' ');
}
