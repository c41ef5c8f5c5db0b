// How fast briefings are spoken: words a minute per language, and how many words a sentence takes. Small and apart
// from the summarizer, so the player's progress and History can use it without loading the briefing composer.
import { wordsOf } from '../text/words';

/** Speaking speed at rate 1, in words a minute (Vietnamese: syllables, its written words). */
export const WORDS_PER_MINUTE: Record<string, number> = { en: 160, vi: 190 };

/** Words a sentence takes when spoken (syllables in Vietnamese). */
export function countWords(text: string, lang: string): number {
  return wordsOf(text, lang).length;
}
