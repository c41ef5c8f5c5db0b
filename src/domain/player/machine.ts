// The briefing player as a pure state machine: transition(state, event) → { state, effects }. No timers, no I/O.
import type { Briefing, Segment, StoryRef } from '../briefing/types';

export type PlayerStatus = 'idle' | 'speaking' | 'paused' | 'finished';

/** Why speech failed, as the synthesizer port reports it (our own cancels are never reported). */
export type SpeechFailure = 'not-allowed' | 'no-voice' | 'busy' | 'engine' | 'timeout';

export interface Position {
  segment: number;
  sentence: number;
}

/** A short message spoken over the briefing (help, "nothing is playing"), then back to `then`. */
export interface Interjection {
  sentences: string[];
  lang: string;
  index: number;
  then: PlayerStatus;
}

/** What every player state holds, whatever its status. */
interface PlayerBase {
  /** Where the briefing is (its first sentence when none plays). */
  pos: Position;
  /** Identifies the utterance in flight; events carrying an older token are stale and ignored. */
  token: number;
  /** Failures in a row; reset by any sentence that is spoken. */
  failures: number;
  /** The last "repeat": when, and the sentence that was playing (a quick second "repeat" replays just that). */
  repeatMark: { at: number; pos: Position } | null;
  /** Stop when the story being told ends. */
  stopAfterStory: boolean;
  lastFailure: SpeechFailure | null;
}

/** Nothing to play: no briefing (a message said with nothing playing returns here). */
export interface IdlePlayer extends PlayerBase {
  status: 'idle';
  briefing: null;
}

/** Speaking a sentence of the briefing, or a message over it (then `interjection`); a message may play with no briefing. */
export interface SpeakingPlayer extends PlayerBase {
  status: 'speaking';
  briefing: Briefing | null;
  interjection: Interjection | null;
}

/** Holding a place in a briefing: because the person asked, or because the app is listening (and resumes if nothing is asked). */
export interface PausedPlayer extends PlayerBase {
  status: 'paused';
  briefing: Briefing;
  pausedFor: 'user' | 'listening';
}

/** The briefing was told to its end; "go back" and "repeat" still reach its stories. */
export interface FinishedPlayer extends PlayerBase {
  status: 'finished';
  briefing: Briefing;
}

/** The player, by status: each status holds what it needs and nothing else. */
export type PlayerState = IdlePlayer | SpeakingPlayer | PausedPlayer | FinishedPlayer;

/** Speaking or paused: the player makes sound or holds a place (a message said over nothing counts). */
export const isBusy = (state: PlayerState): state is SpeakingPlayer | PausedPlayer => state.status === 'speaking' || state.status === 'paused';

/** A briefing is under way: speaking or paused inside one (not idle, not told to its end). */
export const isActive = (state: PlayerState): state is (SpeakingPlayer & { briefing: Briefing }) | PausedPlayer => isBusy(state) && state.briefing !== null;

/** Paused because the person asked (not for listening). */
export const isPausedByUser = (state: PlayerState): state is PausedPlayer => state.status === 'paused' && state.pausedFor === 'user';

/** Paused while the app listens: it resumes when listening ends with nothing asked. */
export const isPausedToListen = (state: PlayerState): state is PausedPlayer => state.status === 'paused' && state.pausedFor === 'listening';

/** A message spoken over the briefing, while one plays. */
export const interjectionOf = (state: PlayerState): Interjection | null => (state.status === 'speaking' ? state.interjection : null);

export type PlayerEvent =
  /** Plays a briefing from its start, or from a position (resuming an interrupted one). */
  | { type: 'START'; briefing: Briefing; at?: Position }
  | { type: 'SPOKEN'; token: number }
  | { type: 'SPEECH_FAILED'; token: number; failure: SpeechFailure }
  | { type: 'NEXT' }
  | { type: 'PREVIOUS' }
  /** `at`: when it was asked (ms), so a quick second "repeat" can mean "just that sentence". */
  | { type: 'REPEAT'; at?: number }
  | { type: 'PAUSE' }
  | { type: 'RESUME' }
  | { type: 'STOP' }
  | { type: 'LISTEN_START' }
  | { type: 'LISTEN_END' }
  | { type: 'SAY'; sentences: string[]; lang: string }
  /** Tell the rest of the current story before moving on. */
  | { type: 'MORE' }
  /** Say the current sentence again from its start (after a rate change). */
  | { type: 'RESPEAK' }
  /** One sentence back or forward within the briefing (headset seek buttons). */
  | { type: 'SEEK_SENTENCE'; by: -1 | 1 }
  /** Stop (or not) when the current story ends. */
  | { type: 'STOP_AFTER_STORY'; on: boolean };

export type PlayerEffect = { type: 'speak'; token: number; text: string; lang: string } | { type: 'cancel' };

export interface Transition {
  state: PlayerState;
  effects: PlayerEffect[];
  /** False when the event meant nothing in this state (e.g. "next" with nothing playing). */
  handled: boolean;
}

/** After this many failed sentences in a row the player pauses instead of racing through the script. */
export const MAX_FAILURES_IN_A_ROW = 3;

/** A position inside the briefing, or its start when the position does not exist in it. */
function validPosition(briefing: Briefing, at: Position | undefined): Position {
  const seg = at && briefing.segments[at.segment];
  return seg && at.sentence >= 0 && at.sentence < seg.sentences.length ? at : { segment: 0, sentence: 0 };
}

export const initialPlayerState: IdlePlayer = {
  status: 'idle',
  briefing: null,
  pos: { segment: 0, sentence: 0 },
  token: 0,
  failures: 0,
  lastFailure: null,
  repeatMark: null,
  stopAfterStory: false,
};

/** A second "repeat" within this many milliseconds replays only the sentence the first one interrupted. */
export const REPEAT_AGAIN_MS = 3000;

const unchanged = (state: PlayerState): Transition => ({ state, effects: [], handled: false });

/** What a state keeps whatever its status becomes. */
const baseOf = ({ pos, token, failures, repeatMark, stopAfterStory, lastFailure }: PlayerState): PlayerBase => ({
  pos,
  token,
  failures,
  repeatMark,
  stopAfterStory,
  lastFailure,
});

/**
 * The state at rest after `state`: told to its end, paused (by the person: listening pauses only from LISTEN_START),
 * or idle. A briefing is needed to be finished or paused; without one the player is idle.
 */
function atRest(state: PlayerState, status: 'idle' | 'finished' | 'paused', patch: Partial<PlayerBase> = {}): PlayerState {
  const base = { ...baseOf(state), ...patch };
  const { briefing } = state;
  if (status === 'idle' || !briefing) return { ...base, status: 'idle', briefing: null };
  return status === 'paused' ? { ...base, status, briefing, pausedFor: 'user' } : { ...base, status, briefing };
}

/** The first position at or after `pos` that has a sentence, or null past the end. */
function settle(segments: readonly Segment[], pos: Position): Position | null {
  let { segment, sentence } = pos;
  while (segment < segments.length) {
    if (sentence < segments[segment].sentences.length) return { segment, sentence };
    segment += 1;
    sentence = 0;
  }
  return null;
}

/** Speak the briefing sentence at `pos` (or finish when past the end). */
function speakAt(state: PlayerState, pos: Position, extra: PlayerEffect[] = []): Transition {
  const briefing = state.briefing;
  const at = briefing ? settle(briefing.segments, pos) : null;
  if (!briefing || !at) return { state: atRest(state, 'finished'), effects: extra, handled: true };
  const token = state.token + 1;
  const segment = briefing.segments[at.segment];
  return {
    state: { ...baseOf(state), status: 'speaking', briefing, pos: at, interjection: null, token },
    effects: [...extra, { type: 'speak', token, text: segment.sentences[at.sentence], lang: segment.lang }],
    handled: true,
  };
}

function speakInterjection(state: PlayerState, interjection: Interjection, extra: PlayerEffect[] = []): Transition {
  const token = state.token + 1;
  return {
    state: { ...baseOf(state), status: 'speaking', briefing: state.briefing, interjection, token },
    effects: [...extra, { type: 'speak', token, text: interjection.sentences[interjection.index], lang: interjection.lang }],
    handled: true,
  };
}

function storyIndexes(b: Briefing): number[] {
  return b.segments.flatMap((s, i) => (s.kind === 'story' ? [i] : []));
}

/** Segment "next" goes to: the following story, else the outro, else past the end. */
function nextSegment(b: Briefing, current: number): number {
  const later = b.segments.findIndex((s, i) => i > current && s.kind !== 'intro');
  return later === -1 ? b.segments.length : later;
}

/** Segment "go back" goes to: the story before the current one, else the first story. */
function previousSegment(b: Briefing, current: number, finished: boolean): number {
  const stories = storyIndexes(b);
  if (stories.length === 0) return 0;
  const before = stories.filter((i) => (finished ? i <= current : i < current));
  return before.length > 0 ? before[before.length - 1] : stories[0];
}

/** What happens when the sentence in flight is over (spoken, or skipped after a failure). */
function advance(state: SpeakingPlayer): Transition {
  const j = state.interjection;
  if (j) {
    if (j.index + 1 < j.sentences.length) return speakInterjection(state, { ...j, index: j.index + 1 });
    if (j.then === 'speaking') return speakAt(state, state.pos);
    return { state: atRest(state, j.then), effects: [], handled: true };
  }
  const next = { segment: state.pos.segment, sentence: state.pos.sentence + 1 };
  const segment = state.briefing?.segments[state.pos.segment];
  const leavingStory = segment?.kind === 'story' && next.sentence >= segment.sentences.length;
  if (state.stopAfterStory && leavingStory) return { state: { ...initialPlayerState, token: state.token + 1 }, effects: [], handled: true };
  return speakAt(state, next);
}

/** The pure transition function of the player. */
export function transition(state: PlayerState, event: PlayerEvent): Transition {
  switch (event.type) {
    case 'START':
      return speakAt(
        { ...initialPlayerState, token: state.token, status: 'finished', briefing: event.briefing },
        validPosition(event.briefing, event.at),
        state.status === 'speaking' ? [{ type: 'cancel' }] : [],
      );

    case 'SPOKEN':
      if (state.status !== 'speaking' || event.token !== state.token) return unchanged(state);
      return advance({ ...state, failures: 0, lastFailure: null });

    case 'SPEECH_FAILED': {
      if (state.status !== 'speaking' || event.token !== state.token) return unchanged(state);
      const failures = state.failures + 1;
      const failed = { ...state, failures, lastFailure: event.failure };
      // Without permission to speak nothing later will work either: wait for the person.
      if (event.failure === 'not-allowed' || failures >= MAX_FAILURES_IN_A_ROW) return { state: atRest(failed, 'paused'), effects: [], handled: true };
      return advance(failed);
    }

    case 'NEXT': {
      if (!isActive(state)) return unchanged(state);
      return speakAt(state, { segment: nextSegment(state.briefing, state.pos.segment), sentence: 0 }, cancelIfSpeaking(state));
    }

    case 'PREVIOUS': {
      const b = state.briefing;
      if (!b) return unchanged(state);
      const target = previousSegment(b, state.pos.segment, state.status === 'finished');
      return speakAt(state, { segment: target, sentence: 0 }, cancelIfSpeaking(state));
    }

    case 'REPEAT': {
      const b = state.briefing;
      if (!b) return unchanged(state);
      const mark = state.repeatMark;
      if (mark && event.at !== undefined && event.at - mark.at <= REPEAT_AGAIN_MS) {
        return speakAt({ ...state, repeatMark: null }, mark.pos, cancelIfSpeaking(state));
      }
      const target = state.status === 'finished' ? previousSegment(b, b.segments.length, true) : state.pos.segment;
      const repeatMark = event.at === undefined ? null : { at: event.at, pos: state.pos };
      return speakAt({ ...state, repeatMark }, { segment: target, sentence: 0 }, cancelIfSpeaking(state));
    }

    case 'PAUSE':
      if (state.status === 'speaking' || isPausedToListen(state)) return { state: atRest(state, 'paused'), effects: cancelIfSpeaking(state), handled: true };
      return unchanged(state);

    case 'RESUME':
      if (state.status !== 'paused') return unchanged(state);
      return speakAt(state, state.pos);

    case 'STOP':
      if (state.status === 'idle') return unchanged(state);
      return { state: { ...initialPlayerState, token: state.token + 1 }, effects: cancelIfSpeaking(state), handled: true };

    case 'LISTEN_START': {
      if (state.status !== 'speaking') return unchanged(state);
      const j = state.interjection;
      const token = state.token + 1;
      const effects: PlayerEffect[] = [{ type: 'cancel' }];
      // The briefing resumes after listening unless an interjection was returning somewhere else.
      if (state.briefing !== null && (!j || j.then === 'speaking')) {
        return { state: { ...baseOf(state), token, status: 'paused', briefing: state.briefing, pausedFor: 'listening' }, effects, handled: true };
      }
      return { state: atRest(state, j && j.then !== 'speaking' ? j.then : 'idle', { token }), effects, handled: true };
    }

    case 'LISTEN_END':
      if (!isPausedToListen(state)) return unchanged(state);
      return speakAt(state, state.pos);

    case 'MORE': {
      if (!isActive(state)) return unchanged(state);
      const b = state.briefing;
      const segment = b.segments[state.pos.segment];
      if (!segment?.rest?.length) return unchanged(state);
      const segments = b.segments.map((s, i) => (i === state.pos.segment ? { ...s, sentences: [...s.sentences, ...(s.rest ?? [])], rest: [] } : s));
      const extended = { ...state, briefing: { ...b, segments } };
      // Paused by the person: "tell me more" also means "go on".
      if (isPausedByUser(state)) return speakAt(extended, state.pos);
      return { state: extended, effects: [], handled: true };
    }

    case 'RESPEAK': {
      if (state.status !== 'speaking') return unchanged(state);
      if (state.interjection) return speakInterjection(state, state.interjection, [{ type: 'cancel' }]);
      return speakAt(state, state.pos, [{ type: 'cancel' }]);
    }

    case 'SEEK_SENTENCE': {
      if (!isActive(state)) return unchanged(state);
      const b = state.briefing;
      const target = event.by > 0 ? nextPosition(b.segments, state.pos) : previousPosition(b.segments, state.pos);
      // Past the last sentence the briefing is over.
      return speakAt(state, target ?? { segment: b.segments.length, sentence: 0 }, cancelIfSpeaking(state));
    }

    case 'STOP_AFTER_STORY':
      if (!isActive(state) || state.stopAfterStory === event.on) return unchanged(state);
      return { state: { ...state, stopAfterStory: event.on }, effects: [], handled: true };

    case 'SAY': {
      if (event.sentences.length === 0) return unchanged(state);
      const then: PlayerStatus = isPausedToListen(state) ? 'speaking' : state.status;
      return speakInterjection(state, { sentences: event.sentences, lang: event.lang, index: 0, then }, cancelIfSpeaking(state));
    }
  }
}

/** The sentence after `pos` (possibly in the next segment), or null past the end. */
function nextPosition(segments: readonly Segment[], pos: Position): Position | null {
  return settle(segments, { segment: pos.segment, sentence: pos.sentence + 1 });
}

/** The sentence before `pos` (possibly the last of an earlier segment); the first sentence stays put. */
function previousPosition(segments: readonly Segment[], pos: Position): Position {
  if (pos.sentence > 0) return { segment: pos.segment, sentence: pos.sentence - 1 };
  for (let s = pos.segment - 1; s >= 0; s--) {
    if (segments[s].sentences.length > 0) return { segment: s, sentence: segments[s].sentences.length - 1 };
  }
  return pos;
}

function cancelIfSpeaking(state: PlayerState): PlayerEffect[] {
  return state.status === 'speaking' ? [{ type: 'cancel' }] : [];
}

/** The segment the player is at, if any. */
export function currentSegment(state: PlayerState): Segment | null {
  return state.briefing?.segments[state.pos.segment] ?? null;
}

/**
 * The story told at a position of a briefing, or the last one told before it (in the outro, the last story; in the
 * intro, none): what a question about "it" is about.
 */
export function storyToldAt(briefing: Briefing | null, pos: Position): StoryRef | null {
  if (!briefing) return null;
  for (let s = Math.min(pos.segment, briefing.segments.length - 1); s >= 0; s--) {
    const story = briefing.segments[s].story;
    if (story) return story;
  }
  return null;
}

/** "2 of 5": the current story's place among the briefing's stories, or null outside a story. */
export function storyPosition(state: PlayerState): { index: number; count: number } | null {
  const b = state.briefing;
  if (!b || b.segments[state.pos.segment]?.kind !== 'story') return null;
  const stories = storyIndexes(b);
  return { index: stories.indexOf(state.pos.segment) + 1, count: stories.length };
}

/** The segment being told while a briefing is under way; null when idle or told to its end. */
export function activeSegment(state: PlayerState): Segment | null {
  return isActive(state) ? currentSegment(state) : null;
}

/** The sentence being spoken (the interjection's while one plays), or null. */
export function currentSentence(state: PlayerState): string | null {
  const j = interjectionOf(state);
  if (j) return j.sentences[j.index] ?? null;
  return activeSegment(state)?.sentences[state.pos.sentence] ?? null;
}
