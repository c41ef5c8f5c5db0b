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
  'starter',
  'ask',
  'help',
  'none',
] as const;

export type Intent = (typeof INTENTS)[number];

export interface Command {
  intent: Intent;
  /** What the news should be about ("DeepSeek"), or null for the default AI domain. */
  topic: string | null;
  /** The news outlet asked for ("The Verge", "VnExpress"), as said; null when none is named. */
  outlet: string | null;
  /** First day named (inclusive), local to the user; null when the utterance names none. */
  from: DayKey | null;
  /** Last day named (inclusive). */
  to: DayKey | null;
  /** For `brief`: the length asked for, in minutes ("a two-minute briefing"); absent when none was named. */
  minutes?: number;
  /**
   * For `stop` only, not part of the printed contract: stop at the end of the current story, after a number of
   * minutes (a sleep timer), or 0 to cancel a pending stop.
   */
  after?: 'story' | number;
  /** For `none` only, not part of the printed contract: a request meant for another assistant (weather, music…). */
  notOurs?: true;
  /**
   * For `brief` only, not part of the printed contract: `all` tells the stories already heard too ("play them again",
   * "all of today's news"); `new` only those that arrived since the last briefing ("what's new?").
   */
  scope?: 'all' | 'new';
  /** For `starter` only, not part of the printed contract: keep the sample edition instead ("no thanks"). */
  decline?: true;
  /**
   * For `ask` only, not part of the printed contract: the question about the story being told (or the last one told),
   * as said ("how much does it cost?"), answered from the story's own text or declined.
   */
  question?: string;
}

export interface ParseContext {
  lang: Lang;
  /** The user's local today. */
  today: DayKey;
  /**
   * A story is being told, or was told last (the player's or History's): a question with no news word ("what did the
   * union say about it") is then about it rather than a request for news. Absent: no story.
   */
  storyInContext?: boolean;
}

/** Patterns for one intent: whole-utterance phrases, and distinctive phrases found anywhere ("*" = any words). */
export interface IntentPhrases {
  exact?: readonly string[];
  contains?: readonly string[];
}

/** Day words of one language. Offsets are days from today; weekdays are listed Sunday first. */
export interface DayGrammar {
  relative: readonly { phrase: string; offset: number }[];
  /** Seven lists of names, Sunday first. */
  weekdays: readonly (readonly string[])[];
  /** Before a weekday: the most recent one strictly before today ("last monday"). */
  previousWeekday: readonly string[];
  /** Words that may stand before a day expression and belong to it ("on", "ngày", "hôm"). */
  dayPrefixes: readonly string[];
  weeks: readonly { phrase: string; kind: 'this-week' | 'last-week' | 'past-7-days' | 'this-weekend' | 'last-weekend' | 'this-month' | 'last-month' }[];
  /** Twelve lists of month names, January first. */
  months: readonly (readonly string[])[];
  /** "the last N days" (ending today) or "N days ago" (one day): "#" stands for the number. */
  lastN: readonly { phrase: string; unit: 'day' | 'week' | 'month' | 'days-ago' }[];
  /** How numeric dates are written when ambiguous: "27/11" (day first) or "11/27" (month first). */
  numericOrder: 'day-month' | 'month-day';
  /** Explicit date frames: "D" a day number, "M" a month (name, or number where the frame makes it clear), "Y" a year. */
  dateFrames: readonly string[];
  /** Whole-month frames ("in M", "tháng M"). */
  monthFrames: readonly string[];
  /** A day of the current month named alone ("the D", "ngày D"). */
  dayOfMonthFrames: readonly string[];
  /** Words meaning "from that day until today" ("since", "từ"). */
  since: readonly string[];
  /** After a weekday: it is the one in the previous week ("tuần trước"). */
  weekdayLastWeek: readonly string[];
}

/** Number words of one language (cardinal and ordinal), for days and counts. */
export interface NumberGrammar {
  units: Readonly<Record<string, number>>;
  /** Words for tens (twenty, hai mươi: written as a phrase). */
  tens: Readonly<Record<string, number>>;
  /** Unit words used only after tens ("hai mươi mốt" = 21, "hai lăm" = 25). */
  afterTens: Readonly<Record<string, number>>;
  /** Phrases that stand for an amount ("a couple of" = 2). */
  fixed: Readonly<Record<string, number>>;
}

/** Phrase data for one language. All phrases are written naturally; matching ignores case (and diacritics when typed without). */
export interface Grammar {
  /** Words and short phrases that carry no meaning in a command ("um", "please", "nhé", wake words). */
  fillers: readonly string[];
  /** Words that may open a command ("can you", "go"). */
  openers: readonly string[];
  /** Words that may close a command ("please", "now", "the story"). */
  closers: readonly string[];
  /** Every intent except brief and none. */
  intents: Readonly<Partial<Record<Intent, IntentPhrases>>>;
  /** Checked first: the order in which "contains" patterns are tried. */
  priority: readonly Intent[];
  /** Words that make an utterance a request for news. */
  newsCues: readonly string[];
  /** Words of other domains (music, weather, alarms…): an utterance with one is not ours unless it asks for news explicitly. */
  otherDomains: readonly string[];
  /** Cues strong enough to win over another domain's words ("news about the weather"). */
  strongNewsCues: readonly string[];
  /** Words that keep an utterance out even with a strong news cue ("play a news radio station")… */
  vetoDomains: readonly string[];
  /** …unless they come after one of these, as part of the topic ("news about Hillary's email issue"). */
  vetoExemptAfter: readonly string[];
  /** Words that may stay beside a transport phrase found inside a longer utterance ("pause the audio");
   * anything else left over means the phrase controls something that is not ours ("resume animal farm"). */
  commandObjects: readonly string[];
  /** Words that introduce a topic ("about", "on", "về"). */
  topicMarkers: readonly string[];
  /** Words that introduce a topic only when nothing topical comes before them ("what's new in politics",
   * but "stock price for Costco" is one topic). */
  weakTopicMarkers: readonly string[];
  /** News outlets: asking for one is asking for news ("CNN headlines"); they are sources, not topics. */
  outlets: readonly string[];
  /** Words that point at the story being told ("this", "that story", "tin này"): "more about that" is about it. */
  demonstratives: readonly string[];
  /** Cues that are also part of the subject ("NBA scores", "match highlights"): they ask for news but stay in the topic. */
  topicalCues: readonly string[];
  /**
   * Words that ask for news only beside a day ("everything since Wednesday", "anything from last weekend", "a recap of
   * the past week"): alone they ask anything of anyone ("anything from my mom").
   */
  dayCues: readonly string[];
  /** Words around a topic that are not part of it (request verbs, news words, articles, "latest"). */
  topicFrame: readonly string[];
  /** The default domain: these words alone are not a topic ("AI", "trí tuệ nhân tạo"). */
  defaultDomain: readonly string[];
  days: DayGrammar;
  numbers: NumberGrammar;
  /** "Stop after this story" phrases (found anywhere). */
  stopAfterStory: readonly string[];
  /** Keeping the sample edition rather than the suggested sources ("keep the sample"; found anywhere). */
  keepSample: readonly string[];
  /** The stories of a day briefing again, those already heard included ("play them again"; found anywhere). */
  heardAgain: readonly string[];
  /** In a request for news: every story, those already heard included ("all of today's news"). */
  allNews: readonly string[];
  /** A request for what arrived since the last briefing, when it names no day, topic or outlet ("what's new"). */
  whatsNew: readonly string[];
  /** Sleep timers: "#" stands for the number, counted in the unit ("stop in # minutes"). */
  sleepTimer: readonly { phrase: string; unit: 'minute' | 'hour' }[];
  /** Sleep timers said without a number ("in half an hour"). */
  sleepTimerFixed: readonly { phrase: string; minutes: number }[];
  /** Cancelling a sleep timer or a stop after this story. */
  sleepCancel: readonly string[];
  /** A briefing's length: "#" stands for the number, in minutes ("a # minute briefing"). */
  briefingLength: readonly string[];
}

export const NONE: Command = { intent: 'none', topic: null, outlet: null, from: null, to: null };
