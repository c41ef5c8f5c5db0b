// A topic's phrases: its words and its synonyms' in both languages (topic-synonyms.ts), as the matcher (topic.ts) and
// the term index's queries (stories/topic-query.ts) both see them.
import { STOPWORDS, words } from './topic-words';
import { TOPIC_SYNONYMS } from './topic-synonyms';

/** Synonym groups as word lists, by every member's key. */
let groups: Map<string, string[][]> | null = null;
/** The phrases (word lists: folded, singular) that name the same topic as `phrase`, itself included. */
export function synonymsOf(phrase: string): string[][] {
  if (!groups) {
    groups = new Map();
    for (const group of TOPIC_SYNONYMS) {
      const members = group.map(words);
      for (const m of members) groups.set(m.join(' '), members);
    }
  }
  return groups.get(words(phrase).join(' ')) ?? [words(phrase)];
}

/** The words a topic is matched by (folded, singular, no stopwords). */
export function topicWords(topic: string): string[] {
  return words(topic).filter((w) => !STOPWORDS.has(w));
}

