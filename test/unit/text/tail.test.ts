// The words before a position, which the rules read before running end-anchored patterns.
import * as assert from 'node:assert/strict';
import { spaceBefore, TailWords, trailingWord } from '../../../src/core/text/tail';

/** What a window slice holds: its last two whitespace-delimited tokens, lower-cased, nearest first. */
function bySlice(text: string, end: number, from: number): Array<string | undefined> {
  const tokens = text.slice(from, end).split(/\s+/).filter((t) => t !== '').map((t) => t.toLowerCase());
  return [tokens[tokens.length - 1], tokens[tokens.length - 2]];
}

describe('tail', () => {
  it('reads the two words before a figure, lower-cased, nearest first', () => {
    const text = 'Police said The Toll rose by 40 percent';
    const at = text.indexOf('40');
    const tail = new TailWords().read(text, at, 0);
    assert.equal(tail.word(1), 'by');
    assert.equal(tail.word(2), 'rose');
  });

  it('gives a word cut by a narrower window cut, and nothing before it', () => {
    const text = 'the district said 8,540';
    const at = text.indexOf('8,540');
    const tail = new TailWords().read(text, at, 0);
    const from = text.indexOf('aid');
    assert.equal(tail.word(1, from), 'aid');
    assert.equal(tail.word(2, from), undefined);
    assert.equal(tail.word(1, at), undefined);
  });

  it('agrees with slicing the window on 20,000 random strings and windows', () => {
    const parts = ['a', 'B', 'the', 'Its', ' ', '  ', '\n', '\u00a0', '\u3000', '.', 'vs.', '(from', 'é', '𝐀'];
    let seed = 5;
    const r = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const tail = new TailWords();
    for (let n = 0; n < 20000; n++) {
      let text = '';
      for (let k = Math.floor(r() * 10); k > 0; k--) text += parts[Math.floor(r() * parts.length)];
      const end = Math.floor(r() * (text.length + 1));
      const lo = Math.floor(r() * (end + 1));
      const from = lo + Math.floor(r() * (end - lo + 1));
      tail.read(text, end, lo);
      assert.deepEqual([tail.word(1, from), tail.word(2, from)], bySlice(text, end, from), JSON.stringify([text, end, lo, from]));
    }
  });

  it('finds the word a token ends with as \\b sees it, and white space before a position', () => {
    assert.equal(trailingWord('(from'), 'from');
    assert.equal(trailingWord('vs.'), 'vs');
    assert.equal(trailingWord('up'), 'up');
    assert.equal(trailingWord(undefined), '');
    assert.equal(spaceBefore('rose 40', 5, 0), true);
    assert.equal(spaceBefore('rose 40', 5, 5), false);
    assert.equal(spaceBefore('rose40', 4, 0), false);
  });
});
