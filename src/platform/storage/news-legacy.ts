// Moving an archive of layouts 1–3 to layout 4: stories kept as s:<id> are written again under their time-ordered
// key, and the URL keys u:<articleKey> go (the link buckets replace them, rebuilt by verify() from the day index).
// A slice of stories per transaction, each consistent on its own, so an upgrade cut short goes on at the next start.
import type { Story } from '../../domain/types';
import { request, type Runner } from './idb-run';
import { prefixRange, storyKey } from './news-keys';

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
