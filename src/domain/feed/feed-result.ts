// What reading a feed file gives: its stories, or a problem the UI can put in words.
import type { Story } from '../types';

export type FeedProblem =
  /** The text starts like JSON but is not valid JSON. */
  | { kind: 'not-json'; detail: string }
  /** Readable, but not RSS, RDF, Atom or JSON Feed (an HTML page, an OPML list, some other JSON…). */
  | { kind: 'not-a-feed'; detail: string }
  /** XML so broken that nothing could be read from it. */
  | { kind: 'malformed-xml'; detail: string }
  /** XML that declares entities in a DOCTYPE (the "billion laughs" shape); refused before parsing. */
  | { kind: 'unsafe-xml'; detail: string }
  /** Longer than the parser accepts (the caller normally refuses such files first). */
  | { kind: 'too-large'; size: number; limit: number }
  /** A feed, but no item had a title or any text. */
  | { kind: 'no-stories'; skipped: number };

export interface ParsedFeed {
  /** The feed's name as plain text (its site's host name, or "Imported feed", when it has none). */
  title: string;
  /** The site the feed belongs to (http or https), or ''. */
  siteUrl: string;
  /** Primary language subtag the feed declares, else the one most of its stories are in. */
  lang: string;
  stories: Story[];
  /** Items left out because they had neither a title nor any text. */
  skipped: number;
}

export type FeedResult = { ok: true; feed: ParsedFeed } | { ok: false; problem: FeedProblem };

export const feedProblem = (problem: FeedProblem): FeedResult => ({ ok: false, problem });
