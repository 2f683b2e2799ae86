// Word-level facts of a prose block, in one character loop each instead of a
// Unicode regular expression over the whole block.

import { classOf, codePointBefore, DIGIT, LETTER, LOWER } from './chars';

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;

/** Width in UTF-16 units of a code point. */
const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/**
 * Lower-case words: a lower-case letter not preceded by a letter, then lower-case letters,
 * apostrophes and hyphens (what `/(?<!\p{L})\p{Ll}[\p{Ll}'\u2019-]*\/gu` matches), each once.
 */
export function lowerCaseWords(s: string, out: Set<string>): void {
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    const w = width(cp);
    if (cp < 0x41 || !(classOf(cp) & LOWER) || classOf(codePointBefore(s, i)) & LETTER) {
      i += w;
      continue;
    }
    const start = i;
    i += w;
    while (i < s.length) {
      const c = s.codePointAt(i)!;
      if (c === APOSTROPHE || c === RIGHT_QUOTE || c === HYPHEN || (c >= 0x61 && classOf(c) & LOWER)) i += width(c);
      else break;
    }
    out.add(s.slice(start, i));
  }
}

const isAlnum = (cp: number) => cp >= 0x30 && (classOf(cp) & (LETTER | DIGIT)) !== 0;

/**
 * Prose words: runs of letters and digits joined by single apostrophes, periods, commas or
 * hyphens ("U.S.", "40,000", "don't" are one word each), as `[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*`.
 */
export function countWords(s: string): number {
  let n = 0;
  let i = 0;
  while (i < s.length) {
    let cp = s.codePointAt(i)!;
    if (!isAlnum(cp)) {
      i += width(cp);
      continue;
    }
    n++;
    // One word: alnum runs joined by single joiners.
    for (;;) {
      while (i < s.length && isAlnum((cp = s.codePointAt(i)!))) i += width(cp);
      if (i + 1 >= s.length) break;
      const j = s.charCodeAt(i);
      if (j !== APOSTROPHE && j !== RIGHT_QUOTE && j !== 0x2e && j !== 0x2c && j !== HYPHEN) break;
      if (!isAlnum(s.codePointAt(i + 1)!)) break;
      i++;
    }
  }
  return n;
}
