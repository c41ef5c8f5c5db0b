// Words as topic matching sees them (folded, singular, no stopwords): shared by the topic matcher (topic.ts) and the
// archive's term index (stories/story-terms.ts), small enough to be in the initial JavaScript with the index.
import { foldedWords } from '../text/normalize';

/** Words a topic is never matched by alone (the story term index leaves them out too). */
export const STOPWORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'and', 'on', 'in', 'for', 'to', 've', 'cua', 'va', 'cac', 'nhung']);

/** A word without a simple plural -s ("chips" → "chip"; "news" → "new" on both sides of a match). */
export const singular = (w: string) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
export const words = (text: string) => foldedWords(text).map(singular);
