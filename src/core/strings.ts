/**
 * A string with the same characters that shares none of `s`'s. A slice of a longer string, or a
 * join of slices, keeps the whole of that string alive: a block's text kept between edits would
 * keep the draft as it was when the block was read, one draft for every edit.
 */
export function ownCopy(s: string): string {
  // Slicing a join copies it into a string of its own (the slice then points into that copy).
  return ` ${s}`.slice(1);
}

/** Length of the common prefix of a and b, by halves: startsWith compares natively, a loop per character took 10 ms per 10 MB. */
export function commonPrefix(a: string, b: string): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length);
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (b.startsWith(a.slice(lo, mid), lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Length of the common suffix of a and b, at most `max`. */
export function commonSuffix(a: string, b: string, max: number): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (b.endsWith(a.slice(a.length - mid, a.length - lo), b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * How a text differs from the one before it, as one changed stretch: the same before `same`, and
 * from `tail` on the same too, `by` characters later than it was (the old text's stretch ends at
 * `tail - by`).
 */
export interface Stretch {
  same: number;
  tail: number;
  by: number;
}

/** Where `text` differs from `old` (see Stretch); the two common ends do not overlap. */
export function stretchOf(old: string, text: string): Stretch {
  const same = commonPrefix(old, text);
  return { same, tail: text.length - commonSuffix(old, text, Math.min(old.length, text.length) - same), by: text.length - old.length };
}
