// A room's list of its own records' keys, kept in the room beside them (under the string key 'keys', which no story
// key range holds: strings sort before arrays) and changed in the same transaction as they are. A check of the whole
// archive reads one value per room instead of walking every record of it: at 100,000 stories of 3.65 KB, walking the
// rooms' keys took ~2 s, because Chromium's storage engine steps over each record's value to reach the next key.
// A room written before the lists has none: its keys are walked, and the list is written then (news-records.ts).
import { request } from './idb-run';
import { ALL_STORIES, isStoryKey, type StoryKey } from './news-keys';

export const KEY_LIST = 'keys';

/** The list as stored: ids and times side by side (one array of strings and one of numbers copy faster than pairs). */
interface StoredList {
  ids: string[];
  times: Float64Array;
}

/** A room's story keys by `time id`, each once. */
export type KeyList = Map<string, StoryKey>;

const entryOf = (key: StoryKey) => `${key[1]} ${key[2]}`;

const isStored = (v: unknown): v is StoredList =>
  typeof v === 'object' && v !== null && Array.isArray((v as StoredList).ids) && (v as StoredList).times instanceof Float64Array &&
  (v as StoredList).ids.length === (v as StoredList).times.length;

/** The room's list, or null when it has none (a room from before the lists, or damage). */
export async function readKeyList(os: IDBObjectStore): Promise<KeyList | null> {
  const stored: unknown = await request(os.get(KEY_LIST));
  if (!isStored(stored)) return null;
  const list: KeyList = new Map();
  stored.ids.forEach((id, i) => addKey(list, ['s', stored.times[i], id]));
  return list;
}

/** The room's story keys, walked from its records. */
export async function walkKeys(os: IDBObjectStore): Promise<KeyList> {
  const walked: KeyList = new Map();
  for (const key of await request(os.getAllKeys(ALL_STORIES))) if (isStoryKey(key)) addKey(walked, key);
  return walked;
}

/** The room's list, walked from its records when it has none. */
export const keyListOf = async (os: IDBObjectStore): Promise<KeyList> => (await readKeyList(os)) ?? walkKeys(os);

export const addKey = (list: KeyList, key: StoryKey) => void list.set(entryOf(key), key);

/** Takes out of the list what a removal deletes: keys, or key ranges. */
export function removeKeys(list: KeyList, doomed: readonly (IDBValidKey | IDBKeyRange)[]): void {
  const ranges = doomed.filter((d): d is IDBKeyRange => d instanceof IDBKeyRange);
  for (const d of doomed) if (!(d instanceof IDBKeyRange) && isStoryKey(d)) list.delete(entryOf(d));
  if (ranges.length === 0) return;
  for (const [entry, key] of list) if (ranges.some((r) => r.includes(key))) list.delete(entry);
}

/** Writes the list, inside the transaction that changes the records. */
export function writeKeyList(os: IDBObjectStore, list: KeyList): void {
  const keys = [...list.values()];
  os.put({ ids: keys.map((k) => k[2]), times: Float64Array.from(keys, (k) => k[1]) } satisfies StoredList, KEY_LIST);
}
