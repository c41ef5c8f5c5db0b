// How recognizers and keyboards write what people say, made plain before parsing: zero-width characters dropped, a
// leading wake word dropped ("hey google, what's the news", "alexa ơi …"), spelled-out letters joined ("c. n. n." →
// "cnn", "b b c news" → "bbc news", "v. t. v. một" → "vtv một").

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

/**
 * An assistant's name said first, perhaps after "ok", "hey", "này", before "ơi" or a comma: ok google, hey siri,
 * alexa ơi, earshot. The names of Google, Alexa and Siri are also news topics ("news about Google", "Alexa news"), so
 * they are wake words only at the start, and there only when marked as one (a word before, "ơi" or a comma after) or, for
 * Alexa and Siri, when what follows is not a news word ("alexa skip", "siri what's happening with Apple").
 */
const WAKE = /^\s*(?:(ok|okay|hey|hi|này|ê|alo)[\s,]+)?(google|alexa|siri|olly|earshot|bixby|cortana)(?=[\s,]|$)(\s*,)?(?:\s+(ơi|oi)(?=[\s,]|$))?(\s*,)?\s*/iu;
/** Names that are never what the news is about. */
const ONLY_WAKE = new Set(['olly', 'earshot', 'bixby', 'cortana']);
const NEWS_WORD = /^(news|headlines|updates|stories|tin)(?=[\s,.?!]|$)/iu;

/** The transcript without a leading wake word ("hey google, what's the news" → "what's the news"); the name alone stays. */
export function withoutWakeWord(transcript: string): string {
  const m = WAKE.exec(transcript);
  if (!m) return transcript;
  const rest = transcript.slice(m[0].length);
  if (rest.trim() === '') return transcript;
  const name = m[2].toLowerCase();
  const marked = Boolean(m[1] || m[3] || m[4] || m[5]);
  const wake = marked || ONLY_WAKE.has(name) || (name !== 'google' && !NEWS_WORD.test(rest));
  return wake ? rest : transcript;
}

/** The transcript with spoken forms made plain; anything else is left as it was. */
export function plainSpokenForms(transcript: string): string {
  const text = withoutWakeWord(transcript.replace(ZERO_WIDTH, '')).replace(DOTTED, (m) => m.replace(/\./g, ''));
  const words = text.split(/\s+/).filter(Boolean);
  return joinLetters(words).join(' ');
}
