// The character loops in words.ts must match the regular expressions they replace.
import * as assert from 'node:assert/strict';
import { countWords, lowerCaseWords } from '../../../src/core/text/words';

const LOWER_RE = /(?<![\p{L}])\p{Ll}[\p{Ll}'\u2019-]*/gu;
const WORD_RE = /[\p{L}\p{N}]+(?:['\u2019.,-][\p{L}\p{N}]+)*/gu;

function lower(s: string): string[] {
  const out = new Set<string>();
  lowerCaseWords(s, out);
  return [...out];
}

describe('words', () => {
  it('counts "U.S.", "40,000" and "don\'t" as one word each', () => {
    assert.equal(countWords("The U.S. sent 40,000 troops, don't forget."), 7);
  });

  it('does not join across a doubled joiner or a trailing one', () => {
    assert.equal(countWords('well--known 12,, end.'), 4);
  });

  it('takes lower-case words once each, not the tail of a capitalized one (an apostrophe starts a new one)', () => {
    assert.deepEqual(lower('The mayor said the x-ray of McCain’s arm was fine'), ['mayor', 'said', 'the', 'x-ray', 'of', 's', 'arm', 'was', 'fine']);
  });

  it('reads letters outside the BMP and accented letters as letters', () => {
    assert.deepEqual(lower('é𝑎b Éa 𝐀b'), ['é𝑎b']);
    assert.equal(countWords('é𝑎b Éa 𝐀b ٣٤'), 4);
  });

  it('agrees with the regular expressions on 20,000 random strings', () => {
    const alphabet = ['a', 'b', 'Z', 'é', 'É', 'ß', '1', '٣', '²', "'", '’', '-', '.', ',', ' ', '\n', '𝑎', '𝐀', '😀', 'ǅ', 'ʰ', '_'];
    let seed = 7;
    const r = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let t = 0; t < 20000; t++) {
      let s = '';
      for (let n = Math.floor(r() * 16); n > 0; n--) s += alphabet[Math.floor(r() * alphabet.length)];
      assert.deepEqual(lower(s), [...new Set([...s.matchAll(LOWER_RE)].map((m) => m[0]))], JSON.stringify(s));
      assert.equal(countWords(s), [...s.matchAll(WORD_RE)].length, JSON.stringify(s));
    }
  });
});
