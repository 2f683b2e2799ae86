import * as assert from 'node:assert/strict';
import { WordTrie } from '../../../src/core/text/chars';

describe('WordTrie', () => {
  it('gives the flags of whole words only, in place, folding case only when asked', () => {
    const t = new WordTrie();
    t.add('said', 1);
    t.add('says', 2);
    t.add('said', 4);
    const s = 'He SAID, she says; sai saids';
    assert.equal(t.lookup(s, 3, 7, true), 5);
    assert.equal(t.lookup(s, 3, 7, false), 0);
    assert.equal(t.lookup(s, 13, 17, false), 2);
    assert.equal(t.lookup(s, 19, 22, false), 0, 'a prefix of a word is not the word');
    assert.equal(t.lookup(s, 23, 28, false), 0, 'nor is a longer word');
    assert.equal(t.lookup(s, 7, 8, true), 0, 'a comma is no letter');
  });

  it('keeps every word when it grows far past its first size', () => {
    const t = new WordTrie();
    const words: string[] = [];
    for (let i = 0; i < 3000; i++) {
      let w = '';
      for (let n = i + 1; n > 0; n = Math.floor(n / 26)) w += String.fromCharCode(97 + (n % 26));
      words.push(`${w}x${w}`);
    }
    words.forEach((w, i) => t.add(w, (i % 7) + 1));
    words.forEach((w, i) => assert.equal(t.lookup(w, 0, w.length, false), (i % 7) + 1, w));
    assert.equal(t.lookup('zzzzzzzz', 0, 8, false), 0);
  });

  it('refuses words it could never find', () => {
    const t = new WordTrie();
    for (const w of ['Said', 'km/h', 'café', '']) assert.throws(() => t.add(w, 1), /not a lower-case ASCII word/);
  });
});
