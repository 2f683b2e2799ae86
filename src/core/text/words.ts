// Word-level facts of a prose block, in one character loop instead of a Unicode regular
// expression (or a loop) per fact over the whole block.

import { classOf, DIGIT, isAsciiWordChar, isSpace, LETTER, LOWER } from './chars';

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;

/** Width in UTF-16 units of a code point. */
const width = (cp: number) => (cp > 0xffff ? 2 : 1);

const isAlnum = (cp: number) => cp >= 0x30 && (classOf(cp) & (LETTER | DIGIT)) !== 0;

/** End of the lower-case word starting at `i`: lower-case letters, apostrophes and hyphens. */
function lowerWordEnd(s: string, i: number): number {
  while (i < s.length) {
    const c = s.codePointAt(i)!;
    if (c === APOSTROPHE || c === RIGHT_QUOTE || c === HYPHEN || (c >= 0x61 && classOf(c) & LOWER)) i += width(c);
    else break;
  }
  return i;
}

/**
 * Counts the prose words of `s` and adds its lower-case words to `lower`, in one pass.
 *
 * Prose words: runs of letters and digits joined by single apostrophes, periods, commas or
 * hyphens ("U.S.", "40,000", "don't" are one word each), as `[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*`.
 *
 * Lower-case words: a lower-case letter not preceded by a letter, then lower-case letters,
 * apostrophes and hyphens (what `/(?<!\p{L})\p{Ll}[\p{Ll}'\u2019-]*\/gu` matches). Every
 * lower-case letter lies in a prose word, so the prose word loop meets each one.
 */
export function readWords(s: string, lower: Set<string>): number {
  let n = 0;
  let i = 0;
  // Where the last lower-case word ended: one may run on over a doubled hyphen past its prose word.
  let lowerEnd = 0;
  while (i < s.length) {
    let cp = s.codePointAt(i)!;
    if (!isAlnum(cp)) {
      i += width(cp);
      continue;
    }
    n++;
    // One word: alnum runs joined by single joiners. What precedes a run is no letter.
    for (;;) {
      let afterLetter = false;
      while (i < s.length) {
        cp = s.codePointAt(i)!;
        const k = cp >= 0x30 ? classOf(cp) : 0;
        if ((k & (LETTER | DIGIT)) === 0) break;
        if (k & LOWER && !afterLetter && i >= lowerEnd) {
          lowerEnd = lowerWordEnd(s, i + width(cp));
          lower.add(s.slice(i, lowerEnd));
        }
        afterLetter = (k & LETTER) !== 0;
        i += width(cp);
      }
      if (i + 1 >= s.length) break;
      const j = s.charCodeAt(i);
      if (j !== APOSTROPHE && j !== RIGHT_QUOTE && j !== 0x2e && j !== 0x2c && j !== HYPHEN) break;
      if (!isAlnum(s.codePointAt(i + 1)!)) break;
      i++;
    }
  }
  return n;
}

const DETERMINERS = ['the', 'its', 'their', 'this', 'that'];

/** What `/\b(?:the|its|their|this|that)\s+$/i` says of the 8 characters before `at`, without slicing them. */
export function afterDeterminer(text: string, at: number): boolean {
  const lo = Math.max(0, at - 8);
  let p = at;
  while (p > lo && isSpace(text.charCodeAt(p - 1))) p--;
  if (p === at) return false;
  for (const w of DETERMINERS) {
    const a = p - w.length;
    // \b: the window's start counts as one, as the slice the expression read began there.
    if (a < lo || (a > lo && isAsciiWordChar(text.charCodeAt(a - 1)))) continue;
    let k = 0;
    while (k < w.length && (text.charCodeAt(a + k) | 32) === w.charCodeAt(k)) k++;
    if (k === w.length) return true;
  }
  return false;
}
