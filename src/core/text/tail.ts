// The words just before a position, read backwards by whitespace: a cheap
// necessary condition to test before an end-anchored regular expression
// (`...\s+$`), which otherwise tries every start position in its window.

import { isSpace } from './chars';

/**
 * Up to `n` whitespace-delimited tokens that end before `end` and start at or after `lo`,
 * lower-cased, nearest first. A token cut by `lo` is returned cut, as a window slice would be.
 */
export function tokensBefore(text: string, end: number, lo: number, n: number): string[] {
  const out: string[] = [];
  let i = end;
  while (out.length < n) {
    while (i > lo && isSpace(text.charCodeAt(i - 1))) i--;
    if (i <= lo) break;
    const e = i;
    while (i > lo && !isSpace(text.charCodeAt(i - 1))) i--;
    out.push(text.slice(i, e).toLowerCase());
  }
  return out;
}

/** True when whitespace comes right before `end` (what `\s+$` or `\s$` needs). */
export function spaceBefore(text: string, end: number, lo: number): boolean {
  return end > lo && isSpace(text.charCodeAt(end - 1));
}

/** The word a token ends with, as `\b` sees words: "(from" -> "from", "vs." -> "vs". */
export function trailingWord(token: string | undefined): string {
  if (!token) return '';
  const t = token.endsWith('.') ? token.slice(0, -1) : token;
  return /[a-z0-9_]*$/.exec(t)![0];
}
