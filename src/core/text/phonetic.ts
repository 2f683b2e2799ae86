// Double Metaphone codes of names, memoized: the same surnames are compared again and
// again within a story (every pair with one first name, every unresolved name) and
// between the analyses of one open document, and each encoding is costly.

import DoubleMetaphone from 'natural/lib/natural/phonetics/double_metaphone';
import { memoize } from '../memo';

const dm = new DoubleMetaphone();

/** The primary and secondary Double Metaphone codes of `word` (shared: do not mutate). */
export const metaphone: (word: string) => readonly [string, string] = memoize(50000, (word) => dm.process(word));
