// Character tests by code unit and a word set read off the text in place, for the hot
// scans of the attribution stage: no regex call, no substring per word.

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
  private next: number[] = new Array<number>(26).fill(0);
  private flags: number[] = [0];

  /** Adds `word` with `flag`. Only a-z: the lookups read runs of ASCII letters, and a prefilter must not miss a word. */
  add(word: string, flag: number): void {
    if (!/^[a-z]+$/.test(word)) throw new Error(`WordTrie: not a lower-case ASCII word: ${word}`);
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const k = node * 26 + word.charCodeAt(i) - 97;
      if (this.next[k] === 0) {
        this.next[k] = this.flags.length;
        this.flags.push(0);
        for (let j = 0; j < 26; j++) this.next.push(0);
      }
      node = this.next[k];
    }
    this.flags[node] |= flag;
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
