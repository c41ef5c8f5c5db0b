// Saying a command in a unit test: Talk pressed, the fake recognizer hears the words, and the store shows it heard them.
import { expect, vi } from 'vitest';
import type { AppStore } from '../../src/store/app-store';
import type { FakeRecognizer } from './fake-recognizer';

export async function sayCommand({ store, recognizer }: { store: AppStore; recognizer: FakeRecognizer }, text: string): Promise<void> {
  store.getState().talk();
  recognizer.say(text);
  await vi.waitFor(() => expect(store.getState().listening.heard).toBe(text));
}
