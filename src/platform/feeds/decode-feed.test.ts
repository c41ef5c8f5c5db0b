import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from './decode-feed';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('decodeFeedBytes', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeFeedBytes(bytes('<rss>café</rss>'))).toBe('<rss>café</rss>');
    expect(decodeFeedBytes(bytes([0xef, 0xbb, 0xbf], '<rss/>'))).toBe('<rss/>');
  });

  it('follows the XML declaration', () => {
    expect(decodeFeedBytes(bytes('<?xml version="1.0" encoding="iso-8859-1"?><t>caf', [0xe9], '</t>'))).toBe('<?xml version="1.0" encoding="iso-8859-1"?><t>café</t>');
  });

  it('lets an HTTP charset override the declaration', () => {
    expect(decodeFeedBytes(bytes('<?xml version="1.0" encoding="utf-8"?><t>', [0xe9], '</t>'), 'windows-1252')).toContain('<t>é</t>');
  });

  it('reads UTF-16 by its BOM', () => {
    const le = [0xff, 0xfe, ...[...'<a/>'].flatMap((c) => [c.charCodeAt(0), 0])];
    expect(decodeFeedBytes(new Uint8Array(le))).toBe('<a/>');
  });

  it('falls back to windows-1252 for bytes that are not UTF-8, and ignores unknown labels', () => {
    expect(decodeFeedBytes(bytes('<t>caf', [0xe9], '</t>'))).toBe('<t>café</t>');
    expect(decodeFeedBytes(bytes('<?xml version="1.0" encoding="x-nonsense"?><t/>'))).toBe('<?xml version="1.0" encoding="x-nonsense"?><t/>');
  });
});
