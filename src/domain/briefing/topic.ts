// Which stories are about a topic: every meaningful word of the topic appears in the story (case, diacritics and
// simple plurals ignored). The ranking and synonym-aware version arrives with the briefing composer (issue 5).
import { matchKey } from '../text/normalize';
import type { Story } from '../types';

const STOPWORDS = new Set(['the', 'a', 'an', 'of', 'and', 'on', 'in', 'for', 'to', 've', 'cua', 'va', 'cac', 'nhung']);

/** The words a topic is matched by (folded, no stopwords). */
export function topicWords(topic: string): string[] {
  return matchKey(topic)
    .split(' ')
    .filter((w) => w && !STOPWORDS.has(w));
}

const singular = (w: string) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/** True when the story mentions every word of the topic. */
export function matchesTopic(story: Pick<Story, 'title' | 'text'>, topic: string): boolean {
  const words = topicWords(topic).map(singular);
  if (words.length === 0) return false;
  const have = new Set(matchKey(`${story.title} ${story.text}`).split(' ').map(singular));
  return words.every((w) => have.has(w));
}
