// Writing an OPML 2.0 subscription list. Pure string building, so exporting needs no XML library.
import { safeHttpUrl } from '../news/story';

export interface OpmlSource {
  title: string;
  xmlUrl: string;
  htmlUrl?: string;
}

/** Characters XML 1.0 cannot hold at all (C0 controls but tab/newline/return, lone surrogates, U+FFFE/F). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text safe inside a double-quoted attribute or an element (tabs and line breaks kept as references). */
export function escapeXml(s: string): string {
  return s
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/**
 * An OPML 2.0 document listing the sources (one `type="rss"` outline each). Sources whose feed address
 * is not http(s) are left out; a missing title falls back to the feed's host name.
 */
export function toOpml(sources: readonly OpmlSource[], title: string): string {
  const lines = sources.flatMap((s) => {
    const xmlUrl = safeHttpUrl(s.xmlUrl);
    if (!xmlUrl) return [];
    const name = s.title.replace(/\s+/g, ' ').trim() || new URL(xmlUrl).hostname;
    const htmlUrl = safeHttpUrl(s.htmlUrl);
    const attrs = [`type="rss"`, `text="${escapeXml(name)}"`, `title="${escapeXml(name)}"`, `xmlUrl="${escapeXml(xmlUrl)}"`];
    if (htmlUrl) attrs.push(`htmlUrl="${escapeXml(htmlUrl)}"`);
    return [`    <outline ${attrs.join(' ')}/>`];
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXml(title.replace(/\s+/g, ' ').trim())}</title>`,
    '  </head>',
    '  <body>',
    ...lines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
