import { describe, expect, it } from 'vitest';
import { briefingOf } from '../../../tests/fakes/briefing-fixtures';
import type { Briefing } from '../briefing/types';
import {
  activeSegment,
  currentSentence,
  initialPlayerState,
  interjectionOf,
  isActive,
  isBusy,
  isPausedByUser,
  MAX_FAILURES_IN_A_ROW,
  storyPosition,
  storyToldAt,
  transition,
  type PlayerEvent,
  type PlayerState,
} from './machine';

const story = (id: string, sentences: string[]) => ({
  kind: 'story' as const,
  lang: 'en',
  sentences,
  story: { id, title: id, source: 'S', url: '', publishedAt: 0, lang: 'en' },
});

const briefing = briefingOf([
  { kind: 'intro', lang: 'en', sentences: ['Intro.'] },
  story('a', ['A1.', 'A2.']),
  story('b', ['B1.', 'B2.']),
  story('c', ['C1.']),
  { kind: 'outro', lang: 'en', sentences: ['Bye.'] },
]);

/** Runs events from a state; returns the final state and every effect in order. */
function run(state: PlayerState, ...events: PlayerEvent[]) {
  const effects = [];
  for (const e of events) {
    const t = transition(state, e);
    state = t.state;
    effects.push(...t.effects);
  }
  return { state, effects };
}

/** Completes the utterance in flight. */
const done = (s: PlayerState): PlayerEvent => ({ type: 'SPOKEN', token: s.token });

function started() {
  return run(initialPlayerState, { type: 'START', briefing }).state;
}

/** Plays until the player is at the given sentence text. */
function playTo(text: string): PlayerState {
  let s = started();
  for (let i = 0; i < 20 && currentSentence(s) !== text; i++) s = transition(s, done(s)).state;
  expect(currentSentence(s)).toBe(text);
  return s;
}

describe('player machine: idle', () => {
  it('ignores transport events with nothing playing', () => {
    for (const type of ['NEXT', 'PREVIOUS', 'REPEAT', 'PAUSE', 'RESUME', 'STOP', 'LISTEN_START', 'LISTEN_END'] as const) {
      const t = transition(initialPlayerState, { type });
      expect({ type, handled: t.handled, state: t.state }).toEqual({ type, handled: false, state: initialPlayerState });
    }
  });

  it('START speaks the first sentence with a fresh token', () => {
    const t = transition(initialPlayerState, { type: 'START', briefing });
    expect(t.state.status).toBe('speaking');
    expect(t.effects).toEqual([{ type: 'speak', token: 1, text: 'Intro.', lang: 'en' }]);
  });
});

describe('player machine: speaking', () => {
  it('speaks every sentence in order, then finishes', () => {
    let s = started();
    const spoken = [currentSentence(s)];
    while (s.status === 'speaking') {
      const t = transition(s, done(s));
      s = t.state;
      for (const e of t.effects) if (e.type === 'speak') spoken.push(e.text);
    }
    expect(spoken).toEqual(['Intro.', 'A1.', 'A2.', 'B1.', 'B2.', 'C1.', 'Bye.']);
    expect(s.status).toBe('finished');
  });

  it('ignores a stale SPOKEN from a cancelled utterance', () => {
    const s = playTo('A2.');
    const t = transition(s, { type: 'SPOKEN', token: s.token - 1 });
    expect(t).toEqual({ state: s, effects: [], handled: false });
  });

  it('NEXT cancels and jumps to the next story; from the last story to the outro', () => {
    const t = transition(playTo('A2.'), { type: 'NEXT' });
    expect(t.effects).toEqual([{ type: 'cancel' }, expect.objectContaining({ type: 'speak', text: 'B1.' })]);
    expect(storyPosition(t.state)).toEqual({ index: 2, count: 3 });
    expect(currentSentence(run(playTo('C1.'), { type: 'NEXT' }).state)).toBe('Bye.');
    expect(currentSentence(run(started(), { type: 'NEXT' }).state)).toBe('A1.');
  });

  it('NEXT from the outro finishes', () => {
    expect(run(playTo('Bye.'), { type: 'NEXT' }).state.status).toBe('finished');
  });

  it('PREVIOUS goes to the story before; from the first story or intro restarts the first story', () => {
    expect(currentSentence(run(playTo('B2.'), { type: 'PREVIOUS' }).state)).toBe('A1.');
    expect(currentSentence(run(playTo('A2.'), { type: 'PREVIOUS' }).state)).toBe('A1.');
    expect(currentSentence(run(started(), { type: 'PREVIOUS' }).state)).toBe('A1.');
    expect(currentSentence(run(playTo('Bye.'), { type: 'PREVIOUS' }).state)).toBe('C1.');
  });

  it('REPEAT restarts the current segment', () => {
    expect(currentSentence(run(playTo('B2.'), { type: 'REPEAT' }).state)).toBe('B1.');
  });

  it('PAUSE cancels and remembers the sentence; RESUME re-speaks it', () => {
    const paused = run(playTo('B2.'), { type: 'PAUSE' });
    expect(paused.effects).toEqual([{ type: 'cancel' }]);
    expect(paused.state).toMatchObject({ status: 'paused', pausedFor: 'user' });
    const resumed = transition(paused.state, { type: 'RESUME' });
    expect(resumed.effects).toEqual([expect.objectContaining({ type: 'speak', text: 'B2.' })]);
    expect(resumed.state.token).toBeGreaterThan(paused.state.token);
  });

  it('STOP cancels and returns to idle', () => {
    const t = run(playTo('A1.'), { type: 'STOP' });
    expect(t.effects).toEqual([{ type: 'cancel' }]);
    expect(t.state.status).toBe('idle');
    expect(t.state.briefing).toBeNull();
  });

  it('START at a position resumes there; a position the briefing lacks starts from the top', () => {
    const t = transition(initialPlayerState, { type: 'START', briefing, at: { segment: 2, sentence: 1 } });
    expect(t.effects).toEqual([{ type: 'speak', token: t.state.token, text: 'B2.', lang: 'en' }]);
    expect(t.state.pos).toEqual({ segment: 2, sentence: 1 });
    for (const at of [{ segment: 9, sentence: 0 }, { segment: 2, sentence: 5 }, { segment: 1, sentence: -1 }]) {
      expect(transition(initialPlayerState, { type: 'START', briefing, at }).state.pos).toEqual({ segment: 0, sentence: 0 });
    }
  });

  it('START while speaking replaces the briefing', () => {
    const t = transition(playTo('B1.'), { type: 'START', briefing });
    expect(t.effects[0]).toEqual({ type: 'cancel' });
    expect(currentSentence(t.state)).toBe('Intro.');
  });
});

describe('player machine: paused', () => {
  it('NEXT while paused moves on and speaks', () => {
    const t = run(playTo('A1.'), { type: 'PAUSE' }, { type: 'NEXT' });
    expect(t.state.status).toBe('speaking');
    expect(currentSentence(t.state)).toBe('B1.');
    expect(t.effects).toEqual([{ type: 'cancel' }, expect.objectContaining({ type: 'speak', text: 'B1.' })]);
  });

  it('PAUSE while paused by the user changes nothing', () => {
    const s = run(playTo('A1.'), { type: 'PAUSE' }).state;
    expect(transition(s, { type: 'PAUSE' }).handled).toBe(false);
  });
});

describe('player machine: listening', () => {
  it('talking interrupts speech and resumes the same sentence when nothing was asked', () => {
    const listening = run(playTo('A2.'), { type: 'LISTEN_START' });
    expect(listening.effects).toEqual([{ type: 'cancel' }]);
    expect(listening.state).toMatchObject({ status: 'paused', pausedFor: 'listening' });
    const back = transition(listening.state, { type: 'LISTEN_END' });
    expect(back.effects).toEqual([expect.objectContaining({ type: 'speak', text: 'A2.' })]);
  });

  it('a "pause" heard while listening keeps it paused after listening ends', () => {
    const s = run(playTo('A2.'), { type: 'LISTEN_START' }, { type: 'PAUSE' }, { type: 'LISTEN_END' });
    expect(s.state).toMatchObject({ status: 'paused', pausedFor: 'user' });
    expect(s.effects).toEqual([{ type: 'cancel' }]);
  });

  it('a "next" heard while listening plays the next story, and listening ending changes nothing', () => {
    const s = run(playTo('A2.'), { type: 'LISTEN_START' }, { type: 'NEXT' }, { type: 'LISTEN_END' });
    expect(currentSentence(s.state)).toBe('B1.');
    expect(s.state.status).toBe('speaking');
  });

  it('listening while idle or paused by the user changes nothing', () => {
    const paused = run(playTo('A1.'), { type: 'PAUSE' }).state;
    expect(transition(paused, { type: 'LISTEN_START' }).handled).toBe(false);
    expect(transition(paused, { type: 'LISTEN_END' }).handled).toBe(false);
  });
});

describe('player machine: interjections', () => {
  it('speaks a message over a listening pause, then resumes the briefing', () => {
    let s = run(playTo('B1.'), { type: 'LISTEN_START' }, { type: 'SAY', sentences: ['Sorry.', 'Try next.'], lang: 'en' }).state;
    expect(currentSentence(s)).toBe('Sorry.');
    s = transition(s, done(s)).state;
    expect(currentSentence(s)).toBe('Try next.');
    const t = transition(s, done(s));
    expect(t.effects).toEqual([expect.objectContaining({ type: 'speak', text: 'B1.' })]);
  });

  it('speaks a message when idle and returns to idle', () => {
    let s = run(initialPlayerState, { type: 'SAY', sentences: ['Nothing is playing.'], lang: 'vi' }).state;
    expect(s.status).toBe('speaking');
    s = transition(s, done(s)).state;
    expect(s.status).toBe('idle');
  });

  it('returns to a user pause after the message', () => {
    let s = run(playTo('A1.'), { type: 'PAUSE' }, { type: 'SAY', sentences: ['Hi.'], lang: 'en' }).state;
    s = transition(s, done(s)).state;
    expect(s).toMatchObject({ status: 'paused', pausedFor: 'user' });
    expect(currentSentence(s)).toBe('A1.');
  });

  it('listening during a message over a user pause leaves it paused for the user', () => {
    const s = run(playTo('A1.'), { type: 'PAUSE' }, { type: 'SAY', sentences: ['Hi.'], lang: 'en' }, { type: 'LISTEN_START' }, { type: 'LISTEN_END' }).state;
    expect(s).toMatchObject({ status: 'paused', pausedFor: 'user' });
  });
});

describe('player machine: failures', () => {
  it('skips a sentence that fails, and pauses after repeated failures', () => {
    let s = playTo('A1.');
    s = transition(s, { type: 'SPEECH_FAILED', token: s.token, failure: 'timeout' }).state;
    expect(currentSentence(s)).toBe('A2.');
    for (let i = 1; i < MAX_FAILURES_IN_A_ROW; i++) s = transition(s, { type: 'SPEECH_FAILED', token: s.token, failure: 'engine' }).state;
    expect(s).toMatchObject({ status: 'paused', lastFailure: 'engine', failures: MAX_FAILURES_IN_A_ROW });
  });

  it('pauses at once when speech is not allowed yet, and resuming retries the same sentence', () => {
    const playing = playTo('A1.');
    const s = transition(playing, { type: 'SPEECH_FAILED', token: playing.token, failure: 'not-allowed' }).state;
    expect(s).toMatchObject({ status: 'paused', lastFailure: 'not-allowed' });
    expect(transition(s, { type: 'RESUME' }).effects).toEqual([expect.objectContaining({ text: 'A1.' })]);
  });

  it('a spoken sentence clears the failure count', () => {
    let s = playTo('A1.');
    s = transition(s, { type: 'SPEECH_FAILED', token: s.token, failure: 'engine' }).state;
    s = transition(s, done(s)).state;
    expect(s.failures).toBe(0);
  });
});

describe('player machine: more and rate changes', () => {
  const withRest: Briefing = {
    ...briefing,
    segments: briefing.segments.map((s) => (s.story?.id === 'a' ? { ...s, rest: ['A3.', 'A4.'] } : s)),
  };
  const startedWithRest = () => run(initialPlayerState, { type: 'START', briefing: withRest }).state;

  it('MORE tells the rest of the current story, then goes on to the next one', () => {
    let s = startedWithRest();
    s = transition(s, done(s)).state; // A1.
    s = transition(s, { type: 'MORE' }).state;
    const spoken: string[] = [currentSentence(s)!];
    for (let i = 0; i < 4; i++) {
      s = transition(s, done(s)).state;
      spoken.push(currentSentence(s)!);
    }
    expect(spoken).toEqual(['A1.', 'A2.', 'A3.', 'A4.', 'B1.']);
  });

  it('MORE is not handled where there is nothing more, and resumes a user pause', () => {
    expect(transition(startedWithRest(), { type: 'MORE' }).handled).toBe(false);
    let s = startedWithRest();
    s = transition(s, done(s)).state;
    s = transition(s, { type: 'PAUSE' }).state;
    const t = transition(s, { type: 'MORE' });
    expect(t.state.status).toBe('speaking');
    expect(t.effects).toEqual([expect.objectContaining({ type: 'speak', text: 'A1.' })]);
  });

  it('RESPEAK cancels and says the current sentence again with a fresh token', () => {
    const s = playTo('B2.');
    const t = transition(s, { type: 'RESPEAK' });
    expect(t.effects).toEqual([{ type: 'cancel' }, { type: 'speak', token: s.token + 1, text: 'B2.', lang: 'en' }]);
    expect(transition(run(s, { type: 'PAUSE' }).state, { type: 'RESPEAK' }).handled).toBe(false);
  });
});

describe('player machine: seeking by sentence', () => {
  it('moves one sentence forward or back, across segments', () => {
    expect(currentSentence(run(playTo('A2.'), { type: 'SEEK_SENTENCE', by: 1 }).state)).toBe('B1.');
    expect(currentSentence(run(playTo('B1.'), { type: 'SEEK_SENTENCE', by: -1 }).state)).toBe('A2.');
    expect(currentSentence(run(started(), { type: 'SEEK_SENTENCE', by: -1 }).state)).toBe('Intro.');
    const t = transition(playTo('A1.'), { type: 'SEEK_SENTENCE', by: 1 });
    expect(t.effects).toEqual([{ type: 'cancel' }, expect.objectContaining({ type: 'speak', text: 'A2.' })]);
  });

  it('forward from the last sentence finishes; seeking while paused speaks', () => {
    expect(run(playTo('Bye.'), { type: 'SEEK_SENTENCE', by: 1 }).state.status).toBe('finished');
    const paused = run(playTo('A2.'), { type: 'PAUSE' }).state;
    expect(transition(paused, { type: 'SEEK_SENTENCE', by: -1 }).effects).toEqual([expect.objectContaining({ type: 'speak', text: 'A1.' })]);
    expect(transition(initialPlayerState, { type: 'SEEK_SENTENCE', by: 1 }).handled).toBe(false);
  });
});

describe('player machine: repeat twice', () => {
  it('a second "repeat" within 3 s replays only the sentence the first one interrupted', () => {
    const s = playTo('B2.');
    const first = transition(s, { type: 'REPEAT', at: 10_000 }).state;
    expect(currentSentence(first)).toBe('B1.');
    const second = transition(first, { type: 'REPEAT', at: 12_500 });
    expect(currentSentence(second.state)).toBe('B2.');
    expect(second.effects).toEqual([{ type: 'cancel' }, expect.objectContaining({ type: 'speak', text: 'B2.' })]);
  });

  it('a later "repeat" restarts the story again', () => {
    const first = transition(playTo('B2.'), { type: 'REPEAT', at: 10_000 }).state;
    expect(currentSentence(transition(first, { type: 'REPEAT', at: 13_500 }).state)).toBe('B1.');
  });
});

describe('player machine: stop after this story', () => {
  it('stops when the current story ends, not before', () => {
    let s = run(playTo('A1.'), { type: 'STOP_AFTER_STORY', on: true }).state;
    expect(s.stopAfterStory).toBe(true);
    s = transition(s, done(s)).state;
    expect(currentSentence(s)).toBe('A2.');
    const end = transition(s, done(s));
    expect(end.state.status).toBe('idle');
    expect(end.effects).toEqual([]);
  });

  it('can be turned off again, and means nothing with no briefing', () => {
    let s = run(playTo('A1.'), { type: 'STOP_AFTER_STORY', on: true }, { type: 'STOP_AFTER_STORY', on: false }).state;
    s = transition(s, done(s)).state;
    s = transition(s, done(s)).state;
    expect(currentSentence(s)).toBe('B1.');
    expect(transition(initialPlayerState, { type: 'STOP_AFTER_STORY', on: true }).handled).toBe(false);
  });

  it('from the intro, stops after the first story', () => {
    let s = run(started(), { type: 'STOP_AFTER_STORY', on: true }).state;
    for (let i = 0; i < 3; i++) s = transition(s, done(s)).state;
    expect(s.status).toBe('idle');
  });
});

describe('player machine: states by status', () => {
  const events = (s: PlayerState): PlayerEvent[] => [
    done(s),
    { type: 'SPEECH_FAILED', token: s.token, failure: 'engine' },
    { type: 'NEXT' },
    { type: 'PREVIOUS' },
    { type: 'REPEAT', at: 0 },
    { type: 'PAUSE' },
    { type: 'RESUME' },
    { type: 'STOP' },
    { type: 'LISTEN_START' },
    { type: 'LISTEN_END' },
    { type: 'SAY', sentences: ['Hi.', 'There.'], lang: 'en' },
    { type: 'MORE' },
    { type: 'RESPEAK' },
    { type: 'SEEK_SENTENCE', by: 1 },
    { type: 'STOP_AFTER_STORY', on: true },
    { type: 'START', briefing },
  ];

  it('every reachable state holds what its status needs: idle has no briefing, paused and finished have one', () => {
    // A walk over many event sequences (a fixed pseudo-random order, so a failure repeats).
    let seed = 7;
    const pick = <T>(list: T[]) => list[(seed = (seed * 48271) % 2147483647) % list.length];
    const seen = new Set<string>();
    for (let walk = 0; walk < 200; walk++) {
      let s: PlayerState = initialPlayerState;
      for (let step = 0; step < 30; step++) {
        s = transition(s, pick(events(s))).state;
        seen.add(s.status);
        if (s.status === 'idle') expect(s.briefing).toBeNull();
        if (s.status === 'paused' || s.status === 'finished') expect(s.briefing).not.toBeNull();
        if (s.status === 'paused') expect(['user', 'listening']).toContain(s.pausedFor);
        expect(isBusy(s)).toBe(s.status === 'speaking' || s.status === 'paused');
        expect(isActive(s)).toBe(isBusy(s) && s.briefing !== null);
        expect(isPausedByUser(s)).toBe(s.status === 'paused' && s.pausedFor === 'user');
        expect(currentSentence(s) === null).toBe(!isActive(s) && interjectionOf(s) === null);
      }
    }
    expect([...seen].sort()).toEqual(['finished', 'idle', 'paused', 'speaking']);
  });

  it('a message said over nothing is busy but no briefing is active', () => {
    const s = transition(initialPlayerState, { type: 'SAY', sentences: ['Nothing is playing.'], lang: 'en' }).state;
    expect({ busy: isBusy(s), active: isActive(s), segment: activeSegment(s) }).toEqual({ busy: true, active: false, segment: null });
  });

  it('a briefing told to its end is neither busy nor active, yet "go back" still reaches it', () => {
    let s = started();
    for (let i = 0; i < 20 && s.status === 'speaking'; i++) s = transition(s, done(s)).state;
    expect(s.status).toBe('finished');
    expect({ busy: isBusy(s), active: isActive(s) }).toEqual({ busy: false, active: false });
    expect(transition(s, { type: 'PREVIOUS' }).state.status).toBe('speaking');
  });
});

describe('storyToldAt: the story a question about "it" is about', () => {
  it('is the story being told, or the last one told before the position', () => {
    expect(storyToldAt(briefing, { segment: 2, sentence: 1 })?.id).toBe('b');
    // In the outro: the last story; past the end: the last segment's.
    expect(storyToldAt(briefing, { segment: 4, sentence: 0 })?.id).toBe('c');
    expect(storyToldAt(briefing, { segment: 9, sentence: 0 })?.id).toBe('c');
  });

  it('is none in the intro, or without a briefing', () => {
    expect(storyToldAt(briefing, { segment: 0, sentence: 0 })).toBeNull();
    expect(storyToldAt(null, { segment: 2, sentence: 0 })).toBeNull();
  });
});
