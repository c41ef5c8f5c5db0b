// Splits plain text into speakable sentences, and long sentences into chunks a speech engine will finish.

/** Chrome stops speaking an utterance after about 15 s; 200 characters stays well inside that. */
export const MAX_UTTERANCE_CHARS = 200;

const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/** Sentences of a text in reading order, trimmed, with paragraph breaks always ending a sentence. */
export function splitSentences(text: string, lang: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n|\r\n\s*\r\n/)) {
    const flat = paragraph.replace(/\s+/g, ' ').trim();
    if (!flat) continue;
    for (const { segment } of sentenceSegmenter(lang).segment(flat)) {
      const s = segment.trim();
      if (!s) continue;
      // A segment with no letters or digits ("…", "—") belongs to the sentence before it.
      if (!/[\p{L}\p{N}]/u.test(s) && out.length > 0) out[out.length - 1] += ` ${s}`;
      else out.push(s);
    }
  }
  return out;
}

/**
 * The first `n` sentences of a text, without segmenting all of it: a prefix is split, and its first `n` sentences
 * are final once another sentence follows them (the segmenter only looks ahead a little); else a longer prefix.
 */
export function firstSentences(text: string, lang: string, n: number): string[] {
  for (let cut = 200 * (n + 1); ; cut *= 4) {
    if (cut >= text.length) return splitSentences(text, lang).slice(0, n);
    const sentences = splitSentences(text.slice(0, cut), lang);
    if (sentences.length > n) return sentences.slice(0, n);
  }
}

/**
 * Cuts one sentence into pieces of at most `max` characters, preferring clause boundaries
 * (; : , and dashes), then word boundaries; never cuts inside a word unless a word alone is too long.
 */
export function chunkSentence(sentence: string, max = MAX_UTTERANCE_CHARS): string[] {
  const s = sentence.trim();
  if (s.length <= max) return s ? [s] : [];
  const cut = bestCut(s, max);
  return [s.slice(0, cut).trim(), ...chunkSentence(s.slice(cut), max)].filter(Boolean);
}

function bestCut(s: string, max: number): number {
  const window = s.slice(0, max + 1);
  // Clause punctuation followed by a space, as late as possible but not in the first third.
  const clause = /[;:,–—](?=\s)|\s[–—-](?=\s)/g;
  let best = -1;
  for (let m = clause.exec(window); m; m = clause.exec(window)) {
    const end = m.index + m[0].length;
    if (end <= max && end >= max / 3) best = end;
  }
  if (best > 0) return best;
  const space = window.lastIndexOf(' ');
  return space > 0 ? space : max;
}

/** Sentences ready for speech: split, then chunked to the utterance limit. */
export function speakableSentences(text: string, lang: string, max = MAX_UTTERANCE_CHARS): string[] {
  return splitSentences(text, lang).flatMap((s) => chunkSentence(s, max));
}
