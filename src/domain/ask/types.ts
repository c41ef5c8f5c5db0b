// The vocabulary of "Ask about the story": what a question asks for, what a sentence holds, what the answer is.

/** What a question asks for. `other` asks for no particular kind of thing ("what does it do?"). */
export type AskKind = 'amount' | 'number' | 'person' | 'organisation' | 'place' | 'time' | 'reason' | 'opinion' | 'other';

/** What an entity found in a sentence is: every AskKind but `other`. */
export type EntityKind = Exclude<AskKind, 'other'>;

/** A span of a sentence that is a money amount, a date, a name, a reason clause… `start`/`end` index the sentence. */
export interface Entity {
  kind: EntityKind;
  text: string;
  start: number;
  end: number;
}

/** The story a question is about, as stored: its title and plain text, in its language. */
export interface AskStory {
  title: string;
  text: string;
  /** Primary language subtag of the story ("en", "vi"). */
  language: string;
}

export interface Answer {
  /** The phrase or sentence that answers, at most 30 words; null when the story does not say. */
  answer: string | null;
  kind: AskKind;
  /** The story's sentence the answer comes from. */
  sentence?: string;
}

/** The longest answer spoken back, in words. */
export const MAX_ANSWER_WORDS = 30;
