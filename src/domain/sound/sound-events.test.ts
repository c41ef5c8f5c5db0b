import { describe, expect, it } from 'vitest';
import { SOUND_RULES, type SoundRules } from './rules';
import { createSoundEvents, type SoundEvent } from './sound-events';
import type { Scores, SoundInput } from './sound-stream';
import { loadRecording } from '../../../tests/support/sound-recordings';

const timeOf = (i: SoundInput) => (i.type === 'window' ? i.end : i.at);

/** Feeds inputs in order with a level tick every 0.1 s between them (as the worklet's 100 ms chunks do). */
function replay(inputs: SoundInput[], rules: SoundRules = SOUND_RULES, until?: number): SoundEvent[] {
  const events = createSoundEvents(rules);
  const out: SoundEvent[] = [];
  let tick = 0;
  const ticksTo = (t: number) => {
    for (; tick <= t + 1e-9; tick = Math.round((tick + 0.1) * 10) / 10) out.push(...events.feed({ type: 'level', at: tick, db: -60 }));
  };
  for (const input of [...inputs].sort((a, b) => timeOf(a) - timeOf(b))) {
    ticksTo(timeOf(input));
    out.push(...events.feed(input));
  }
  ticksTo(until ?? Math.max(0, ...inputs.map(timeOf)) + 3);
  return out;
}

const commands = (events: SoundEvent[]) => events.filter((e) => e.type === 'command');

describe('sound events on the recorded pipeline output for the generated sounds', () => {
  it('two snaps pause, two snaps resume, three snaps skip (the acceptance file)', () => {
    const rec = loadRecording('snap-commands');
    const got = commands(replay(rec.inputs));
    expect(got.map((c) => c.type === 'command' && c.command)).toEqual(['toggle', 'toggle', 'next']);
    // Each command is timed by the last snap of its group (the onset tracker's 10 ms frames).
    got.forEach((c, i) => expect(Math.abs(c.at - rec.groups[i].at.at(-1)!)).toBeLessThan(0.05));
  });

  it('hears every single snap and acts on none', () => {
    const rec = loadRecording('single-snaps');
    const events = replay(rec.inputs);
    expect(events.filter((e) => e.type === 'heard' && e.sound === 'snap')).toHaveLength(3);
    expect(commands(events)).toEqual([]);
  });

  it('a four-second run of eleven claps toggles once', () => {
    const got = commands(replay(loadRecording('claps').inputs));
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ command: 'toggle', by: 'claps' });
  });

  it('speech after 2 s of quiet is noticed within 1 s of its onset', () => {
    const rec = loadRecording('speech-after-silence');
    const starts = replay(rec.inputs).filter((e) => e.type === 'speech-start');
    expect(starts).toHaveLength(1);
    expect(starts[0].at - rec.speechAt!).toBeGreaterThan(0);
    expect(starts[0].at - rec.speechAt!).toBeLessThanOrEqual(1);
  });

  it('three minutes of speech and three of quiet give no sound command', () => {
    const speech = replay(loadRecording('speech-3min').inputs);
    const quiet = replay(loadRecording('silence-3min').inputs);
    expect(commands(speech)).toEqual([]);
    expect(commands(quiet)).toEqual([]);
    expect(quiet.filter((e) => e.type === 'speech-start')).toEqual([]);
    // Continuous reading is one long utterance, with a new start only after a real pause.
    expect(speech.filter((e) => e.type === 'speech-start').length).toBeGreaterThanOrEqual(1);
  });
});

/** Hand-made sequences: a window every 0.5 s (quiet unless given), onsets where asked. */
function made(seconds: number, onsets: number[], loud: { from: number; to: number; scores: Scores }[]): SoundInput[] {
  const inputs: SoundInput[] = onsets.map((at) => ({ type: 'onset', at }));
  for (let end = 0.975; end <= seconds; end += 0.5) {
    const scores: Scores = { Speech: 0.01, 'Finger snapping': 0, Clapping: 0 };
    for (const l of loud) if (l.from <= end && end - 0.975 <= l.to) Object.assign(scores, l.scores);
    inputs.push({ type: 'window', end: Math.round(end * 1000) / 1000, scores });
  }
  return inputs;
}
const snapsAt = (seconds: number, times: number[], score = 0.9) =>
  made(seconds, times, times.map((t) => ({ from: t, to: t + 0.1, scores: { 'Finger snapping': score } })));

describe('sound event rules', () => {
  it('two snaps further apart than 1.5 s are two single snaps', () => {
    expect(commands(replay(snapsAt(8, [2, 3.6])))).toEqual([]);
    expect(commands(replay(snapsAt(8, [2, 3.4])))).toHaveLength(1);
  });

  it('a third snap after the wait is not part of the pair', () => {
    const got = commands(replay(snapsAt(10, [2, 2.5, 3.5])));
    expect(got).toEqual([{ type: 'command', command: 'toggle', by: 'snaps', at: 2.5 }]);
  });

  it('waits for a sharp sound after the second snap before deciding, then counts it as a third', () => {
    const events = replay(snapsAt(10, [2, 2.4, 3.1]));
    expect(commands(events)).toEqual([{ type: 'command', command: 'next', by: 'snaps', at: 3.1 }]);
  });

  it('a pair decides 0.8 s after the second snap, not before', () => {
    const early = commands(replay(snapsAt(3, [2, 2.4]), SOUND_RULES, 3.1));
    const late = commands(replay(snapsAt(3, [2, 2.4]), SOUND_RULES, 3.2));
    expect(early).toEqual([]);
    expect(late).toHaveLength(1);
  });

  it('snaps within the refractory second after a command are ignored', () => {
    // A pair at 2.0/2.3 acts at 3.1. A snap at 3.15 (too late to be a third) falls within 2.3 + 1 s: with the one at
    // 3.5 it would be a second pair, but it is the same gesture's echo.
    expect(commands(replay(snapsAt(12, [2, 2.3, 3.15, 3.5])))).toHaveLength(1);
    // A real second pair after the quiet second is a second command.
    expect(commands(replay(snapsAt(12, [2, 2.3, 4.0, 4.3])))).toHaveLength(2);
  });

  it('the snap threshold is a threshold', () => {
    const below = SOUND_RULES.snap.min - 0.01;
    const above = SOUND_RULES.snap.min + 0.01;
    expect(commands(replay(snapsAt(6, [2, 2.4], below)))).toEqual([]);
    expect(commands(replay(snapsAt(6, [2, 2.4], above)))).toHaveLength(1);
  });

  it('a sharp sound scoring more as clapping is a clap, not a snap', () => {
    const inputs = made(6, [2, 2.4], [{ from: 2, to: 2.5, scores: { 'Finger snapping': 0.4, Clapping: 0.6 } }]);
    const events = replay(inputs);
    expect(events.filter((e) => e.type === 'heard').map((e) => e.type === 'heard' && e.sound)).toEqual(['clap', 'clap']);
    expect(commands(events)).toEqual([]);
  });

  it('two claps do nothing, three toggle, and a long run toggles once', () => {
    const run = (times: number[]) =>
      commands(replay(made(20, times, [{ from: times[0], to: times.at(-1)!, scores: { Clapping: 0.7 } }])));
    expect(run([2, 2.4])).toEqual([]);
    expect(run([2, 2.4, 2.8])).toHaveLength(1);
    expect(run(Array.from({ length: 20 }, (_, i) => 2 + i * 0.4))).toHaveLength(1);
    // Two runs with a pause between them are two commands.
    expect(run([2, 2.4, 2.8, 6, 6.4, 6.8])).toHaveLength(2);
  });

  it('speech needs one sure window or two likely ones in a row, and re-arms only after a quiet window', () => {
    const speech = (scores: number[]) => {
      const inputs: SoundInput[] = scores.map((s, i) => ({ type: 'window', end: 1 + i * 0.5, scores: { Speech: s } }));
      return replay(inputs).filter((e) => e.type === 'speech-start').length;
    };
    expect(speech([0.01, 0.8])).toBe(1);
    expect(speech([0.01, 0.5, 0.01])).toBe(0);
    expect(speech([0.01, 0.5, 0.5])).toBe(1);
    expect(speech([0.01, 0.9, 0.9, 0.3, 0.9])).toBe(1);
    expect(speech([0.01, 0.9, 0.1, 0.9])).toBe(2);
  });
});
