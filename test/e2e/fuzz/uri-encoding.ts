/** A lone surrogate: with the `u` flag a proper pair is one code point, which the range misses. */
const LONE_SURROGATE = /([\ud800-\udfff])/u;

/**
 * encodeURIComponent, except that a lone surrogate (which it refuses with a URIError) is sent
 * as the three bytes it would take in WTF-8: invalid UTF-8, which the server must refuse.
 */
export function encodeComponent(text: string): string {
  return text
    .split(LONE_SURROGATE)
    .map((part, i) => {
      if (i % 2 === 0) return encodeURIComponent(part);
      const code = part.charCodeAt(0);
      return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
    })
    .join('');
}
