import { describe, expect, it, vi } from 'vitest';
import { createFakeRecognizer } from '../../tests/fakes/fake-recognizer';
import { createTestStore } from '../../tests/fakes/test-store';

function setup(local: 'available' | 'downloadable' | 'unavailable') {
  const recognizer = createFakeRecognizer();
  recognizer.local = local;
  const { store, env } = createTestStore({ recognizer });
  return { store, recognizer, env };
}

describe('voice commands offline', () => {
  it('without on-device recognition, Talk offline explains at once and starts no session; back online it listens', async () => {
    const { store, recognizer, env } = setup('unavailable');
    await vi.waitFor(() => expect(store.getState().listening.local).toBe('unavailable'));
    env.setOnline(false);
    store.getState().talk();
    expect(store.getState().listening).toMatchObject({ active: false, problem: 'offline' });
    expect(recognizer.sessions).toEqual([]);
    env.setOnline(true);
    expect(store.getState().listening.problem).toBeNull();
    store.getState().talk();
    expect(recognizer.sessions).toEqual(['en-US']);
    expect(recognizer.localSessions).toEqual([false]);
  });

  it('with on-device recognition, offline Talk listens on the device', async () => {
    const { store, recognizer, env } = setup('available');
    await vi.waitFor(() => expect(store.getState().listening.local).toBe('available'));
    env.setOnline(false);
    store.getState().talk();
    expect(store.getState().listening.active).toBe(true);
    expect(recognizer.localSessions).toEqual([true]);
  });

  it('offers to install on-device recognition where the browser can download it, per language', async () => {
    const { store, recognizer } = setup('downloadable');
    await vi.waitFor(() => expect(store.getState().listening.local).toBe('downloadable'));
    await store.getState().installLocalRecognition('en');
    expect(store.getState().listening.local).toBe('available');
    recognizer.local = 'unavailable';
    store.getState().setLang('vi');
    await vi.waitFor(() => expect(store.getState().listening.local).toBe('unavailable'));
  });
});
