// Reads every way copy writes a figure ("40,000", "1.2 million", "$3.5 billion",
// "7.4 percent", "forty thousand", "one in five", "20,000 to 30,000", "between
// 4,000 and 5,000"), the forms spinners and machine translation leave behind
// ("forty,000", "a hundred,000", "twenty5", "3 million,000"), and tells a
// figure claim from a number that is not one (dates, times, years, ages,
// ordinals, addresses, labels, scores, phone numbers, model names).

import {
  CURRENCY_WORDS,
  DURATION_AFTER,
  FIGURE_LEAD_WORDS,
  HEDGES,
  LABEL_BEFORE,
  MEASURE_AFTER,
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
  modifiers: string[];
}

const WORD_NUMBER = [...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(SCALE_WORDS), 'dozen'].join('|');
const WORD_SEQ = new RegExp(
  `^(?:(?:a|an)\\s+)?(?:${WORD_NUMBER})(?:\\b|(?=\\d))(?:(?:\\s+and\\s+|[\\s-]+)(?:${WORD_NUMBER})(?:\\b|(?=\\d)))*`,
  'i',
);
const START = new RegExp(`(?:US\\$|A\\$|C\\$|NZ\\$|HK\\$|[$€£¥₴₽₹])?\\d|\\b(?:a\\s+|an\\s+)?(?:${WORD_NUMBER})(?:\\b|(?=\\d))`, 'gi');
/** Dates and phone numbers written with digits and separators: never figures. */
const BLOCKED = /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|(?:\(\d{3}\)\s?|\b\d{3}[-.\s])\d{3}[-.]\d{4}\b/g;
const CURRENCY_PREFIX = /^(?:US\$|A\$|C\$|NZ\$|HK\$|[$€£¥₴₽₹])\s?/;
const DIGITS = /^\d[\d,.]*\d|^\d/;
const SCALE_AFTER = /^(?:\s+|-)(hundred|thousand|million|billion|trillion)\b/i;
const MONEY_SCALE_AFTER = /^\s?(bn|mn|m|k|tn)\b/i;
const PERCENT_AFTER = /^(?:\s*%|\s+(?:percent|per cent|pct)\b)/i;
const POINTS_AFTER = /^\s+(?:percentage\s+)?points?\b/i;
const PERCENTAGE_POINTS_AFTER = /^\s+percentage points?\b/i;
const THOUSANDS_TAIL = /^,\d{3}(?:,\d{3})*(?![\d,])/;
const MONTH_BEFORE = new RegExp(`(?:${MONTH_PATTERN})\\s+$`);
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_PATTERN})\\b`);
const MONTH_DAY_YEAR_BEFORE = new RegExp(`(?:${MONTH_PATTERN})\\s+\\d{1,2},?\\s+$`);

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

/** Parses one number starting at `i` in `s`, or returns null. */
export function parseAtomAt(s: string, i: number): Atom | null {
  const start = i;
  let currency: string | null = null;
  const cm = CURRENCY_PREFIX.exec(s.slice(i, i + 5));
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
  const dm = DIGITS.exec(s.slice(i, i + 64));
  if (dm) {
    const raw = dm[0];
    numEnd = i + raw.length;
    if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw)) {
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
    const glued = /^-?(\d)(?![\d,.])/.exec(s.slice(i, i + 4));
    if (tail) {
      // "forty,000", "a hundred,000": a spinner's half-word, half-digit number.
      const groups = (tail[0].length) / 4;
      value = value * 1000 ** groups;
      numEnd = i + tail[0].length;
      i = numEnd;
      malformed = { fix: formatNumber(value), reason: 'mixes words and digits', start: numStart, end: numEnd };
    } else if (glued && value % 10 === 0 && value >= 20 && value <= 90) {
      value = value + Number(glued[1]);
      numEnd = i + glued[0].length;
      i = numEnd;
      malformed = { fix: String(value), reason: 'mixes words and digits', start: numStart, end: numEnd };
    }
  }
  // Scale words: "1.2 million", "forty thousand" (already inside word numbers).
  const sm = SCALE_AFTER.exec(s.slice(i, i + 20));
  if (sm && !words) {
    value *= SCALE_WORDS[sm[1].toLowerCase()];
    plain = false;
    i += sm[0].length;
    const tail = THOUSANDS_TAIL.exec(s.slice(i, i + 40));
    if (tail) {
      // "3 million,000": the scale word and its zeros both survived a rewrite.
      i += tail[0].length;
      malformed = { fix: formatNumber(value), reason: 'mixes words and digits', start: numStart, end: i };
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
  const ppm = PERCENTAGE_POINTS_AFTER.exec(s.slice(i, i + 30));
  if (ppm) {
    percent = true;
    points = true;
    i += ppm[0].length;
  } else {
    const pm = PERCENT_AFTER.exec(s.slice(i, i + 12));
    if (pm) {
      percent = true;
      i += pm[0].length;
      const pts = POINTS_AFTER.exec(s.slice(i, i + 30));
      if (pts) { points = true; i += pts[0].length; }
    }
  }
  if (!currency) {
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

function hedgeBefore(prefix: string): Hedge {
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

/** The noun phrase right after a figure: "Russian troops" -> noun "troops", modifiers ["russian"]. */
function nounAfter(suffix: string): { noun: string | null; modifiers: string[] } {
  let rest = suffix;
  const of = /^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?/i.exec(rest);
  if (of) rest = rest.slice(of[0].length - 1);
  const words: string[] = [];
  const re = /^\s+([\p{L}][\p{L}'\u2019-]*)/u;
  let m: RegExpExecArray | null;
  while (words.length < 3 && (m = re.exec(rest))) {
    const w = m[1].toLowerCase().replace(/['\u2019]s$/, '');
    if (NOUN_STOP.has(w)) break;
    // "people marched", "troops quickly": a verb or adverb ends the noun phrase.
    if (words.length > 0 && /(?:ed|ly)$/.test(w)) break;
    words.push(w);
    rest = rest.slice(m[0].length);
    if (/^[^\s\p{L}]/u.test(rest)) break;
  }
  if (words.length === 0) return { noun: null, modifiers: [] };
  return { noun: words[words.length - 1], modifiers: words.slice(0, -1) };
}

function classify(s: string, f: Figure): void {
  const first = f.atoms[0];
  const last = f.atoms[f.atoms.length - 1];
  const before = s.slice(Math.max(0, f.start - 60), f.start);
  const after = s.slice(f.end, f.end + 80);
  const numBefore = s.slice(Math.max(0, first.numStart - 60), first.numStart);
  const numAfter = s.slice(last.numEnd, last.numEnd + 80);
  const money = f.atoms.some((a) => a.currency !== null);
  const percent = f.atoms.some((a) => a.percent);
  const scaled = f.atoms.some((a) => !a.plain && !a.percent && !a.currency && a.value >= 1000 && /[a-z]/i.test(a.text) && !a.words);
  const not = (why: NotClaim) => {
    f.claim = false;
    f.notClaim = why;
  };
  f.kind = percent ? 'percent' : money ? 'money' : f.kind;
  if (/^\s+(?:per|a|an|each)\s+(?:day|week|month|year|hour|minute|capita|person|head|resident|household|\d)/i.test(after) && !percent) {
    f.kind = f.kind === 'ratio' ? 'ratio' : money ? 'money' : 'rate';
  }
  if (f.kind === 'ratio') return;
  if (/^(?:st|nd|rd|th)\b/i.test(numAfter)) return not('ordinal');
  if (/^'?s\b/.test(numAfter) && first.plain) return not('decade');
  // Joined to letters or slashes: "F/A-18", "MiG-29", "COVID-19", "G7", "5G", "24/7".
  if (/[\p{L}/]-?$/u.test(numBefore)) return not('model');
  if (/^[\p{L}]/u.test(numAfter) && !/^(?:st|nd|rd|th)\b/i.test(numAfter) && !money && !percent && !/^(?:bn|mn|m|k|tn)\b/i.test(numAfter) && !MEASURE_AFTER.test(numAfter)) return not('model');
  if (/^(?:st|nd|rd|th)\b/i.test(numAfter)) return not('ordinal');
  if (/^'?s\b/.test(numAfter) && first.plain) return not('decade');
  if (/^:\d{2}|^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|BST|CET|EST|EDT|PST|PDT|CST|ET\b|PT\b|local time)/i.test(numAfter) || /\d:$/.test(numBefore)) return not('time');
  if (/^[-/]\d/.test(numAfter) && /^[-/]\d{1,2}[-/]\d/.test(numAfter)) return not('date');
  if (/\d[-/]$/.test(numBefore) && /\d{1,4}[-/]\d{1,2}[-/]$/.test(numBefore)) return not('date');
  if (/\b(?:call|calling|called|dial|dialing|dialling|text|texting|phone|telephone|tel\.?|fax|hotline|number)\s+$/i.test(numBefore)) return not('phone');
  // "telephone 07341 / 88 20 15": the later groups of a phone number.
  if (/\b(?:phone|telephone|tel\.?|fax|call|hotline)\s+[\d\s/().+-]+$/i.test(numBefore)) return not('phone');
  if (/^\)?[-.\s]\d{3}[-.]\d{4}\b/.test(numAfter) || /\d{3}[-.]$/.test(numBefore) || /\(\d{3}\)\s?$/.test(numBefore)) return not('phone');
  if (first.plain && MONTH_BEFORE.test(numBefore) && first.value >= 1 && first.value <= 31) return not('date');
  if (first.plain && MONTH_AFTER.test(numAfter) && first.value >= 1 && first.value <= 31) return not('date');
  if (first.plain && /^\d{4}$/.test(first.text) && MONTH_DAY_YEAR_BEFORE.test(numBefore)) return not('date');
  // "The mayor, 52, met crews", "the mayor, who is 52,".
  if (first.plain && first.value < 120 && f.atoms.length === 1 && /\p{Ll}{3,},\s$/u.test(numBefore) && /^,/.test(numAfter) && !/\b(?:of|in|to|and|from|by|with)\s+\S+,\s$/i.test(numBefore)) return not('age');
  if (first.plain && first.value < 120 && /\bwho (?:is|was|turned|turns)\s+$/i.test(numBefore)) return not('age');
  // "Martin Jones Jr., 34, said".
  if (first.plain && first.value < 120 && /(?:Jr|Sr|II|III|IV)\.?,\s$/.test(numBefore) && /^,/.test(numAfter)) return not('age');
  if (/^(?:-|\s)years?(?:-|\s)old\b/i.test(numAfter) || /\b(?:aged?|ages)\s+$/i.test(numBefore)) return not('age');
  if (first.plain && first.value < 120 && /\bat\s+$/.test(numBefore) && /\b(?:died|dies|born|retired|retires|debuted|married|started)\b/i.test(s)) return not('age');
  // A margin of error, a threshold or a limit describes a rule or a method, not a count.
  if (/\b(?:plus or minus|margin of error of|give or take)\s+$/i.test(before) || /^,?\s+(?:the\s+)?(?:threshold|limit|cap|ceiling|maximum|minimum)\b/i.test(after)) return not('label');
  if (first.plain && first.value < 120 && /\p{Lu}\p{Ll}+,\s$/u.test(numBefore) && /^,/.test(numAfter)) return not('age');
  const isYear = (a: Atom) => a.plain && /^\d{4}$/.test(a.text) && a.value >= 1000 && a.value <= 2100;
  if (first.plain && /^\s+(?:\p{Lu}[\p{L}.]*\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Ln\.|Drive|Dr\.|Way|Place|Pl\.|Court|Ct\.|Square|Terrace|Highway|Parkway|Plaza)/u.test(numAfter)) return not('address');
  // "2015 to 2020", "2010-2020": a span of years.
  if (f.atoms.length === 2 && f.atoms.every(isYear)) return not('year');
  // "1500 workers" after a verb is a count; "in 1998", "the 1998 law" are years.
  if (f.atoms.length === 1 && isYear(first) && !(f.noun && /s$/.test(f.noun) && !/\b(?:in|since|by|of|from|until|till|before|after|year|the|during|through|around|circa|between|and|to)\s+$/i.test(numBefore))) return not('year');
  // Scores and tallies: a pair of counts with a word of winning, losing or voting close by.
  const near = s.slice(Math.max(0, f.start - 40), Math.min(s.length, f.end + 25));
  const pairOfCounts = (f.rangeForm === 'dash' || f.rangeForm === 'to') && f.atoms.every((a) => !a.currency && !a.percent && !a.words);
  if (pairOfCounts && (SCORE_WORDS.test(near) || LOSS_WORDS.test(before) || LOSS_WORDS.test(after))) return not('score');
  if (/#\s?$/.test(numBefore) || LABEL_BEFORE.test(numBefore)) return not('label');
  if (/^\/\d/.test(numAfter)) return not('label'); // "24/7", "9/11"
  const capBefore = /(?:^|[\s(])(\p{Lu}[\p{L}.'\u2019-]*)\s+$/u.exec(numBefore);
  const capWord = capBefore ? capBefore[1].replace(/\.$/, '') : '';
  const calendar = capWord.toLowerCase() in MONTHS || WEEKDAYS.includes(capWord);
  if (first.plain && capBefore && !FIGURE_LEAD_WORDS.has(capBefore[1]) && !calendar && !money && !percent) return not('label');
  if (f.rangeForm === 'dash' && f.atoms.every((a) => a.plain && a.value < 1000) && (f.noun === null || STAT_NOUNS.has(f.noun))) return not('score');
  if (!money && !percent && /^\s+times\b/i.test(numAfter)) return not('multiplier');
  if (!money && !percent && DURATION_AFTER.test(after)) return not('duration');
  if (!money && !percent && MEASURE_AFTER.test(numAfter) && !/^[\s-]*in\b/.test(numAfter)) return not('measure');
  if (/^-\p{L}/u.test(after) && !/^-strong\b/i.test(after)) return not('compound');
  if (!money && !percent && !scaled && f.kind !== 'rate' && f.high < 10) return not('small');
  if (!money && !percent && first.words && /dozen/i.test(first.text) && f.atoms.length === 1 && first.value < 100) return not('small');
}

/** Every number in `s`, grouped into figures and classified. */
export function findFigures(s: string): Figure[] {
  const atoms: Atom[] = [];
  START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = START.exec(s))) {
    const at = m.index;
    // The rest of a list ("10,20,30") or of a dotted code ("Section 9.14.030"): not a new figure.
    if (at > 1 && (s[at - 1] === ',' || s[at - 1] === '.') && /\d/.test(s[at - 2])) {
      let j = at;
      while (j < s.length && /[\d,]/.test(s[j])) j++;
      START.lastIndex = Math.max(j, at + 1);
      continue;
    }
    // Inside a longer token ("A320", "1.5" second half): not a start.
    if (at > 0 && /[\p{L}\d]/u.test(s[at - 1]) && !/^[$€£¥₴₽₹]/u.test(m[0])) {
      // Letters glued before digits are a model or code; skip the whole run.
      let j = at;
      while (j < s.length && /[\p{L}\d.,]/u.test(s[j])) j++;
      START.lastIndex = Math.max(j, at + 1);
      continue;
    }
    const a = parseAtomAt(s, at);
    if (!a) continue;
    atoms.push(a);
    START.lastIndex = Math.max(a.end, at + 1);
  }
  const blocked: Array<[number, number, NotClaim]> = [];
  BLOCKED.lastIndex = 0;
  while ((m = BLOCKED.exec(s))) blocked.push([m.index, m.index + m[0].length, /^\(|^\d{3}\D\d{3}/.test(m[0]) ? 'phone' : 'date']);
  const blockedAt = (a: Atom) => blocked.find(([x, y]) => a.numStart >= x && a.numStart < y);
  const figures: Figure[] = [];
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k];
    const b = atoms[k + 1];
    let fig: Figure | null = null;
    const bl = blockedAt(a);
    if (bl) {
      figures.push({
        start: a.start, end: a.end, text: a.text, low: a.value, high: a.value, kind: 'count', claim: false,
        notClaim: bl[2], hedge: 'exact', atoms: [a], rangeForm: null, noun: null, modifiers: [],
      });
      continue;
    }
    if (b && !blockedAt(b)) {
      const gap = s.slice(a.end, b.start);
      const before = s.slice(Math.max(0, a.start - 20), a.start);
      const between = /\bbetween\s+$/i.test(before) && /^\s+and\s+$/i.test(gap);
      const to = /^\s+to\s+$/i.test(gap);
      const dash = gap === '-' || /^\s?[\u2013\u2014]\s?$/.test(gap);
      const bAfter = s.slice(b.end, b.end + 30);
      const ratio = /^\s+(?:in|out of)\s+$/i.test(gap) && !a.percent && !b.percent && a.value < b.value && !DURATION_AFTER.test(bAfter) && !MEASURE_AFTER.test(bAfter);
      if (ratio && (a.words || b.words || b.value <= 1000)) {
        fig = {
          start: a.start, end: b.end, text: s.slice(a.start, b.end), low: a.value / b.value, high: a.value / b.value,
          kind: 'ratio', claim: true, notClaim: null, hedge: hedgeBefore(s.slice(Math.max(0, a.start - 30), a.start)),
          atoms: [a, b], rangeForm: null, noun: null, modifiers: [],
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
          rangeForm: between ? 'between' : dash ? 'dash' : /\bfrom\s+$/i.test(before) ? 'from' : 'to',
          noun: null, modifiers: [],
        };
      }
      if (fig) k++;
    }
    if (!fig) {
      fig = {
        start: a.start, end: a.end, text: a.text, low: a.value, high: a.value, kind: 'count', claim: true,
        notClaim: null, hedge: 'exact', atoms: [a], rangeForm: null, noun: null, modifiers: [],
      };
    }
    if (fig.rangeForm === null) fig.hedge = hedgeBefore(s.slice(Math.max(0, fig.start - 30), fig.start));
    const np = nounAfter(s.slice(fig.end, fig.end + 80));
    fig.noun = np.noun;
    fig.modifiers = np.modifiers;
    classify(s, fig);
    figures.push(fig);
  }
  // Game statistics ("31 points", "11 of 19 shots") are events, like scores; so is a venue's capacity.
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k];
    if (!f.claim || f.kind === 'money' || f.kind === 'percent') continue;
    const next = figures[k + 1];
    const sporty = (noun: string | null, at: number) =>
      noun !== null && (GAME_STAT_NOUNS.has(noun) || (STAT_NOUNS.has(noun) && (SPORT_VERBS.test(s.slice(Math.max(0, at - 40), at)) || SPORT_CONTEXT.test(s))));
    const ofStat = next && /^\s+of\s+$/.test(s.slice(f.end, next.start)) && sporty(next.noun, f.start);
    if (sporty(f.noun, f.start) || f.modifiers.some((m) => sporty(m, f.start)) || ofStat) {
      f.claim = false;
      f.notClaim = 'score';
    } else if (/\b(?:seats|seating|capacity of|holds|sleeps)\s+(?:about\s+|nearly\s+|up to\s+|more than\s+)?$/i.test(s.slice(Math.max(0, f.start - 30), f.start))) {
      f.claim = false;
      f.notClaim = 'measure';
    }
  }
  return figures;
}
