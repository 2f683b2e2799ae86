import * as assert from 'node:assert/strict';
import { findings, fixClears, none, one, spans } from '../helpers';

/** The one malformed-number finding on `written` in `text`, whose fix makes `text` `expected`. */
function fixesTo(text: string, written: string, expected: string): void {
  fixClears(text, 'malformed-number', one(text, 'malformed-number', written), expected);
}

describe('malformed-number', () => {
  it("flags 'forty,000' and offers 40,000", () => {
    const text = 'Officials said forty,000 people fled.\n';
    const f = one(text, 'malformed-number', 'forty,000');
    assert.deepEqual(f.range, { start: { line: 0, character: 15 }, end: { line: 0, character: 24 } });
    assert.equal(f.message, '"forty,000" mixes words and digits; did you mean "40,000"?');
    assert.equal(f.fixes[0].title, 'Change to "40,000"');
    fixClears(text, 'malformed-number', f, 'Officials said 40,000 people fled.\n');
  });

  it("flags 'a hundred,000' as a whole and offers 100,000", () => {
    const text = 'The agency said well over a hundred,000 homes lost power.';
    const f = one(text, 'malformed-number', 'a hundred,000');
    assert.deepEqual(spans(text, 'malformed-number'), [['a hundred,000', 26, 39]]);
    fixClears(text, 'malformed-number', f, 'The agency said well over 100,000 homes lost power.');
  });

  it("flags 'twenty5' and offers 25", () => {
    const text = 'The council said twenty5 roads were closed.';
    const f = one(text, 'malformed-number', 'twenty5');
    fixClears(text, 'malformed-number', f, 'The council said 25 roads were closed.');
  });

  it("flags '3 million,000' and offers 3,000,000", () => {
    const text = 'The fund said it raised 3 million,000 dollars.';
    const f = one(text, 'malformed-number', '3 million,000');
    fixClears(text, 'malformed-number', f, 'The fund said it raised 3,000,000 dollars.');
  });

  it('flags a mixed number that a comma ends, as it flags one a space ends', () => {
    const text = 'The crowd was forty,000, the club said, and twenty5, by its count, stood.';
    assert.deepEqual(spans(text, 'malformed-number'), [['forty,000', 14, 23], ['twenty5', 44, 51]]);
    const [forty, twenty] = findings(text, 'malformed-number');
    assert.equal(forty.fixes[0].edits[0].newText, '40,000');
    assert.equal(twenty.fixes[0].edits[0].newText, '25');
    const mid = 'The crowd was forty,000, the club said.';
    fixesTo(mid, 'forty,000', 'The crowd was 40,000, the club said.');
    const end = 'The club said the crowd was twenty5.';
    fixesTo(end, 'twenty5', 'The club said the crowd was 25.');
  });

  it('keeps the digits after the words in its fix: forty,406 is 40,406, not 40,000', () => {
    const text = 'The club said forty,406 fans came.';
    const f = one(text, 'malformed-number', 'forty,406');
    assert.equal(f.message, '"forty,406" mixes words and digits; did you mean "40,406"?');
    fixClears(text, 'malformed-number', f, 'The club said 40,406 fans came.');
  });

  it('reads the groups after a scale word as the places below it: seventeen thousand,406 is 17,406', () => {
    const text = 'The club said seventeen thousand,406 fans came.';
    fixesTo(text, 'seventeen thousand,406', 'The club said 17,406 fans came.');
    const digits = 'The fund said it raised 3 million,250,000 dollars.';
    fixesTo(digits, '3 million,250,000', 'The fund said it raised 3,250,000 dollars.');
  });

  it('offers no fix where which figure was meant is the writer\'s call: two million,500', () => {
    const f = one('The fund said it raised two million,500 dollars.', 'malformed-number', 'two million,500');
    assert.equal(f.message, '"two million,500" mixes words and digits; check the figure.');
    assert.deepEqual(f.fixes, []);
  });

  it('offers no fix for more groups than the places below the scale word, or groups after its decimals', () => {
    for (const written of ['3 million,000,000,000', '1.5 million,500,000', '3 thousand,500,000', 'forty thousand,406,000']) {
      const f = one(`The fund said it raised ${written} dollars.`, 'malformed-number', written);
      assert.deepEqual(f.fixes, [], written);
    }
    const zeros = 'The fund said it raised 1.5 million,000,000 dollars.';
    fixesTo(zeros, '1.5 million,000,000', 'The fund said it raised 1,500,000 dollars.');
    const hundred = 'The fund said it raised 3 hundred,000 dollars.';
    fixesTo(hundred, '3 hundred,000', 'The fund said it raised 300,000 dollars.');
  });

  it("flags a decimal comma before 'percent' and offers a point", () => {
    const text = 'Inflation reached 7,5 percent, the bank said.';
    const f = one(text, 'malformed-number', '7,5');
    fixClears(text, 'malformed-number', f, 'Inflation reached 7.5 percent, the bank said.');
  });

  it('flags dotted thousands (1.234.567) and offers commas', () => {
    const text = 'The census said 1.234.567 people live there.';
    const f = one(text, 'malformed-number', '1.234.567');
    fixClears(text, 'malformed-number', f, 'The census said 1,234,567 people live there.');
  });

  it('flags wrongly grouped thousands without guessing a fix', () => {
    const f = one('The clerk said 40,00 ballots were cast.', 'malformed-number', '40,00');
    assert.deepEqual(f.fixes, []);
  });

  it('stays silent on well-formed numbers, words and decimals', () => {
    none('Officials said 40,000 people, forty thousand homes, 1.5 million dollars, 7.5 percent and 3,000,000 votes.', 'malformed-number');
    none('The vote was 1,2 in the first round? No: scores like 1,2,3 are lists.', 'malformed-number');
  });

  it('stays silent inside code, URLs and front matter', () => {
    none('---\ntitle: forty,000\n---\nText with `forty,000` in code and [a link](https://x.org/forty,000).\n\n```\nforty,000\n```\n', 'malformed-number');
  });
});
