// classifyNames: which full names are spellings of another person's.
import * as assert from 'node:assert/strict';
import { buildContext } from '../../../src/core/analyze';

const variants = (text: string) => [...buildContext(text).names.variants].map(([spelling, v]) => [spelling, v.person.name]);

describe('classifyNames', () => {
  it('takes the rarer of two spellings with one first name for a variant', () => {
    const text = 'Sheriff Daniel Brannigan said the jail was full. Daniel Brannigan said it again. Sheriff Daniel Brannagan said no.';
    assert.deepEqual(variants(text), [['Brannagan', 'Daniel Brannigan']]);
  });

  it('takes two spellings with two first names for two people', () => {
    const text = 'Sheriff Daniel Brannigan said the jail was full. Daniel Brannigan said it again. Sheriff Anna Brannagan said no.';
    assert.deepEqual(variants(text), []);
  });

  it('compares people only with those of their own first name', () => {
    const text = 'Sheriff Daniel Brannigan said the jail was full. Sheriff Anna Brannagan said no. Anna Brannagan said it again. Mayor Anna Brannigan said so.';
    assert.deepEqual(variants(text), [['Brannigan', 'Anna Brannagan']]);
  });
});
