// A story's head: what lists show (the Stories screen, the names the ear is told), kept apart by the archive.
import type { Story, StoryHead } from '../types';

/**
 * A head's lead: the text's first 400 characters, as they are. AI relevance and topic groups read no further
 * (briefing/relevance.ts, stories/story-topics.ts), so they find the same in a head as in the whole story.
 */
export const LEAD_CHARS = 400;

/** The head of a story: every field but the text, and the text's first LEAD_CHARS characters. */
export function storyHead({ text, ...rest }: Story): StoryHead {
  return { ...rest, lead: text.slice(0, LEAD_CHARS) };
}
