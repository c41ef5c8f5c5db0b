// A briefing is a script: segments of sentences, each segment spoken in one language.
import type { DayKey, Lang, Story } from '../types';

/** What the screen shows about the story a segment tells (everything but its text). */
export type StoryRef = Omit<Story, 'text'>;

export interface Segment {
  kind: 'intro' | 'story' | 'outro';
  /** BCP 47 primary language the sentences are written in (chooses the voice). */
  lang: string;
  /** Speakable sentences, each under the utterance limit. */
  sentences: string[];
  /** The rest of the story, told on "tell me more". */
  rest?: string[];
  story?: StoryRef;
  /** Other outlets that reported the same event. */
  alsoReportedBy?: string[];
  /** Ids of every story told by this segment (the lead and the same event's other reports), when more than one. */
  clusterIds?: string[];
}

export interface Briefing {
  id: string;
  /** Interface language of the intro and outro. */
  lang: Lang;
  createdAt: number;
  /** The days the person asked for. */
  requested: { from: DayKey; to: DayKey };
  /** The days the stories come from (differs when the requested days had none). */
  served: { from: DayKey; to: DayKey } | null;
  segments: Segment[];
  /** Number of story segments. */
  storyCount: number;
  /** Stories available in the served days (may exceed storyCount). */
  available: number;
}
