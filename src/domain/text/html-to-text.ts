// Feed HTML to plain text without a DOM: tags dropped, blocks become paragraph breaks, entities decoded.

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™',
  euro: '€', pound: '£', yen: '¥', cent: '¢', deg: '°', middot: '·', bull: '•', times: '×', shy: '',
  eacute: 'é', egrave: 'è', agrave: 'à', aacute: 'á', ocirc: 'ô', ecirc: 'ê', acirc: 'â', uuml: 'ü', ouml: 'ö', auml: 'ä',
};

/** Decodes HTML character references (named, decimal, hex); unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const valid = Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : '\uFFFD';
    }
    // Own names only: "&constructor;" is no character reference.
    const name = ref.toLowerCase();
    return Object.hasOwn(NAMED, name) ? NAMED[name] : whole;
  });
}

const BLOCK = /^(p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|header|footer|tr|table|pre|figure|figcaption|hr)$/i;

/** Plain text of an HTML fragment; paragraphs are separated by a blank line. */
export function htmlToText(html: string): string {
  const withoutHidden = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template|noscript|iframe|object)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<(script|style|template|noscript|iframe|object)\b[\s\S]*$/gi, ' ')
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
  const text = withoutHidden.replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>|<[!?][^>]*>/gi, (_tag, name?: string) =>
    name && BLOCK.test(name) ? '\n\n' : '',
  );
  return decodeEntities(text)
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .split(/\s*\n\s*\n\s*|\s*\n\s*/)
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');
}
