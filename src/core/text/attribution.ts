// Who a sentence's figures and quotes come from: attribution cues ("said",
// "according to", "data show"), direct quotes and their speakers, pronoun
// follow-ups, lead-ins for lists and tables, and "Source:" lines.

import {
  CONTINUATION_START,
  CUE,
  CUE_FIRST_WORDS,
  CUE_PHRASE_ONLY_WORDS,
  CUE_SECOND_WORDS,
  DATA_SUBJECTS,
  DATA_SUBJECTS_RIGHT_BEFORE,
  OWNED_FIGURE_NOUNS,
  OWNED_FIGURES_CUE,
  PASSIVE_CUES,
  SOURCE_LINE,
  SPEECH_VERBS,
  SUBJECT_CUES,
} from '../data/attribution';
import { countBefore } from '../bisect';
import { isCalendarWord } from '../data/numbers';
import { memoize } from '../memo';
import { isAsciiLetter, isAsciiWordChar, isSpace, WordTrie } from './chars';
import { COMMON_CAPITALIZED } from '../data/gazetteer';
import { ROLE_NOUNS } from '../data/titles';
import type { ProseBlock } from '../markdown/scan';
import type { Mention, PeopleIndex } from './people';
import type { Sentence } from './sentences';

export interface Source {
  /** Canonical person, organisation or description as written ("the Health Ministry"). */
  name: string;
  start: number;
  end: number;
}

export interface Quote {
  /** Offset of the opening quotation mark. */
  start: number;
  /** Offset just past the closing mark, or the block end if unclosed. */
  end: number;
  closed: boolean;
  block: ProseBlock;
  speaker: Source | null;
  /** The name the quote is pinned on, if a name (not a pronoun or description). */
  speakerMention: Mention | null;
}

export interface SentenceAttribution {
  /** An attribution cue with a source stands in the sentence. */
  cue: boolean;
  source: Source | null;
  /** Attributed by the sentence before, a lead-in, a "Source:" line or the next sentence. */
  inherited: boolean;
}

const PRONOUN = /^(?:he|she|they|we|i)$/i;
// Cues are found word by word: only at a word that can start one is the (long) cue pattern tried.
const CUE_AT = new RegExp(CUE.source, 'iy');
// Searched with lastIndex from the words before the first owned-figures noun.
const OWNED_AT = new RegExp(OWNED_FIGURES_CUE.source, 'gu');

// Flags of the words read off a sentence in one pass (a trie, so no substring per word).
const CUE_START = 1; // a cue can start with it (any case)
const OWNED_NOUN = 2; // a noun of OWNED_FIGURES_CUE (lower case only)
const PHRASE_ONLY = 4; // a cue can start with it only before a second word of a phrase
const SENTENCE_WORDS = new WordTrie();
for (const w of CUE_FIRST_WORDS) SENTENCE_WORDS.add(w, CUE_START);
for (const w of OWNED_FIGURE_NOUNS) SENTENCE_WORDS.add(w, OWNED_NOUN);
for (const w of CUE_PHRASE_ONLY_WORDS) SENTENCE_WORDS.add(w, PHRASE_ONLY);
const SECOND_WORDS = new WordTrie();
for (const w of CUE_SECOND_WORDS) SECOND_WORDS.add(w, 1);

/**
 * The ASCII words (maximal [A-Za-z]+ runs) of a sentence, read lazily from the start: most cues
 * that count are found before the sentence ends, and then the rest of it is never read.
 */
class SentenceWords {
  private at = 0;
  /** The start of the first OWNED_FIGURES_CUE noun (lower case) among the words read so far, or -1. */
  ownedAt = -1;

  constructor(private readonly t: string) {}

  /** The start of the next word a cue can start with, or -1 when every word has been read. */
  nextCueStart(): number {
    const t = this.t;
    const n = t.length;
    let i = this.at;
    while (i < n) {
      if (!isAsciiLetter(t.charCodeAt(i))) {
        i++;
        continue;
      }
      const s = i;
      while (i < n && isAsciiLetter(t.charCodeAt(i))) i++;
      const f = SENTENCE_WORDS.lookup(t, s, i, true);
      if (f & OWNED_NOUN && this.ownedAt < 0 && !hasUpper(t, s, i)) this.ownedAt = s;
      // "the", "in" and "a" are common and start cues only in phrases ("in a statement").
      if (f & CUE_START && (!(f & PHRASE_ONLY) || secondWordAt(t, i))) {
        this.at = i;
        return s;
      }
    }
    this.at = n;
    return -1;
  }
}

/** Whether one space and then a second word of a cue phrase (any case) stand at t[at]. */
function secondWordAt(t: string, at: number): boolean {
  if (t.charCodeAt(at) !== 32) return false;
  let end = at + 1;
  while (end < t.length && isAsciiLetter(t.charCodeAt(end))) end++;
  return SECOND_WORDS.lookup(t, at + 1, end, true) !== 0;
}

function hasUpper(t: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (t.charCodeAt(i) < 97) return true;
  return false;
}

// What a cue word itself says about how to read it; computed once per spelling by the patterns below.
const ESTIMATE_NOUN = 1;
const PER = 2;
const PASSIVE = 4;
const SUBJECT = 8;
const SETTING = 16;
const NAMES_AFTER = 32;
/** "surveyed by FactSet": a capitalized name follows, which is the source; with none, no cue ("surveyed by phone"). */
const AGENT_AFTER = 128;
/** An agent after "by", not a time: "by Monday", "by March", "by noon", "by Tuesday's deadline", "by Election Day". */
function isAgent(raw: string): boolean {
  const words = raw.replace(/^the\s+/i, '').split(/\s+/);
  const first = words[0];
  return !isCalendarWord(first) && first !== 'Noon' && first !== 'Midnight' && !/['\u2019]s$/.test(first) && words[words.length - 1] !== 'Day';
}
const AGENT_NAME = /^\s+((?:the\s+)?\p{Lu}[\p{L}.'\u2019&-]*(?:\s+\p{Lu}[\p{L}.'\u2019&-]*){0,3})/u;
const cueFlags = (word: string): number =>
  (/^(?:estimates?|reports?|counts?|projections?)$/i.test(word) ? ESTIMATE_NOUN : 0) |
  (/^per$/i.test(word) ? PER : 0) |
  (PASSIVE_CUES.test(word) ? PASSIVE : 0) |
  (SUBJECT_CUES.test(word) ? SUBJECT : 0) |
  (/^in an? /i.test(word) ? SETTING : 0) |
  (/^(?:according to|citing|cited|figures from|data from|statistics from|numbers from|estimates from|a report by|a study by|a survey by|a poll by|an analysis by|per)$/i.test(word) ? NAMES_AFTER : 0) |
  (/^(?:surveyed|polled|compiled) by$/i.test(word) ? AGENT_AFTER : 0);
// A cue of one word is one of CUE_FIRST_WORDS, read in place (the patterns ignore case); KNOWN
// marks a word whose flags are none.
const KNOWN = 64;
const ONE_WORD_CUES = new WordTrie();
for (const w of CUE_FIRST_WORDS) ONE_WORD_CUES.add(w, cueFlags(w) | KNOWN);
// Phrases ("according to"): their spellings are few; the bound only guards against odd whitespace inside release cues.
const phraseFlagsOf = memoize(4096, cueFlags);

/** cueFlags of the cue t[at, end). */
function flagsOf(t: string, at: number, end: number, word: string): number {
  const f = ONE_WORD_CUES.lookup(t, at, end, true);
  return f !== 0 ? f & ~KNOWN : phraseFlagsOf(word);
}

// The word just before a cue (then spaces), by what it rules out.
const ARTICLE = 1; // "an estimated 40,000"
const VAGUE = 2; // "early estimates put the damage at"
const BE = 4; // "was estimated": passive
const WORD_BEFORE = new WordTrie();
for (const w of 'a an the its their his her our'.split(' ')) WORD_BEFORE.add(w, ARTICLE);
for (const w of 'early initial preliminary rough some these those latest current unofficial'.split(' ')) WORD_BEFORE.add(w, VAGUE);
for (const w of 'is are was were be been being'.split(' ')) WORD_BEFORE.add(w, BE);

/**
 * WORD_BEFORE's flags for the word that ends t[lo, hi) followed by at least one space: what
 * /\b(?:word)\s+$/i says on t.slice(lo, hi), for a `\w` word (no u flag: ASCII).
 */
function wordBeforeFlags(t: string, lo: number, hi: number): number {
  let j = hi;
  while (j > lo && isSpace(t.charCodeAt(j - 1))) j--;
  if (j === hi) return 0;
  let k = j;
  while (k > lo && isAsciiWordChar(t.charCodeAt(k - 1))) k--;
  return k < j ? WORD_BEFORE.lookup(t, k, j, true) : 0;
}

const CAPITALIZED_BEFORE = /\p{Lu}[\p{L}.]*\s+(?:\p{L}+\s+)?$/u;
/**
 * CAPITALIZED_BEFORE.test(t.slice(lo, hi)) ("Congress voted", "the Senate narrowly passed"),
 * read backwards from `hi`; text that is not ASCII near the end goes to the pattern itself.
 */
function capitalizedBefore(t: string, lo: number, hi: number): boolean {
  const slow = () => CAPITALIZED_BEFORE.test(t.slice(lo, hi));
  let c = 0;
  // Spaces, then a run of [A-Za-z.] that holds a capital: or that run is one plain word and the
  // capital is in the run before the spaces before it.
  let j = hi;
  while (j > lo && (c = t.charCodeAt(j - 1)) < 128 && isSpace(c)) j--;
  if (j > lo && c >= 128) return slow();
  if (j === hi) return false;
  let k = j;
  let dot = false;
  while (k > lo) {
    c = t.charCodeAt(k - 1);
    if (c >= 128) return slow();
    if (isAsciiLetter(c)) {
      if (c < 97) return true;
    } else if (c === 46) dot = true;
    else break;
    k--;
  }
  if (k === j || dot) return false;
  let j2 = k;
  while (j2 > lo && (c = t.charCodeAt(j2 - 1)) < 128 && isSpace(c)) j2--;
  if (j2 > lo && c >= 128) return slow();
  if (j2 === k) return false;
  while (j2 > lo) {
    c = t.charCodeAt(j2 - 1);
    if (c >= 128) return slow();
    if (isAsciiLetter(c)) {
      if (c < 97) return true;
    } else if (c !== 46) break;
    j2--;
  }
  return false;
}

/** "estimated by insurers at ...": the agent of a passive cue. */
const BY_AGENT = /^(?:\s+[^\s.;:]+){0,4}?\s+by\s+((?:the\s+)?\p{L}[\p{L}.'\u2019-]*(?:\s+(?!(?:at|to|on|in|for|as|of|with|and)\b)\p{L}[\p{L}.'\u2019-]*){0,4})/u;
const SOURCE_NOUNS = new Set([
  ...'officials official police authorities ministry department agency spokesman spokesmen spokeswoman spokesperson researchers analysts experts data figures statistics records report study survey poll census prosecutors investigators doctors scientists economists government military army office bureau court documents estimates'.split(' '),
  ...ROLE_NOUNS.split('|'),
]);
// The nouns of plain letters, looked up in place; the others ("co-founder") by the set.
const SOURCE_NOUN_WORDS = new WordTrie();
for (const w of SOURCE_NOUNS) if (/^[a-z]+$/.test(w)) SOURCE_NOUN_WORDS.add(w, 1);

/** SOURCE_NOUNS.has(t.slice(start, end).toLowerCase()), without the two copies for a word of ASCII letters. */
function isSourceNoun(t: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isAsciiLetter(t.charCodeAt(i))) return SOURCE_NOUNS.has(t.slice(start, end).toLowerCase());
  return SOURCE_NOUN_WORDS.lookup(t, start, end, true) !== 0;
}

const WORD_BACK = /[\p{L}.'\u2019-]+/gu;
const WORD_BACK_CHAR = /[\p{L}.'\u2019-]/u;

/**
 * "the county health department" before "said": a noun that can speak, with up to three
 * words and an article before it, ending t[lo, hi) (then spaces). Read backwards from `hi`
 * a word at a time, so only the last few words are looked at; the index is in `t`.
 */
function nounSourceBefore(t: string, lo: number, hi: number): { text: string; index: number } | null {
  if (hi === lo || !isSpace(t.charCodeAt(hi - 1))) return null;
  // The last word, with only spaces after it.
  let end = hi;
  for (;;) {
    if (end === lo) return null;
    const k = wordBackChar(t.charCodeAt(end - 1));
    if (k < 0) return nounSourceBeforeSlow(t, lo, hi);
    if (k === 1) break;
    if (!isSpace(t.charCodeAt(end - 1))) return null;
    end--;
  }
  const lastStart = wordBackStart(t, lo, end);
  if (lastStart < 0) return nounSourceBeforeSlow(t, lo, hi);
  if (!isSourceNoun(t, lastStart, end)) return null;
  // Up to three more words joined by spaces only, then an optional article.
  let first = lastStart;
  for (let k = 0; k < 4; k++) {
    let j = first;
    while (j > lo && isSpace(t.charCodeAt(j - 1))) j--;
    if (j === first || j === lo) break;
    const c = wordBackChar(t.charCodeAt(j - 1));
    if (c < 0) return nounSourceBeforeSlow(t, lo, hi);
    if (c === 0) break;
    const s = wordBackStart(t, lo, j);
    if (s < 0) return nounSourceBeforeSlow(t, lo, hi);
    if (k === 3 && !/^(?:the|a|an)$/i.test(t.slice(s, j))) break;
    first = s;
  }
  return { text: t.slice(first, end), index: first };
}

/** 1 for a character of WORD_BACK, 0 for another, -1 for half a surrogate pair (left to the pattern). */
function wordBackChar(c: number): number {
  if (c < 128) return isAsciiLetter(c) || c === 46 || c === 39 || c === 45 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdfff) return -1;
  return WORD_BACK_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
}

/** The start of the WORD_BACK word ending at `end`, or -1 where a surrogate leaves it to the pattern. */
function wordBackStart(t: string, lo: number, end: number): number {
  let s = end;
  for (; s > lo; s--) {
    const k = wordBackChar(t.charCodeAt(s - 1));
    if (k < 0) return -1;
    if (k === 0) break;
  }
  return s;
}

/** nounSourceBefore by the pattern, word by word from the start: for text with astral characters. */
function nounSourceBeforeSlow(t: string, lo: number, hi: number): { text: string; index: number } | null {
  const before = t.slice(lo, hi);
  if (!/\s$/.test(before)) return null;
  const words: Array<{ w: string; at: number }> = [];
  WORD_BACK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_BACK.exec(before))) words.push({ w: m[0], at: m.index });
  const last = words[words.length - 1];
  if (!last || before.slice(last.at + last.w.length).trim() !== '' || !SOURCE_NOUNS.has(last.w.toLowerCase())) return null;
  let first = words.length - 1;
  for (let k = 0; k < 3 && first > 0 && /^\s+$/.test(before.slice(words[first - 1].at + words[first - 1].w.length, words[first].at)); k++) first--;
  if (first > 0 && /^(?:the|a|an)$/i.test(words[first - 1].w) && /^\s+$/.test(before.slice(words[first - 1].at + words[first - 1].w.length, words[first].at))) first--;
  const index = words[first].at;
  return { text: before.slice(index, last.at + last.w.length), index: lo + index };
}

const SPEAKER_AFTER = new RegExp(
  `^[,.!?\\s]*(?:(?:(he|she|they|we|I)|((?:\\p{Lu}[\\p{L}.'\\u2019-]*\\s+){0,3}\\p{Lu}[\\p{L}'\\u2019-]*)|((?:the|a|an)\\s+[\\p{Ll}\\p{Lu}\\s-]{2,40}?))\\s+(?:also\\s+|later\\s+)?(?:${SPEECH_VERBS})\\b|(?:${SPEECH_VERBS})\\s+((?:\\p{Lu}[\\p{L}.'\\u2019-]*\\s+){0,3}\\p{Lu}[\\p{L}'\\u2019-]*|(?:the|a|an)\\s+[\\p{Ll}\\s-]{2,40}?(?=[,.;])))`,
  'u',
);
// Searched with lastIndex from speakerBeforeFrom (g; ^ still means the window start).
const SPEAKER_BEFORE = new RegExp(
  `(?:(?:^|[^\\p{L}])(he|she|they|we|I)|((?:\\p{Lu}[\\p{L}.'\\u2019-]*\\s+){0,3}\\p{Lu}[\\p{L}'\\u2019-]*))(?:,[^,]{1,80},)?\\s+(?:also\\s+|later\\s+)?(?:${SPEECH_VERBS})\\b[^\\u201c"]{0,60}?[,:]?\\s*$`,
  'gu',
);

const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/** Finds the direct quotes of a block: curly pairs, or straight quotes paired in order. */
export function findQuotes(block: ProseBlock): Array<{ start: number; end: number; closed: boolean }> {
  const t = block.text;
  const out: Array<{ start: number; end: number; closed: boolean }> = [];
  // From mark to mark by indexOf: the text between them is never read here, and most blocks,
  // which hold no quotation mark, cost two searches.
  let straight = -2; // the next '"' at or after `from`, -1 for none; -2: not looked for yet
  let curly = -2; // the next \u201c, likewise
  let from = 0;
  for (;;) {
    if (straight !== -1 && straight < from) straight = t.indexOf('"', from);
    if (curly !== -1 && curly < from) curly = t.indexOf('\u201c', from);
    let open: number;
    let closing: string;
    if (curly !== -1 && (straight === -1 || curly < straight)) {
      open = curly;
      closing = '\u201d';
    } else if (straight !== -1) {
      // A straight quote right after a letter or digit does not open a quote.
      if (LETTER_OR_DIGIT.test(t[straight - 1] ?? ' ')) {
        from = straight + 1;
        continue;
      }
      open = straight;
      closing = '"';
    } else break;
    const close = t.indexOf(closing, open + 1);
    if (close === -1) {
      if (isDirectQuote(t, open + 1, Math.min(block.end - block.start, t.length))) out.push({ start: block.start + open, end: block.end, closed: false });
      break;
    }
    if (isDirectQuote(t, open + 1, close)) out.push({ start: block.start + open, end: block.start + close + 1, closed: true });
    from = close + 1;
  }
  return out;
}

/**
 * Whether the words t[from, to) inside quotation marks are a direct quote: scare quotes around
 * one to three words ("nicely over") are not, unless they end like a sentence or clause.
 * Read in place: what /[.!?,]$/ and split(/\s+/) say of the trimmed text.
 */
function isDirectQuote(t: string, from: number, to: number): boolean {
  while (from < to && isSpace(t.charCodeAt(from))) from++;
  while (to > from && isSpace(t.charCodeAt(to - 1))) to--;
  if (to <= from) return false;
  const last = t.charCodeAt(to - 1);
  if (last === 46 || last === 33 || last === 63 || last === 44) return true;
  return !spaceRunsAtMost(t, 2, from, to);
}

/** The mention whose range covers [start, end), if any. */
function mentionIn(people: PeopleIndex, start: number, end: number): Mention | null {
  // Mentions are in document order: the first starting at or after `start`.
  const m = people.mentions[countBefore(people.mentions, (x) => x.start < start)];
  return m && m.end <= end ? m : null;
}

/** The most recent person mentioned before `offset` (for "he said"). */
export function lastMentionBefore(people: PeopleIndex, offset: number): Mention | null {
  return people.mentions[countBefore(people.mentions, (x) => x.end <= offset) - 1] ?? null;
}

function sourceFromText(people: PeopleIndex, raw: string, start: number): { source: Source; mention: Mention | null } {
  // raw without trailing [\s,.;:] and leading spaces, read by char codes (an end-anchored
  // pattern would be tried at every position).
  let end = raw.length;
  while (end > 0 && isSourceTail(raw.charCodeAt(end - 1))) end--;
  let lead = 0;
  while (lead < raw.length && isSpace(raw.charCodeAt(lead))) lead++;
  const text = raw.slice(Math.min(lead, end), end);
  const s = start + lead;
  const e = start + end;
  if (PRONOUN.test(text)) {
    const prev = lastMentionBefore(people, s);
    const name = prev ? (prev.person ? prev.person.name : prev.text) : text;
    return { source: { name, start: s, end: e }, mention: prev };
  }
  const m = mentionIn(people, s, e);
  if (m) return { source: { name: m.person ? m.person.name : m.text, start: m.start, end: m.end }, mention: m };
  // Only a name that starts with "t" or "a" (ASCII: no u flag) can lose an article.
  const first = text.charCodeAt(0) | 32;
  return { source: { name: first === 116 || first === 97 ? text.replace(/^(?:the|a|an)\s+/i, '') : text, start: s, end: e }, mention: null };
}

/** [\s,.;:] */
function isSourceTail(c: number): boolean {
  return isSpace(c) || c === 44 || c === 46 || c === 59 || c === 58;
}

const SPEECH_VERB_WORDS = new WordTrie();
for (const w of SPEECH_VERBS.split('|')) SPEECH_VERB_WORDS.add(w, 1);

/**
 * The earliest index of t[lo, hi) where SPEAKER_BEFORE can match, or -1 where it cannot. It ends
 * "<speaker> said[ up to 60 more,]" then spaces, so a speech verb (lower case, after a space)
 * stands at most 61 characters (code points, as the u-flag pattern counts) before the trailing
 * spaces, with no opening mark after it; every such verb is a candidate, and the match starts
 * no earlier than speakerStartBound allows before one of them.
 */
function speakerBeforeFrom(t: string, lo: number, hi: number): number {
  let i = hi;
  while (i > lo && isSpace(t.charCodeAt(i - 1))) i--;
  let budget = 61;
  let from = -1;
  while (i > lo) {
    const c = t.charCodeAt(i - 1);
    if (isAsciiLetter(c)) {
      const end = i;
      while (i > lo && isAsciiLetter(t.charCodeAt(i - 1))) i--;
      if (i > lo && isSpace(t.charCodeAt(i - 1)) && SPEECH_VERB_WORDS.lookup(t, i, end, false)) {
        const b = speakerStartBound(t, lo, i);
        if (from < 0 || b < from) from = b;
      }
      budget -= end - i;
    } else {
      if (c === 34 || c === 0x201c) break;
      i--;
      // A surrogate pair is one character to the pattern.
      if ((c & 0xfc00) === 0xdc00 && i > lo && (t.charCodeAt(i - 1) & 0xfc00) === 0xd800) i--;
      budget--;
    }
    if (budget < 0) break;
  }
  return from;
}

/**
 * The earliest start of a SPEAKER_BEFORE match whose verb starts at `verb`: before the verb,
 * spaces and "also"/"later", and before those the speaker: a name of at most four words or a
 * pronoun after one non-letter (or the window's start), of name characters (mayBeInName); so
 * within five words and after the last other character, less one for that non-letter. Or a
 * ", ... ," clause stands between, the speaker ending at its first comma.
 */
function speakerStartBound(t: string, lo: number, verb: number): number {
  const close = nameCharsFrom(t, lo, verb) - 1;
  const from = Math.max(lo, close, wordsBack(t, lo, verb, 5) - 1);
  const open = close >= lo && t.charCodeAt(close) === 44 ? lastComma(t, lo, close) : -1;
  return open < 0 ? from : Math.min(from, Math.max(lo, nameCharsFrom(t, lo, open) - 1, wordsBack(t, lo, open, 4) - 1));
}

/** Finds every quote's speaker in a block; `sentences` are the block's. */
export function quotesOf(block: ProseBlock, people: PeopleIndex): Quote[] {
  const t = block.text;
  const quotes: Quote[] = [];
  for (const q of findQuotes(block)) {
    let speaker: Source | null = null;
    let speakerMention: Mention | null = null;
    const closeAt = q.end - block.start;
    const am = q.closed ? SPEAKER_AFTER.exec(t.slice(closeAt, closeAt + 120)) : null;
    if (am) {
      const g = am[1] ?? am[2] ?? am[3] ?? am[4];
      const at = closeAt + am[0].indexOf(g);
      const r = sourceFromText(people, g, block.start + at);
      speaker = r.source;
      speakerMention = r.mention && !PRONOUN.test(g) ? r.mention : null;
    } else {
      const openAt = q.start - block.start;
      const lo = Math.max(0, openAt - 160);
      const from = speakerBeforeFrom(t, lo, openAt);
      let bm: RegExpExecArray | null = null;
      if (from >= 0) {
        SPEAKER_BEFORE.lastIndex = from - lo;
        bm = SPEAKER_BEFORE.exec(t.slice(lo, openAt));
      }
      if (bm) {
        const g = bm[1] ?? bm[2];
        const at = lo + bm.index + bm[0].indexOf(g);
        const r = sourceFromText(people, g, block.start + at);
        speaker = r.source;
        speakerMention = r.mention && !PRONOUN.test(g) ? r.mention : null;
      }
    }
    quotes.push({ start: q.start, end: q.end, closed: q.closed, block, speaker, speakerMention });
  }
  return quotes;
}

/** True when `at` lies strictly inside one of `spans` (sorted by start, not overlapping). */
function insideSpan(spans: Array<[number, number]>, at: number): boolean {
  const span = spans[countBefore(spans, (x) => x[0] < at) - 1];
  return span !== undefined && span[1] > at;
}

const PER_NAME = /^\s+(?:the\s+)?\p{Lu}/u; // "per the ministry", not "per capita"
const FROM_NAME = /^\s+((?:the\s+)?[^,.;:\u201c\u201d"()]{2,80}?)(?=[,.;:\u201c\u201d"()]|\s+(?:that|which|who|said|says)\b|$)/u;
const BY_NAME = /^\s+by\s+((?:the\s+)?(?:\p{Lu}[\p{L}.'\u2019-]*\s*){1,4})/u;
// Words that may stand between the name and the cue ("Milley has said"); a set for nameBeforeMayMatch.
const NAME_BEFORE_AUX = ['has', 'had', 'also', 'later', 'then', 'previously', 'once'];
const NAME_BEFORE_AUX_SET: ReadonlySet<string> = new Set(NAME_BEFORE_AUX);
// Searched with lastIndex from nameBeforeFrom (g: \b still sees the character before).
const NAME_BEFORE = new RegExp(
  `((?:\\p{Lu}[\\p{L}.'\\u2019-]*\\s+){0,3}\\p{Lu}[\\p{L}'\\u2019-]*|\\b(?:he|she|they|we|I))(?:,[^,]{1,100},)?\\s+(?:(?:${NAME_BEFORE_AUX.join('|')})\\s+)?$`,
  'gu',
);

/**
 * The earliest index of t[lo, hi) where NAME_BEFORE can match, so that the search need not try
 * every position of the window. A match is a name of at most four space-separated words (or a
 * pronoun), then spaces and at most one more word ("has", "also") to the end, all of letters,
 * . ' \u2019 - and spaces: it starts within the window's last five words, after its last other
 * character. Or a ", ... ," clause (clauseOpen) follows the name, which then ends at its first
 * comma. Non-ASCII counts as a name character.
 */
function nameBeforeFrom(t: string, lo: number, hi: number): number {
  const from = Math.max(nameCharsFrom(t, lo, hi), wordsBack(t, lo, hi, 5));
  const open = clauseOpen(t, lo, hi);
  return open < 0 ? from : Math.min(from, Math.max(nameCharsFrom(t, lo, open), wordsBack(t, lo, open, 4)));
}

/**
 * The first comma of the ", ... ," clause a NAME_BEFORE match may end with in t[lo, hi), or -1.
 * Only spaces, or spaces, one word ("has") and spaces, can follow its last comma, so that most
 * windows are dismissed by their last few characters instead of two searches back for commas.
 */
function clauseOpen(t: string, lo: number, hi: number): number {
  let i = hi;
  while (i > lo && isSpace(t.charCodeAt(i - 1))) i--;
  if (i === hi) return -1;
  if (i > lo && t.charCodeAt(i - 1) !== 44) {
    const wordEnd = i;
    while (i > lo && isAsciiLetter(t.charCodeAt(i - 1))) i--;
    const wordStart = i;
    while (i > lo && isSpace(t.charCodeAt(i - 1))) i--;
    if (wordStart === wordEnd || i === wordStart) return -1;
  }
  return i > lo && t.charCodeAt(i - 1) === 44 ? lastComma(t, lo, i - 1) : -1;
}

/** A character of a name or of the spaces between its words; non-ASCII may be a letter. */
function mayBeInName(c: number): boolean {
  return c >= 128 || isAsciiLetter(c) || isSpace(c) || c === 46 || c === 39 || c === 45;
}

/**
 * A test NAME_BEFORE must pass on t[lo, hi): its name ends, followed by spaces (and maybe one of
 * the words "has", "also"...) to the end, or by a ", ... ," clause (clauseOpen). There its last word has a capital after which only letters, ' \u2019 and - follow, or
 * ends a pronoun. Most windows ("the county health department ") fail without the pattern.
 */
function nameBeforeMayMatch(t: string, lo: number, hi: number): boolean {
  let end = hi;
  while (end > lo && isSpace(t.charCodeAt(end - 1))) end--;
  if (end === hi) return false;
  if (nameMayEndAt(t, lo, end)) return true;
  // The last word is one of the optional ones: the name ends before it.
  const word = wordsBack(t, lo, end, 1);
  if (word > lo && NAME_BEFORE_AUX_SET.has(t.slice(word, end))) {
    let e = word;
    while (e > lo && isSpace(t.charCodeAt(e - 1))) e--;
    if (e < word && nameMayEndAt(t, lo, e)) return true;
  }
  const open = clauseOpen(t, lo, hi);
  return open >= 0 && nameMayEndAt(t, lo, open);
}

/** Whether a name of NAME_BEFORE (a capitalised word or a pronoun) can end at `end`; non-ASCII may be a capital. */
function nameMayEndAt(t: string, lo: number, end: number): boolean {
  for (let i = end; i > lo; i--) {
    const c = t.charCodeAt(i - 1);
    if (c >= 128 || (c >= 65 && c <= 90)) return true;
    if (!((c >= 97 && c <= 122) || c === 39 || c === 45)) break;
  }
  const tail = t.slice(Math.max(lo, end - 4), end);
  return tail.endsWith('he') || tail.endsWith('we') || tail === 'they';
}

/** Where the run of name characters (mayBeInName) that ends t[lo, hi) starts. */
function nameCharsFrom(t: string, lo: number, hi: number): number {
  let i = hi;
  while (i > lo && mayBeInName(t.charCodeAt(i - 1))) i--;
  return i;
}

/** The start of the `words`-th space-separated word back from `end` (spaces before `end` skipped), or `lo`. */
function wordsBack(t: string, lo: number, end: number, words: number): number {
  let i = end;
  for (let w = 0; w < words && i > lo; w++) {
    while (i > lo && isSpace(t.charCodeAt(i - 1))) i--;
    while (i > lo && !isSpace(t.charCodeAt(i - 1))) i--;
  }
  return i;
}

/** s.split(/\s+/)[0] without the array. */
function firstWord(s: string): string {
  let i = 0;
  while (i < s.length && !isSpace(s.charCodeAt(i))) i++;
  return i === s.length ? s : s.slice(0, i);
}

/** The last comma of t[lo, hi), or -1. */
function lastComma(t: string, lo: number, hi: number): number {
  for (let i = hi - 1; i >= lo; i--) if (t.charCodeAt(i) === 44) return i;
  return -1;
}
// Searched with lastIndex at the window's fourth word from the end (g: \b still sees the character
// before): a match is two to four words of letters and hyphens, then spaces to the end.
const GENERIC_BEFORE = /\b((?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+$/giu;
const NAME_AFTER = /^\s+((?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}\p{Lu}[\p{L}'\u2019-]*)/u;
const PRONOUN_BEFORE = /\b(he|she|they)\s*$/i;

/**
 * What cueOf reads from a sentence's own text: whether it holds an attribution cue, and the words
 * that name its source (null: none), with where they start in the sentence. It depends on nothing
 * but the sentence's text and where the quotes in its block lie (a cue inside a quote is the
 * speaker's words), so a sentence kept between analyses of a draft keeps it: only the source's
 * words are looked up again among the story's people, whose mentions move with every edit.
 */
export interface CueText {
  cue: boolean;
  raw: string | null;
  at: number;
}

const NO_CUE: CueText = Object.freeze({ cue: false, raw: null, at: 0 });

/**
 * Finds the attribution cue of a sentence and the source it names. `quoteSpans` must be the quotes
 * of the draft the sentence is in: what is read of the sentence is kept on it (Sentence.cueText)
 * and not read again, and the sentence lives as long as its block's text is unchanged.
 */
export function cueOf(sentence: Sentence, people: PeopleIndex, quoteSpans: Array<[number, number]>): SentenceAttribution {
  const c = (sentence.cueText ??= cueText(sentence, quoteSpans));
  if (!c.cue) return NO_ATTRIBUTION;
  return { cue: true, source: c.raw === null ? null : sourceFromText(people, c.raw, sentence.start + c.at).source, inherited: false };
}

/** The source's words and where they start in the sentence; null when the cue names none. */
interface SourceWords {
  raw: string;
  at: number;
}

function cueText(sentence: Sentence, quoteSpans: Array<[number, number]>): CueText {
  const t = sentence.text;
  const words = new SentenceWords(t);
  // "In a statement, the ministry said ...": the setting is a cue, but the source is named by the verb after it.
  let setting: CueText | null = null;
  for (let start = words.nextCueStart(); start >= 0; start = words.nextCueStart()) {
    CUE_AT.lastIndex = start;
    const m = CUE_AT.exec(t);
    if (!m) continue;
    const word = m[0];
    const at = m.index;
    // A cue inside a quote is the speaker's words, not the story's attribution.
    if (insideSpan(quoteSpans, sentence.start + at)) continue;
    const flags = flagsOf(t, at, at + word.length, word);
    // Only the 200 characters before the cue are read, as if sliced off.
    const base = Math.max(0, at - 200);
    const before = wordBeforeFlags(t, base, at);
    const afterAt = at + word.length;
    if (before & ARTICLE) continue; // "an estimated 40,000"
    // "early estimates put the damage at": a noun with nobody behind it.
    if (flags & ESTIMATE_NOUN && before & VAGUE) continue;
    if (flags & PER && !PER_NAME.test(t.slice(afterAt, afterAt + 120))) continue; // "per capita"
    if (flags & PASSIVE && before & BE) {
      const after = t.slice(afterAt, afterAt + 120);
      const by = BY_AGENT.exec(after);
      if (!by) continue;
      return { cue: true, raw: by[1], at: afterAt + by[0].indexOf(by[1]) };
    }
    if (flags & SUBJECT && !DATA_SUBJECTS.test(t.slice(Math.max(base, at - 160), at)) && !capitalizedBefore(t, base, at) &&
      !DATA_SUBJECTS_RIGHT_BEFORE.test(t.slice(Math.max(base, at - 80), at))) continue;
    // "surveyed by phone", "compiled by Monday": no agent named, no source.
    if (flags & AGENT_AFTER) {
      const agent = sourceOfCue(t, word, at, flags);
      if (agent === null || !isAgent(agent.raw)) continue;
      return cueNaming(agent);
    }
    if (flags & SETTING) {
      setting ??= cueNaming(sourceOfCue(t, word, at, flags));
      continue;
    }
    const found = cueNaming(sourceOfCue(t, word, at, flags));
    return setting && found.raw === null ? setting : found;
  }
  if (setting) return setting;
  // Every word has been read: without an OWNED_FIGURES_CUE noun that pattern cannot match, and
  // no match starts before the fifth word back from the first (four name words and "own").
  let owned: RegExpExecArray | null = null;
  if (words.ownedAt >= 0) {
    OWNED_AT.lastIndex = wordsBack(t, 0, words.ownedAt, 5);
    owned = OWNED_AT.exec(t);
  }
  if (owned) {
    // "A Pentagon estimate": drop the sentence's opening words, keep the owner.
    const words = owned[1].split(/\s+/);
    let skip = 0;
    while (skip < words.length && COMMON_CAPITALIZED.has(words[skip])) skip++;
    if (skip < words.length) {
      const lead = words.slice(0, skip).reduce((n, w) => n + w.length + 1, 0);
      return { cue: true, raw: owned[1].slice(lead), at: owned.index + lead };
    }
  }
  return NO_CUE;
}

function cueNaming(w: SourceWords | null): CueText {
  return w ? { cue: true, raw: w.raw, at: w.at } : { cue: true, raw: null, at: 0 };
}

/** The words naming the source of the cue `word` at `at` in the sentence text `t`, or null. */
function sourceOfCue(t: string, word: string, at: number, flags: number): SourceWords | null {
  const afterAt = at + word.length;
  const after = t.slice(afterAt, afterAt + 120);
  if (flags & AGENT_AFTER) {
    const m = AGENT_NAME.exec(after);
    return m ? { raw: m[1], at: afterAt + m[0].indexOf(m[1]) } : null;
  }
  if (flags & NAMES_AFTER) {
    const m = FROM_NAME.exec(after);
    if (m) return { raw: m[1], at: afterAt + m[0].indexOf(m[1]) };
    return null;
  }
  // "indicated by the Kremlin": the agent names the source.
  const by = BY_NAME.exec(after);
  if (by) return { raw: by[1], at: afterAt + by[0].indexOf(by[1]) };
  // "Milley said", "the ministry said", "officials told reporters": the nearest name or noun before.
  // Only the words near the cue can name its subject; a bounded window keeps the end-anchored patterns linear.
  const base = Math.max(0, at - 200);
  const before = t.slice(base, at);
  let nameBefore: RegExpExecArray | null = null;
  if (nameBeforeMayMatch(t, base, at)) {
    NAME_BEFORE.lastIndex = nameBeforeFrom(t, base, at) - base;
    nameBefore = NAME_BEFORE.exec(before);
  }
  if (nameBefore && !COMMON_CAPITALIZED.has(firstWord(nameBefore[1])) || nameBefore && /^(?:he|she|they|we|I)$/i.test(nameBefore[1])) {
    return { raw: nameBefore![1], at: base + nameBefore!.index };
  }
  const nounBefore = nounSourceBefore(t, base, at);
  if (nounBefore) return { raw: nounBefore.text, at: nounBefore.index };
  GENERIC_BEFORE.lastIndex = wordsBack(t, base, at, 4) - base;
  const generic = GENERIC_BEFORE.exec(before);
  if (generic) return { raw: generic[1], at: base + generic.index };
  const nameAfter = NAME_AFTER.exec(after);
  if (nameAfter) return { raw: nameAfter[1], at: afterAt + nameAfter[0].indexOf(nameAfter[1]) };
  const pronoun = PRONOUN_BEFORE.exec(before);
  if (pronoun) return { raw: pronoun[1], at: base + pronoun.index };
  return null;
}

/**
 * Attribution for the sentences that need it (those stating a figure or carrying a quote),
 * including what carries over between sentences, lead-ins and "Source:" lines. Cues are
 * read lazily: a sentence nobody needs is never searched. Others get NO_ATTRIBUTION.
 */
export function attributeSentences(
  sentences: Sentence[],
  people: PeopleIndex,
  quotes: Quote[],
  needed: (index: number) => boolean = () => true,
): SentenceAttribution[] {
  const n = sentences.length;
  const spans: Array<[number, number]> = quotes.map((q): [number, number] => [q.start, q.end]);
  // analyze passes quotes in document order; the (stable) sort is only for other callers.
  if (!sortedByStart(spans)) spans.sort((a, b) => a[0] - b[0]);
  const cues: Array<SentenceAttribution | undefined> = new Array(n);
  const cue = (i: number): SentenceAttribution => (cues[i] ??= cueOf(sentences[i], people, spans));
  const local: Array<SentenceAttribution | undefined> = new Array(n);
  // Sentence-level attribution: its own cue, a short attribution right after, or a continuation.
  const sentenceLevel = (i: number): SentenceAttribution => {
    const hit = local[i];
    if (hit) return hit;
    const s = sentences[i];
    let r = cue(i);
    if (!r.cue) {
      const next = i + 1 < n ? sentences[i + 1] : null;
      const prev = i > 0 ? sentences[i - 1] : null;
      // "The toll rose to 40. That is according to ..." or "... 40. He said." : a short attribution after.
      if (next && next.block === s.block && spaceRunsAtMost(next.text, 9) && cue(i + 1).cue) {
        r = { cue: false, source: cue(i + 1).source, inherited: true };
      } else if (prev && prev.block === s.block && CONTINUATION_START.test(s.text)) {
        // "Officials said 40 died. Another 12 were hurt.": a continuation of an attributed account.
        const p = sentenceLevel(i - 1);
        if (p.cue || p.inherited) r = { cue: false, source: p.source, inherited: true };
      }
    }
    local[i] = r;
    return r;
  };
  // `needed` is asked once per sentence (it is pure).
  const need = new Uint8Array(n);
  for (let i = 0; i < n; i++) need[i] = needed(i) ? 1 : 0;

  // Lead-ins and "Source:" lines cover whole lists and tables.
  const { order, runBlocks, runStart } = blockRuns(sentences);
  const R = runBlocks.length;
  // A table, a list or a lone block: consecutive blocks of one table or list form one group.
  const groupKind = (b: ProseBlock) => (b.table >= 0 ? GROUP_TABLE : b.list >= 0 ? GROUP_LIST : GROUP_BLOCK);
  const groupId = (b: ProseBlock) => (b.table >= 0 ? b.table : b.list >= 0 ? b.list : b.index);
  // The first run of each group, then R.
  const groupFirst: number[] = [];
  for (let r = 0; r < R; r++) {
    const b = runBlocks[r];
    if (r === 0 || groupKind(b) !== groupKind(runBlocks[r - 1]) || groupId(b) !== groupId(runBlocks[r - 1])) groupFirst.push(r);
  }
  groupFirst.push(R);
  // The source a group hands its sentences (null: a source line that names nobody); undefined: none.
  const fromGroup: Array<Source | null | undefined> = new Array(n);
  for (let gi = 0; gi + 1 < groupFirst.length; gi++) {
    const r0 = groupFirst[gi];
    const r1 = groupFirst[gi + 1];
    // Its members are order[lo, hi) (k itself without an order).
    const lo = runStart[r0];
    const hi = runStart[r1];
    let needs = false;
    for (let k = lo; k < hi && !needs; k++) needs = need[order ? order[k] : k] === 1;
    if (!needs) continue;
    let source: Source | null | undefined;
    if (r0 > 0 && groupKind(runBlocks[r0 - 1]) === GROUP_BLOCK) {
      // The group before is one block; its last sentence ends the runs before this group.
      const lastBlock = runBlocks[r0 - 1];
      const lastSentence = order ? order[lo - 1] : lo - 1;
      // "Figures from the ministry:" or "Milley said:" before a list, table or quote.
      if (endsWithColon(lastBlock.text) && cue(lastSentence).cue) source = cue(lastSentence).source;
    }
    if (source === undefined && r1 < R) {
      const firstBlock = runBlocks[r1];
      const m = sourceLine(firstBlock.text);
      if (m) {
        const rest = firstBlock.text.slice(m[0].length);
        const lead = rest.length - rest.trimStart().length;
        const name = rest.trim().replace(/[.\s]+$/, '');
        source = name ? { name, start: firstBlock.start + m[0].length + lead, end: firstBlock.start + m[0].length + lead + name.length } : null;
      }
    }
    if (source === undefined && groupKind(runBlocks[r0]) !== GROUP_BLOCK && hasSourceLine(runBlocks, r0, r1)) {
      // The first member with a cue; cues are cached, so reading no further changes nothing.
      source = null;
      for (let k = lo; k < hi; k++) {
        const i = order ? order[k] : k;
        if (cue(i).cue) {
          source = cue(i).source;
          break;
        }
      }
    }
    if (source === undefined) continue;
    for (let k = lo; k < hi; k++) fromGroup[order ? order[k] : k] = source;
  }

  const out: SentenceAttribution[] = new Array(n);
  for (let i = 0; i < n; i++) {
    if (need[i] === 0) {
      out[i] = NO_ATTRIBUTION;
      continue;
    }
    const s = sentences[i];
    let r = sentenceLevel(i);
    const inherited = fromGroup[i];
    if (!r.cue && !r.inherited && inherited !== undefined) r = { cue: false, source: inherited, inherited: true };
    // A "Source:" line attributes itself.
    if (!r.cue && s.indexInBlock === 0 && sourceLine(s.block.text)) r = { cue: true, source: null, inherited: false };
    out[i] = r;
  }
  return out;
}

/**
 * The sentences block by block, blocks in order of first appearance: sentence order[k] for k in
 * [runStart[r], runStart[r + 1]) belongs to runBlocks[r]. Without `order` it is k itself: where
 * each block's sentences stand together, as analyze passes them (proved by block indices that
 * only grow from run to run, so that no block comes back), no map and no lists are built.
 */
function blockRuns(sentences: Sentence[]): { order: number[] | null; runBlocks: ProseBlock[]; runStart: number[] } {
  const runBlocks: ProseBlock[] = [];
  const runStart: number[] = [];
  let together = true;
  for (let i = 0; i < sentences.length && together; i++) {
    const b = sentences[i].block;
    if (i > 0 && b === sentences[i - 1].block) continue;
    if (i > 0 && b.index <= sentences[i - 1].block.index) together = false;
    runBlocks.push(b);
    runStart.push(i);
  }
  let order: number[] | null = null;
  if (!together) {
    const byBlock = new Map<ProseBlock, number[]>();
    for (let i = 0; i < sentences.length; i++) {
      const b = sentences[i].block;
      const list = byBlock.get(b);
      if (list) list.push(i);
      else byBlock.set(b, [i]);
    }
    order = [];
    runBlocks.length = 0;
    runStart.length = 0;
    for (const [b, list] of byBlock) {
      runBlocks.push(b);
      runStart.push(order.length);
      for (const i of list) order.push(i);
    }
  }
  runStart.push(sentences.length);
  return { order, runBlocks, runStart };
}

/** Whether one of blocks[from, to) is a "Source:" line. */
function hasSourceLine(blocks: ProseBlock[], from: number, to: number): boolean {
  for (let r = from; r < to; r++) if (sourceLine(blocks[r].text)) return true;
  return false;
}

/**
 * SOURCE_LINE.exec(text), the pattern run only where the first character after the spaces can
 * start its first word (s, d, f or c in either case: no u flag, so nothing else folds to them).
 */
function sourceLine(text: string): RegExpExecArray | null {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i) | 32;
  return c === 115 || c === 100 || c === 102 || c === 99 ? SOURCE_LINE.exec(text) : null;
}

/** Whether spans stand in order of their starts. */
function sortedByStart(spans: Array<[number, number]>): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i][0] < spans[i - 1][0]) return false;
  return true;
}

const GROUP_BLOCK = 0;
const GROUP_LIST = 1;
const GROUP_TABLE = 2;

/** text.trimEnd().endsWith(':') without the copy. */
function endsWithColon(text: string): boolean {
  let i = text.length;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i > 0 && text.charCodeAt(i - 1) === 58;
}

/** text.slice(from, to).split(/\s+/).length <= max + 1: at most `max` runs of spaces. */
function spaceRunsAtMost(text: string, max: number, from = 0, to = text.length): boolean {
  let runs = 0;
  for (let i = from; i < to; i++) {
    if (isSpace(text.charCodeAt(i)) && (i === from || !isSpace(text.charCodeAt(i - 1))) && ++runs > max) return false;
  }
  return true;
}

export const NO_ATTRIBUTION: SentenceAttribution = Object.freeze({ cue: false, source: null, inherited: false });

/** This module's regular expressions that cost the most to compile, for compileRegExpsEarly (../early.ts). */
export const COSTLY_TO_COMPILE: readonly RegExp[] = [SPEAKER_AFTER, SPEAKER_BEFORE, CUE_AT, OWNED_AT, GENERIC_BEFORE, NAME_BEFORE, NAME_AFTER, BY_AGENT];
