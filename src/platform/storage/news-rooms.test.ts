import { describe, expect, it } from 'vitest';
import { request } from './idb-run';
import { createRooms, roomName } from './news-rooms';

let n = 0;
const names = () => `rooms-test-${++n}`;
const deleteDatabase = (name: string) =>
  new Promise<string>((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve('deleted');
    req.onblocked = () => resolve('blocked');
  });

describe('day rooms', () => {
  it('makes a room only for a write, and lists the rooms by day', async () => {
    const db = names();
    const rooms = createRooms(db);
    expect(await rooms.use('2026-11-28', 'readonly', async (os) => request(os.count()))).toBeUndefined();
    expect(await rooms.days()).toEqual([]);
    await rooms.use('2026-11-28', 'readwrite', async (os) => void os.put('x', 'k'), { create: true });
    await rooms.use('2026-11-27', 'readwrite', async (os) => void os.put('y', 'k'), { create: true });
    expect(await rooms.use('2026-11-28', 'readonly', async (os) => request(os.get('k')))).toBe('x');
    expect(await rooms.days()).toEqual(['2026-11-27', '2026-11-28']);
    await rooms.drop('2026-11-27');
    expect(await rooms.days()).toEqual(['2026-11-28']);
    expect(await rooms.use('2026-11-27', 'readonly', async (os) => request(os.get('k')))).toBeUndefined();
  });

  it('lets another page delete a room it holds open, and opens it afresh after', async () => {
    const db = names();
    const rooms = createRooms(db);
    await rooms.use('2026-11-28', 'readwrite', async (os) => void os.put('x', 'k'), { create: true });
    expect(await deleteDatabase(roomName(db, '2026-11-28'))).toBe('deleted');
    expect(await rooms.use('2026-11-28', 'readonly', async (os) => request(os.get('k')))).toBeUndefined();
    await rooms.use('2026-11-28', 'readwrite', async (os) => void os.put('z', 'k'), { create: true });
    expect(await rooms.use('2026-11-28', 'readonly', async (os) => request(os.get('k')))).toBe('z');
  });

  it('aborts a write whose body throws, and reports storage failures as StorageError', async () => {
    const rooms = createRooms(names());
    await expect(
      rooms.use('2026-11-28', 'readwrite', async (os) => {
        os.put('x', 'k');
        throw new Error('no');
      }, { create: true }),
    ).rejects.toThrow('no');
    expect(await rooms.use('2026-11-28', 'readonly', async (os) => request(os.count()))).toBe(0);
    await expect(rooms.use('2026-11-28', 'readwrite', async (os) => void os.put(() => 1, 'k'))).rejects.toMatchObject({ name: 'StorageError' });
  });
});
