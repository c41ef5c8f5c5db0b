// Whether a story is here already, by its id or its article URL (archive layout 4): two sets of hashed buckets, read
// and written by an add (news-add.ts; `get(id)` reads the id bucket too). Removing stories leaves their entries behind
// (rewriting every bucket would cost more than the removal), so a hit counts only when the story's record is there, and
// a bucket written again drops the entries of days the day index no longer has.
import { request } from './idb-run';
import type { NewStory } from './news-indexes';
import { idBucketKey, linkBucketKey, prefixRange, type IdBucket, type LinkBucket } from './news-keys';
import type { StoryAt } from './news-records';

const DAY_MS = 86_400_000;
/** The UTC day number of an instant (the day index's days, as numbers: cheaper than formatting dates). */
const dayNumber = (t: number) => Math.floor(t / DAY_MS);
/** The day number of a day-index key `d:YYYY-MM-DD`. */
const dayNumberOfKey = (key: string) => dayNumber(Date.parse(`${key.slice(2)}T00:00:00Z`));

/** The buckets an add reads, by key, and the days the day index has. */
export interface Lookups {
  ids: Map<string, IdBucket>;
  links: Map<string, LinkBucket>;
  days: Set<number>;
}

/** Reads the buckets the stories' ids and URLs fall in, and the days of the day index (a few dozen keys). */
export async function readLookups(os: IDBObjectStore, stories: readonly NewStory[]): Promise<Lookups> {
  const read = async <B>(keys: Iterable<string>) =>
    new Map(await Promise.all([...new Set(keys)].map(async (k) => [k, ((await request(os.get(k))) as B | undefined) ?? (new Map() as B)] as const)));
  const [ids, links, dayKeys] = await Promise.all([
    read<IdBucket>(stories.map(({ story }) => idBucketKey(story.id))),
    read<LinkBucket>(stories.flatMap(({ url }) => (url ? [linkBucketKey(url)] : []))),
    request(os.getAllKeys(prefixRange('d:'))),
  ]);
  return { ids, links, days: new Set(dayKeys.map((k) => dayNumberOfKey(String(k)))) };
}

/** The records each story may be stored as: the one its id's lookup names, then the one its URL's names (none for a new story). */
export function hitsOf(lookups: Lookups, stories: readonly NewStory[]): StoryAt[][] {
  return stories.map(({ story, url }) => {
    const out: StoryAt[] = [];
    const t = lookups.ids.get(idBucketKey(story.id))!.get(story.id);
    if (t !== undefined) out.push([story.id, t]);
    const hit = url ? lookups.links.get(linkBucketKey(url))!.get(url) : undefined;
    if (hit) out.push(hit);
    return out;
  });
}

/** Notes new stories in the buckets and writes each bucket once, without the entries of days that are gone. */
export function noteStories(os: IDBObjectStore, lookups: Lookups, fresh: readonly NewStory[]): void {
  const days = new Set(lookups.days);
  for (const { story } of fresh) days.add(dayNumber(story.publishedAt));
  const dirty = new Set<string>();
  for (const { story, url } of fresh) {
    const ik = idBucketKey(story.id);
    lookups.ids.get(ik)!.set(story.id, story.publishedAt);
    dirty.add(ik);
    if (!url) continue;
    const lk = linkBucketKey(url);
    lookups.links.get(lk)!.set(url, [story.id, story.publishedAt]);
    dirty.add(lk);
  }
  const write = <V>(key: string, bucket: Map<string, V>, time: (v: V) => number) => {
    for (const [k, v] of bucket) if (!days.has(dayNumber(time(v)))) bucket.delete(k);
    os.put(bucket, key);
  };
  for (const key of dirty) {
    if (key.startsWith('i:')) write(key, lookups.ids.get(key)!, (t) => t);
    else write(key, lookups.links.get(key)!, ([, t]) => t);
  }
}
