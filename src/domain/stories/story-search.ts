// Searching stories by what is typed: every word must begin a word of the title or text, ignoring case and
// diacritics ("deepseek", "ban dan" finds "bán dẫn", "deeps" finds "DeepSeek" while typing); the query as a topic
// also counts, so synonyms in either language match ("chip" finds "bán dẫn").
import { topicMatcher } from '../briefing/topic';
import { foldedWords } from '../text/normalize';
import { escapeRegExp, WORD_START } from '../text/patterns';
import type { Story } from '../types';
import { foldedStory } from './folded-story';

/** A test for the stories a query finds, or null when the query has no words (nothing is filtered). */
export function storySearch(query: string): ((story: Pick<Story, 'title' | 'text'>) => boolean) | null {
  const words = [...new Set(foldedWords(query))];
  if (words.length === 0) return null;
  const starts = words.map((w) => new RegExp(`${WORD_START}${escapeRegExp(w)}`, 'u'));
  const topic = topicMatcher(query);
  return (story) => {
    const f = foldedStory(story);
    return starts.every((re) => re.test(f.title) || re.test(f.text)) || topic(f) > 0;
  };
}
