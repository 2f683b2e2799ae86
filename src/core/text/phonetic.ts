// Double Metaphone codes of names, memoized: the same surnames are compared again and
// again within a story (every pair with one first name, every unresolved name) and
// between the analyses of one open document, and each encoding is costly.

import DoubleMetaphone from 'natural/lib/natural/phonetics/double_metaphone';

const dm = new DoubleMetaphone();
const codes = new Map<string, readonly [string, string]>();

/** The primary and secondary Double Metaphone codes of `word` (shared: do not mutate). */
export function metaphone(word: string): readonly [string, string] {
  let c = codes.get(word);
  if (c === undefined) {
    if (codes.size >= 50000) codes.clear(); // a bound for long-lived editor sessions
    c = dm.process(word);
    codes.set(word, c);
  }
  return c;
}
