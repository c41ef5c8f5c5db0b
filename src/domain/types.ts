// Core value types shared by every layer: a story, a day, a language.

/** A calendar day written as YYYY-MM-DD (local to some time zone, said where used). */
export type DayKey = string;

/** The interface and voice languages Earshot speaks. */
export type Lang = 'en' | 'vi';

export const LANGS: readonly Lang[] = ['en', 'vi'];

/** One news story as stored on the device. Text is plain (never HTML). */
export interface Story {
  /** Globally unique id (feed-scoped ids are prefixed with the feed's key). */
  id: string;
  title: string;
  /** Name of the outlet or organisation that published it. */
  source: string;
  /** Link to the story at its source (http or https), or '' when the feed gave none. */
  url: string;
  /** Publication instant, epoch milliseconds. */
  publishedAt: number;
  /** Primary language subtag, lower case ("en", "vi", "fr"…). */
  lang: string;
  /** Plain text; paragraphs separated by a blank line. */
  text: string;
  /** The source (feed) it came from; absent for the sample edition and older imports. */
  sourceId?: string;
  /** When it arrived on the device, epoch milliseconds; absent for the sample edition and older imports. */
  addedAt?: number;
}

/**
 * A story as lists show it (the Stories screen, what the ear is told): everything but the full text, with its lead,
 * the text's first LEAD_CHARS characters (domain/news/story-head.ts), from which AI relevance, topic groups and the
 * term index are worked out alike. The archive stores it apart from the text, so a listing never copies the text.
 */
export interface StoryHead extends Omit<Story, 'text'> {
  lead: string;
  /** The text's first three sentences, as a briefing groups reports of one event by them (briefing/cluster.ts). */
  opening: string[];
  /** The text's length in characters: a briefing tells an event from its longest report. */
  chars: number;
}

/**
 * What a briefing chooses, groups and ranks stories by: a whole story, or its head (a big day is read as heads, and
 * only the texts of the stories told are read; briefing/compose.ts).
 */
export type Briefable = Story | StoryHead;

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'vi';
}

/** BCP 47 tag to speak or recognise a primary language with: the region most listeners expect. */
export function speechTag(lang: string): string {
  if (lang === 'en') return 'en-US';
  if (lang === 'vi') return 'vi-VN';
  return lang;
}
