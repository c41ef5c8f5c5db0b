// Briefings as they were played, kept so any can be replayed word for word (offline, after its stories are gone)
// and an interrupted one resumed where it stopped.
import { WORDS_PER_MINUTE } from '../briefing/pace';
import type { Briefing, StoryRef } from '../briefing/types';
import { dayKeyOf } from '../day';
import { storyToldAt, type Position } from '../player/machine';
import type { DayKey, Lang } from '../types';

export interface HistoryEntry {
  /** The briefing's id. */
  id: string;
  /** The script exactly as composed: every sentence, in order, with its language and story. */
  briefing: Briefing;
  storyIds: string[];
  lang: Lang;
  rate: number;
  createdAt: number;
  /** How far it was listened: the sentence being spoken last, and whether it reached its end. */
  progress: { pos: Position; done: boolean; updatedAt: number };
  /**
   * Stories heard in it: told to the end of their summary, or skipped ("next"), each with the other reports of its
   * event. Only grows; absent in entries stored before it was kept.
   */
  heard?: string[];
}

/** What the History screen shows of an entry. */
export interface HistorySummary {
  id: string;
  createdAt: number;
  lang: Lang;
  storyCount: number;
  /** Sentences in the script, and how many were reached. */
  sentences: number;
  reached: number;
  done: boolean;
  /** Words in the script, and how long it takes at the rate it was played. */
  words: number;
  minutes: number;
  rate: number;
  /** Headline of the story it stopped in (or the first story). */
  storyTitle: string | null;
  storyIndex: number;
}

/** Briefings kept; the oldest go beyond this. */
export const MAX_HISTORY = 200;
/** An interrupted briefing is offered for resuming for this long. */
export const RESUME_WITHIN_MS = 7 * 86_400_000;

export function historyEntry(briefing: Briefing, rate: number): HistoryEntry {
  const storyIds = briefing.segments.flatMap((s) => (s.story ? [s.story.id] : []));
  return { id: briefing.id, briefing, storyIds, lang: briefing.lang, rate, createdAt: briefing.createdAt, progress: { pos: { segment: 0, sentence: 0 }, done: false, updatedAt: briefing.createdAt } };
}

/**
 * The stories a move of the player through a briefing heard: those of the story segments it went past (told to their
 * end or skipped), and at the end of the briefing the one it was in. Going back hears nothing.
 */
export function storiesHeard(briefing: Briefing, from: Position, to: Position, finished: boolean): string[] {
  const last = finished ? briefing.segments.length : to.segment;
  return briefing.segments.slice(from.segment, Math.max(from.segment, last)).flatMap((seg) => (seg.story ? (seg.clusterIds ?? [seg.story.id]) : []));
}

/** Every story heard in these briefings. */
export function heardIn(entries: readonly Pick<HistoryEntry, 'heard'>[]): Set<string> {
  return new Set(entries.flatMap((e) => e.heard ?? []));
}

/** The story the newest briefing had reached when it was last played (entries newest first), or null. */
export function lastTold(entries: readonly Pick<HistoryEntry, 'briefing' | 'progress'>[]): StoryRef | null {
  const newest = entries[0];
  return newest ? storyToldAt(newest.briefing, newest.progress.pos) : null;
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

export function summarize(entry: HistoryEntry): HistorySummary {
  const { segments } = entry.briefing;
  const { pos, done } = entry.progress;
  let reached = 0;
  segments.forEach((seg, i) => {
    if (i < pos.segment) reached += seg.sentences.length;
    else if (i === pos.segment) reached += Math.min(seg.sentences.length, pos.sentence + 1);
  });
  const sentences = segments.reduce((n, s) => n + s.sentences.length, 0);
  const segmentWords = segments.map((s) => s.sentences.reduce((m, t) => m + wordCount(t), 0));
  const stories = segments.filter((s) => s.kind === 'story');
  const current = segments.slice(0, pos.segment + 1).filter((s) => s.kind === 'story');
  const story = current.at(-1) ?? stories[0];
  return {
    id: entry.id,
    createdAt: entry.createdAt,
    lang: entry.lang,
    storyCount: stories.length,
    sentences,
    reached: done ? sentences : reached,
    done,
    words: segmentWords.reduce((n, w) => n + w, 0),
    minutes: segments.reduce((n, s, i) => n + segmentWords[i] / ((WORDS_PER_MINUTE[s.lang] ?? WORDS_PER_MINUTE.en) * entry.rate), 0),
    rate: entry.rate,
    storyTitle: story?.story?.title ?? null,
    storyIndex: Math.max(1, current.length),
  };
}

/**
 * The briefing to replay: the latest made on one of the named days (local days), or the latest of all.
 * Null when there is none.
 */
export function pickReplay<T extends { createdAt: number }>(newestFirst: readonly T[], range: { from: DayKey; to: DayKey } | null, timeZone: string): T | null {
  if (!range) return newestFirst[0] ?? null;
  return newestFirst.find((e) => {
    const day = dayKeyOf(e.createdAt, timeZone);
    return day >= range.from && day <= range.to;
  }) ?? null;
}

/** The newest briefing, when it was left unfinished past its intro recently enough to offer resuming it. */
export function resumable(newestFirst: readonly HistoryEntry[], now: number): HistoryEntry | null {
  const last = newestFirst[0];
  if (!last || last.progress.done || now - last.progress.updatedAt > RESUME_WITHIN_MS) return null;
  const { segment } = last.progress.pos;
  const seg = last.briefing.segments[segment];
  // Still in the intro, or already in the outro: nothing worth resuming.
  return seg && seg.kind === 'story' ? last : null;
}
