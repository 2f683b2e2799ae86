import * as assert from 'node:assert/strict';
import { fixClears, none, one, spans } from '../helpers';

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
