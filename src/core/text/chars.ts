// Unicode character classes by code point, for loops that would otherwise run a
// `\p{L}`-style regular expression over every word. Each BMP code point is
// classified once (by the same regular expressions) and remembered.

export const LETTER = 1;
export const LOWER = 2;
export const UPPER = 4;
export const DIGIT = 8;

const IS_LETTER = /^\p{L}$/u;
const IS_LOWER = /^\p{Ll}$/u;
const IS_UPPER = /^\p{Lu}$/u;
const IS_DIGIT = /^\p{N}$/u;

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (IS_LETTER.test(ch) ? LETTER : 0) | (IS_LOWER.test(ch) ? LOWER : 0) | (IS_UPPER.test(ch) ? UPPER : 0) | (IS_DIGIT.test(ch) ? DIGIT : 0);
}

/** Flags for the BMP, filled on first use; bit 7 marks "known". */
const bmp = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) bmp[c] = 0x80 | classify(c);

/** LETTER | LOWER | UPPER | DIGIT flags of a code point. */
export function classOf(cp: number): number {
  if (cp < 0x10000) {
    const k = bmp[cp];
    if (k !== 0) return k & 0x7f;
    const c = classify(cp);
    bmp[cp] = 0x80 | c;
    return c;
  }
  return classify(cp);
}

/** The code point that ends just before `i`, or -1 at the start. */
export function codePointBefore(s: string, i: number): number {
  if (i <= 0) return -1;
  const lo = s.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return ((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}
