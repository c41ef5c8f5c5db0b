// Words of a text, for counting speaking time and for scoring sentences. Vietnamese writes one syllable per
// space-separated unit, so its "words" here are syllables (what speaking speed is measured in).
//
// Scripts written with spaces between words (Latin, Vietnamese, Cyrillic, Greek, ...) are split by a Unicode
// regex; scripts without spaces (Chinese, Japanese, Thai, Lao, Khmer, Burmese) need a dictionary, so they go
// through Intl.Segmenter. Both give the same words on spaced text (words.test.ts checks every fixture article),
// but V8's segmenter costs about 2 µs per segment: on an 800-word article that alone is ~1.5 ms, 50× the regex.

/** A word: letters, marks and digits, joined by an apostrophe, a period, a comma or a colon between them (don't, U.S, 30,000, 3:30). */
const SPACED_WORD = /[\p{L}\p{M}\p{N}_]+(?:['’.,:][\p{L}\p{M}\p{N}_]+)*/gu;
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterWords(text: string, lang: string): string[] {
  let seg = segmenters.get(lang);
  if (!seg) {
    seg = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, seg);
  }
  const out: string[] = [];
  for (const { segment, isWordLike } of seg.segment(text)) if (isWordLike) out.push(segment);
  return out;
}

/** The words of a text in order, as written. */
export function wordsOf(text: string, lang: string): string[] {
  return UNSPACED_SCRIPT.test(text) ? segmenterWords(text, lang) : (text.match(SPACED_WORD) ?? []);
}
