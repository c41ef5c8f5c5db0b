// Key-value storage for small settings (localStorage), never throwing: private modes and full disks just forget.
import type { StateStorage } from 'zustand/middleware';

export function createSettingsStorage(win: Window = window): StateStorage {
  return {
    getItem: (name) => {
      try {
        return win.localStorage.getItem(name);
      } catch {
        return null;
      }
    },
    setItem: (name, value) => {
      try {
        win.localStorage.setItem(name, value);
      } catch {
        // Settings are a convenience; losing one is better than breaking playback.
      }
    },
    removeItem: (name) => {
      try {
        win.localStorage.removeItem(name);
      } catch {
        // As above.
      }
    },
  };
}
