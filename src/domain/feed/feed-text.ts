// First looks at a feed file's text, before any parser sees it: which syntax it is, what its XML root
// element is, and whether its prolog declares entities (the "billion laughs" and external-entity shapes),
// which we refuse. Everything here is linear in the length of the text.

export type FeedSyntax = 'json' | 'xml' | 'empty' | 'other';

const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\u00a0';

/** Index of the first character that is not a byte-order mark or white space. */
function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text.charCodeAt(i) === 0xfeff || isSpace(text[i]))) i++;
  return i;
}

/** JSON when the text starts with `{` or `[`, XML when it starts with `<`. */
export function sniffFeedSyntax(text: string): FeedSyntax {
  const i = skipSpace(text, 0);
  if (i >= text.length) return 'empty';
  const c = text[i];
  if (c === '{' || c === '[') return 'json';
  if (c === '<') return 'xml';
  return 'other';
}

interface Prolog {
  /** The DOCTYPE's internal subset (between `[` and `]>`), or null when there is none. */
  subset: string | null;
  /** Where the root element's `<` is, or -1 when the prolog never ends in one. */
  root: number;
}

/** Walks the XML declaration, comments, processing instructions and DOCTYPE before the root element. */
function readProlog(text: string): Prolog {
  let subset: string | null = null;
  let i = skipSpace(text, 0);
  for (;;) {
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) return { subset, root: -1 };
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return { subset, root: -1 };
      i = end + 3;
    } else if (text.slice(i, i + 9).toUpperCase() === '<!DOCTYPE') {
      const close = text.indexOf('>', i);
      const open = text.indexOf('[', i);
      if (open >= 0 && (close < 0 || open < close)) {
        const end = text.indexOf(']', open);
        const after = end < 0 ? -1 : text.indexOf('>', end);
        // The subset ends at the first "]" followed by ">"; a "]" inside it (rare) only makes us read less.
        subset = text.slice(open + 1, end < 0 ? text.length : end);
        if (after < 0) return { subset, root: -1 };
        i = after + 1;
      } else {
        if (close < 0) return { subset, root: -1 };
        i = close + 1;
      }
    } else {
      return { subset, root: text[i] === '<' ? i : -1 };
    }
    i = skipSpace(text, i);
  }
}

/**
 * Why the XML's DOCTYPE must not be parsed (it declares entities), or null. Only the prolog is read,
 * so a "<!DOCTYPE" inside an item's text is not mistaken for one.
 */
export function doctypeEntityProblem(text: string): string | null {
  const { subset } = readProlog(text);
  return subset !== null && /<!ENTITY/i.test(subset)
    ? 'its DOCTYPE declares entities (<!ENTITY …>), which can make an XML reader expand text without end or read other files'
    : null;
}

/** Local name of the root element, lower case ("rss", "feed", "rdf", "opml", "html"…), or '' when unclear. */
export function xmlRootName(text: string): string {
  const { root } = readProlog(text);
  if (root < 0) return '';
  const m = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(text.slice(root, root + 200));
  return m ? m[2].toLowerCase() : '';
}
