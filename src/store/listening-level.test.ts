import { describe, expect, it } from 'vitest';
import { createTestStore } from '../../tests/fakes/test-store';
import type { Recognizer } from '../platform/speech/recognizer';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the level on the Talk button', () => {
  it('opens a level stream while listening, shows its level, and closes it when the session ends', async () => {
    const { store, micLevel, recognizer } = createTestStore();
    store.getState().talk();
    expect(micLevel.opens).toBe(1);
    await flush();
    expect(store.getState().listening).toMatchObject({ active: true, metered: true });
    const meter = store.getState().listening.meter;
    micLevel.report(-31.6);
    expect(meter.db).toBe(-32);
    // Moves under 2 dB are not drawn.
    micLevel.report(-31);
    expect(meter.db).toBe(-32);
    micLevel.report(-12.2);
    expect(meter.db).toBe(-12);
    recognizer.say('next');
    expect(micLevel.openCount).toBe(0);
    expect(store.getState().listening).toMatchObject({ active: false, metered: false });
    expect(meter.db).toBe(-100);
  });

  it('closes a stream that opens after the session has already ended', async () => {
    const { store, micLevel, recognizer } = createTestStore();
    store.getState().talk();
    recognizer.fail('no-speech');
    await flush();
    expect(micLevel.opens).toBe(1);
    expect(micLevel.openCount).toBe(0);
    expect(store.getState().listening.metered).toBe(false);
  });

  it('where a second stream would take the microphone (phones), opens none and shows when speech is heard', async () => {
    const { store, micLevel, recognizer } = createTestStore();
    micLevel.supported = false;
    store.getState().talk();
    await flush();
    expect(micLevel.opens).toBe(0);
    expect(store.getState().listening).toMatchObject({ active: true, metered: false, hearing: false });
    recognizer.speech(true);
    expect(store.getState().listening.hearing).toBe(true);
    recognizer.speech(false);
    expect(store.getState().listening.hearing).toBe(false);
    recognizer.speech(true);
    recognizer.say('next');
    expect(store.getState().listening.hearing).toBe(false);
  });

  it('a refused level stream leaves listening working, without a level', async () => {
    const { store, micLevel, recognizer } = createTestStore();
    micLevel.grants = false;
    store.getState().talk();
    await flush();
    expect(store.getState().listening).toMatchObject({ active: true, metered: false });
    recognizer.say('help');
    expect(recognizer.sessions).toHaveLength(1);
    expect(store.getState().listening.active).toBe(false);
  });

  it('with Hands-free listening, follows its level instead of opening a second stream', async () => {
    const { store, micLevel, sound, recognizer } = createTestStore();
    store.getState().setHandsFree(true);
    sound.ready(500);
    sound.emit([{ type: 'level', at: 0.1, db: -40 }]);
    store.getState().talk();
    await flush();
    expect(micLevel.opens).toBe(0);
    const { meter, metered } = store.getState().listening;
    expect(metered).toBe(true);
    expect(meter.db).toBe(-40);
    store.getState().handsFree.meter.set(-18);
    expect(meter.db).toBe(-18);
    recognizer.say('next');
    store.getState().handsFree.meter.set(-50);
    expect(meter.db).toBe(-100);
  });

  it('an engine that fails as it starts leaves Talk ready to start again, with no level opened', async () => {
    let sessions = 0;
    const failing: Recognizer = {
      supported: true,
      localAvailability: async () => 'unavailable',
      installLocal: async () => false,
      listen(_lang, h) {
        sessions++;
        h.onError('busy');
        h.onEnd();
        return { stop: () => {}, abort: () => {} };
      },
    };
    const { store, micLevel } = createTestStore({ recognizer: failing as never });
    store.getState().talk();
    expect(store.getState().listening).toMatchObject({ active: false, problem: 'busy' });
    store.getState().talk();
    expect(sessions).toBe(2);
    await flush();
    expect(micLevel.opens).toBe(0);
  });
});
