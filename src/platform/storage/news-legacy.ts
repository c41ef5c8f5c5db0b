// Moving an archive of layouts 1–3 to layout 4: stories kept as s:<id> are written again under their time-ordered
// key, and the URL keys u:<articleKey> go (the link buckets replace them, rebuilt by verify() from the day index).
// An archive of layouts 1–5 has the head buckets of its newest days built (news-heads.ts; those of layout 5 lack
// the opening sentences and length a day briefing chooses by). A slice of stories per
// transaction, each consistent on its own, so an upgrade cut short goes on at the next start.
import type { Story } from '../../domain/types';
import { request, type Runner } from './idb-run';
import { groupHeads, writeHeads } from './news-heads';
import { utcDayKey } from '../../domain/day';
import { ALL_STORIES, lastStoryTime, prefixRange, storyKey } from './news-keys';
import type { Records } from './news-records';

/** Legacy stories moved per transaction. */
const SLICE = 200;

const isStory = (s: unknown): s is Story =>
  typeof s === 'object' && s !== null && typeof (s as Story).id === 'string' && Number.isFinite((s as Story).publishedAt);

/** Moves every legacy story key and removes the legacy URL keys; returns how many stories were moved. */
export async function moveLegacyKeys(run: Runner, pause: () => Promise<void>): Promise<number> {
  let moved = 0;
  for (;;) {
    const n = await run('readwrite', async (os) => {
      const range = prefixRange('s:');
      const [keys, values] = await Promise.all([request(os.getAllKeys(range, SLICE)), request(os.getAll(range, SLICE))]);
      if (keys.length === 0) return 0;
      // A value that is no story (damage) is dropped with its key.
      for (const s of values) if (isStory(s)) os.put(s, storyKey(s.publishedAt, s.id));
      os.delete(IDBKeyRange.bound(keys[0], keys[keys.length - 1]));
      return keys.length;
    });
    if (n === 0) break;
    moved += n;
    await pause();
  }
  await run('readwrite', async (os) => os.delete(prefixRange('u:')));
  return moved;
}

/** Stories read per slice while building head buckets (~1.8 MB of records at 3.6 KB each, a few tens of ms). */
const HEADS_SLICE = 500;
/**
 * The UTC days, back from the newest story's, whose head buckets an upgrade builds: the Stories screen's first page (7
 * local days) in any time zone. Older days are listed from their stories read whole (as before layout 5) until they
 * go with retention, so an archive of 100,000 stories upgrades in about a second, not twenty.
 */
export const HEADS_BUILT_DAYS = 8;
const DAY_MS = 86_400_000;

/**
 * Builds the head buckets of the stories of the newest HEADS_BUILT_DAYS UTC days, a slice of stories at a time (read
 * from their rooms, and from the main store for an archive from before the rooms), each slice's heads merged in one
 * transaction with what the buckets hold (so an import meanwhile loses nothing); returns how many heads were written.
 */
export async function buildHeads(run: Runner, records: Records, pause: () => Promise<void>): Promise<number> {
  const [legacyNewest, dayKeys] = await run('readonly', (os) => Promise.all([lastStoryTime(os), request(os.getAllKeys(prefixRange('d:')))]));
  const days = dayKeys.map((k) => String(k).slice(2));
  const newestDay = [days[days.length - 1], legacyNewest === null ? undefined : utcDayKey(legacyNewest)].filter((d): d is string => d !== undefined).sort().pop();
  if (newestDay === undefined) return 0;
  const from = Date.parse(`${newestDay}T00:00:00Z`) - (HEADS_BUILT_DAYS - 1) * DAY_MS;
  const places: (string | null)[] = [null, ...days.filter((d) => d >= utcDayKey(from))];
  let built = 0;
  for (const place of places) {
    for (let range = IDBKeyRange.bound(['s', from], ALL_STORIES.upper); ; ) {
      const read = (os: IDBObjectStore) => Promise.all([request(os.getAllKeys(range, HEADS_SLICE)), request(os.getAll(range, HEADS_SLICE))]);
      const [keys, values] = (place === null ? await run('readonly', read) : await records.rooms.use(place, 'readonly', read)) ?? [[], []];
      // A record that is no whole story (damage) gets no head: a listing reads it whole, as it reads any story without one.
      const heads = groupHeads(values.filter((s): s is Story => isStory(s) && typeof s.text === 'string' && typeof s.title === 'string'));
      if (heads.size > 0) await run('readwrite', async (os) => writeHeads(os, heads, await Promise.all([...heads.keys()].map((k) => request(os.get(k))))));
      for (const list of heads.values()) built += list.length;
      if (keys.length < HEADS_SLICE) break;
      range = IDBKeyRange.bound(keys[keys.length - 1], ALL_STORIES.upper, true, false);
      await pause();
    }
  }
  return built;
}
