import * as assert from 'node:assert/strict';
import { memoize } from '../../src/core/memo';

describe('memoize', () => {
  it('computes each key once, and past its bound computes without storing', () => {
    const calls: string[] = [];
    const upper = memoize(2, (k) => {
      calls.push(k);
      return k.toUpperCase();
    });
    assert.deepEqual(['a', 'b', 'a', 'c', 'c', 'b'].map(upper), ['A', 'B', 'A', 'C', 'C', 'B']);
    assert.deepEqual(calls, ['a', 'b', 'c', 'c']);
  });
});
