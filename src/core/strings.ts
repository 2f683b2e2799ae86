/**
 * A string with the same characters that shares none of `s`'s. A slice of a longer string, or a
 * join of slices, keeps the whole of that string alive: a block's text kept between edits would
 * keep the draft as it was when the block was read, one draft for every edit.
 */
export function ownCopy(s: string): string {
  // Slicing a join copies it into a string of its own (the slice then points into that copy).
  return ` ${s}`.slice(1);
}
