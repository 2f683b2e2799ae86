// Remembered answers for pure per-word computations (phonetic codes, cue flags, noun forms):
// the same few words come back in every story and on every keystroke. Bounded, because the
// editor's worker lives for hours: past `limit` keys new answers are computed, not stored.

/** `compute`, remembering up to `limit` answers by key. `compute` must be pure. */
export function memoize<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    let v = known.get(key);
    if (v === undefined) {
      v = compute(key);
      if (known.size < limit) known.set(key, v);
    }
    return v;
  };
}
