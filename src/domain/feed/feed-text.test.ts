import { describe, expect, it } from 'vitest';
import { doctypeEntityProblem, sniffFeedSyntax, xmlRootName } from './feed-text';

describe('sniffFeedSyntax', () => {
  it.each([
    ['{"a":1}', 'json'], ['\uFEFF  [1]', 'json'], ['<rss/>', 'xml'], ['\n\t<?xml?>', 'xml'], ['', 'empty'], [' \n ', 'empty'], ['hello', 'other'],
  ])('%j → %s', (text, syntax) => expect(sniffFeedSyntax(text)).toBe(syntax));
});

describe('xmlRootName', () => {
  it.each([
    ['<?xml version="1.0"?>\n<!-- c --><rss version="2.0">', 'rss'],
    ['<feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['<rdf:RDF xmlns:rdf="x">', 'rdf'],
    ['<!DOCTYPE html><html>', 'html'],
    ['<!DOCTYPE rss [ <!ELEMENT rss ANY> ]>\n<?pi x?><RSS>', 'rss'],
    ['<opml version="2.0">', 'opml'],
    ['<!-- never closed', ''],
    ['text', ''],
  ])('%j → %j', (text, root) => expect(xmlRootName(text)).toBe(root));
});

describe('doctypeEntityProblem', () => {
  it('flags entity declarations in the DOCTYPE', () => {
    expect(doctypeEntityProblem('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>')).toMatch(/entities/);
    expect(doctypeEntityProblem('<!-- c --><!DOCTYPE x [\n<!entity % p SYSTEM "http://e/">\n%p;]><x/>')).toMatch(/entities/);
    expect(doctypeEntityProblem('<!DOCTYPE x [<!ENTITY a "b">')).toMatch(/entities/); // unterminated
  });

  it('lets other DOCTYPEs and look-alikes in the content through', () => {
    expect(doctypeEntityProblem('<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://x/rss-0.91.dtd"><rss/>')).toBeNull();
    expect(doctypeEntityProblem('<!DOCTYPE x [<!ELEMENT x ANY>]><x/>')).toBeNull();
    expect(doctypeEntityProblem('<rss><item><description><![CDATA[<!DOCTYPE x [<!ENTITY a "b">]>]]></description></item></rss>')).toBeNull();
    expect(doctypeEntityProblem('')).toBeNull();
  });

  it('is quick on a prolog that never ends', () => {
    const start = performance.now();
    doctypeEntityProblem(`<!DOCTYPE x [${'<!-- '.repeat(200_000)}`);
    doctypeEntityProblem('<?a?>'.repeat(200_000));
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
