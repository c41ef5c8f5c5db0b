// The whole listening pipeline on the generated test audio in Node: test files → onsets and 0.975 s windows → YAMNet (MediaPipe,
// the model the app ships) → the event logic. It also checks the recorded scores the fast unit tests replay are current.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOUND_RULES } from '../../src/domain/sound/rules';
import { createSoundEvents, type SoundEvent } from '../../src/domain/sound/sound-events';
import type { SoundInput } from '../../src/domain/sound/sound-stream';
import { soundFixture, type SoundFixture } from '../sound-fixtures';
import { loadRecording } from '../support/sound-recordings';
import { readWav16k } from '../support/wav';
import { loadNodeClassifier, runPipeline } from '../support/yamnet-node';

let classifier: Awaited<ReturnType<typeof loadNodeClassifier>>;
beforeAll(async () => {
  classifier = await loadNodeClassifier();
}, 30_000);
afterAll(() => classifier?.close());

const eventsOf = (inputs: SoundInput[]): SoundEvent[] => {
  const events = createSoundEvents(SOUND_RULES);
  return inputs.flatMap((i) => events.feed(i));
};
const summary = (events: SoundEvent[]) =>
  events.flatMap((e) => (e.type === 'command' ? [`${e.command} by ${e.by}`] : e.type === 'speech-start' ? ['speech-start'] : []));

function live(name: SoundFixture) {
  const timeline = soundFixture(name);
  return { timeline, inputs: runPipeline(classifier, readWav16k(timeline.file)) };
}

describe('the listening pipeline on the generated audio', () => {
  it.each([
    ['snap-commands', ['toggle by snaps', 'toggle by snaps', 'next by snaps']],
    ['single-snaps', []],
    ['claps', ['toggle by claps']],
    ['speech-after-silence', ['speech-start']],
  ] as const)('%s → %j', (name, expected) => {
    const { inputs } = live(name);
    expect(summary(eventsOf(inputs))).toEqual(expected);
    // The recording the unit tests replay matches what the pipeline gives today: the same windows and onsets, and
    // scores within 0.05 (sox's repeatable mode makes the same files here; another sox or MediaPipe may differ a hair).
    const recorded = loadRecording(name);
    const now = inputs.filter((i) => i.type !== 'level');
    expect(now.map((i) => `${i.type}@${(i.type === 'window' ? i.end : i.at).toFixed(2)}`)).toEqual(
      recorded.inputs.map((i) => `${i.type}@${(i.type === 'window' ? i.end : i.at).toFixed(2)}`),
    );
    now.forEach((input, k) => {
      const then = recorded.inputs[k];
      if (input.type !== 'window' || then.type !== 'window') return;
      for (const [cls, score] of Object.entries(then.scores)) expect(Math.abs((input.scores[cls] ?? 0) - score), `${name} ${cls} at ${input.end}`).toBeLessThanOrEqual(0.05);
    });
  });

  it('hears every generated snap as a snap and every clap as a clap, each scoring ≥ 0.3 and more than the other', () => {
    for (const name of ['snap-commands', 'single-snaps', 'claps'] as const) {
      const { timeline, inputs } = live(name);
      const heard = eventsOf(inputs).filter((e) => e.type === 'heard');
      for (const group of timeline.groups) {
        for (const at of group.at) {
          const sound = heard.find((e) => Math.abs(e.at - at) < 0.05);
          expect(sound, `${name}: the ${group.kind} at ${at} s`).toMatchObject({ sound: group.kind === 'snaps' ? 'snap' : 'clap' });
          expect(sound!.type === 'heard' && sound!.score).toBeGreaterThanOrEqual(0.3);
        }
      }
    }
  });

  it('three minutes of speech and three of quiet make no sound command', () => {
    for (const name of ['speech-3min', 'silence-3min'] as const) {
      const { inputs } = live(name);
      expect(inputs.filter((i) => i.type === 'window').length).toBeGreaterThan(350);
      expect(summary(eventsOf(inputs)).filter((e) => e !== 'speech-start'), name).toEqual([]);
    }
  }, 60_000);
});
