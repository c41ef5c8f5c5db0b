// How long speech takes, estimated from text: used to catch utterances whose `end` never comes.

/** Characters per second at rate 1: ~15 for English (≈170 words a minute); Vietnamese syllables run about as fast. */
const CHARS_PER_SECOND = 15;

/** Estimated speaking time in milliseconds. */
export function estimateSpeechMs(text: string, rate = 1): number {
  return (Math.max(0.6, text.length / CHARS_PER_SECOND) * 1000) / Math.max(0.1, rate);
}

/** How long to wait for `end` before giving up on an utterance: twice the estimate plus two seconds. */
export function watchdogMs(text: string, rate = 1): number {
  return estimateSpeechMs(text, rate) * 2 + 2000;
}
