// Reads a hand-written feed fixture (tests/fixtures/feeds) the way the app imports a file: bytes → decodeFeedBytes →
// parseFeed, with "now" far from every fixture's dates so an undated item shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeedResult, ParsedFeed } from '../../src/domain/feed/feed-result';
import { decodeFeedBytes } from '../../src/platform/feeds/decode-feed';
import { parseFeed } from '../../src/domain/feed/parse-feed';

export const FIXTURE_NOW = Date.UTC(2031, 0, 2, 3, 4, 5);

export const fixtureText = (name: string) => decodeFeedBytes(new Uint8Array(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'feeds', name))));

export const readFixture = (name: string): FeedResult => parseFeed(fixtureText(name), FIXTURE_NOW);

export function fixtureFeed(name: string): ParsedFeed {
  const r = readFixture(name);
  if (!r.ok) throw new Error(`${name}: expected a feed, got ${JSON.stringify(r.problem)}`);
  return r.feed;
}
