import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from './html-to-text';

describe('htmlToText', () => {
  it('keeps paragraphs as sentence breaks and drops inline tags', () => {
    expect(htmlToText('<p>First <b>bold</b> line</p><p>Second&nbsp;line</p>')).toBe('First bold line\n\nSecond line');
  });

  it('removes scripts, styles and comments with their content', () => {
    expect(htmlToText('<p>Safe</p><script>alert(1)</script><style>p{}</style><!-- x -->text')).toBe('Safe\n\ntext');
  });

  it('returns markup-looking entities as inert text', () => {
    expect(htmlToText('&lt;img src=x onerror=alert(1)&gt;')).toBe('<img src=x onerror=alert(1)>');
  });

  it('decodes named, decimal and hex references and keeps unknown ones', () => {
    expect(decodeEntities('Tom &amp; Jerry &#8217;s &#x1F600; &bogus; &#xD800;')).toBe('Tom & Jerry ’s 😀 &bogus; \uFFFD');
    // Names an object inherits are no character references.
    expect(decodeEntities('&constructor; &toString; &__proto__;')).toBe('&constructor; &toString; &__proto__;');
  });

  it('joins inline markup the way a browser renders it: no space where the source had none', () => {
    expect(htmlToText('Read <a href="javascript:alert(1)">more</a>.<img src="x.png" onerror="alert(2)"> Done')).toBe('Read more. Done');
    expect(htmlToText('<p>Chip<b>maker</b> news</p><p>Second</p>')).toBe('Chipmaker news\n\nSecond');
  });
});
