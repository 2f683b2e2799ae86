// Abbreviation-aware sentence splitting, one prose block at a time (a whole
// document at once is how general segmenters go quadratic).
//
// Every test below reads char codes in place (no slices, no per-character
// regular expressions). Where the original regular expressions ran without a
// code-point view (a single UTF-16 unit, e.g. `\p{Ll}` on `s[r]`), a lone
// surrogate matches no class, and classOf() of a surrogate unit is 0 too.

import {
  AMBIGUOUS_ABBREVIATIONS,
  MONTH_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from '../data/abbreviations';
import type { ProseBlock } from '../markdown/scan';
import type { CueText } from './attribution';
import type { SentencePeople } from './people';
import { DIGIT, LETTER, LOWER, UPPER, classOf, codePointBefore, isSpace } from './chars';

export interface Sentence {
  /** Offset of the first character in the original text. */
  start: number;
  /** Exclusive end offset. */
  end: number;
  /** The masked prose of the sentence (same length as the source slice). */
  text: string;
  block: ProseBlock;
  /** Order of the sentence in the document. */
  index: number;
  /** Order within its block. */
  indexInBlock: number;
  /** Its attribution cue as read from its text, once asked for (cueOf): kept with the sentence. */
  cueText?: CueText | null;
  /** The names it writes and its mentions of people, once read (findPeople): kept with the sentence. */
  people?: SentencePeople | null;
}

/**
 * Finds the next terminator. The regular expression engine scans for a class
 * of characters several times faster than a charCodeAt loop; test() builds no match array.
 */
const TERMINATOR = /[.!?\u2026]/g;
const STREET_ABBREVIATIONS = new Set(['St', 'Ave', 'Rd', 'Blvd', 'Ln', 'Dr', 'Ct', 'Pl', 'Hwy', 'Pkwy']);

/** Longest token any abbreviation set holds: a longer token is looked up in none (no slice needed). */
const LONGEST_ABBREVIATION = Math.max(
  ...[TITLE_ABBREVIATIONS, MONTH_ABBREVIATIONS, AMBIGUOUS_ABBREVIATIONS, STREET_ABBREVIATIONS].flatMap((set) =>
    [...set].map((w) => w.length),
  ),
);

/** `.`, `!`, `?` or `…`: what `[.!?\u2026]` matched. */
function isTerminator(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

/** `"`, `'`, `”`, `’`, `)` or `]`: a closer that stays with the sentence it follows. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d;
}

/** Flags of one UTF-16 unit, as a non-`u` view of `s[i]` sees it (surrogates have none). */
function unitClass(s: string, i: number): number {
  return classOf(s.charCodeAt(i));
}

/** Start of the run of letters, digits and periods (one UTF-16 unit at a time) that ends at `pos`. */
function tokenStart(s: string, pos: number): number {
  let i = pos;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    if (c !== 0x2e && (classOf(c) & (LETTER | DIGIT)) === 0) break;
    i--;
  }
  // Leading periods are not part of the token ("...U.S" -> "U.S").
  while (i < pos && s.charCodeAt(i) === 0x2e) i++;
  return i;
}

/**
 * The word starting at `pos`: letters, digits (by code point), apostrophes and
 * hyphens, read within 40 units (a pair cut by that window does not count).
 */
function wordAt(s: string, pos: number): string {
  const end = Math.min(s.length, pos + 40);
  let i = pos;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c === 0x27 || c === 0x2019 || c === 0x2d) {
      i++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        if ((classOf(((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000) & (LETTER | DIGIT)) === 0) break;
        i += 2;
        continue;
      }
    }
    if ((classOf(c) & (LETTER | DIGIT)) === 0) break;
    i++;
  }
  return s.slice(pos, i);
}

/** True when a sentence plainly starts at `pos` ("The", "However", ...). */
function startsSentence(s: string, pos: number): boolean {
  return SENTENCE_STARTERS.has(wordAt(s, pos));
}

/**
 * What `/\p{Lu}\p{L}*\s+$/u` says of `s.slice(lo, end)`: a capitalized word,
 * then white space up to `end` ("Elm St." is a street, "at St." is not).
 */
function capitalizedWordThenSpace(s: string, lo: number, end: number): boolean {
  let i = end;
  while (i > lo && isSpace(s.charCodeAt(i - 1))) i--;
  if (i === end) return false;
  // Any capital in the run of letters before the space will do.
  while (i > lo) {
    const cp = codePointBefore(s, i);
    const width = cp > 0xffff ? 2 : 1;
    if (i - width < lo) return false; // a pair cut by the window is no letter
    const k = classOf(cp);
    if ((k & LETTER) === 0) return false;
    if (k & UPPER) return true;
    i -= width;
  }
  return false;
}

/** What `/^(\p{L}\.)+\p{L}$/u` says of s[a, b) (no surrogates there: tokens are read by unit). */
function isDottedInitials(s: string, a: number, b: number): boolean {
  const n = b - a;
  if (n < 3 || n % 2 === 0) return false;
  for (let i = a; i < b; i += 2) {
    if ((unitClass(s, i) & LETTER) === 0) return false;
    if (i + 1 < b && s.charCodeAt(i + 1) !== 0x2e) return false;
  }
  return true;
}

/** '0'-'9', what `\d` matches. */
function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Whether the period at `p` (a lone `.`, no closer after it, white space then
 * a non-lower-case character at `r`) ends the sentence, given the token before it.
 */
function periodEnds(s: string, p: number, r: number): boolean {
  const a = tokenStart(s, p);
  const len = p - a;
  if (len > LONGEST_ABBREVIATION) {
    // In no abbreviation list; only a run of initials ("A.B.C.D") or a lone capital is still special.
    return !isDottedInitials(s, a, p) || startsSentenceUnlessDigit(s, r);
  }
  const tok = s.slice(a, p);
  // "Elm St. Police ...": after a street name, St. is Street and can end a sentence.
  if (STREET_ABBREVIATIONS.has(tok) && capitalizedWordThenSpace(s, Math.max(0, a - 20), a)) return true;
  if (TITLE_ABBREVIATIONS.has(tok) || tok === 'v') return false; // "Gen. Milley", "Roe v. Wade"
  if (len === 1 && unitClass(s, a) & UPPER) {
    // An initial ("John F. Kennedy"), unless a sentence plainly starts after it ("Proposition C. The measure").
    return startsSentence(s, r);
  }
  if (MONTH_ABBREVIATIONS.has(tok)) return !isAsciiDigit(s.charCodeAt(r));
  if (AMBIGUOUS_ABBREVIATIONS.has(tok) || isDottedInitials(s, a, p)) return startsSentenceUnlessDigit(s, r);
  return true;
}

/** After an ambiguous abbreviation: a figure follows it ("No. 5"), or a sentence starts. */
function startsSentenceUnlessDigit(s: string, r: number): boolean {
  return !isAsciiDigit(s.charCodeAt(r)) && startsSentence(s, r);
}

/** Offsets (within `s`) where sentences end, each just after its terminator and closers. */
export function sentenceEnds(s: string): number[] {
  const ends: number[] = [];
  const n = s.length;
  TERMINATOR.lastIndex = 0;
  while (TERMINATOR.test(s)) {
    // A run of terminators "?!", "...", then up to 8 closers.
    const p = TERMINATOR.lastIndex - 1;
    let i = p + 1;
    while (i < n && isTerminator(s.charCodeAt(i))) i++;
    TERMINATOR.lastIndex = i;
    const isPeriod = i === p + 1 && s.charCodeAt(p) === 0x2e;
    let q = i;
    const closersEnd = Math.min(n, i + 8);
    while (q < closersEnd && isCloser(s.charCodeAt(q))) q++;
    let r = q;
    while (r < n && isSpace(s.charCodeAt(r))) r++;
    if (r >= n) break;
    if (r === q) {
      // No space: "crimes.Russia" (machine translation lost the space) is a break;
      // "1.5", "U.S.", "example.com" are not.
      if (
        isPeriod &&
        p >= 2 &&
        unitClass(s, p - 2) & LOWER &&
        unitClass(s, p - 1) & LOWER &&
        unitClass(s, r) & UPPER &&
        r + 1 < n &&
        unitClass(s, r + 1) & LOWER
      ) {
        ends.push(q);
      }
      continue;
    }
    if (unitClass(s, r) & LOWER) continue;
    // Not a lone period, or a closing quote after the stop ('He said, "No." Aides nodded.'): a break.
    if (!isPeriod || q > i || periodEnds(s, p, r)) ends.push(q);
  }
  return ends;
}

/** The sentence s[a, b) of the block, trimmed of white space, or null if nothing is left. */
function sentenceAt(block: ProseBlock, a: number, b: number, index: number, indexInBlock: number): Sentence | null {
  const s = block.text;
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return b > a ? { start: block.start + a, end: block.start + b, text: s.slice(a, b), block, index, indexInBlock, cueText: null, people: null } : null;
}

/** Splits a block into sentences, trimmed of surrounding white space. */
export function splitSentences(block: ProseBlock, firstIndex: number): Sentence[] {
  const ends = sentenceEnds(block.text);
  // Sized up front: a block's sentences are kept between analyses, and an array pushed to from
  // empty reserves room for 17 (most blocks hold one sentence).
  const out = new Array<Sentence>(ends.length + 1);
  let n = 0;
  let from = 0;
  for (let k = 0; k <= ends.length; k++) {
    const to = k < ends.length ? ends[k] : block.text.length;
    const s = sentenceAt(block, from, to, firstIndex + n, n);
    if (s) out[n++] = s;
    from = to;
  }
  out.length = n;
  return out;
}
