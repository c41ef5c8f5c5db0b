// The parse contract: what an utterance asks for. Stable: the `parse` CLI prints exactly these fields.
import type { DayKey, Lang } from '../types';

export const INTENTS = [
  'brief',
  'next',
  'previous',
  'repeat',
  'pause',
  'resume',
  'stop',
  'more',
  'faster',
  'slower',
  'source',
  'save',
  'replay',
  'help',
  'none',
] as const;

export type Intent = (typeof INTENTS)[number];

export interface Command {
  intent: Intent;
  /** What the news should be about ("DeepSeek"), or null for the default AI domain. */
  topic: string | null;
  /** First day named (inclusive), local to the user; null when the utterance names none. */
  from: DayKey | null;
  /** Last day named (inclusive). */
  to: DayKey | null;
}

export interface ParseContext {
  lang: Lang;
  /** The user's local today. */
  today: DayKey;
}

/** Phrase data for one language. All phrases are written naturally; matching folds case and diacritics. */
export interface Grammar {
  /** Words and short phrases that carry no meaning in a command ("um", "please", "nhé"). */
  fillers: readonly string[];
  /** Words that may open a transport command ("can you", "go"). */
  openers: readonly string[];
  /** Words that may close a transport command ("please", "now", "the story"). */
  closers: readonly string[];
  /** Whole-utterance phrases per transport intent, after fillers, openers and closers are removed. */
  transport: Readonly<Partial<Record<Intent, readonly string[]>>>;
  /** Words or phrases that make an utterance a request for news. */
  newsCues: readonly string[];
  /** Relative day phrases: offset in days from today (0 today, -1 yesterday). */
  relativeDays: readonly { phrase: string; offset: number }[];
}

export const NONE: Command = { intent: 'none', topic: null, from: null, to: null };
