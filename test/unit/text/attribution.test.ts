// The attribution cue of one sentence, read word by word.
import * as assert from 'node:assert/strict';
import { attributeSentences, cueOf, findQuotes } from '../../../src/core/text/attribution';
import type { ProseBlock } from '../../../src/core/markdown/scan';
import type { PeopleIndex } from '../../../src/core/text/people';
import type { Sentence } from '../../../src/core/text/sentences';

const nobody: PeopleIndex = { people: [], mentions: [], unresolved: [], bySurname: new Map(), companies: new Set() };
/** A sentence at offset 10 of its story; cueOf reads only its text and start. */
const at10 = (text: string) => ({ text, start: 10, end: 10 + text.length }) as Sentence;

describe('attribution: cueOf', () => {
  it('takes the first cue that counts and reads no owned figures after it', () => {
    assert.deepEqual(cueOf(at10('Officials said the Pentagon estimate was 40.'), nobody, []), {
      cue: true,
      source: { name: 'Officials', start: 10, end: 19 },
      inherited: false,
    });
  });

  it('reads owned figures after a cue word ruled out by its article', () => {
    assert.deepEqual(cueOf(at10('An estimated 40 people fled, Pentagon data put it.'), nobody, []), {
      cue: true,
      source: { name: 'Pentagon', start: 39, end: 47 },
      inherited: false,
    });
  });

  it('reads an owner of four words, "\u2019s" and "own" before the figures', () => {
    assert.deepEqual(cueOf(at10('Then the New York Health Department\u2019s own data put it at 40.'), nobody, []).source, {
      name: 'New York Health Department',
      start: 19,
      end: 45,
    });
  });

  it('reads an owner of at most four words before the figures', () => {
    assert.deepEqual(cueOf(at10('It put the toll at 40, a New York City Health Department count.'), nobody, []).source, {
      name: 'York City Health Department',
      start: 39,
      end: 66,
    });
  });

  it('reads owned figures in a sentence whose cue words start no cue', () => {
    assert.deepEqual(cueOf(at10('The Health Ministry data put the toll at 40.'), nobody, []), {
      cue: true,
      source: { name: 'Health Ministry', start: 14, end: 29 },
      inherited: false,
    });
  });

  it('reads an upper-case passive cue and names its agent', () => {
    assert.deepEqual(cueOf(at10('The toll was ESTIMATED at 40 by insurers.'), nobody, []).source, { name: 'insurers', start: 42, end: 50 });
  });

  it('reads no cue at "early estimates"', () => {
    assert.deepEqual(cueOf(at10('Early estimates put the toll at 40.'), nobody, []), { cue: false, source: null, inherited: false });
  });

  it('reads "In a statement" as a cue', () => {
    assert.deepEqual(cueOf(at10('In a statement, the ministry put the toll at 40.'), nobody, []), { cue: true, source: null, inherited: false });
  });

  it('reads no cue at "In" before a word no cue phrase has second', () => {
    assert.deepEqual(cueOf(at10('In the capital, 40 died.'), nobody, []), { cue: false, source: null, inherited: false });
  });

  it('reads no cue at "In" before two spaces', () => {
    assert.deepEqual(cueOf(at10('In  a statement, the ministry put the toll at 40.'), nobody, []), { cue: false, source: null, inherited: false });
  });

  it('reads "according to" as a cue naming what follows', () => {
    assert.deepEqual(cueOf(at10('The toll was 40, according to the ministry.'), nobody, []).source, { name: 'ministry', start: 40, end: 52 });
  });

  it('names the speaker before a ", ... ," clause and "has"', () => {
    assert.deepEqual(cueOf(at10('Milley, the top general, has said 40 died.'), nobody, []).source, { name: 'Milley', start: 10, end: 16 });
  });

  it('names nobody before a clause followed by two words', () => {
    assert.equal(cueOf(at10('Milley, the top general, also then said 40 died.'), nobody, []).source, null);
  });

  it('names a noun source without its article', () => {
    assert.deepEqual(cueOf(at10('Then the county health department said 40 died.'), nobody, []).source, { name: 'county health department', start: 15, end: 43 });
  });

  it('names a hyphenated noun source', () => {
    assert.deepEqual(cueOf(at10('Then a co-founder said 40 died.'), nobody, []).source, { name: 'Then a co-founder', start: 10, end: 27 });
  });

  it('keeps a noun source that starts with "th" but no article', () => {
    assert.deepEqual(cueOf(at10('Then these officials said 40 died.'), nobody, []).source, { name: 'Then these officials', start: 10, end: 30 });
  });

  it('names a body of an article and three words before the cue', () => {
    assert.deepEqual(cueOf(at10('Then the local fire brigade said 40 died.'), nobody, []).source, { name: 'local fire brigade', start: 15, end: 37 });
  });

  it('names no body of an article and four words before the cue', () => {
    assert.equal(cueOf(at10('Then the big local fire brigade said 40 died.'), nobody, []).source, null);
  });
});

describe('attribution: findQuotes', () => {
  /** A block at offset 100 of its story; findQuotes reads only its text, start and end. */
  const at100 = (text: string) => ({ text, start: 100, end: 100 + text.length }) as ProseBlock;

  it('opens no quote at a straight quote after a digit', () => {
    assert.deepEqual(findQuotes(at100('He is 6" tall. "We will win," he said.')), [{ start: 115, end: 129, closed: true }]);
  });

  it('closes a curly quote at the curly mark, past straight ones inside it', () => {
    assert.deepEqual(findQuotes(at100('\u201cWe said "no" to them,\u201d she said.')), [{ start: 100, end: 123, closed: true }]);
  });

  it('runs an unclosed quote to the end of its block', () => {
    assert.deepEqual(findQuotes(at100('She said: \u201cWe will not leave this town')), [{ start: 110, end: 138, closed: false }]);
  });
});

describe('attribution: "Source:" lines', () => {
  /** A story of one block holding one sentence. */
  const lone = (text: string): Sentence[] => {
    const block = { text, start: 0, end: text.length, index: 0, table: -1, list: -1 } as ProseBlock;
    return [{ text, start: 0, end: text.length, block, index: 0, indexInBlock: 0 } as Sentence];
  };

  it('reads a "Source:" line as attributing itself', () => {
    assert.deepEqual(attributeSentences(lone('Source: Census Bureau.'), nobody, []), [{ cue: true, source: null, inherited: false }]);
  });

  it('reads a "data :" line after Unicode spaces as a source line', () => {
    assert.deepEqual(attributeSentences(lone('\u00a0 data : Census Bureau.'), nobody, []), [{ cue: true, source: null, inherited: false }]);
  });

  it('reads no source line at a long s', () => {
    assert.deepEqual(attributeSentences(lone('\u017fource: Census Bureau.'), nobody, []), [{ cue: false, source: null, inherited: false }]);
  });
});
