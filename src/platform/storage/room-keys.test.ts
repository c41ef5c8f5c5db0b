import { describe, expect, it } from 'vitest';
import { request } from './idb-run';
import { storyKey } from './news-keys';
import { createRooms } from './news-rooms';
import { addKey, KEY_LIST, keyListOf, readKeyList, removeKeys, writeKeyList, type KeyList } from './room-keys';

let n = 0;
const room = () => createRooms(`room-keys-test-${++n}`);
const DAY = '2026-11-28';
const t = (hour: number) => Date.parse(`${DAY}T${String(hour).padStart(2, '0')}:00:00Z`);
const listOf = (...keys: ReturnType<typeof storyKey>[]) => {
  const list: KeyList = new Map();
  keys.forEach((k) => addKey(list, k));
  return list;
};

describe('a room key list', () => {
  it('takes out keys one by one and by range, and holds each key once', () => {
    const list = listOf(storyKey(t(1), 'a'), storyKey(t(2), 'b'), storyKey(t(3), 'c'), storyKey(t(4), 'd'), storyKey(t(4), 'd'));
    expect(list.size).toBe(4);
    removeKeys(list, [storyKey(t(1), 'a'), storyKey(t(1), 'not there'), IDBKeyRange.bound(storyKey(t(2), 'b'), storyKey(t(3), 'c'))]);
    expect([...list.values()]).toEqual([storyKey(t(4), 'd')]);
    // The same id at another time is another record.
    removeKeys(list, [storyKey(t(5), 'd')]);
    expect(list.size).toBe(1);
  });

  it('is stored beside the records, outside every story range, and read back; a room without one is walked', async () => {
    const rooms = room();
    const read = () => rooms.use(DAY, 'readonly', async (os) => [await readKeyList(os), await keyListOf(os)] as const);
    await rooms.use(DAY, 'readwrite', async (os) => void os.put({ id: 'a' }, storyKey(t(1), 'a')), { create: true });
    const [none, walked] = (await read())!;
    expect(none).toBeNull();
    expect([...walked.values()]).toEqual([storyKey(t(1), 'a')]);
    await rooms.use(DAY, 'readwrite', async (os) => writeKeyList(os, listOf(storyKey(t(1), 'a'), storyKey(t(2), 'b'))));
    const [stored] = (await read())!;
    expect([...stored!.values()]).toEqual([storyKey(t(1), 'a'), storyKey(t(2), 'b')]);
    // The list is no record: a range of every story key does not hold it.
    expect(await rooms.use(DAY, 'readonly', (os) => request(os.count(IDBKeyRange.bound(['s'], ['s', []]))))).toBe(1);
    // A value that is no list (damage) counts as none.
    await rooms.use(DAY, 'readwrite', async (os) => void os.put({ ids: ['a'], times: [1] }, KEY_LIST));
    expect((await read())![0]).toBeNull();
  });
});
