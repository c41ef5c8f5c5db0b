// Building regular expressions from words: text matched literally, and alternatives matched as whole words (not
// inside a longer run of letters or digits, in any script).

/** A string to match literally inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Nothing of a word right before: a word starts here. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';

/** Nothing of a word right after: a word ends here. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** Any of the alternatives (regular-expression source, `a|b|c`) as a whole word or phrase. */
export function wholeWords(alternatives: string, flags = 'u'): RegExp {
  return new RegExp(`${WORD_START}(?:${alternatives})${WORD_END}`, flags);
}
