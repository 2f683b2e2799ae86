// The words just before a position, read backwards by whitespace: a cheap
// necessary condition to test before an end-anchored regular expression
// (`...\s+$`), which otherwise tries every start position in its window.

import { isSpace } from './chars';

/** True when whitespace comes right before `end` (what `\s+$` or `\s$` needs). */
export function spaceBefore(text: string, end: number, lo: number): boolean {
  return end > lo && isSpace(text.charCodeAt(end - 1));
}

/** The word a token ends with, as `\b` sees words: "(from" -> "from", "vs." -> "vs". */
export function trailingWord(token: string | undefined): string {
  if (!token) return '';
  // /[a-z0-9_]*$/ by hand, after a final ".": no match array, and no slice for a token that is all word.
  const end = token.charCodeAt(token.length - 1) === 46 ? token.length - 1 : token.length;
  let i = end;
  while (i > 0 && isLowerWordChar(token.charCodeAt(i - 1))) i--;
  return i === 0 && end === token.length ? token : token.slice(i, end);
}

/** [a-z0-9_] */
function isLowerWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * The two whitespace-delimited tokens before a position, lower-cased, nearest first: read once
 * for the widest window a rule needs and served for narrower ones. A token cut by a window's
 * start comes back cut, as a slice of that window would hold it; none is sliced until asked for.
 */
export class TailWords {
  private text = '';
  private lo = 0;
  // Bounds of the nearest token (1) and the one before it (2); e < 0 when there is none.
  private s1 = 0;
  private e1 = -1;
  private s2 = 0;
  private e2 = -1;
  // Their lower-cased text for the widest window, made on first use.
  private w1: string | undefined;
  private w2: string | undefined;

  /** Reads the tokens ending before `end` and starting at or after `lo`, the widest window. */
  read(text: string, end: number, lo: number): this {
    this.text = text;
    this.lo = lo;
    this.w1 = this.w2 = undefined;
    this.e1 = this.e2 = -1;
    let i = end;
    for (let k = 1; k <= 2; k++) {
      while (i > lo && isSpace(text.charCodeAt(i - 1))) i--;
      if (i <= lo) break;
      const e = i;
      while (i > lo && !isSpace(text.charCodeAt(i - 1))) i--;
      if (k === 1) (this.s1 = i), (this.e1 = e);
      else (this.s2 = i), (this.e2 = e);
    }
    return this;
  }

  /**
   * Token `k` (1 nearest, 2 before it), lower-cased, within the window that starts at `from`
   * (at or after the one read); undefined when the window holds no such token.
   */
  word(k: 1 | 2, from: number = this.lo): string | undefined {
    from = Math.max(from, this.lo);
    // Past `from` a token is whole, cut or absent; a cut or absent first token leaves no second.
    if (k === 2 && this.s1 <= from) return undefined;
    const s = k === 1 ? this.s1 : this.s2;
    const e = k === 1 ? this.e1 : this.e2;
    if (e <= from) return undefined;
    if (s < from) return this.text.slice(from, e).toLowerCase();
    if (k === 1) return (this.w1 ??= this.text.slice(s, e).toLowerCase());
    return (this.w2 ??= this.text.slice(s, e).toLowerCase());
  }
}
