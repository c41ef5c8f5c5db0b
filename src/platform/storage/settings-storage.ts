// Key-value storage for small settings (localStorage), never throwing: private modes and full disks just forget.
import type { StateStorage } from 'zustand/middleware';

export function createSettingsStorage(win: Window = window): StateStorage {
  // The store hands over its settings on every change of any state (playback, levels): write only real changes.
  const written = new Map<string, string>();
  return {
    getItem: (name) => {
      try {
        return win.localStorage.getItem(name);
      } catch {
        return null;
      }
    },
    setItem: (name, value) => {
      if (written.get(name) === value) return;
      try {
        win.localStorage.setItem(name, value);
        written.set(name, value);
      } catch {
        // Settings are a convenience; losing one is better than breaking playback.
      }
    },
    removeItem: (name) => {
      written.delete(name);
      try {
        win.localStorage.removeItem(name);
      } catch {
        // As above.
      }
    },
  };
}
