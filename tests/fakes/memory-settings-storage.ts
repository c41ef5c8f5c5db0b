// In-memory settings storage, shared between store instances to test what is remembered.
import type { StateStorage } from 'zustand/middleware';

export function createMemorySettingsStorage(): StateStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}
