// A hand-written matcher for runs of capitalized words ("Army Gen. Mark Milley").
// It replaces one large Unicode-property regex that was tried at every position of
// every sentence; this one only starts where a name can start and reads char codes.
//
// It matches exactly what this pattern matched (global, 'u' flag), run after run:
//
//   TOKEN = (?:(?:al|el|bin|ibn|abu|ben|de|da|di|van|von)-)?(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?
//   RUN   = TOKEN(?:\s+(?:\p{Lu}\.\s+)?(?:PARTICLE\s+)?TOKEN){0,5}
//   PARTICLE = de|da|del|della|di|van|von|der|den|la|le|bin|ibn|al|el|dos|das
//
// and returns the TOKENs of each run with their offsets. Nothing can follow a TOKEN
// that fails, so every optional part is taken greedily, in the pattern's order.

import { classOf, LOWER as LL, SPACE as WS, UPPER as LU } from './chars';

/** The class bits of the code point at i (0 past the end). */
function classAt(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (c !== c) return 0; // past the end
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = t.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOf((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000);
  }
  return classOf(c);
}

/** UTF-16 length of the code point at i. */
function widthAt(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = t.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

function is(t: string, i: number, bit: number): boolean {
  return i < t.length && (classAt(t, i) & bit) !== 0;
}

/** \s+ (greedy) from i: the index after it, or -1 when there is none. */
function spaces(t: string, i: number): number {
  let j = i;
  while (is(t, j, WS)) j++; // all \s characters are single UTF-16 units
  return j > i ? j : -1;
}

/** \p{Lu}\p{Ll}+ at i: the end, or -1. */
function upperLower(t: string, i: number): number {
  if (!is(t, i, LU)) return -1;
  let j = i + widthAt(t, i);
  if (!is(t, j, LL)) return -1;
  do j += widthAt(t, j);
  while (is(t, j, LL));
  return j;
}

const PREFIXES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'ben', 'de', 'da', 'di', 'van', 'von']);
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'dos', 'das']);

/** The end of the run of ASCII lower-case letters from i. */
function lowerEnd(t: string, i: number): number {
  let j = i;
  for (let c = t.charCodeAt(j); c >= 97 && c <= 122; c = t.charCodeAt(++j));
  return j;
}

/**
 * TOKEN at i: the end, or -1. The prefixes and particles are whole runs of ASCII
 * lower-case letters ended by "-" or a space, so one set lookup finds them.
 */
function tokenEnd(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (c >= 97 && c <= 122) {
    const j = lowerEnd(t, i);
    if (j - i > 3 || t.charCodeAt(j) !== 45 || !PREFIXES.has(t.slice(i, j))) return -1;
    return afterPrefix(t, j + 1);
  }
  return afterPrefix(t, i);
}

/** (?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)? at i. */
function afterPrefix(t: string, i: number): number {
  if (!is(t, i, LU)) return -1;
  const w = widthAt(t, i);
  const a = t.charCodeAt(i + w);
  if (a === 39 || a === 0x2019) {
    const e = core(t, i + w + 1);
    if (e >= 0) return e;
  }
  return core(t, i);
}

function core(t: string, i: number): number {
  let e = upperLower(t, i);
  if (e < 0) return -1;
  const camel = upperLower(t, e);
  if (camel >= 0) e = camel;
  if (t.charCodeAt(e) === 45) {
    const hyphen = upperLower(t, e + 1);
    if (hyphen >= 0) e = hyphen;
  }
  return e;
}

/** PARTICLE\s+ at i: the index after the spaces, or -1. */
function particle(t: string, i: number): number {
  const j = lowerEnd(t, i);
  if (j - i < 2 || j - i > 5 || !is(t, j, WS) || !PARTICLES.has(t.slice(i, j))) return -1;
  return spaces(t, j);
}

/** Start of the token found by particleToken / nextToken (their return value is its end). */
let tokenStart = 0;

/** (?:PARTICLE\s+)?TOKEN at i: the token's end (start in tokenStart), or -1. */
function particleToken(t: string, i: number): number {
  const p = particle(t, i);
  if (p >= 0) {
    const e = tokenEnd(t, p);
    if (e >= 0) {
      tokenStart = p;
      return e;
    }
  }
  tokenStart = i;
  return tokenEnd(t, i);
}

/** One more word of a run after `e`: \s+(?:\p{Lu}\.\s+)?(?:PARTICLE\s+)?TOKEN. Its end, or -1. */
function nextToken(t: string, e: number): number {
  const i = spaces(t, e);
  if (i < 0) return -1;
  // A middle initial ("Mark A. Milley").
  if (is(t, i, LU)) {
    const dot = i + widthAt(t, i);
    if (t.charCodeAt(dot) === 46) {
      const j = spaces(t, dot + 1);
      if (j >= 0) {
        const hit = particleToken(t, j);
        if (hit >= 0) return hit;
      }
    }
  }
  return particleToken(t, i);
}

/**
 * Where a run can start: an upper-case letter (any non-ASCII unit may be one) or a prefix
 * followed by "-" ("al-", "abu-"). A regex search skips the text between candidates in native
 * code, faster than a loop over char codes; its lookahead keeps every match one unit long, so
 * the candidate is at lastIndex - 1 and no match object is built.
 */
const RUN_START = new RegExp(`[A-Z\\u0080-\\uffff]|(?=(?:${[...PREFIXES].join('|')})-)[a-z]`, 'g');

/**
 * Scratch lists for the tokens of the run being read and the runs of the text so far, copied
 * out at their exact length: an array grown by push keeps room for 17 entries, and the block
 * cache keeps every sentence's runs. Entries past the current count are stale and never read.
 */
const runToks: Array<{ w: string; at: number }> = [];
const textRuns: Array<Array<{ w: string; at: number }>> = [];

/** Every run of capitalized words in t, as its tokens with their offsets. */
export function scanNameRuns(t: string): Array<Array<{ w: string; at: number }>> {
  let runs = 0;
  RUN_START.lastIndex = 0;
  while (RUN_START.test(t)) {
    const i = RUN_START.lastIndex - 1;
    let e = tokenEnd(t, i);
    if (e < 0) {
      RUN_START.lastIndex = i + widthAt(t, i);
      continue;
    }
    runToks[0] = { w: t.slice(i, e), at: i };
    let n = 1;
    for (; n < 6; n++) {
      const end = nextToken(t, e);
      if (end < 0) break;
      runToks[n] = { w: t.slice(tokenStart, end), at: tokenStart };
      e = end;
    }
    textRuns[runs++] = runToks.slice(0, n);
    RUN_START.lastIndex = e;
  }
  return textRuns.slice(0, runs);
}
