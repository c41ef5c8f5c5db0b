// Makes Node decode windows-1252 as browsers do, for feed tests and evaluations: Node 20.18.3 and later read it (and
// iso-8859-1, latin1, ascii…) as ISO-8859-1, bytes 0x80–0x9F becoming C1 controls (nodejs/node#56542, #60888).

/** What the Encoding Standard maps bytes 0x80–0x9F to in windows-1252 (five are undefined and stay C1 controls). */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export const runtimeDecodesWindows1252Wrongly = () => new TextDecoder('windows-1252').decode(Uint8Array.of(0x92)) !== '\u2019';

/** Makes the global TextDecoder follow the standard for windows-1252 where this runtime does not; returns the undo. */
export function decodeWindows1252AsBrowsersDo(): () => void {
  if (!runtimeDecodesWindows1252Wrongly()) return () => {};
  const Native = globalThis.TextDecoder;
  class StandardTextDecoder extends Native {
    override decode(input?: AllowSharedBufferSource, options?: TextDecodeOptions): string {
      const text = super.decode(input, options);
      // In ISO-8859-1 each byte 0x80–0x9F became the code point of the same number, and nothing else did.
      return this.encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => HIGH[c.charCodeAt(0) - 0x80]) : text;
    }
  }
  globalThis.TextDecoder = StandardTextDecoder;
  return () => {
    globalThis.TextDecoder = Native;
  };
}
