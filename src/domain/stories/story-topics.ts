// Stories grouped by the topics their headlines name ("DeepSeek", "Nvidia", "OpenAI"), for the Stories screen's
// By topic view. A story joins a topic's group when the topic matcher finds it (headline or text, synonyms in both
// languages, no diacritics needed), so one story may sit in several groups.
import { commonTopics, topicMatcher, topicWords } from '../briefing/topic';
import type { Story } from '../types';
import { foldedStory } from './folded-story';

export interface StoryTopic {
  /** The topic as the headlines spell it. */
  name: string;
  /** Its stories, in the order given. */
  stories: Story[];
}

export interface TopicOptions {
  /** At most this many groups (default 12). */
  max?: number;
  /** Groups with fewer stories are left out (default 2). */
  minStories?: number;
  /** Headline names tried (default 30): the ones most headlines carry. */
  candidates?: number;
}

/**
 * Topics of these stories, largest group first (ties: the name more headlines carry). A name that finds the same
 * stories as a name before it (a product and its maker, say) is not repeated.
 */
export function groupByTopic(stories: readonly Story[], { max = 12, minStories = 2, candidates = 30 }: TopicOptions = {}): StoryTopic[] {
  const seenWords = new Set<string>();
  const seenMembers = new Set<string>();
  const groups: StoryTopic[] = [];
  for (const { name } of commonTopics(stories, candidates)) {
    const words = topicWords(name).join(' ');
    // A bare number ("2025", "500") names no topic.
    if (!words || /^\p{N}+$/u.test(name) || seenWords.has(words)) continue;
    seenWords.add(words);
    const match = topicMatcher(name);
    const members = stories.filter((s) => match(foldedStory(s)) > 0);
    const signature = members.map((s) => s.id).join('\n');
    if (members.length < minStories || seenMembers.has(signature)) continue;
    seenMembers.add(signature);
    groups.push({ name, stories: members });
  }
  // Stable: equal sizes keep the headline order.
  return groups.sort((a, b) => b.stories.length - a.stories.length).slice(0, max);
}

/** The topics with only the stories a filter keeps, largest first again; topics left empty are dropped. */
export function filterTopics(topics: readonly StoryTopic[], keep: (s: Story) => boolean): StoryTopic[] {
  return topics
    .map((t) => ({ name: t.name, stories: t.stories.filter(keep) }))
    .filter((t) => t.stories.length > 0)
    .sort((a, b) => b.stories.length - a.stories.length);
}
