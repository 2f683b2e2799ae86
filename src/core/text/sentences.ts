// Abbreviation-aware sentence splitting, one prose block at a time (a whole
// document at once is how general segmenters go quadratic).

import {
  AMBIGUOUS_ABBREVIATIONS,
  MONTH_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from '../data/abbreviations';
import type { ProseBlock } from '../markdown/scan';

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
}

const TERMINATOR = /[.!?\u2026]+/g;
const STREET_ABBREVIATIONS = new Set(['St', 'Ave', 'Rd', 'Blvd', 'Ln', 'Dr', 'Ct', 'Pl', 'Hwy', 'Pkwy']);
const CLOSERS = /^["'\u201d\u2019)\]]*/;

/** The abbreviation-like token that ends just before `pos` (the terminator's start). */
function tokenBefore(s: string, pos: number): string {
  let i = pos;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(s[i - 1])) i--;
  return s.slice(i, pos).replace(/^\.+/, '');
}

function wordAt(s: string, pos: number): string {
  const m = /^[\p{L}\p{N}'\u2019-]+/u.exec(s.slice(pos, pos + 40));
  return m ? m[0] : '';
}

/** Offsets (within `s`) where sentences end, each just after its terminator and closers. */
export function sentenceEnds(s: string): number[] {
  const ends: number[] = [];
  TERMINATOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TERMINATOR.exec(s))) {
    const p = m.index;
    let q = p + m[0].length;
    q += CLOSERS.exec(s.slice(q, q + 8))![0].length;
    let r = q;
    while (r < s.length && /\s/.test(s[r])) r++;
    if (r >= s.length) break;
    const next = s[r];
    const isPeriod = m[0] === '.';
    if (r === q) {
      // No space: "crimes.Russia" (machine translation lost the space) is a break;
      // "1.5", "U.S.", "example.com" are not.
      if (isPeriod && /\p{Ll}{2}$/u.test(s.slice(Math.max(0, p - 2), p)) && /^\p{Lu}\p{Ll}/u.test(s.slice(r, r + 2))) {
        ends.push(q);
      }
      continue;
    }
    if (/\p{Ll}/u.test(next)) continue;
    if (!isPeriod) {
      ends.push(q);
      continue;
    }
    // A closing quote after the stop ends the sentence, abbreviation or not: 'He said, "No." Aides nodded.'
    if (q > p + m[0].length) {
      ends.push(q);
      continue;
    }
    const tok = tokenBefore(s, p);
    const nextWord = wordAt(s, r);
    // "Elm St. Police ...": after a street name, St. is Street and can end a sentence.
    if (STREET_ABBREVIATIONS.has(tok) && /\p{Lu}\p{L}*\s+$/u.test(s.slice(Math.max(0, p - tok.length - 20), p - tok.length))) {
      ends.push(q);
      continue;
    }
    if (TITLE_ABBREVIATIONS.has(tok) || tok === 'v') continue; // "Gen. Milley", "Roe v. Wade"
    if (/^\p{Lu}$/u.test(tok)) {
      // An initial ("John F. Kennedy"), unless a sentence plainly starts after it ("Proposition C. The measure").
      if (SENTENCE_STARTERS.has(nextWord)) ends.push(q);
      continue;
    }
    if (MONTH_ABBREVIATIONS.has(tok)) {
      if (/\d/.test(next)) continue;
      ends.push(q);
      continue;
    }
    if (AMBIGUOUS_ABBREVIATIONS.has(tok) || /^(\p{L}\.)+\p{L}$/u.test(tok)) {
      if (/\d/.test(next)) continue;
      if (SENTENCE_STARTERS.has(nextWord)) ends.push(q);
      continue;
    }
    ends.push(q);
  }
  return ends;
}

/** Splits a block into sentences, trimmed of surrounding white space. */
export function splitSentences(block: ProseBlock, firstIndex: number): Sentence[] {
  const s = block.text;
  const out: Sentence[] = [];
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(s[a])) a++;
    while (b > a && /\s/.test(s[b - 1])) b--;
    if (b > a) {
      out.push({
        start: block.start + a,
        end: block.start + b,
        text: s.slice(a, b),
        block,
        index: firstIndex + out.length,
        indexInBlock: out.length,
      });
    }
  };
  let from = 0;
  for (const e of sentenceEnds(s)) {
    push(from, e);
    from = e;
  }
  push(from, s.length);
  return out;
}
