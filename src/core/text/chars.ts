// Character tests for the hot scans, so they read char codes instead of running a
// regular expression per character or slicing a substring per word:
// - JavaScript's `\s`, ASCII letters and `\w`;
// - Unicode classes (letter, lower, upper, digit, space) by code point, each BMP code
//   point classified once by the same regular expressions and remembered;
// - WordTrie, a set of lower-case words looked up on the text in place.

/** The characters of JavaScript's `\s` (and of String.prototype.trim). */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** [A-Za-z] */
export function isAsciiLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}

/** `\w` of a regex without the u flag: [A-Za-z0-9_]. */
export function isAsciiWordChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * A set of lower-case ASCII words, each with flag bits, looked up on a stretch of text
 * without slicing it. A trie over a-z; node 0 is the root.
 */
export class WordTrie {
  // Node n's children sit at next[n * 26 .. n * 26 + 25] (0: none; node 0, the root, is never a
  // child). Typed arrays grown by doubling: the tries are built while the bundle loads, in the
  // interpreter, where pushing 26 zeros per node cost a short check some 10 ms.
  private next = new Int32Array(26 * 64);
  private flags = new Int32Array(64);
  private nodes = 1;

  /** Adds `word` with `flag`. Only a-z: the lookups read runs of ASCII letters, and a prefilter must not miss a word. */
  add(word: string, flag: number): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i) - 97;
      if (c < 0 || c > 25) throw new Error(`WordTrie: not a lower-case ASCII word: ${word}`);
      const k = node * 26 + c;
      if (this.next[k] === 0) {
        if (this.nodes === this.flags.length) this.grow();
        this.next[k] = this.nodes++;
      }
      node = this.next[k];
    }
    if (node === 0) throw new Error('WordTrie: not a lower-case ASCII word: (empty)');
    this.flags[node] |= flag;
  }

  private grow(): void {
    const flags = new Int32Array(this.flags.length * 2);
    flags.set(this.flags);
    const next = new Int32Array(flags.length * 26);
    next.set(this.next);
    this.flags = flags;
    this.next = next;
  }

  /**
   * The flags of the word t[start, end) (ASCII letters), 0 if it is not in the set.
   * With `fold` upper-case letters count as lower case; without, a word with one never matches.
   */
  lookup(t: string, start: number, end: number, fold: boolean): number {
    let node = 0;
    for (let i = start; i < end; i++) {
      const c = (fold ? t.charCodeAt(i) | 32 : t.charCodeAt(i)) - 97;
      if (c < 0 || c > 25) return 0;
      node = this.next[node * 26 + c];
      if (node === 0) return 0;
    }
    return this.flags[node];
  }
}

export const LETTER = 1;
export const LOWER = 2;
export const UPPER = 4;
export const DIGIT = 8;
export const SPACE = 16;

const IS_LETTER = /^\p{L}$/u;
const IS_LOWER = /^\p{Ll}$/u;
const IS_UPPER = /^\p{Lu}$/u;
const IS_DIGIT = /^\p{N}$/u;
const IS_SPACE = /^\s$/u;

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (IS_LETTER.test(ch) ? LETTER : 0) | (IS_LOWER.test(ch) ? LOWER : 0) | (IS_UPPER.test(ch) ? UPPER : 0) | (IS_DIGIT.test(ch) ? DIGIT : 0) | (IS_SPACE.test(ch) ? SPACE : 0);
}

/** Flags for the BMP, filled on first use; bit 7 marks "known". */
const bmp = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) bmp[c] = 0x80 | classify(c);

/** LETTER | LOWER | UPPER | DIGIT | SPACE flags of a code point. */
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
