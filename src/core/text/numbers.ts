// Reads every way copy writes a figure ("40,000", "1.2 million", "$3.5 billion",
// "7.4 percent", "forty thousand", "one in five", "20,000 to 30,000", "between
// 4,000 and 5,000"), the forms spinners and machine translation leave behind
// ("forty,000", "a hundred,000", "twenty5", "3 million,000"), and tells a
// figure claim from a number that is not one (dates, times, years, ages,
// ordinals, addresses, labels, scores, phone numbers, model names).

import {
  CURRENCY_WORD_LIST,
  CURRENCY_WORDS,
  DURATION_AFTER,
  DURATION_WORDS,
  FIGURE_LEAD_WORDS,
  HEDGE_PHRASES,
  HEDGES,
  LABEL_BEFORE,
  LABEL_WORDS,
  MEASURE_AFTER,
  MEASURE_UNITS,
  MONTH_PATTERN,
  SCALE_WORDS,
  LOSS_WORDS,
  MONTHS,
  SCORE_WORDS,
  GAME_STAT_NOUNS,
  SPORT_CONTEXT,
  SPORT_VERBS,
  STAT_NOUNS,
  WEEKDAYS,
  TENS_WORDS,
  UNIT_WORDS,
} from '../data/numbers';
import { classOf, isAsciiLetter, isAsciiWordChar, isSpace, LETTER, WordTrie } from './chars';

export type FigureKind = 'count' | 'money' | 'percent' | 'rate' | 'ratio';

/** Why a number is not a figure claim. */
export type NotClaim =
  | 'year' | 'date' | 'time' | 'age' | 'ordinal' | 'label' | 'address' | 'score' | 'phone'
  | 'model' | 'duration' | 'measure' | 'small' | 'compound' | 'decade' | 'multiplier';

export type Hedge = 'exact' | 'about' | 'over' | 'under' | 'nearly';

/** One number as written. Offsets are into the text the parser was given. */
export interface Atom {
  start: number;
  end: number;
  text: string;
  value: number;
  /** Currency symbol or word, if money. */
  currency: string | null;
  percent: boolean;
  points: boolean;
  /** Written with words ("forty thousand"), wholly or partly. */
  words: boolean;
  /** Digits only: no separators, decimals, scale, currency or percent ("737", "2022"). */
  plain: boolean;
  /** Decimal places as written. */
  decimals: number;
  /** Where the number itself (without currency, percent or scale word) sits. */
  numStart: number;
  numEnd: number;
  /** A spinner or translation form, with the digit form to use (empty if unknowable) and its span. */
  malformed: { fix: string; reason: string; start: number; end: number } | null;
}

export interface Figure {
  start: number;
  end: number;
  text: string;
  low: number;
  high: number;
  kind: FigureKind;
  /** A count, amount, percentage or rate stated as a quantity. */
  claim: boolean;
  notClaim: NotClaim | null;
  hedge: Hedge;
  atoms: Atom[];
  /** For ranges: how the two ends are joined. */
  rangeForm: 'between' | 'from' | 'to' | 'dash' | null;
  /** The noun the figure counts ("troops"), lower-case, or null. */
  noun: string | null;
  /** Words between the figure and its noun ("russian"). */
  modifiers: readonly string[];
}

/**
 * The modifiers of most figures: one shared empty list. A figure lives as long as its draft is
 * open, and a list left from pushing and popping words keeps room for 17.
 */
const NO_MODIFIERS: readonly string[] = Object.freeze([]);

const WORD_NUMBER = [...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(SCALE_WORDS), 'dozen'].join('|');
const WORD_SEQ = new RegExp(
  `^(?:(?:a|an)\\s+)?(?:${WORD_NUMBER})(?:\\b|(?=\\d))(?:(?:\\s+and\\s+|[\\s-]+)(?:${WORD_NUMBER})(?:\\b|(?=\\d)))*`,
  'i',
);
/** Dates and phone numbers written with digits and separators: never figures. */
const BLOCKED = /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|(?:\(\d{3}\)\s?|\b\d{3}[-.\s])\d{3}[-.]\d{4}\b/g;
/** Every match of BLOCKED holds one of these; most sentences do not, and this simpler test is cheaper. */
const DIGIT_SEPARATOR_DIGIT = /\d[-./]\d/;
const CURRENCY_PREFIX = /^(?:US\$|A\$|C\$|NZ\$|HK\$|[$€£¥₴₽₹])\s?/;
const SCALE_AFTER = /^(?:\s+|-)(hundred|thousand|million|billion|trillion)\b/i;
const SCALE_INITIALS = asciiSet('htmb');
const MONEY_SCALE_AFTER = /^\s?(bn|mn|m|k|tn)\b/i;
const PERCENT_AFTER = /^(?:\s*%|\s+(?:percent|per cent|pct)\b)/i;
const POINTS_AFTER = /^\s+(?:percentage\s+)?points?\b/i;
const PERCENTAGE_POINTS_AFTER = /^\s+percentage points?\b/i;
// Groups of three digits after a comma; a comma after them ends the figure ("forty,000, the
// agency said") unless a digit follows it.
const THOUSANDS_TAIL = /^,\d{3}(?:,\d{3})*(?!\d|,\d)/;
const MONTH_BEFORE = new RegExp(`(?:${MONTH_PATTERN})\\s+$`);
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_PATTERN})\\b`);
const MONTH_DAY_YEAR_BEFORE = new RegExp(`(?:${MONTH_PATTERN})\\s+\\d{1,2},?\\s+$`);

// Character tests. Most regexes below run only after one of these has shown they can match: calling
// a regex costs far more than reading a character, and end-anchored ones (`\s+$`) try every start.

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Length of the `\p{L}` code point at `i` (1 or 2), or 0: what a `u` regex sees there in s.slice(0, end)
 * (a pair cut by `end` is a lone surrogate, no letter).
 */
function letterAt(s: string, i: number, end = s.length): number {
  if (i >= end) return 0;
  const c = s.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) return classOf(cp) & LETTER ? 2 : 0;
  }
  return classOf(c) & LETTER ? 1 : 0;
}

/**
 * The BEFORE_WORDS flags (any case) of the ASCII letters just before the whitespace that ends at `end`
 * (skipping one "." there, as in "Jan. 5"), looking no further back than `floor`; 0 if no whitespace
 * or letters. A phrase that `\b(?:...)\.?\s+$` finds in s.slice(floor, end) ends with this word, so
 * its flags tell cheaply whether such a pattern can match at all. Read in place: no slice per figure.
 */
function wordFlagsBefore(s: string, end: number, floor: number): number {
  let p = end;
  while (p > floor && isSpace(s.charCodeAt(p - 1))) p--;
  if (p === end) return 0;
  if (p > floor && s.charCodeAt(p - 1) === 46) p--;
  let q = p;
  while (q > floor && isAsciiLetter(s.charCodeAt(q - 1))) q--;
  return q === p ? 0 : BEFORE_WORDS.lookup(s, q, p, true);
}

/** The last word of each phrase, lower-case, without a final ".": what wordFlagsBefore reads before a match. */
function lastWords(phrases: string[]): Set<string> {
  return new Set(phrases.map((p) => p.slice(p.lastIndexOf(' ') + 1).replace(/\.$/, '').toLowerCase()));
}

/** Index of the first character after the whitespace at `i`. */
function skipSpace(s: string, i: number): number {
  while (isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** Value of a word number ("a hundred", "forty-five thousand"), or NaN. */
export function wordsValue(text: string): number {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of text.toLowerCase().split(/[\s-]+/)) {
    if (w === 'and' || w === '') continue;
    if (w === 'a' || w === 'an') { current = 1; continue; }
    if (w in UNIT_WORDS) { current += UNIT_WORDS[w]; seen = true; }
    else if (w in TENS_WORDS) { current += TENS_WORDS[w]; seen = true; }
    else if (w === 'dozen') { current = (current || 1) * 12; seen = true; }
    else if (w === 'hundred') { current = (current || 1) * 100; seen = true; }
    else if (w in SCALE_WORDS) { total += (current || 1) * SCALE_WORDS[w]; current = 0; seen = true; }
    else return NaN;
  }
  return seen ? total + current : NaN;
}

/** "40000" -> "40,000"; keeps decimals. */
export function formatNumber(value: number, decimals = 0): string {
  const fixed = value.toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

function decimalsOf(s: string): number {
  const i = s.indexOf('.');
  return i === -1 ? 0 : s.length - i - 1;
}

/** First letters of the money words: CURRENCY_WORDS needs a space, then one of them. */
const CURRENCY_INITIALS = new Set(CURRENCY_WORD_LIST.map((w) => w.charCodeAt(0)));

/** Value of the digits s[from..to), at most 15 of them: exact, as Number() reads them. */
function digitsValue(s: string, from: number, to: number): number {
  let v = 0;
  for (let j = from; j < to; j++) v = v * 10 + (s.charCodeAt(j) - 48);
  return v;
}

/**
 * Value of s[from..to) if it reads /^\d{1,3}(?:,\d{3})+$/ ("40,000") and has at most 15 digits,
 * else NaN. (The caller knows it holds only digits, commas and dots.)
 */
function groupedValue(s: string, from: number, to: number): number {
  const firstComma = s.indexOf(',', from);
  const head = firstComma - from;
  if (firstComma === -1 || firstComma >= to || head < 1 || head > 3 || (to - firstComma) % 4 !== 0) return NaN;
  if (to - from - (to - firstComma) / 4 > 15) return NaN;
  let v = 0;
  for (let j = from; j < to; j++) {
    const c = s.charCodeAt(j);
    if ((j - firstComma) % 4 === 0 && j >= firstComma) {
      if (c !== 44) return NaN;
    } else if (isDigit(c)) {
      v = v * 10 + (c - 48);
    } else {
      return NaN;
    }
  }
  return v;
}

/**
 * A number written in words or with a scale word, and the digit groups a rewrite left after it
 * (`tail`, ",406" or ",000,000"); `scale` is the last scale word written of a thousand or more
 * (1 for none). With none, the words stand for the digits before the groups: "forty,406" is
 * 40,406, "a hundred,000" 100,000. After a scale word, groups that fill exactly the places below
 * it complete it ("seventeen thousand,406" is 17,406, "3 million,250,000" 3,250,000), and zeros
 * for fewer places repeat it ("3 million,000" is 3 million). `sure` is false, the value left as
 * the words give it, where which was meant is the writer's call: other groups after a scale word
 * ("two million,500": 2,000,500 or 2,500,000? "3 million,000,000,000").
 */
function withGroups(value: number, scale: number, tail: string): { value: number; sure: boolean } {
  const places = 1000 ** (tail.length / 4);
  const below = Number(tail.replace(/,/g, ''));
  if (scale === 1) return { value: value * places + below, sure: true };
  // "1.5 million,500,000": the decimals already fill some of the places the groups would.
  if (scale === places && value % places === 0) return { value: value + below, sure: true };
  return { value, sure: scale >= places && below === 0 };
}

/** The last scale word of a thousand or more in a number written in words ("seventeen thousand"), or 1. */
function lastScale(words: string): number {
  let scale = 1;
  for (const m of words.matchAll(/thousand|million|billion|trillion/gi)) scale = SCALE_WORDS[m[0].toLowerCase()];
  return scale;
}

/** Parses one number starting at `i` in `s`, or returns null. */
export function parseAtomAt(s: string, i: number): Atom | null {
  const start = i;
  let currency: string | null = null;
  // Most numbers start with a digit, and no currency prefix does.
  const cm = isDigit(s.charCodeAt(i)) ? null : CURRENCY_PREFIX.exec(s.slice(i, i + 5));
  if (cm) {
    currency = cm[0].trim();
    i += cm[0].length;
  }
  const numStart = i;
  let value: number;
  let words = false;
  let plain = true;
  let decimals = 0;
  let malformed: Atom['malformed'] = null;
  let numEnd: number;
  let oddComma = false;
  // What /^\d[\d,.]*\d|^\d/ finds in s.slice(i, i + 64), read by hand: a digit, then digits, commas
  // and dots up to the last digit.
  let digitsEnd = -1;
  let firstSep = -1;
  if (isDigit(s.charCodeAt(i))) {
    const limit = Math.min(s.length, i + 64);
    digitsEnd = i + 1;
    for (let j = i + 1; j < limit; j++) {
      const c = s.charCodeAt(j);
      if (isDigit(c)) digitsEnd = j + 1;
      else if (c === 44 || c === 46) { if (firstSep === -1) firstSep = j; }
      else break;
    }
  }
  const separated = firstSep !== -1 && firstSep < digitsEnd;
  const grouped = separated ? groupedValue(s, i, digitsEnd) : NaN;
  if (digitsEnd !== -1) {
    numEnd = digitsEnd;
    // The digits as written, sliced only off the common paths.
    const raw = (separated ? Number.isNaN(grouped) : digitsEnd - i > 15) ? s.slice(i, digitsEnd) : '';
    if (!separated) {
      // Digits only: the common case, as the second pattern below reads it.
      value = digitsEnd - i <= 15 ? digitsValue(s, i, digitsEnd) : Number(raw);
    } else if (!Number.isNaN(grouped)) {
      // "40,000": the first pattern below without decimals, the common case.
      value = grouped;
      plain = false;
    } else if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw)) {
      value = Number(raw.replace(/,/g, ''));
      plain = false;
      decimals = decimalsOf(raw);
    } else if (/^\d+(?:\.\d+)?$/.test(raw)) {
      value = Number(raw);
      decimals = decimalsOf(raw);
      if (decimals > 0) plain = false;
    } else if (/^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$/.test(raw)) {
      // "1.234.567": a European thousands separator.
      value = Number(raw.replace(/\./g, '').replace(',', '.'));
      plain = false;
      const frac = raw.includes(',') ? raw.length - raw.indexOf(',') - 1 : 0;
      malformed = { fix: formatNumber(value, frac), reason: 'uses "." to separate thousands', start: i, end: numEnd };
    } else if (/^\d+,\d{1,2}$/.test(raw)) {
      // "7,5": a decimal comma; only called malformed where a unit makes it certain (below).
      value = Number(raw.replace(',', '.'));
      plain = false;
      decimals = raw.length - raw.indexOf(',') - 1;
      oddComma = true;
    } else if (/^\d{1,3}(?:\.\d{3})$/.test(raw)) {
      value = Number(raw);
      decimals = 3;
      plain = false;
    } else {
      // Indian grouping, a digit too many in a group, or a list such as "1,2,3".
      const first = /^\d+(?:\.\d+)?/.exec(raw)![0];
      if (/^\d{1,2}(?:,\d{2})+,\d{3}$/.test(raw)) {
        // "1,00,000": Indian grouping, a well-formed figure.
        value = Number(raw.replace(/,/g, ''));
        plain = false;
      } else if (/^\d{1,3}(?:,\d{3})+\d/.test(raw) && /^[\d,]+$/.test(raw)) {
        // "1,000,0000": a digit too many in the last group; which was meant is the writer's call.
        value = Number(raw.replace(/,/g, ''));
        plain = false;
        malformed = { fix: '', reason: 'has its thousands grouped wrongly', start: i, end: numEnd };
      } else {
        // "10,20,30" is a list: read its first number only.
        numEnd = i + first.length;
        value = Number(first);
        decimals = decimalsOf(first);
        plain = decimals === 0;
      }
    }
    i = numEnd;
  } else {
    const wm = WORD_SEQ.exec(s.slice(i, i + 120));
    if (!wm) return null;
    let wtext = wm[0];
    // "and" joins a number only after a scale word ("one hundred and five"); "forty and fifty" are two.
    const andAt = /\s+and\s+/gi;
    let am: RegExpExecArray | null;
    while ((am = andAt.exec(wtext))) {
      const scale = /(hundred|thousand|million|billion|trillion)$/i.exec(wtext.slice(0, am.index));
      // "one thousand and five" is one number; "forty thousand and thirty thousand" are two.
      const rest = wtext.slice(am.index + am[0].length);
      const restScale = /(hundred|thousand|million|billion|trillion)/i.exec(rest);
      if (!scale || (restScale && SCALE_WORDS[restScale[1].toLowerCase()] >= SCALE_WORDS[scale[1].toLowerCase()])) {
        wtext = wtext.slice(0, am.index);
        break;
      }
    }
    // A trailing "and" or article is not part of the number.
    wtext = wtext.replace(/(?:\s+and|\s+an?)$/i, '');
    value = wordsValue(wtext);
    if (Number.isNaN(value)) return null;
    words = true;
    plain = false;
    numEnd = i + wtext.length;
    i = numEnd;
    const tail = THOUSANDS_TAIL.exec(s.slice(i, i + 40));
    // A digit glued on ("twenty5"), which a comma or full stop may end but not a digit after it.
    const glued = /^-?(\d)(?!\d|[,.]\d)/.exec(s.slice(i, i + 4));
    if (tail) {
      // "forty,000", "a hundred,000": a spinner's half-word, half-digit number.
      const read = withGroups(value, lastScale(wtext), tail[0]);
      value = read.value;
      numEnd = i + tail[0].length;
      i = numEnd;
      malformed = { fix: read.sure ? formatNumber(value) : '', reason: 'mixes words and digits', start: numStart, end: numEnd };
    } else if (glued && value % 10 === 0 && value >= 20 && value <= 90) {
      value = value + Number(glued[1]);
      numEnd = i + glued[0].length;
      i = numEnd;
      malformed = { fix: String(value), reason: 'mixes words and digits', start: numStart, end: numEnd };
    }
  }
  // Scale words: "1.2 million", "forty thousand" (already inside word numbers).
  let c = s.charCodeAt(i);
  // SCALE_AFTER needs "-" or spaces, then h, t, m or b.
  const sm = !words && (c === 45 || isSpace(c)) && oneOf(s.charCodeAt(c === 45 ? i + 1 : skipSpace(s, i)) | 32, SCALE_INITIALS)
    ? SCALE_AFTER.exec(s.slice(i, i + 20))
    : null;
  if (sm) {
    value *= SCALE_WORDS[sm[1].toLowerCase()];
    plain = false;
    i += sm[0].length;
    const tail = THOUSANDS_TAIL.exec(s.slice(i, i + 40));
    if (tail) {
      // "3 million,000": the scale word and its zeros both survived a rewrite.
      // "3 hundred,000" reads as "a hundred,000" does: hundred is no scale of whole groups.
      const scale = SCALE_WORDS[sm[1].toLowerCase()];
      const read = withGroups(value, scale >= 1000 ? scale : 1, tail[0]);
      value = read.value;
      i += tail[0].length;
      malformed = { fix: read.sure ? formatNumber(value) : '', reason: 'mixes words and digits', start: numStart, end: i };
    }
  } else if (currency) {
    const ms = MONEY_SCALE_AFTER.exec(s.slice(i, i + 6));
    if (ms) {
      const unit = ms[1].toLowerCase();
      value *= unit === 'k' ? 1e3 : unit === 'm' || unit === 'mn' ? 1e6 : unit === 'bn' ? 1e9 : 1e12;
      plain = false;
      i += ms[0].length;
    }
  }
  let percent = false;
  let points = false;
  c = s.charCodeAt(i);
  // Both patterns need "%" or a "p" after the spaces.
  const pc = s.charCodeAt(skipSpace(s, i));
  const ppm = isSpace(c) && (pc | 32) === 112 ? PERCENTAGE_POINTS_AFTER.exec(s.slice(i, i + 30)) : null;
  if (ppm) {
    percent = true;
    points = true;
    i += ppm[0].length;
  } else if (pc === 37 || (isSpace(c) && (pc | 32) === 112)) {
    const pm = PERCENT_AFTER.exec(s.slice(i, i + 12));
    if (pm) {
      percent = true;
      i += pm[0].length;
      const pts = POINTS_AFTER.exec(s.slice(i, i + 30));
      if (pts) { points = true; i += pts[0].length; }
    }
  }
  if (!currency && isSpace(s.charCodeAt(i)) && CURRENCY_INITIALS.has(s.charCodeAt(skipSpace(s, i)) | 32)) {
    const cw = CURRENCY_WORDS.exec(s.slice(i, i + 30));
    if (cw) { currency = cw[0].trim().toLowerCase(); }
  }
  if (percent || currency) plain = false;
  if (oddComma && !malformed) {
    if (percent || /million|billion|trillion|thousand/i.test(s.slice(numEnd, i)) || currency) {
      malformed = { fix: s.slice(numStart, numEnd).replace(',', '.'), reason: 'uses a decimal comma', start: numStart, end: numEnd };
    } else if (/^\s+\p{L}/u.test(s.slice(i, i + 3)) && s.slice(numStart, numEnd).length >= 5) {
      // "40,00 votes": neither a decimal nor a thousands group; which was meant is the writer's call.
      value = Number(s.slice(numStart, numEnd).replace(',', ''));
      malformed = { fix: '', reason: 'has its thousands grouped wrongly', start: numStart, end: numEnd };
    }
  }
  return {
    start, end: i, text: s.slice(start, i), value, currency, percent, points, words, plain,
    decimals, numStart, numEnd, malformed,
  };
}

/** The hedge in the 30 characters before `start`. */
function hedgeBefore(s: string, start: number): Hedge {
  const floor = Math.max(0, start - 30);
  // Every hedge pattern ends with one of a few words before the figure: look those up first.
  if ((wordFlagsBefore(s, start, floor) & W_HEDGE) === 0) return 'exact';
  const prefix = s.slice(floor, start);
  for (const [re, h] of HEDGES) if (re.test(prefix)) return h;
  return 'exact';
}

const NOUN_STOP = new Set([
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'in', 'on', 'at', 'and', 'or', 'to', 'who', 'that',
  'which', 'from', 'for', 'with', 'by', 'as', 'than', 'since', 'during', 'after', 'before', 'across',
  'including', 'said', 'will', 'would', 'could', 'may', 'might', 'been', 'be', 'being', 'a', 'an',
  'the', 'this', 'per', 'each', 'of', 'over', 'into', 'out', 'more', 'less', 'fewer', 'last', 'this',
  'next', 'every', 'it', 'they', 'he', 'she', 'we', 'not', 'but', 'so', 'if', 'when', 'where', 'while',
  'killed', 'wounded', 'injured', 'dead', 'died', 'missing', 'displaced', 'evacuated', 'arrested',
  'detained', 'infected', 'hospitalized', 'vaccinated', 'now', 'there', 'here', 'had', 'do', 'did',
  'can', 'up', 'down', 'about', 'between', 'among', 'against', 'toward', 'towards', 'through',
]);

const NOUN_OF = /\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?/iy;

/**
 * The noun phrase in the 80 characters after `end`: "Russian troops" -> noun "troops", modifiers
 * ["russian"]. Sets f.noun and f.modifiers.
 */
function nounAfter(s: string, end: number, f: Figure): void {
  // Read within the window s[end, n), as the words were read from s.slice(end, end + 80), without slicing it.
  const n = Math.min(s.length, end + 80);
  let at = end;
  if (at < n && isSpace(s.charCodeAt(at))) {
    // NOUN_OF needs "of" after the spaces; only then is the window sliced for it.
    const o = skipSpace(s, at);
    if (o + 1 < n && (s.charCodeAt(o) | 32) === 111 && (s.charCodeAt(o + 1) | 32) === 102) {
      NOUN_OF.lastIndex = 0;
      // Keep the last space of "of the " so the first noun word still follows a space.
      if (NOUN_OF.test(s.slice(end, n))) at = end + NOUN_OF.lastIndex - 1;
    }
  }
  const words: string[] = [];
  // Up to three words, each /\s+([\p{L}][\p{L}'\u2019-]*)/u read by hand.
  while (words.length < 3) {
    let j = at;
    while (j < n && isSpace(s.charCodeAt(j))) j++;
    if (j === at || j === n) break;
    let e = j + letterAt(s, j, n);
    if (e === j) break;
    while (e < n) {
      const c = s.charCodeAt(e);
      if (c === 39 || c === 0x2019 || c === 45) e++;
      else {
        const len = letterAt(s, e, n);
        if (len === 0) break;
        e += len;
      }
    }
    let w = s.slice(j, e).toLowerCase();
    const wl = w.length;
    if (wl >= 2 && w.charCodeAt(wl - 1) === 115 && (w.charCodeAt(wl - 2) === 39 || w.charCodeAt(wl - 2) === 0x2019)) w = w.slice(0, -2);
    if (NOUN_STOP.has(w)) break;
    // "people marched", "troops quickly": a verb or adverb ends the noun phrase.
    if (words.length > 0 && (w.endsWith('ed') || w.endsWith('ly'))) break;
    words.push(w);
    at = e;
    // Punctuation or a symbol right after the word ends the phrase.
    if (at < n && !isSpace(s.charCodeAt(at)) && letterAt(s, at, n) === 0) break;
  }
  const noun = words.pop();
  f.noun = noun === undefined ? null : noun;
  f.modifiers = words.length === 0 ? NO_MODIFIERS : words.slice();
}

// Patterns classify runs, each only once a character test has shown it can match.
const RATE_AFTER = /^\s+(?:per|a|an|each)\s+(?:day|week|month|year|hour|minute|capita|person|head|resident|household|\d)/i;
const RATE_INITIALS = asciiSet('pae');
const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b/i;
const MONEY_SCALE_WORD = /^(?:bn|mn|m|k|tn)\b/i;
const TIME_AFTER = /^:\d{2}|^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|BST|CET|EST|EDT|PST|PDT|CST|ET\b|PT\b|local time)/i;
const TIME_INITIALS = asciiSet('apogubcel');
const PHONE_BEFORE = /\b(?:call|calling|called|dial|dialing|dialling|text|texting|phone|telephone|tel\.?|fax|hotline|number)\s+$/i;
/** The words PHONE_BEFORE can end with, for wordFlagsBefore. */
const PHONE_LAST_WORDS = ['call', 'calling', 'called', 'dial', 'dialing', 'dialling', 'text', 'texting', 'phone', 'telephone', 'tel', 'fax', 'hotline', 'number'];
/** "telephone 07341 / 88 20 15": the later groups of a phone number. */
const PHONE_GROUPS_BEFORE = /\b(?:phone|telephone|tel\.?|fax|call|hotline)\s+[\d\s/().+-]+$/i;
const PHONE_GROUP_WORDS = ['phone', 'telephone', 'tel', 'fax', 'call', 'hotline'];

/**
 * Whether PHONE_GROUPS_BEFORE can match s.slice(floor, end): it needs one of its words right before
 * a run of spaces, digits and / ( ) . + - that reaches the end.
 */
function phoneGroupsBefore(s: string, end: number, floor: number): boolean {
  let r = end;
  for (; r > floor; r--) {
    const c = s.charCodeAt(r - 1);
    if (!(isDigit(c) || isSpace(c) || c === 47 || c === 40 || c === 41 || c === 46 || c === 43 || c === 45)) break;
  }
  if (r === end) return false;
  let q = r;
  while (q > floor && isAsciiLetter(s.charCodeAt(q - 1))) q--;
  return q < r && (BEFORE_WORDS.lookup(s, q, r, true) & W_PHONE_GROUP) !== 0;
}
const AGE_WHO_BEFORE = /\bwho (?:is|was|turned|turns)\s+$/i;
/** The words AGE_WHO_BEFORE can end with; so for the lists below. */
const AGE_WHO_LAST_WORDS = ['is', 'was', 'turned', 'turns'];
const AGED_BEFORE = /\b(?:aged?|ages)\s+$/i;
const AGED_WORDS = ['age', 'aged', 'ages'];
const MARGIN_BEFORE = /\b(?:plus or minus|margin of error of|give or take)\s+$/i;
const MARGIN_LAST_WORDS = ['minus', 'of', 'take'];
const YEAR_PREPOSITION_BEFORE = /\b(?:in|since|by|of|from|until|till|before|after|year|the|during|through|around|circa|between|and|to)\s+$/i;
const ADDRESS_AFTER = /^\s+(?:\p{Lu}[\p{L}.]*\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Ln\.|Drive|Dr\.|Way|Place|Pl\.|Court|Ct\.|Square|Terrace|Highway|Parkway|Plaza)/u;
const CAP_BEFORE = /(?:^|[\s(])(\p{Lu}[\p{L}.'\u2019-]*)\s+$/u;
const TIMES_AFTER = /^\s+times\b/i;
/** "500, the limit": a threshold, a limit. */
const LIMIT_WORDS = ['threshold', 'limit', 'cap', 'ceiling', 'maximum', 'minimum'];
const LIMIT_AFTER = new RegExp(`^,?\\s+(?:the\\s+)?(?:${LIMIT_WORDS.join('|')})\\b`, 'i');

/** "seats 500", "a capacity of about 500". */
const CAPACITY_BEFORE = /\b(?:seats|seating|capacity of|holds|sleeps)\s+(?:about\s+|nearly\s+|up to\s+|more than\s+)?$/i;
/** The words CAPACITY_BEFORE can end with, for wordFlagsBefore. */
const CAPACITY_LAST_WORDS = ['seats', 'seating', 'of', 'holds', 'sleeps', 'about', 'nearly', 'to', 'than'];

/**
 * The word lists the tests before a number start with, in one trie with a flag per list: the word
 * before a number is looked up once in place, not sliced and lower-cased for a Set per list. The
 * lookup ignores case; the label and "at" tests are case-sensitive, but their patterns can only
 * match when the word is in the list, so a lookup that also lets other cases through changes nothing.
 */
const BEFORE_WORDS = new WordTrie();
const W_HEDGE = 1;
const W_PHONE = 2;
const W_PHONE_GROUP = 4;
const W_AGE_WHO = 8;
const W_AGED = 16;
const W_MARGIN = 32;
const W_CAPACITY = 64;
const W_LABEL = 128;
const W_AT = 256;
for (const [list, flag] of [
  [lastWords(HEDGE_PHRASES.flatMap(([phrases]) => phrases)), W_HEDGE], [PHONE_LAST_WORDS, W_PHONE],
  [PHONE_GROUP_WORDS, W_PHONE_GROUP], [AGE_WHO_LAST_WORDS, W_AGE_WHO], [AGED_WORDS, W_AGED],
  [MARGIN_LAST_WORDS, W_MARGIN], [CAPACITY_LAST_WORDS, W_CAPACITY], [LABEL_WORDS, W_LABEL], [['at'], W_AT],
] as Array<[Iterable<string>, number]>) {
  for (const w of list) BEFORE_WORDS.add(w.toLowerCase(), flag);
}

/**
 * The words the tests after a number start with, in one trie with a flag per test: these tests run
 * for almost every count, and the word after it (a noun, mostly) is rarely one of theirs. The lookup
 * ignores case; MEASURE_AFTER does not, but it still decides.
 */
const AFTER_WORDS = new WordTrie();
const A_DURATION = 1;
const A_MEASURE = 2;
const A_LIMIT = 4; // LIMIT_AFTER's words and its "the"
const A_TIMES = 8;
for (const w of DURATION_WORDS) AFTER_WORDS.add(w, A_DURATION);
// A unit with a non-letter ("km/h") is looked up by the letters before it ("km"); "°C" by its sign.
for (const u of MEASURE_UNITS) {
  const letters = /^[A-Za-z]*/.exec(u)![0];
  if (letters !== '') AFTER_WORDS.add(letters.toLowerCase(), A_MEASURE);
}
for (const w of [...LIMIT_WORDS, 'the']) AFTER_WORDS.add(w, A_LIMIT);
AFTER_WORDS.add('times', A_TIMES);
/** Units that start with something other than an ASCII letter ("°C"): their first characters. */
const MEASURE_SIGNS = new Set(MEASURE_UNITS.filter((u) => !isAsciiLetter(u.charCodeAt(0))).map((u) => u.charCodeAt(0)));

/**
 * wordFlagsAfter's last answer in the sentence findFigures reads (it resets afterAt): the tests after
 * a figure mostly read the same word, and reading it is most of their cost.
 */
let afterAt = -1;
let afterEnd = -1;
let afterFlags = 0;

/**
 * The AFTER_WORDS flags of the ASCII letters after the spaces (and, with `hyphens`, hyphens) at `i`,
 * reading no further than `end`: a pattern `^[\s-]+(?:words)\b` run on s.slice(i, end) can only match
 * if these hold its flag. (The window bound matters: `\b` matches at the end of the slice.)
 */
function wordFlagsAfter(s: string, i: number, end: number, hyphens: boolean): number {
  const e = Math.min(end, s.length);
  let q = i;
  for (; q < e; q++) {
    const c = s.charCodeAt(q);
    if (!(isSpace(c) || (hyphens && c === 45))) break;
  }
  if (q === afterAt && e === afterEnd) return afterFlags;
  let r = q;
  while (r < e && isAsciiLetter(s.charCodeAt(r))) r++;
  afterAt = q;
  afterEnd = e;
  afterFlags = r === q ? 0 : AFTER_WORDS.lookup(s, q, r, true);
  return afterFlags;
}

/** DURATION_AFTER.test(s.slice(i, end)), run only if a duration word follows. */
function durationAfter(s: string, i: number, end: number): boolean {
  return (wordFlagsAfter(s, i, end, true) & A_DURATION) !== 0 && DURATION_AFTER.test(s.slice(i, end));
}

/** MEASURE_AFTER.test(s.slice(i, end)), run only if a unit (or its sign) follows. */
function measureAfter(s: string, i: number, end: number): boolean {
  let q = i;
  while (q < end && (isSpace(s.charCodeAt(q)) || s.charCodeAt(q) === 45)) q++;
  const unit = MEASURE_SIGNS.has(s.charCodeAt(q)) || (wordFlagsAfter(s, q, end, true) & A_MEASURE) !== 0;
  return unit && MEASURE_AFTER.test(s.slice(i, end));
}

function isYear(a: Atom): boolean {
  return a.plain && a.text.length === 4 && /^\d{4}$/.test(a.text) && a.value >= 1000 && a.value <= 2100;
}

/**
 * What /[\p{L}/]-?$/u finds in s.slice(floor, end): a letter or slash, perhaps then a hyphen, right
 * before the number ("MiG-29", "F/A-18", "G7").
 */
function letterOrSlashBefore(s: string, end: number, floor: number): boolean {
  const c = end > floor ? s.charCodeAt(end - 1) : NaN;
  if (c === 47 || isAsciiLetter(c)) return true;
  if (c === 45) {
    const d = end - 1 > floor ? s.charCodeAt(end - 2) : NaN;
    if (d === 47 || isAsciiLetter(d)) return true;
    if (!(d >= 128)) return false;
  } else if (!(c >= 128)) {
    return false;
  }
  return /[\p{L}/]-?$/u.test(s.slice(floor, end)); // a non-ASCII letter or a surrogate pair
}

/**
 * The capitalised word CAP_BEFORE captures in s.slice(floor, end) ("Section 230" -> "Section"), or
 * null: the run of letters, dots, apostrophes and hyphens before the final spaces, starting after a
 * space, a parenthesis or the window's start, with a capital.
 */
function capWordBefore(s: string, end: number, floor: number): string | null {
  let p = end;
  while (p > floor && isSpace(s.charCodeAt(p - 1))) p--;
  if (p === end) return null;
  let k = p;
  for (; k > floor; k--) {
    const c = s.charCodeAt(k - 1);
    if (c >= 128) {
      const m = CAP_BEFORE.exec(s.slice(floor, end)); // non-ASCII: let the pattern decide
      return m ? m[1] : null;
    }
    if (!(isAsciiLetter(c) || c === 46 || c === 39 || c === 45)) break;
  }
  if (k === p) return null;
  if (k > floor) {
    const c = s.charCodeAt(k - 1);
    if (!(isSpace(c) || c === 40)) return null;
  }
  const c = s.charCodeAt(k);
  return c >= 65 && c <= 90 ? s.slice(k, p) : null;
}

/** A set of ASCII characters as a table by code: reading it is cheaper than a search of a string. */
function asciiSet(chars: string): Uint8Array {
  const set = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i)] = 1;
  return set;
}

/** Whether `c` is the code of one of the characters of `set` (from asciiSet). */
function oneOf(c: number, set: Uint8Array): boolean {
  return c < 128 && set[c] === 1;
}

/** Whether /^\)?[-.\s]\d/ matches at `i`: the start of "-555-1234", ") 555-1234". */
function phoneGroupAfter(s: string, i: number): boolean {
  if (s.charCodeAt(i) === 41) i++;
  const c = s.charCodeAt(i);
  return (c === 45 || c === 46 || isSpace(c)) && isDigit(s.charCodeAt(i + 1));
}

/** Whether a `\p{Lu}` could start at `i` (ASCII capital, or any non-ASCII character). */
function isCapitalStart(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c >= 65 && c <= 90) || c >= 128;
}

/** Marks a figure as not a claim. */
function notClaim(f: Figure, why: NotClaim): void {
  f.claim = false;
  f.notClaim = why;
}

function classify(s: string, f: Figure): void {
  const first = f.atoms[0];
  const last = f.atoms[f.atoms.length - 1];
  // The windows the tests read: `before` and `after` the figure, and `numBefore` and `numAfter` the
  // bare numbers (without currency, percent or scale word). Sliced only where a pattern needs them.
  const bFloor = Math.max(0, f.start - 60); // before = s.slice(bFloor, f.start)
  const aEnd = f.end + 80; // after = s.slice(f.end, aEnd)
  const nb = first.numStart;
  const nbFloor = Math.max(0, nb - 60); // numBefore = s.slice(nbFloor, nb)
  const na = last.numEnd;
  const naEnd = na + 80; // numAfter = s.slice(na, naEnd)
  // The last two characters of numBefore, the first of numAfter and of after.
  const b1 = nb - 1 >= nbFloor ? s.charCodeAt(nb - 1) : NaN;
  const b2 = nb - 2 >= nbFloor ? s.charCodeAt(nb - 2) : NaN;
  const c0 = s.charCodeAt(na);
  const a0 = s.charCodeAt(f.end);
  // The word before the number, as the `\b(?:words)\s+$` tests below end; and before the figure.
  const word = wordFlagsBefore(s, nb, nbFloor);
  let money = false;
  let percent = false;
  for (const a of f.atoms) {
    if (a.currency !== null) money = true;
    if (a.percent) percent = true;
  }
  f.kind = percent ? 'percent' : money ? 'money' : f.kind;
  if (!percent && isSpace(a0) && oneOf(s.charCodeAt(skipSpace(s, f.end)) | 32, RATE_INITIALS) && RATE_AFTER.test(s.slice(f.end, aEnd))) {
    f.kind = f.kind === 'ratio' ? 'ratio' : money ? 'money' : 'rate';
  }
  if (f.kind === 'ratio') return;
  const c0l = c0 | 32;
  if ((c0l === 115 || c0l === 110 || c0l === 114 || c0l === 116) && ORDINAL_AFTER.test(s.slice(na, naEnd))) return notClaim(f, 'ordinal');
  if ((c0 === 39 || c0 === 115) && first.plain && /^'?s\b/.test(s.slice(na, naEnd))) return notClaim(f, 'decade');
  // Joined to letters or slashes: "F/A-18", "MiG-29", "COVID-19", "G7", "5G", "24/7".
  if (letterOrSlashBefore(s, nb, nbFloor)) return notClaim(f, 'model');
  // (An ordinal suffix was ruled out above.)
  if (letterAt(s, na) > 0 && !money && !percent && !MONEY_SCALE_WORD.test(s.slice(na, naEnd)) && !measureAfter(s, na, naEnd)) return notClaim(f, 'model');
  if (((c0 === 58 || oneOf(s.charCodeAt(skipSpace(s, na)) | 32, TIME_INITIALS)) && TIME_AFTER.test(s.slice(na, naEnd))) || (b1 === 58 && isDigit(b2))) return notClaim(f, 'time');
  if ((c0 === 45 || c0 === 47) && /^[-/]\d{1,2}[-/]\d/.test(s.slice(na, naEnd))) return notClaim(f, 'date');
  if ((b1 === 45 || b1 === 47) && isDigit(b2) && /\d{1,4}[-/]\d{1,2}[-/]$/.test(s.slice(nbFloor, nb))) return notClaim(f, 'date');
  if ((word & W_PHONE) !== 0 && PHONE_BEFORE.test(s.slice(nbFloor, nb))) return notClaim(f, 'phone');
  if (phoneGroupsBefore(s, nb, nbFloor) && PHONE_GROUPS_BEFORE.test(s.slice(nbFloor, nb))) return notClaim(f, 'phone');
  if ((phoneGroupAfter(s, na) && /^\)?[-.\s]\d{3}[-.]\d{4}\b/.test(s.slice(na, naEnd))) ||
    ((b1 === 45 || b1 === 46) && /\d{3}[-.]$/.test(s.slice(nbFloor, nb))) ||
    ((b1 === 41 || (isSpace(b1) && b2 === 41)) && /\(\d{3}\)\s?$/.test(s.slice(nbFloor, nb)))) return notClaim(f, 'phone');
  const dayOfMonth = first.plain && first.value >= 1 && first.value <= 31;
  if (dayOfMonth && isSpace(b1) && MONTH_BEFORE.test(s.slice(nbFloor, nb))) return notClaim(f, 'date');
  // (No ordinal suffix here: that returned above.)
  if (dayOfMonth && isSpace(c0) && MONTH_AFTER.test(s.slice(na, naEnd))) return notClaim(f, 'date');
  if (first.plain && first.text.length === 4 && /^\d{4}$/.test(first.text) && isSpace(b1) && MONTH_DAY_YEAR_BEFORE.test(s.slice(nbFloor, nb))) return notClaim(f, 'date');
  const ageLike = first.plain && first.value < 120;
  // "…, 52, …": a comma, one space, the number, a comma.
  const commaSet = c0 === 44 && isSpace(b1) && b2 === 44;
  // "The mayor, 52, met crews", "the mayor, who is 52,".
  if (ageLike && f.atoms.length === 1 && commaSet && /\p{Ll}{3,},\s$/u.test(s.slice(nbFloor, nb)) && !/\b(?:of|in|to|and|from|by|with)\s+\S+,\s$/i.test(s.slice(nbFloor, nb))) return notClaim(f, 'age');
  if (ageLike && (word & W_AGE_WHO) !== 0 && AGE_WHO_BEFORE.test(s.slice(nbFloor, nb))) return notClaim(f, 'age');
  // "Martin Jones Jr., 34, said".
  if (ageLike && commaSet && /(?:Jr|Sr|II|III|IV)\.?,\s$/.test(s.slice(nbFloor, nb))) return notClaim(f, 'age');
  if (((c0 === 45 || isSpace(c0)) && (s.charCodeAt(na + 1) | 32) === 121 && /^(?:-|\s)years?(?:-|\s)old\b/i.test(s.slice(na, naEnd))) ||
    ((word & W_AGED) !== 0 && AGED_BEFORE.test(s.slice(nbFloor, nb)))) return notClaim(f, 'age');
  if (ageLike && (word & W_AT) !== 0 && /\bat\s+$/.test(s.slice(nbFloor, nb)) && /\b(?:died|dies|born|retired|retires|debuted|married|started)\b/i.test(s)) return notClaim(f, 'age');
  // A margin of error, a threshold or a limit describes a rule or a method, not a count.
  if ((((f.start === nb ? word : wordFlagsBefore(s, f.start, bFloor)) & W_MARGIN) !== 0 && MARGIN_BEFORE.test(s.slice(bFloor, f.start))) ||
    ((a0 === 44 || isSpace(a0)) && (wordFlagsAfter(s, a0 === 44 ? f.end + 1 : f.end, aEnd, false) & A_LIMIT) !== 0 && LIMIT_AFTER.test(s.slice(f.end, aEnd)))) return notClaim(f, 'label');
  if (ageLike && commaSet && /\p{Lu}\p{Ll}+,\s$/u.test(s.slice(nbFloor, nb))) return notClaim(f, 'age');
  if (first.plain && isSpace(c0) && isCapitalStart(s, skipSpace(s, na)) && ADDRESS_AFTER.test(s.slice(na, naEnd))) return notClaim(f, 'address');
  // "2015 to 2020", "2010-2020": a span of years.
  if (f.atoms.length === 2 && f.atoms.every(isYear)) return notClaim(f, 'year');
  // "1500 workers" after a verb is a count; "in 1998", "the 1998 law" are years.
  if (f.atoms.length === 1 && isYear(first) && !(f.noun && f.noun.endsWith('s') && !YEAR_PREPOSITION_BEFORE.test(s.slice(nbFloor, nb)))) return notClaim(f, 'year');
  // Scores and tallies: a pair of counts with a word of winning, losing or voting close by.
  const pairOfCounts = (f.rangeForm === 'dash' || f.rangeForm === 'to') && f.atoms.every((a) => !a.currency && !a.percent && !a.words);
  if (pairOfCounts && (SCORE_WORDS.test(s.slice(Math.max(0, f.start - 40), Math.min(s.length, f.end + 25))) || LOSS_WORDS.test(s.slice(bFloor, f.start)) || LOSS_WORDS.test(s.slice(f.end, aEnd)))) return notClaim(f, 'score');
  // "#7", "No. 7", "Section 230"; a "#" at the end already makes it a label, so LABEL_BEFORE needs a word.
  if (b1 === 35 || (isSpace(b1) && b2 === 35)) return notClaim(f, 'label');
  if ((word & W_LABEL) !== 0 && LABEL_BEFORE.test(s.slice(nbFloor, nb))) return notClaim(f, 'label');
  if (c0 === 47 && isDigit(s.charCodeAt(na + 1))) return notClaim(f, 'label'); // "24/7", "9/11"
  if (first.plain && !money && !percent) {
    const cap = capWordBefore(s, nb, nbFloor);
    if (cap !== null && !FIGURE_LEAD_WORDS.has(cap)) {
      const capWord = cap.endsWith('.') ? cap.slice(0, -1) : cap;
      const calendar = capWord.toLowerCase() in MONTHS || WEEKDAYS.includes(capWord);
      if (!calendar) return notClaim(f, 'label');
    }
  }
  if (f.rangeForm === 'dash' && f.atoms.every((a) => a.plain && a.value < 1000) && (f.noun === null || STAT_NOUNS.has(f.noun))) return notClaim(f, 'score');
  if (!money && !percent && isSpace(c0) && (wordFlagsAfter(s, na, naEnd, false) & A_TIMES) !== 0 && TIMES_AFTER.test(s.slice(na, naEnd))) return notClaim(f, 'multiplier');
  if (!money && !percent && (isSpace(a0) || a0 === 45) && durationAfter(s, f.end, aEnd)) return notClaim(f, 'duration');
  if (!money && !percent && (isSpace(c0) || c0 === 45 || c0 === 0xb0 || isAsciiLetter(c0)) && measureAfter(s, na, naEnd) && !/^[\s-]*in\b/.test(s.slice(na, naEnd))) return notClaim(f, 'measure');
  if (a0 === 45 && /^-\p{L}/u.test(s.slice(f.end, aEnd)) && !/^-strong\b/i.test(s.slice(f.end, aEnd))) return notClaim(f, 'compound');
  if (!money && !percent && f.kind !== 'rate' && f.high < 10 && !f.atoms.some((a) => !a.plain && !a.percent && !a.currency && a.value >= 1000 && !a.words && /[a-z]/i.test(a.text))) return notClaim(f, 'small');
  if (!money && !percent && first.words && /dozen/i.test(first.text) && f.atoms.length === 1 && first.value < 100) return notClaim(f, 'small');
}

const CURRENCY_SIGN = new Set([...'$€£¥₴₽₹'].map((c) => c.charCodeAt(0)));

// Where a number can start: what the pattern
//   (?:US\$|A\$|C\$|NZ\$|HK\$|[$€£¥₴₽₹])?\d|\b(?:a\s+|an\s+)?(?:<number word>)(?:\b|(?=\d))
// (any case) finds, read by hand: that regex was the costliest one in findFigures, as it tried its
// long alternation of words at every character of every sentence.

/** The number words (flag 1) and the articles that may lead them (flag 2), for nextStart. */
const START_WORDS = new WordTrie();
const NUMBER_WORD = 1;
const ARTICLE = 2;
for (const w of WORD_NUMBER.split('|')) START_WORDS.add(w, NUMBER_WORD);
START_WORDS.add('a', ARTICLE);
START_WORDS.add('an', ARTICLE);

/**
 * What nextStart must look at, by ASCII code: a digit, a letter (SCAN_WORD_INITIAL if a number word
 * or article starts with it), "$". One table read per character keeps the scan cheaper than the regex.
 */
const SCAN_DIGIT = 1;
const SCAN_LETTER = 2;
const SCAN_WORD_INITIAL = 3;
const SCAN_DOLLAR = 4;
const SCAN = new Uint8Array(128);
for (let c = 48; c <= 57; c++) SCAN[c] = SCAN_DIGIT;
for (let c = 65; c <= 90; c++) SCAN[c] = SCAN[c + 32] = SCAN_LETTER;
for (const w of [...WORD_NUMBER.split('|'), 'a', 'an']) SCAN[w.charCodeAt(0)] = SCAN[w.charCodeAt(0) - 32] = SCAN_WORD_INITIAL;
SCAN[36] = SCAN_DOLLAR;

/** Where the match nextStart last found ends, as the regex's lastIndex would after it. */
let startEnd = 0;

/** End of the run of ASCII letters at `i`. (Bounded: charCodeAt past the end, NaN, slows the loop.) */
function letterRunEnd(s: string, i: number): number {
  const n = s.length;
  while (i < n && isAsciiLetter(s.charCodeAt(i))) i++;
  return i;
}

/** Whether the pattern's word part matches at `p`, given the letters s[p..e): sets startEnd if so. */
function wordStartAt(s: string, p: number, e: number): boolean {
  const flags = START_WORDS.lookup(s, p, e, true);
  if (flags === 0) return false;
  // A number word must end at `\b` or before a digit: no letter (the run ends at e) and no "_".
  if (flags & NUMBER_WORD) {
    if (s.charCodeAt(e) === 95) return false;
    startEnd = e;
    return true;
  }
  // "a" or "an", spaces, a number word.
  if (!isSpace(s.charCodeAt(e))) return false;
  const q = skipSpace(s, e);
  const qe = letterRunEnd(s, q);
  if (qe === q || s.charCodeAt(qe) === 95 || (START_WORDS.lookup(s, q, qe, true) & NUMBER_WORD) === 0) return false;
  startEnd = qe;
  return true;
}

/** The first index >= `from` where the pattern above matches in `s`, or -1; sets startEnd. */
function nextStart(s: string, from: number): number {
  const n = s.length;
  for (let p = from; p < n; p++) {
    const c = s.charCodeAt(p);
    const k = c < 128 ? SCAN[c] : CURRENCY_SIGN.has(c) ? SCAN_DOLLAR : 0;
    if (k === 0) continue;
    if (k === SCAN_DIGIT) {
      startEnd = p + 1;
      return p;
    }
    if (k === SCAN_DOLLAR) {
      if (!isDigit(s.charCodeAt(p + 1))) continue;
      startEnd = p + 2;
      // The letters of "US$", "A$"... were passed over as a word; the match starts with them.
      if (c === 36) {
        const l2 = p - 2 >= from ? s.charCodeAt(p - 2) | 32 : 0;
        const l1 = p - 1 >= from ? s.charCodeAt(p - 1) | 32 : 0;
        if ((l2 === 117 && l1 === 115) || (l2 === 110 && l1 === 122) || (l2 === 104 && l1 === 107)) return p - 2; // us nz hk
        if (l1 === 97 || l1 === 99) return p - 1; // a c
      }
      return p;
    }
    // A word: only at its start can a number word begin (`\b`), so the rest of it is skipped.
    const e = letterRunEnd(s, p + 1);
    if (k === SCAN_WORD_INITIAL && (p === 0 || !isAsciiWordChar(s.charCodeAt(p - 1))) && wordStartAt(s, p, e)) return p;
    p = e - 1;
  }
  return -1;
}

/** A date or phone number BLOCKED found: its span and which it is. */
type Blocked = [number, number, NotClaim];

/** Tells a phone number from a date among BLOCKED's matches. */
const PHONE_SHAPE = /^\(|^\d{3}\D\d{3}/;

/** The span of `blocked` that holds the number of `a`. */
function blockedAt(blocked: Blocked[], a: Atom): Blocked | undefined {
  for (const span of blocked) if (a.numStart >= span[0] && a.numStart < span[1]) return span;
  return undefined;
}

// The gaps that join two numbers into a range or a ratio, and what comes before.
const GAP_AND = /^\s+and\s+$/i;
const GAP_TO = /^\s+to\s+$/i;
const GAP_DASH = /^\s?[\u2013\u2014]\s?$/;
const GAP_RATIO = /^\s+(?:in|out of)\s+$/i;
const GAP_OF = /^\s+of\s+$/;
/** After the spaces of a gap: the a, t, i or o of "and", "to", "in", "out of". */
const GAP_INITIALS = asciiSet('atio');
const BETWEEN_BEFORE = /\bbetween\s+$/i;
const FROM_BEFORE = /\bfrom\s+$/i;

/** The sentence whose SPORT_CONTEXT.test sportContextValue holds: read once per sentence, only if needed. */
let sportSentence: string | null = null;
let sportContextValue = false;

/** Whether `noun` counts game statistics: always for some, for others after a verb of play or in a sentence about a game. */
function sporty(s: string, noun: string | null, at: number): boolean {
  if (noun === null) return false;
  if (GAME_STAT_NOUNS.has(noun)) return true;
  if (!STAT_NOUNS.has(noun)) return false;
  if (SPORT_VERBS.test(s.slice(Math.max(0, at - 40), at))) return true;
  if (sportSentence !== s) {
    sportContextValue = SPORT_CONTEXT.test(s);
    sportSentence = s;
  }
  return sportContextValue;
}

function anySporty(s: string, nouns: readonly string[], at: number): boolean {
  for (const noun of nouns) if (sporty(s, noun, at)) return true;
  return false;
}

/** `[\p{L}\d]` on one UTF-16 unit (a lone surrogate is neither). */
function isLetterOrDigitUnit(c: number): boolean {
  if (c < 128) return isAsciiLetter(c) || isDigit(c);
  return c >= 128 && (classOf(c) & LETTER) !== 0;
}

/** Every number in `s`, grouped into figures and classified. */
export function findFigures(s: string): Figure[] {
  afterAt = -1; // wordFlagsAfter's answer was for another sentence
  const atoms: Atom[] = [];
  let from = 0;
  let at: number;
  while ((at = nextStart(s, from)) !== -1) {
    const prev = at > 0 ? s.charCodeAt(at - 1) : NaN;
    // The rest of a list ("10,20,30") or of a dotted code ("Section 9.14.030"): not a new figure.
    if (at > 1 && (prev === 44 || prev === 46) && isDigit(s.charCodeAt(at - 2))) {
      let j = at;
      while (j < s.length && (isDigit(s.charCodeAt(j)) || s.charCodeAt(j) === 44)) j++;
      from = Math.max(j, at + 1);
      continue;
    }
    // Inside a longer token ("A320", "1.5" second half): not a start.
    if (isLetterOrDigitUnit(prev) && !CURRENCY_SIGN.has(s.charCodeAt(at))) {
      // Letters glued before digits are a model or code; skip the whole run.
      let j = at;
      for (; j < s.length; j++) {
        const c = s.charCodeAt(j);
        if (!(isLetterOrDigitUnit(c) || c === 46 || c === 44)) break;
      }
      from = Math.max(j, at + 1);
      continue;
    }
    const a = parseAtomAt(s, at);
    if (!a) {
      from = startEnd; // the regex this scan replaces went on after its match
      continue;
    }
    atoms.push(a);
    from = Math.max(a.end, at + 1);
  }
  if (atoms.length === 0) return [];
  let blocked: Blocked[] | null = null; // null: no date or phone in the sentence
  if (DIGIT_SEPARATOR_DIGIT.test(s)) {
    BLOCKED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BLOCKED.exec(s))) (blocked ??= []).push([m.index, m.index + m[0].length, PHONE_SHAPE.test(m[0]) ? 'phone' : 'date']);
  }
  const figures: Figure[] = [];
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k];
    const b = atoms[k + 1];
    let fig: Figure | null = null;
    const bl = blocked === null ? undefined : blockedAt(blocked, a);
    if (bl) {
      figures.push({
        start: a.start, end: a.end, text: a.text, low: a.value, high: a.value, kind: 'count', claim: false,
        notClaim: bl[2], hedge: 'exact', atoms: [a], rangeForm: null, noun: null, modifiers: NO_MODIFIERS,
      });
      continue;
    }
    // Every gap that joins two numbers starts with a space or a dash, and after the spaces comes a
    // dash or the a, t, i or o of "and", "to", "in", "out of".
    const g0 = s.charCodeAt(a.end);
    const g1 = s.charCodeAt(skipSpace(s, a.end));
    if (b && b.start > a.end && (isSpace(g0) || g0 === 45 || g0 === 0x2013 || g0 === 0x2014) &&
      (g1 === 45 || g1 === 0x2013 || g1 === 0x2014 || oneOf(g1 | 32, GAP_INITIALS)) && !(blocked !== null && blockedAt(blocked, b))) {
      const gap = s.slice(a.end, b.start);
      const between = GAP_AND.test(gap) && BETWEEN_BEFORE.test(s.slice(Math.max(0, a.start - 20), a.start));
      const to = GAP_TO.test(gap);
      const dash = gap === '-' || GAP_DASH.test(gap);
      const ratio = GAP_RATIO.test(gap) && !a.percent && !b.percent && a.value < b.value &&
        !durationAfter(s, b.end, b.end + 30) && !measureAfter(s, b.end, b.end + 30);
      if (ratio && (a.words || b.words || b.value <= 1000)) {
        fig = {
          start: a.start, end: b.end, text: s.slice(a.start, b.end), low: a.value / b.value, high: a.value / b.value,
          kind: 'ratio', claim: true, notClaim: null, hedge: 'exact',
          atoms: [a, b], rangeForm: null, noun: null, modifiers: NO_MODIFIERS,
        };
      } else if ((between || to || dash) && !(a.percent && !b.percent) && !((a.currency && b.percent) || (b.currency && a.percent))) {
        // Scale, currency and percent written once apply to both ends: "20 to 30 million", "$5-$6".
        let low = a.value;
        const high = b.value;
        const bScale = /(?:thousand|million|billion|trillion)/i.exec(b.text.slice(b.numEnd - b.start));
        if (bScale && !/(?:thousand|million|billion|trillion)/i.test(a.text) && !a.words && low < high / 100) {
          low *= SCALE_WORDS[bScale[0].toLowerCase()];
        }
        if (b.percent && !a.percent) a.percent = true;
        if (a.currency && !b.currency) b.currency = a.currency;
        if (b.currency && !a.currency) a.currency = b.currency;
        fig = {
          start: a.start, end: b.end, text: s.slice(a.start, b.end), low, high,
          kind: 'count', claim: true, notClaim: null, hedge: 'exact', atoms: [a, b],
          rangeForm: between ? 'between' : dash ? 'dash' : FROM_BEFORE.test(s.slice(Math.max(0, a.start - 20), a.start)) ? 'from' : 'to',
          noun: null, modifiers: NO_MODIFIERS,
        };
      }
      if (fig) k++;
    }
    if (!fig) {
      fig = {
        start: a.start, end: a.end, text: a.text, low: a.value, high: a.value, kind: 'count', claim: true,
        notClaim: null, hedge: 'exact', atoms: [a], rangeForm: null, noun: null, modifiers: NO_MODIFIERS,
      };
    }
    if (fig.rangeForm === null) fig.hedge = hedgeBefore(s, fig.start);
    nounAfter(s, fig.end, fig);
    classify(s, fig);
    figures.push(fig);
  }
  // Game statistics ("31 points", "11 of 19 shots") are events, like scores; so is a venue's capacity.
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k];
    if (!f.claim || f.kind === 'money' || f.kind === 'percent') continue;
    const next = figures[k + 1];
    const ofStat = next && isSpace(s.charCodeAt(f.end)) && GAP_OF.test(s.slice(f.end, next.start)) && sporty(s, next.noun, f.start);
    if (sporty(s, f.noun, f.start) || anySporty(s, f.modifiers, f.start) || ofStat) {
      f.claim = false;
      f.notClaim = 'score';
    } else if ((wordFlagsBefore(s, f.start, Math.max(0, f.start - 30)) & W_CAPACITY) !== 0 && CAPACITY_BEFORE.test(s.slice(Math.max(0, f.start - 30), f.start))) {
      f.claim = false;
      f.notClaim = 'measure';
    }
  }
  sportSentence = null; // hold no sentence past the call
  // An exact-size copy: the list lives as long as the draft, and one pushed to keeps room for 17.
  return figures.slice();
}

/** This module's regular expressions that cost the most to compile, for compileRegExpsEarly (../early.ts). */
export const COSTLY_TO_COMPILE: readonly RegExp[] = [MONTH_AFTER, MEASURE_AFTER, ADDRESS_AFTER];
