// How sure the second ear is of its phrase. A recognizer that decodes over a grammar always answers with one of its
// phrases, whatever was said; how well that phrase's path explains the sound is told by comparing it with the best a
// free loop of phones finds in the same audio (the classic garbage-model normalisation of utterance verification):
// where the phrase was said, its path scores nearly as well as the loop; where something else was said, the words
// were forced onto the sound and score far worse. Per frame, so that long and short utterances compare.
import type { WordGrammar } from './word-grammar';

/** The phones of CMU's US English acoustic model (the pronouncing dictionary's), and silence. */
export const PHONES = [
  'AA', 'AE', 'AH', 'AO', 'AW', 'AY', 'B', 'CH', 'D', 'DH', 'EH', 'ER', 'EY', 'F', 'G', 'HH', 'IH', 'IY', 'JH', 'K',
  'L', 'M', 'N', 'NG', 'OW', 'OY', 'P', 'R', 'S', 'SH', 'T', 'TH', 'UH', 'UW', 'V', 'W', 'Y', 'Z', 'ZH', 'SIL',
] as const;

/** The loop's word for a phone ("phone_aa"): no dictionary word looks like it. */
export const phoneWord = (phone: string) => `phone_${phone.toLowerCase()}`;

/** The loop's words with their one-phone pronunciations, as the recognizer is given them. */
export const PHONE_WORDS: readonly (readonly [string, string])[] = PHONES.map((p) => [phoneWord(p), p]);

/** A grammar of any sequence of phones: one state with a way back to itself for each phone, and out to the end. */
export function phoneLoopGrammar(): WordGrammar {
  const words = PHONE_WORDS.map(([w]) => w);
  return {
    numStates: 2,
    start: 0,
    end: 1,
    transitions: [...words.map((word) => ({ from: 0, to: 0, word, logp: 0 })), { from: 0, to: 1, word: '', logp: 0 }],
    words,
    phrases: 0,
    written: new Map(),
  };
}

/** A word of a recognizer's best path: its first and last 10 ms frames and its acoustic score (log units, ≤ 0). */
export interface Segment {
  word: string;
  start: number;
  end: number;
  ascr: number;
}

/**
 * The phrase's path against the phone loop's, per frame of the path (the recognizer's log units; 0 where the phrase
 * explains the sound as well as free phones, more negative the worse), or null when either heard nothing. Both hear
 * the same audio, so both paths cover the same frames.
 */
export function acousticConfidence(path: readonly Segment[], loop: readonly Segment[]): number | null {
  if (path.length === 0 || loop.length === 0) return null;
  const frames = path[path.length - 1].end - path[0].start + 1;
  if (frames <= 0) return null;
  const score = (segments: readonly Segment[]) => segments.reduce((sum, s) => sum + s.ascr, 0);
  return (score(path) - score(loop)) / frames;
}
