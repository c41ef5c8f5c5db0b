// Reads RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 and JSON Feed 1.0/1.1 text into stories.
// XML goes through feedsmith (docs/feed-parser-choice.md); JSON Feed through our own reader, which
// accepts what real generators write. Pure (feedsmith runs anywhere), but the app loads it lazily, through
// feed-tools.ts, so feedsmith stays out of the initial JavaScript.
import { DetectError, MalformedError, ParseError, parseAtomFeed, parseFeed as parseAnyFeed, parseRdfFeed, parseRssFeed } from 'feedsmith';
import { draftToFeed, type DraftOptions } from './feed-draft';
import { feedProblem, type FeedResult } from './feed-result';
import { doctypeEntityProblem, sniffFeedSyntax, xmlRootName } from './feed-text';
import { jsonFeedDraft } from './json-feed-draft';
import { xmlFeedDraft, type XmlFeed } from './feedsmith-draft';

export type { FeedProblem, FeedResult, ParsedFeed } from './feed-result';

/** Longest text parsed (characters); callers refuse big files earlier, this is the last guard. */
export const MAX_FEED_CHARS = 20_000_000;

/** At most this many items are read from one feed; the rest of a huge feed is ignored. */
export const MAX_FEED_ITEMS = 5_000;

export type ParseFeedOptions = DraftOptions;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 200);

function notAFeed(root: string): string {
  if (root === 'html') return 'it is a web page (HTML), not a feed';
  if (root === 'opml') return 'it is an OPML list of feeds, not a feed; import it as a subscription list';
  if (root) return `its root element <${root}> is not RSS, RDF or Atom`;
  return 'no RSS, RDF or Atom element was found in it';
}

/**
 * Old RSS 0.9x writers sometimes put items straight under <rss>, with no <channel>. Such text gets a
 * channel around the root's content; anything else is returned as it was.
 */
function withChannel(text: string): string {
  if (/<(?:\w+:)?channel[\s>/]/i.test(text)) return text;
  const open = /<(?:\w+:)?rss\b[^>]*>/i.exec(text);
  const close = text.search(/<\/(?:\w+:)?rss\s*>\s*$/i);
  if (!open || close < open.index) return text;
  const start = open.index + open[0].length;
  return `${text.slice(0, start)}<channel>${text.slice(start, close)}</channel>${text.slice(close)}`;
}

function parseXml(text: string): XmlFeed {
  const options = { maxItems: MAX_FEED_ITEMS };
  const root = xmlRootName(text);
  // The root element decides when it is clear; otherwise feedsmith looks for any feed shape.
  if (root === 'rss') return { format: 'rss', feed: parseRssFeed(withChannel(text), options) };
  if (root === 'feed') return { format: 'atom', feed: parseAtomFeed(text, options) };
  if (root === 'rdf') return { format: 'rdf', feed: parseRdfFeed(text, options) };
  const any = parseAnyFeed(text, options);
  if (any.format === 'json') throw new DetectError('JSON inside XML');
  return any;
}

/**
 * Reads feed text into stories, or says why it could not. Never throws. `now` dates items without a
 * date; `feedUrl` (where the feed came from) resolves relative links and scopes story ids.
 */
export function parseFeed(text: string, now: number, opts: ParseFeedOptions = {}): FeedResult {
  try {
    if (typeof text !== 'string') return feedProblem({ kind: 'not-a-feed', detail: 'there is no text to read' });
    if (text.length > MAX_FEED_CHARS) return feedProblem({ kind: 'too-large', size: text.length, limit: MAX_FEED_CHARS });
    switch (sniffFeedSyntax(text)) {
      case 'empty':
        return feedProblem({ kind: 'not-a-feed', detail: 'the file is empty' });
      case 'other':
        return feedProblem({ kind: 'not-a-feed', detail: 'it is neither XML nor JSON' });
      case 'json': {
        const draft = jsonFeedDraft(text);
        return 'kind' in draft ? feedProblem(draft) : draftToFeed(draft, now, opts);
      }
      case 'xml':
        break;
    }
    const unsafe = doctypeEntityProblem(text);
    if (unsafe) return feedProblem({ kind: 'unsafe-xml', detail: unsafe });
    let parsed: XmlFeed;
    try {
      parsed = parseXml(text);
    } catch (e) {
      if (e instanceof MalformedError) return feedProblem({ kind: 'malformed-xml', detail: message(e) });
      if (e instanceof DetectError) return feedProblem({ kind: 'not-a-feed', detail: notAFeed(xmlRootName(text)) });
      // A feed's outline with nothing feedsmith could read inside.
      if (e instanceof ParseError) return feedProblem({ kind: 'no-stories', skipped: 0 });
      throw e;
    }
    return draftToFeed(xmlFeedDraft(parsed, text), now, opts);
  } catch (e) {
    return feedProblem({ kind: 'not-a-feed', detail: `it could not be read (${message(e)})` });
  }
}
