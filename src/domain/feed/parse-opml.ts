// Reading OPML subscription lists (feedsmith); writing them is write-opml.ts. Loaded lazily, like parse-feed.ts.
import { MalformedError, parseOpml as parseOpmlDocument, type Opml } from 'feedsmith';
import { doctypeEntityProblem, sniffFeedSyntax, xmlRootName } from './feed-text';
import { safeHttpUrl } from '../news/story';
import { htmlToText } from '../text/html-to-text';

export interface OpmlOutline {
  title: string;
  xmlUrl: string;
  htmlUrl: string;
}

export type OpmlProblem =
  | { kind: 'not-opml'; detail: string }
  | { kind: 'malformed-xml'; detail: string }
  | { kind: 'unsafe-xml'; detail: string }
  | { kind: 'too-large'; size: number; limit: number }
  /** An OPML document, but no outline has an http(s) feed address. */
  | { kind: 'no-feeds'; detail: string };

export type OpmlResult = { ok: true; outlines: OpmlOutline[] } | { ok: false; problem: OpmlProblem };

export const MAX_OPML_CHARS = 5_000_000;
/** Outlines read at most (a subscription list with more is not a person's list). */
export const MAX_OPML_OUTLINES = 10_000;

type Outline = Opml.Outline<string>;

const problem = (p: OpmlProblem): OpmlResult => ({ ok: false, problem: p });
/** OPML 2.0 lets text attributes hold HTML, so titles are read as HTML into one line of plain text. */
const plain = (s: unknown) => (typeof s === 'string' ? htmlToText(s).replace(/\s+/g, ' ').trim() : '');

/** Every outline that names an http(s) feed, folders flattened in document order, first of each address kept. */
function collect(outlines: Outline[] | undefined, into: OpmlOutline[], seen: Set<string>): void {
  // Iterative, so a deeply nested list cannot overflow the stack.
  const stack: Outline[] = [...(outlines ?? [])].reverse();
  while (stack.length && into.length < MAX_OPML_OUTLINES) {
    const o = stack.pop()!;
    const xmlUrl = safeHttpUrl(o.xmlUrl);
    if (xmlUrl && !seen.has(xmlUrl)) {
      seen.add(xmlUrl);
      into.push({ title: plain(o.title) || plain(o.text) || new URL(xmlUrl).hostname, xmlUrl, htmlUrl: safeHttpUrl(o.htmlUrl) });
    }
    if (o.outlines?.length) stack.push(...[...o.outlines].reverse());
  }
}

/** The feeds an OPML file lists, or why it could not be read. Never throws. */
export function parseOpml(text: string): OpmlResult {
  try {
    if (typeof text !== 'string') return problem({ kind: 'not-opml', detail: 'there is no text to read' });
    if (text.length > MAX_OPML_CHARS) return problem({ kind: 'too-large', size: text.length, limit: MAX_OPML_CHARS });
    if (sniffFeedSyntax(text) !== 'xml') return problem({ kind: 'not-opml', detail: 'it is not XML' });
    const unsafe = doctypeEntityProblem(text);
    if (unsafe) return problem({ kind: 'unsafe-xml', detail: unsafe });
    const root = xmlRootName(text);
    if (root && root !== 'opml') {
      const what = root === 'rss' || root === 'feed' || root === 'rdf' ? 'a single feed, not a list of feeds' : `an XML file whose root is <${root}>`;
      return problem({ kind: 'not-opml', detail: `it is ${what}` });
    }
    let doc: Opml.Document<string>;
    try {
      doc = parseOpmlDocument(text);
    } catch (e) {
      if (e instanceof MalformedError) return problem({ kind: 'malformed-xml', detail: e.message });
      return problem({ kind: 'not-opml', detail: 'it has no OPML <body> with outlines' });
    }
    const outlines: OpmlOutline[] = [];
    collect(doc.body?.outlines, outlines, new Set());
    if (outlines.length === 0) return problem({ kind: 'no-feeds', detail: 'no outline has an http(s) feed address (xmlUrl)' });
    return { ok: true, outlines };
  } catch (e) {
    return problem({ kind: 'not-opml', detail: `it could not be read (${e instanceof Error ? e.message : String(e)})` });
  }
}
