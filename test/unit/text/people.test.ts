// editDistance must give natural's DamerauLevenshteinDistance, quirks included: similarNames
// was tuned on that function's answers.
import * as assert from 'node:assert/strict';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';
import { buildContext } from '../../../src/core/analyze';
import { editDistance, similarNames } from '../../../src/core/text/people';

describe('editDistance', () => {
  it('counts a substitution, an insertion and a deletion as one each', () => {
    assert.equal(editDistance('brannigan', 'brannagan'), 1);
    assert.equal(editDistance('okonkwo', 'okonkwoa'), 1);
    assert.equal(editDistance('milley', 'milly'), 1);
  });

  it('counts a swap of neighbours as one', () => {
    assert.equal(editDistance('okonkwo', 'okonkow'), 1);
  });

  it('counts every letter against an empty name', () => {
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('abc', ''), 3);
  });

  it('lets a doubled letter cost nothing, as natural does', () => {
    assert.equal(editDistance('xa', 'xaa'), 0);
    assert.equal(editDistance('abc', 'abcccc'), 2);
  });

  it('is not symmetric, as natural is not', () => {
    assert.equal(editDistance('zelensky', 'zelenskyy'), 0);
    assert.equal(editDistance('zelenskyy', 'zelensky'), 1);
  });

  it('grows its table for names longer than any before', () => {
    assert.equal(editDistance('a'.repeat(300), 'b'.repeat(290)), 300);
    assert.equal(editDistance('ab', 'ba'), 1);
  });

  it('agrees with natural on 5,000 random pairs', () => {
    const letters = ['a', 'b', 'c', 'l', 'y', 'é', "'", '-', '\ud83d\ude00'];
    let seed = 7;
    const r = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = () => Array.from({ length: Math.floor(r() * 9) }, () => letters[Math.floor(r() * letters.length)]).join('');
    for (let n = 0; n < 5000; n++) {
      const a = word();
      const b = r() < 0.5 ? a.slice(0, -1) + word().slice(0, 2) : word();
      assert.equal(editDistance(a, b), DamerauLevenshteinDistance(a, b), JSON.stringify([a, b]));
    }
  });
});

describe('similarNames', () => {
  it('compares spellings of one surname', () => {
    assert.equal(similarNames('Milley', 'Milly'), true);
    assert.equal(similarNames('Milley', 'Brannigan'), false);
  });

  it('does not compare words longer than any name (their cost is the product of the lengths)', () => {
    // "Milley" and "Milly" with the l drawn out: 64 letters is the longest compared.
    const pair = (ls: number) => ['Mi' + 'l'.repeat(ls) + 'ey', 'Mi' + 'l'.repeat(ls) + 'y'];
    assert.equal(similarNames(...(pair(60) as [string, string])), true);
    assert.equal(similarNames(...(pair(61) as [string, string])), false);
    assert.equal(similarNames(...(pair(20000) as [string, string])), false);
  });
});

describe('findPeople', () => {
  const unresolved = (text: string) => buildContext(text).people.unresolved.map((m) => m.text);

  it('takes a capitalized word with a verb of saying for a person', () => {
    assert.deepEqual(unresolved('Marbury said the vote was close.'), ['Marbury']);
  });

  it('takes no word the story also writes in lower case for a person', () => {
    assert.deepEqual(unresolved('Marbury said the vote was close. A marbury is a cake.'), []);
  });

  it('hears a verb of saying after the name in any case', () => {
    assert.deepEqual(unresolved('Marbury SAID the vote was close.'), ['Marbury']);
  });

  it('hears a verb of saying before the name in any case', () => {
    assert.deepEqual(unresolved('The vote was close, ACCORDING TO Marbury.'), ['Marbury']);
  });

  it('hears no verb of saying in a longer word', () => {
    assert.deepEqual(unresolved('Marbury saidx the vote was close.'), []);
  });

  it('takes no title for a person', () => {
    assert.deepEqual(unresolved('Sheriff said the vote was close.'), []);
  });
});
