// The character loops in words.ts must match the regular expressions they replace.
import * as assert from 'node:assert/strict';
import { afterDeterminer, readWords } from '../../../src/core/text/words';

const LOWER_RE = /(?<![\p{L}])\p{Ll}[\p{Ll}'\u2019-]*/gu;
const WORD_RE = /[\p{L}\p{N}]+(?:['\u2019.,-][\p{L}\p{N}]+)*/gu;
const DETERMINER_RE = /\b(?:the|its|their|this|that)\s+$/i;

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

describe('afterDeterminer', () => {
  // [behaviour, text, offset of the figure, answer]
  const cases: Array<[string, string, number, boolean]> = [
    ['is true after "the" and a space', 'the $4', 4, true],
    ['ignores case', 'Its 40', 4, true],
    ['needs white space before the figure', 'the$4', 3, false],
    ['is false when the determiner ends a longer word ("bathe")', 'bathe 4', 6, false],
    ['reads only the 8 characters before the figure, so a longer word cut there counts', 'bathe     4', 10, true],
    ['is false when the white space fills the 8 characters', 'the         4', 12, false],
  ];
  for (const [behaviour, text, at, want] of cases) {
    it(behaviour, () => {
      assert.equal(afterDeterminer(text, at), want);
    });
  }

  it('agrees with the regular expression on 20,000 random strings', () => {
    const parts = ['the', 'The', 'their', 'THIS', 'that', 'its', 'x', '_', '1', 'é', ' ', '\t', '\n', '\u00a0', '$', 'ſ'];
    let seed = 11;
    const r = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let t = 0; t < 20000; t++) {
      let s = '';
      for (let n = Math.floor(r() * 6); n > 0; n--) s += parts[Math.floor(r() * parts.length)];
      const at = Math.floor(r() * (s.length + 1));
      assert.equal(afterDeterminer(s, at), DETERMINER_RE.test(s.slice(Math.max(0, at - 8), at)), JSON.stringify([s, at]));
    }
  });
});
