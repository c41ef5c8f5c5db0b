// Stories grouped by the topics their headlines name ("DeepSeek", "Nvidia", "OpenAI"), for the Stories screen's
// By topic view. A story joins a topic's group when the topic matcher finds it in its headline or lead (synonyms in
// both languages, no diacritics needed), so one story may sit in several groups.
import { commonTopics, topicMatcher, type FoldedStory } from '../briefing/topic';
import { topicWords } from '../briefing/topic-phrases';
import { foldText, matchKey } from '../text/normalize';
import { LEAD_CHARS } from '../news/story-head';
import type { StoryHead } from '../types';

const leads = new WeakMap<object, FoldedStory>();

/**
 * The folded headline and lead of a story, kept while the head lives. Topics are looked for in the headline and the
 * lead (the text's first 400 characters, as AI relevance reads them, cut at a word): that is what a story is about, not
 * what it mentions in passing, and a week of stories groups in tens of milliseconds.
 */
function foldedLead(story: Pick<StoryHead, 'title' | 'lead'>): FoldedStory {
  let f = leads.get(story);
  if (!f) {
    const cut = story.lead.length < LEAD_CHARS ? story.lead : story.lead.replace(/[\p{L}\p{N}]+$/u, '');
    leads.set(story, (f = { title: foldText(story.title), text: foldText(cut) }));
  }
  return f;
}

/**
 * Capitalised in headlines without naming a topic: English days and months ("on Friday"), and the Vietnamese words of
 * dates (Thứ Sáu, Tháng Một, Năm 2025, Chủ nhật), compared with their diacritics (a headline's "Nam" is not "Năm").
 */
const CALENDAR_EN = new Set([
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
]);
const CALENDAR_VI = new Set(['thứ', 'tháng', 'năm', 'chủ']);
const isCalendarWord = (name: string) => CALENDAR_EN.has(matchKey(name)) || CALENDAR_VI.has(name.normalize('NFC').toLowerCase());

export interface StoryTopic {
  /** The topic as the headlines spell it. */
  name: string;
  /** Its stories, in the order given. */
  stories: StoryHead[];
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
export function groupByTopic(stories: readonly StoryHead[], { max = 12, minStories = 2, candidates = 30 }: TopicOptions = {}): StoryTopic[] {
  const seenWords = new Set<string>();
  const seenMembers = new Set<string>();
  const groups: StoryTopic[] = [];
  for (const { name } of commonTopics(stories, candidates)) {
    const words = topicWords(name).join(' ');
    // A bare number ("2025", "500") or a day of the week names no topic.
    if (!words || /^\p{N}+$/u.test(name) || isCalendarWord(name) || seenWords.has(words)) continue;
    seenWords.add(words);
    // A two-word name from headlines ("San Francisco") is that name, not its two words anywhere in the text.
    const match = topicMatcher(name, { wholeOnly: true });
    const members = stories.filter((s) => match(foldedLead(s)) > 0);
    const signature = members.map((s) => s.id).join('\n');
    if (members.length < minStories || seenMembers.has(signature)) continue;
    seenMembers.add(signature);
    groups.push({ name, stories: members });
  }
  // Stable: equal sizes keep the headline order.
  return groups.sort((a, b) => b.stories.length - a.stories.length).slice(0, max);
}

/** The topics with only the stories a filter keeps, largest first again; topics left empty are dropped. */
export function filterTopics(topics: readonly StoryTopic[], keep: (s: StoryHead) => boolean): StoryTopic[] {
  return topics
    .map((t) => ({ name: t.name, stories: t.stories.filter(keep) }))
    .filter((t) => t.stories.length > 0)
    .sort((a, b) => b.stories.length - a.stories.length);
}
