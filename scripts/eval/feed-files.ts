// Feed files read the way the app reads an imported file: raw bytes → decodeFeedBytes → parseFeed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeFeedBytes } from '../../src/platform/feeds/decode-feed';

/** "Now" for every evaluation read: far from every fixture's dates, so an item dated "now" shows as undated. */
export const EVAL_NOW = Date.UTC(2031, 0, 2, 3, 4, 5);

/** Every file under `dir`, sorted, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

export const readFeedFile = (path: string) => decodeFeedBytes(new Uint8Array(readFileSync(path)));
