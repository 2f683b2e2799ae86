// The character loops in words.ts must match the regular expressions they replace.
import * as assert from 'node:assert/strict';
import { readWords } from '../../../src/core/text/words';

const LOWER_RE = /(?<![\p{L}])\p{Ll}[\p{Ll}'\u2019-]*/gu;
const WORD_RE = /[\p{L}\p{N}]+(?:['\u2019.,-][\p{L}\p{N}]+)*/gu;

/** readWords' two answers: the prose word count and the lower-case words in order. */
function read(s: string): [number, string[]] {
  const out = new Set<string>();
  const n = readWords(s, out);
  return [n, [...out]];
}

describe('words', () => {
  it('counts "U.S.", "40,000" and "don\'t" as one word each', () => {
    assert.equal(read("The U.S. sent 40,000 troops, don't forget.")[0], 7);
  });

  it('does not join across a doubled joiner or a trailing one', () => {
    assert.equal(read('well--known 12,, end.')[0], 4);
  });

  it('takes lower-case words once each, not the tail of a capitalized one (an apostrophe starts a new one)', () => {
    assert.deepEqual(read('The mayor said the x-ray of McCain’s arm was fine')[1], ['mayor', 'said', 'the', 'x-ray', 'of', 's', 'arm', 'was', 'fine']);
  });

  it('runs a lower-case word on over a doubled hyphen that splits the prose words', () => {
    assert.deepEqual(read('well--known'), [2, ['well--known']]);
  });

  it('starts a lower-case word after a digit', () => {
    assert.deepEqual(read('3rd'), [1, ['rd']]);
  });

  it('adds to the set it is given, keeping what is there', () => {
    const out = new Set(['x']);
    readWords('a b a', out);
    assert.deepEqual([...out], ['x', 'a', 'b']);
  });

  it('reads letters outside the BMP and accented letters as letters', () => {
    assert.deepEqual(read('é𝑎b Éa 𝐀b ٣٤'), [4, ['é𝑎b']]);
  });

  it('agrees with the regular expressions on 20,000 random strings', () => {
    const alphabet = ['a', 'b', 'Z', 'é', 'É', 'ß', '1', '٣', '²', "'", '’', '-', '.', ',', ' ', '\n', '𝑎', '𝐀', '😀', 'ǅ', 'ʰ', '_'];
    let seed = 7;
    const r = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let t = 0; t < 20000; t++) {
      let s = '';
      for (let n = Math.floor(r() * 16); n > 0; n--) s += alphabet[Math.floor(r() * alphabet.length)];
      assert.deepEqual(read(s), [[...s.matchAll(WORD_RE)].length, [...new Set([...s.matchAll(LOWER_RE)].map((m) => m[0]))]], JSON.stringify(s));
    }
  });
});
