import { describe, expect, it } from 'vitest';
import { createSettingsStorage } from './settings-storage';

function fakeWindow(failing = false) {
  const data = new Map<string, string>();
  const writes: string[] = [];
  const localStorage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (failing) throw new DOMException('full', 'QuotaExceededError');
      writes.push(v);
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  };
  return { win: { localStorage } as unknown as Window, writes, data };
}

describe('settings storage', () => {
  it('writes only values that changed (the store hands them over on every state change)', async () => {
    const { win, writes } = fakeWindow();
    const storage = createSettingsStorage(win);
    await storage.setItem('s', '{"rate":1}');
    await storage.setItem('s', '{"rate":1}');
    await storage.setItem('s', '{"rate":1.2}');
    expect(writes).toEqual(['{"rate":1}', '{"rate":1.2}']);
    await storage.removeItem('s');
    await storage.setItem('s', '{"rate":1.2}');
    expect(writes).toHaveLength(3);
  });

  it('a failed write is tried again next time, and never throws', async () => {
    const broken = fakeWindow(true);
    const storage = createSettingsStorage(broken.win);
    await expect(Promise.resolve(storage.setItem('s', 'a'))).resolves.toBeUndefined();
    expect(storage.getItem('s')).toBeNull();
  });
});
