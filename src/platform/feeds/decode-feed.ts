// Feed bytes to text the way XML says to: a byte-order mark first, then the XML declaration's
// encoding, then UTF-8 (windows-1252 when the bytes are not UTF-8). A charset from HTTP, when known,
// overrides the declaration as RFC 7303 says.

function decoder(label: string, fatal = false): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null; // an encoding the browser does not know
  }
}

function bomEncoding(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  // UTF-16 without a BOM still starts with "<" as two bytes.
  if (b[0] === 0x00 && b[1] === 0x3c && b[2] === 0x00) return 'utf-16be';
  if (b[0] === 0x3c && b[1] === 0x00 && b[2] === 0x3f) return 'utf-16le';
  return null;
}

/** The encoding named in `<?xml … encoding="…"?>`, read as ASCII from the first bytes. */
function declaredEncoding(b: Uint8Array): string | null {
  const head = String.fromCharCode(...b.subarray(0, 200));
  const m = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/** Text of a feed file or response body; never throws. */
export function decodeFeedBytes(bytes: Uint8Array, httpCharset?: string): string {
  const bom = bomEncoding(bytes);
  const label = bom ?? (httpCharset?.trim().toLowerCase() || declaredEncoding(bytes));
  // UTF-16/32 declared in a file that has no BOM and reads as ASCII is a mislabel; ignore it.
  const usable = label && !(bom === null && /^utf-?(16|32)/.test(label)) ? decoder(label) : null;
  if (usable && label !== 'utf-8' && label !== 'utf8') return usable.decode(bytes);
  const strict = decoder('utf-8', true);
  try {
    if (strict) return strict.decode(bytes);
  } catch {
    // not UTF-8: the usual culprit is a Windows code page that the feed did not declare
  }
  return (decoder('windows-1252') ?? new TextDecoder()).decode(bytes);
}
