// A story's head: what lists show (the Stories screen, the names the ear is told) and what a briefing chooses, groups
// and ranks stories by, kept apart by the archive.
import { firstSentences } from '../text/sentences';
import type { Briefable, Story, StoryHead } from '../types';

/**
 * A head's lead: the text's first 400 characters, as they are. AI relevance and topic groups read no further
 * (briefing/relevance.ts, stories/story-topics.ts), so they find the same in a head as in the whole story.
 */
export const LEAD_CHARS = 400;
/** The sentences a head keeps of the text's opening: those a briefing compares reports of one event by (briefing/cluster.ts). */
export const OPENING_SENTENCES = 3;

/** The head of a story: every field but the text; the text's first LEAD_CHARS characters, first sentences and length. */
export function storyHead({ text, ...rest }: Story): StoryHead {
  return { ...rest, lead: text.slice(0, LEAD_CHARS), opening: firstSentences(text, rest.lang, OPENING_SENTENCES), chars: text.length };
}

/** True for a whole story, false for a head. */
export const isWhole = (s: Briefable): s is Story => typeof (s as Story).text === 'string';

/** A story or anything holding its text or its lead. */
export type Leaded = Pick<Story, 'text'> | Pick<StoryHead, 'lead'>;

/** The whole text, or a head's lead (what a head has of it). */
export const textOrLead = (s: Leaded): string => ('lead' in s && typeof s.lead === 'string' ? s.lead : (s as Story).text);

/** The text's first LEAD_CHARS characters, from a story or its head alike. */
export const leadOf = (s: Leaded): string => textOrLead(s).slice(0, LEAD_CHARS);

/** The text's first OPENING_SENTENCES sentences, from a story or its head alike. */
export const openingOf = (s: Briefable): string[] => (isWhole(s) ? firstSentences(s.text, s.lang, OPENING_SENTENCES) : s.opening);

/** The text's length, from a story or its head alike. */
export const textLengthOf = (s: Briefable): number => (isWhole(s) ? s.text.length : s.chars);
