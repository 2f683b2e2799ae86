// Who the story names: people found from the story's own evidence (a title
// before a name, a role after it, a verb of saying, a surname reused alone)
// plus the roster from the config, and every later mention of them.

import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance';
import { SPEECH_VERBS } from '../data/attribution';
import { COMMON_CAPITALIZED, COMPANY_WORDS, NOT_PERSON_WORDS } from '../data/gazetteer';
import { PREFIX_TITLES, ROLE_NOUNS, TITLE_QUALIFIERS } from '../data/titles';
import { memoize } from '../memo';
import { isAsciiLetter, isAsciiWordChar as isWordUnit, isSpace, WordTrie } from './chars';
import { scanNameRuns } from './nameScan';
import { metaphone } from './phonetic';
import type { RosterPerson } from '../types';
import type { Sentence } from './sentences';

export interface TitleUse {
  /** As written, e.g. "Army Gen." */
  text: string;
  /** Normalized, e.g. "Gen." */
  norm: string;
  start: number;
  end: number;
  /** Qualified by "former", "acting" …: a past or temporary title, never a conflict. */
  qualified: boolean;
}

export interface Person {
  id: number;
  /** Canonical full name. */
  name: string;
  first: string;
  last: string;
  /** Written surnames that mean this person (aliases from the roster too). */
  aliases: string[];
  fromRoster: boolean;
  rosterTitle: string | null;
  mentions: Mention[];
  /** The first mention by full name, or null if only ever named by surname. */
  introduced: Mention | null;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** The person meant, or null for a name that matches nobody. */
  person: Person | null;
  full: boolean;
  sentence: Sentence;
  title: TitleUse | null;
  /** Role given in an appositive right after the name. */
  role: string | null;
  /** Next to a verb of saying ("Milley said", "said Milley"). */
  speech: boolean;
  /** Possessive ("Milli's number"). */
  possessive: boolean;
  /** First word of its sentence (or of a quote), where any word is capitalized. */
  sentenceStart: boolean;
  /** Part of a longer run of capitalized names ("Kessling Fine Jewelry"): maybe not the person at all. */
  inRun: boolean;
}

export interface PeopleIndex {
  people: Person[];
  /** Every name mention in document order, resolved or not. */
  mentions: Mention[];
  /** Single capitalized names used as people that match nobody introduced. */
  unresolved: Mention[];
  /** The person a surname resolves to. */
  bySurname: Map<string, Person>;
  /** Words of company names the story writes ("Pellham" of "Pellham Foods"): used alone, the company. */
  companies: Set<string>;
}

const SPEECH_AFTER = new RegExp(`^\\s*(?:,\\s*)?(?:(?:has|had|also|later|then|previously|once)\\s+)?(?:${SPEECH_VERBS})\\b`, 'i');
const SPEECH_BEFORE = new RegExp(`\\b(?:${SPEECH_VERBS}|according to)\\s+$`, 'i');
const APPOSITIVE = new RegExp(
  `^,\\s+(?:(?:a|an|the|his|her|their|its)\\s+)?(?:[\\p{L}.'\\u2019-]+\\s+){0,5}?(?:${ROLE_NOUNS})\\b[^,;.\\u201c"]*`,
  'iu',
);

/** Capitalized words that end a title ("Chief Executive", "District Attorney", "Foreign Minister"). */
const TITLE_WORDS = new Set([
  ...Object.keys(PREFIX_TITLES).flatMap((t) => t.split(' ')).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w)),
  ...ROLE_NOUNS.split('|').filter((r) => !r.includes(' ')).map((r) => r[0].toUpperCase() + r.slice(1)),
  'Executive', 'Attorney', 'Superintendent', 'Manager', 'Leader', 'Chairman', 'Chairwoman', 'Director', 'Officer', 'Commissioner',
]);

/** True when two surnames are likely spellings of one name. */
export function similarNames(a: string, b: string): boolean {
  if (a === b || a.length < 4 || b.length < 4 || a.length > LONGEST_NAME || b.length > LONGEST_NAME) return false;
  const [a1, a2] = metaphone(a);
  const [b1, b2] = metaphone(b);
  const phonetic = a1 === b1 || a1 === b2 || a2 === b1 || a2 === b2;
  if (!phonetic) return false;
  return JaroWinklerDistance(a, b, {}) >= 0.8 && editDistance(a.toLowerCase(), b.toLowerCase()) <= 2;
}

/**
 * Longer "names" are not compared: no surname runs to 64 letters, and the comparisons cost the
 * product of the two lengths (two 20,000-letter words took seconds and a 3 GB table).
 */
const LONGEST_NAME = 64;

/** The rows of editDistance's table, reused (grown when a longer name comes; at most 65 x 65). */
let table = new Int32Array(256);

/**
 * natural's DamerauLevenshteinDistance(a, b) (unit costs, unrestricted), which the decisions
 * were tuned on, without its table of cell objects: the same recurrence on numbers. It is not
 * the textbook distance: a transposition may start in the current row, so a doubled letter can
 * cost nothing ("xa", "xaa" -> 0) and the length difference is no lower bound.
 */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const w = n + 1;
  if ((m + 1) * w > table.length) table = new Int32Array((m + 1) * w * 2);
  const d = table;
  for (let c = 0; c <= n; c++) d[c] = c;
  for (let r = 1; r <= m; r++) {
    const ac = a.charCodeAt(r - 1);
    const row = r * w;
    d[row] = r;
    // The last column of this row, before the current one, whose letter is a's letter here.
    let lastCol = 0;
    for (let c = 1; c <= n; c++) {
      const bc = b.charCodeAt(c - 1);
      let cost = Math.min(d[row + c - 1] + 1, d[row - w + c] + 1, d[row - w + c - 1] + (ac === bc ? 0 : 1));
      if (r > 1 && c > 1 && lastCol > 0) {
        // The last row, up to this one, whose letter of a is b's letter here.
        let lastRow = r;
        while (lastRow > 0 && a.charCodeAt(lastRow - 1) !== bc) lastRow--;
        if (lastRow > 0) cost = Math.min(cost, d[(lastRow - 1) * w + lastCol - 1] + (r - lastRow - 1) + (c - lastCol - 1) + 1);
      }
      d[row + c] = cost;
      if (ac === bc) lastCol = c;
    }
  }
  return d[m * w + n];
}

/** The titles as words, by their last word ("Gen" → Gen, Lt. Gen, Maj. Gen …), longest first. */
interface TitleWords {
  key: string;
  words: string[];
}
const TITLES_BY_LAST = new Map<string, TitleWords[]>();
for (const key of Object.keys(PREFIX_TITLES)) {
  const words = key.split(' ');
  const last = words[words.length - 1];
  if (!TITLES_BY_LAST.has(last)) TITLES_BY_LAST.set(last, []);
  TITLES_BY_LAST.get(last)!.push({ key, words });
}
for (const list of TITLES_BY_LAST.values()) list.sort((a, b) => b.words.length - a.words.length);

/** Starts and ends of the last words before a title's end, last word first (reused, not reallocated). */
const wordStart = [0, 0, 0, 0];
const wordEnd = [0, 0, 0, 0];

/**
 * The title written right before `pos` in text[lo, pos) ("Army Gen. ", "Lt. Gen. "), longest
 * first, with its offset from `lo`: the last one to four words of the window, joined by single
 * spaces and without a final period, as a key of the title table. The words are found by
 * walking back over the text and compared in place with the titles that end in the last one.
 */
function titleKeyBefore(text: string, lo: number, pos: number): { key: string; index: number } | null {
  if (pos <= lo || !isSpace(text.charCodeAt(pos - 1))) return null;
  let titles: TitleWords[] | undefined;
  let count = 0;
  let i = pos;
  while (count < 4) {
    while (i > lo && isSpace(text.charCodeAt(i - 1))) i--;
    if (i === lo) break;
    wordEnd[count] = i;
    while (i > lo && !isSpace(text.charCodeAt(i - 1))) i--;
    wordStart[count] = i;
    if (count++ === 0) {
      // Only a word that can end a title is worth the words before it (compared without a final period).
      const end = text.charCodeAt(wordEnd[0] - 1) === 46 ? wordEnd[0] - 1 : wordEnd[0];
      titles = TITLES_BY_LAST.get(text.slice(wordStart[0], end));
      if (!titles) return null;
    }
  }
  if (!titles) return null;
  for (const { key, words } of titles) {
    const k = words.length;
    if (k > count) continue;
    // Word w of the title is the (k - 1 - w)th word back; the last one already matched.
    let same = true;
    for (let w = 0; w < k - 1 && same; w++) {
      const at = wordStart[k - 1 - w];
      same = wordEnd[k - 1 - w] - at === words[w].length && text.startsWith(words[w], at);
    }
    if (same) return { key, index: wordStart[k - 1] - lo };
  }
  return null;
}

/** titleBefore() !== null, without building the TitleUse. */
function hasTitleBefore(text: string, pos: number): boolean {
  return titleKeyBefore(text, Math.max(0, pos - 60), pos) !== null;
}

function titleBefore(text: string, pos: number, sentenceStart: number): TitleUse | null {
  const lo = Math.max(0, pos - 60);
  const hit = titleKeyBefore(text, lo, pos);
  if (!hit) return null;
  const key = hit.key;
  const start = lo + hit.index;
  const lead = text.slice(Math.max(0, start - 30), start);
  const qual = TITLE_QUALIFIERS.exec(lead);
  // "former Sen.", "then-Col.", "ex-Gov.": a past title, not a second one.
  const qualified = (qual !== null && /former|then|acting|retired|interim/i.test(qual[0])) || /\b(?:then|ex|former)-$/i.test(lead);
  const written = text.slice(start, pos).trim();
  return {
    text: written,
    norm: PREFIX_TITLES[key],
    start: sentenceStart + start,
    end: sentenceStart + start + written.length,
    qualified,
  };
}

// The verbs-of-saying patterns are anchored next to the name and fail on almost every name. They
// can only match when the word right next to the name is one of their words, so that word is
// looked up first (the patterns are case-insensitive on ASCII letters only).
const SPEECH_LIST = SPEECH_VERBS.split('|');
const SPEECH_PLAIN = SPEECH_LIST.every((v) => /^[a-z]+(?: [a-z]+)*$/.test(v));
// Tries, not sets: the word is looked up in place, without a slice and a lower-cased copy per name.
const SPEECH_AFTER_WORDS = new WordTrie();
const SPEECH_BEFORE_WORDS = new WordTrie();
if (SPEECH_PLAIN) {
  for (const w of ['has', 'had', 'also', 'later', 'then', 'previously', 'once', ...SPEECH_LIST.map((v) => v.split(' ')[0])]) SPEECH_AFTER_WORDS.add(w, 1);
  for (const w of ['to', ...SPEECH_LIST.map((v) => v.slice(v.lastIndexOf(' ') + 1))]) SPEECH_BEFORE_WORDS.add(w, 1);
}

/** SPEECH_AFTER.test(t.slice(end, end + 160)). */
function speechAfter(t: string, end: number): boolean {
  if (SPEECH_PLAIN) {
    // The pattern opens with \s*(?:,\s*)? and then one of its words.
    const limit = Math.min(t.length, end + 160);
    let i = end;
    while (i < limit && isSpace(t.charCodeAt(i))) i++;
    if (i < limit && t.charCodeAt(i) === 44) {
      i++;
      while (i < limit && isSpace(t.charCodeAt(i))) i++;
    }
    let j = i;
    while (j < limit && isAsciiLetter(t.charCodeAt(j))) j++;
    if (j === i || SPEECH_AFTER_WORDS.lookup(t, i, j, true) === 0) return false;
  }
  return SPEECH_AFTER.test(t.slice(end, end + 160));
}

/** SPEECH_BEFORE.test(t.slice(max(0, start - 40), start)). */
function speechBefore(t: string, start: number): boolean {
  const lo = Math.max(0, start - 40);
  if (SPEECH_PLAIN) {
    // The pattern closes with one of its words and \s+.
    let i = start;
    while (i > lo && isSpace(t.charCodeAt(i - 1))) i--;
    if (i === start) return false;
    let j = i;
    while (j > lo && isAsciiLetter(t.charCodeAt(j - 1))) j--;
    if (j === i || SPEECH_BEFORE_WORDS.lookup(t, j, i, true) === 0) return false;
  }
  return SPEECH_BEFORE.test(t.slice(lo, start));
}

/**
 * The first word of every role noun ("vice" of "vice president", "co" of "co-founder"): a word
 * the pattern's role must start with, written after a space, as a run of ASCII letters.
 */
const ROLE_STARTS = new WordTrie();
for (const r of ROLE_NOUNS.split('|')) ROLE_STARTS.add(r.split(/[ -]/)[0], 1);

/**
 * False when APPOSITIVE cannot match after the comma at `end`, without slicing: its role noun
 * starts after a space, within the 160 characters it reads, and only letters, . ' \u2019 - and
 * spaces come before it. Non-ASCII characters are let through, but the two that fold to ASCII
 * letters under the i and u flags (\u017f to "s", \u212a to "k") leave the answer to the pattern.
 */
function mayBeAppositive(t: string, end: number): boolean {
  const limit = Math.min(t.length, end + 160);
  if (end + 1 >= limit || !isSpace(t.charCodeAt(end + 1))) return false;
  let afterSpace = true;
  for (let i = end + 2; i < limit; ) {
    const c = t.charCodeAt(i);
    if (isSpace(c)) {
      afterSpace = true;
      i++;
    } else if (isAsciiLetter(c)) {
      let j = i + 1;
      while (j < limit && isAsciiLetter(t.charCodeAt(j))) j++;
      if (afterSpace && ROLE_STARTS.lookup(t, i, j, true) !== 0) return true;
      afterSpace = false;
      i = j;
    } else if (c === 0x17f || c === 0x212a) {
      return true;
    } else if (c >= 128 || c === 46 || c === 39 || c === 45) {
      afterSpace = false;
      i++;
    } else {
      return false; // a digit, comma, quote …: no role can come after it
    }
  }
  return false;
}

/** APPOSITIVE.exec(t.slice(end, end + 160)); it opens with a comma. */
function appositive(t: string, end: number): RegExpExecArray | null {
  return t.charCodeAt(end) === 44 && mayBeAppositive(t, end) ? APPOSITIVE.exec(t.slice(end, end + 160)) : null;
}

/** /^['\u2019]s\b/ right after the name. */
function possessiveAt(t: string, end: number): boolean {
  const c = t.charCodeAt(end);
  return (c === 39 || c === 0x2019) && t.charCodeAt(end + 1) === 115 && !isWordUnit(t.charCodeAt(end + 2));
}

/** A run of capitalized words in a sentence, as tokens with offsets relative to the sentence. */
export type NameRun = ReadonlyArray<{ readonly w: string; readonly at: number }>;

/** Every run of capitalized words ("Army Gen. Mark Milley") in a sentence's text. */
export function nameRuns(t: string): NameRun[] {
  return scanNameRuns(t);
}

/** Word kinds for findPeople (bits). */
const TITLE = 1; // a key of PREFIX_TITLES ("Sheriff", "Gen")
const TITLE_WORD = 2; // ends a title ("Executive")
const COMMON = 4; // COMMON_CAPITALIZED ("The", "But")
const NOT_PERSON = 8; // places, institutions, calendar words
const NAME_WORD = 16; // none of the above but TITLE_WORD, and never written in lower case in the story
const COMPANY = 32; // ends a company's name ("Foods", "Group"); NOT_PERSON too

/** The kinds of a word that hold in every story (all but NAME_WORD), and its lower case. */
interface WordKinds {
  kind: number;
  lower: string;
}

/**
 * WordKinds by word, remembered: the same capitalized words come back on every keystroke, and
 * each costs four table lookups and a lower-cased copy.
 */
const kindsOf = memoize(50000, (w: string): WordKinds => ({
  kind:
    (w in PREFIX_TITLES ? TITLE : 0) |
    (TITLE_WORDS.has(w) ? TITLE_WORD : 0) |
    (COMMON_CAPITALIZED.has(w) ? COMMON : 0) |
    (NOT_PERSON_WORDS.has(w) ? NOT_PERSON : 0) |
    (COMPANY_WORDS.has(w) ? COMPANY : 0),
  lower: w.toLowerCase(),
}));

/** A full name as its words, for comparing with a run's words in place. */
interface FullName {
  words: string[];
  person: Person;
}
const NO_FULLS: ReadonlyArray<FullName> = [];

/**
 * All pass 2 needs to know of one distinct capitalized word, looked up once and shared by every
 * token that spells it: one record per token instead of a lookup in the kinds, the full names,
 * the surnames and the ignore list.
 */
interface WordInfo {
  kind: number;
  /** The full names that start with the word, longest first, */
  fulls: ReadonlyArray<FullName>;
  /** the person it names alone, */
  person: Person | undefined;
  /** and whether the config ignores it. */
  ignored: boolean;
}

/** A multi-word name a sentence writes, and whether the sentence shows it is a person's. */
interface SentenceFull {
  tokens: string[];
  evidence: boolean;
}

/**
 * What findPeople read of one sentence, kept on it (Sentence.people) so that an edit reads again
 * only the sentences it changed. Pass 1's part (the names written, alone or in full) depends on
 * the sentence's text and on whether the story writes some of its words in lower case as well:
 * those in `cands`. The mentions depend on the story's people and ignore list too, and hold
 * while those are the ones of `epoch`.
 */
export interface SentencePeople {
  /** Words used alone as a name: a surname reused alone is evidence for its full name. */
  readonly singles: readonly string[];
  readonly fulls: readonly SentenceFull[];
  /** Lower-cased words whose use in lower case anywhere in the story decides pass 1 here. */
  readonly cands: readonly string[];
  /** Words of the company names it writes (see PeopleIndex.companies); they depend on its text alone. */
  readonly companies: readonly string[];
  /** The memo the record was made for. */
  readonly owner: PeopleMemo | null;
  epoch: number;
  /** Where the sentence started when its mentions were made, which hold document offsets. */
  base: number;
  mentions: Mention[];
}

const NO_STRINGS: readonly string[] = Object.freeze([]);
const NO_SENTENCE_FULLS: readonly SentenceFull[] = Object.freeze([]);
const NO_MENTIONS: Mention[] = [];
Object.freeze(NO_MENTIONS);

/** The record of every sentence without a run of capitalized words: it never goes stale. */
const NO_NAMES: SentencePeople = Object.freeze({
  singles: NO_STRINGS, fulls: NO_SENTENCE_FULLS, cands: NO_STRINGS, companies: NO_STRINGS, owner: null, epoch: 0, base: 0, mentions: NO_MENTIONS,
});

/**
 * What findPeople keeps between analyses of one draft (in the BlockCache): which people the last
 * analysis found, so that a sentence kept since, whose own words mean what they meant then,
 * keeps its mentions too.
 */
export class PeopleMemo {
  /** The people (names, aliases, whence) and the ignore list of the last analysis. */
  private key = '';
  /** Counts the changes of the key: a record's mentions hold for the epoch they were made in. */
  epoch = 0;

  /**
   * Starts a new epoch when the people or the ignore list differ from the last analysis's. Names
   * that are not plain strings (a String object from an API caller) start one every time: the
   * key would take them for the string they hold, which the lookups do not.
   */
  update(people: readonly Person[], ignore: ReadonlySet<string>): void {
    let plain = true;
    for (const p of people) plain &&= typeof p.name === 'string' && p.aliases.every((a) => typeof a === 'string');
    for (const w of ignore) plain &&= typeof w === 'string';
    const key = plain ? JSON.stringify([people.map((p) => [p.name, p.fromRoster, p.aliases]), [...ignore]]) : null;
    if (key === null || key !== this.key) {
      this.key = key ?? '';
      this.epoch++;
    }
  }

  reset(): void {
    this.key = '';
    this.epoch++;
  }
}

/**
 * Kept state for findPeople: the memo, and the lower-case words that the story started or
 * stopped writing since the last analysis with it (BlockCache.rotate).
 */
export interface PeopleKept {
  memo: PeopleMemo;
  changedLower: ReadonlySet<string>;
}

/** Kinds of a run's words, reused (grown as needed). */
let runKinds: number[] = [];
/** The records of a run's words in pass 2, reused (grown as needed; emptied after each analysis). */
let runInfo: WordInfo[] = [];

// Lists gathered for one sentence, reused: a record keeps an exact copy (slice()), since an array
// pushed to from empty reserves room for 17 and the records of a long draft are kept between edits.
const singlesNow: string[] = [];
const fullsNow: SentenceFull[] = [];
const candsNow: string[] = [];
const companiesNow: string[] = [];
const mentionsNow: Mention[] = [];

/**
 * Pass 1 for one sentence, into singlesNow, fullsNow, companiesNow and (`cands`) candsNow: the
 * names it writes alone, the multi-word names with what it shows of them (a title before, a role
 * after, a verb of saying), and the words of company names.
 */
function readSentence(t: string, runsHere: NameRun[], kindIn: (w: string) => number, cands: boolean, heading: boolean): void {
  // Emptied first too: a run that threw may have left entries behind.
  singlesNow.length = 0;
  fullsNow.length = 0;
  candsNow.length = 0;
  companiesNow.length = 0;
  for (let r = 0; r < runsHere.length; r++) {
    const run = runsHere[r];
    const n = run.length;
    if (runKinds.length < n) runKinds = new Array<number>(n * 2).fill(0);
    const kind = runKinds;
    for (let k = 0; k < n; k++) {
      const w = run[k].w;
      kind[k] = kindIn(w);
      if (cands) {
        const fixed = kindsOf(w);
        if (!(fixed.kind & (TITLE | COMMON | NOT_PERSON))) candsNow.push(fixed.lower);
      }
      // The one or two words right before a company word name the company ("Pellham" of "Pellham
      // Foods"). Read from the kinds every story shares, so the record does not depend on the
      // story's other words; not in a heading, whose every word may be capitalized ("Okafor Backs
      // Clean Energy Plan").
      if (k > 0 && kind[k] & COMPANY && !heading) {
        for (let j = k - 1; j >= Math.max(0, k - 2) && !(kind[j] & (TITLE | TITLE_WORD | COMMON | NOT_PERSON)); j--) companiesNow.push(run[j].w);
      }
    }
    // "Kessler Chief Executive Marisol Grantham": the name is what follows the last title word.
    let from = 0;
    for (let k = n - 1; k >= 0; k--) {
      if (kind[k] & TITLE_WORD) {
        from = k + 1;
        break;
      }
    }
    // Drop leading words that are titles, qualifiers or common capitalized words.
    while (from < n && !(kind[from] & NAME_WORD)) from++;
    if (n - from === 1) {
      singlesNow.push(run[from].w);
      continue;
    }
    if (n - from < 2) continue;
    let common = false;
    for (let k = from; k < n && !common; k++) common = (kind[k] & (NOT_PERSON | COMMON)) !== 0;
    if (common) continue;
    const start = run[from].at;
    const last = run[n - 1];
    const end = last.at + last.w.length;
    const evidence = hasTitleBefore(t, start) || appositive(t, end) !== null || speechAfter(t, end) || speechBefore(t, start);
    const tokens = new Array<string>(n - from);
    for (let k = from; k < n; k++) tokens[k - from] = run[k].w;
    fullsNow.push({ tokens, evidence });
  }
}

/** A record of what readSentence() read, kept on the sentence; the lists read are emptied. */
function keep(owner: PeopleMemo): SentencePeople {
  const rec: SentencePeople = {
    singles: singlesNow.length > 0 ? singlesNow.slice() : NO_STRINGS,
    fulls: fullsNow.length > 0 ? fullsNow.slice() : NO_SENTENCE_FULLS,
    cands: candsNow.length > 0 ? candsNow.slice() : NO_STRINGS,
    companies: companiesNow.length > 0 ? companiesNow.slice() : NO_STRINGS,
    owner,
    epoch: -1,
    base: 0,
    mentions: NO_MENTIONS,
  };
  // Emptied, so that the lists hold nothing of this draft once it is gone (and the next sentence starts from none).
  singlesNow.length = 0;
  fullsNow.length = 0;
  candsNow.length = 0;
  companiesNow.length = 0;
  return rec;
}

/** Whether any of `words` is in `set`. */
function anyIn(words: readonly string[], set: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.length; i++) if (set.has(words[i])) return true;
  return false;
}

/** Pass 2 for one sentence, into `out`: every mention, in order; full names first, then surnames alone. */
function mentionsOf(s: Sentence, runsHere: NameRun[], infoOf: (w: string) => WordInfo, out: Mention[]): void {
  const t = s.text;
  for (let r = 0; r < runsHere.length; r++) {
    const toks = runsHere[r];
    // Words of the run that can be names: without titles ("Sheriff") and sentence openers,
    // and, for a known surname, without title words such as "Executive" either.
    let notTitleOrCommon = 0;
    let nameWords = 0;
    if (runInfo.length < toks.length) runInfo = new Array<WordInfo>(toks.length * 2);
    for (let k = 0; k < toks.length; k++) {
      const info = (runInfo[k] = infoOf(toks[k].w));
      if (!(info.kind & (TITLE | COMMON))) notTitleOrCommon++;
      if (!(info.kind & (TITLE | TITLE_WORD | COMMON))) nameWords++;
    }
    for (let i = 0; i < toks.length; i++) {
      const info = runInfo[i];
      // Longest full name starting here (names differ, so at most one has a given length).
      let matched = false;
      for (let fi = 0; fi < info.fulls.length; fi++) {
        const full = info.fulls[fi];
        const j = i + full.words.length;
        if (j <= i + 1 || j > toks.length) continue;
        let same = true;
        for (let k = 1; k < full.words.length && same; k++) same = toks[i + k].w === full.words[k];
        if (!same) continue;
        const start = toks[i].at;
        const end = toks[j - 1].at + toks[j - 1].w.length;
        out.push(makeMention(s, start, end, full.person, true));
        i = j - 1;
        matched = true;
        break;
      }
      if (matched) continue;
      const w = toks[i].w;
      const start = toks[i].at;
      const end = start + w.length;
      const p = info.person;
      if (p) {
        const mention = makeMention(s, start, end, p, false);
        mention.inRun = nameWords > 1;
        out.push(mention);
        continue;
      }
      if (info.ignored || !(info.kind & NAME_WORD)) continue;
      // Part of a longer run of names that is not a person ("Economic Club"): skip. A title or
      // common word before it ("Sheriff Lindqvist") does not make a run of names.
      if (notTitleOrCommon > 1) continue;
      if (s.block.kind === 'heading') continue; // headlines use surnames before the story introduces anyone
      // Both patterns below end in \s+$: a name right after a non-space escapes them.
      if (start > 0 && isSpace(t.charCodeAt(start - 1))) {
        // "Chiefs of Staff said", "the Post reported": after a preposition or article it is no person.
        const lead = t.slice(Math.max(0, start - 16), start);
        if (/(?:^|\s)(?:of|the|in|at|from|for|to|on|into|a|an|its|their|his|her|by|with)\s+$/i.test(lead) && !/according to\s+$/i.test(lead)) continue;
        if (/\d(?:st|nd|rd|th)?\s+$/.test(lead)) continue; // "the 3rd Ward"
      }
      // Only a name used as a person's is kept: build the mention only then.
      if (!(possessiveAt(t, end) || hasTitleBefore(t, start) || appositive(t, end) !== null || speechOf(t, start, end))) continue;
      out.push(makeMention(s, start, end, null, false));
    }
  }
}

/** Moves a sentence's kept mentions by `by` characters, in place. */
function shiftMentions(mentions: readonly Mention[], by: number): void {
  for (const m of mentions) {
    m.start += by;
    m.end += by;
    if (m.title) {
      m.title.start += by;
      m.title.end += by;
    }
  }
}

/**
 * Finds the people of a story. `lowerWords` holds every word the story writes in lower case;
 * `runs`, when given, holds each sentence's nameRuns() (kept between edits by the block cache).
 *
 * With `kept`, a sentence that carries a record made with the same memo is not read again unless
 * the story started or stopped writing in lower case one of the words that record depends on;
 * and its mentions are kept too while the people are the same. The sentences must then be the
 * last analysis's, less the ones dropped, plus new ones (as BlockCache hands them out), and
 * `kept.changedLower` the change in `lowerWords` since that analysis. A kept mention is moved
 * with its sentence and takes this analysis's Person object: the last analysis's mentions are
 * changed in place.
 */
export function findPeople(
  sentences: Sentence[],
  roster: RosterPerson[],
  ignore: Set<string>,
  lowerWords: Set<string>,
  runs?: NameRun[][],
  kept?: PeopleKept,
): PeopleIndex {
  const memo = kept?.memo ?? null;
  const changed = kept?.changedLower;
  const people: Person[] = [];
  const bySurname = new Map<string, Person>();
  const byFull = new Map<string, Person>();
  const addPerson = (first: string, last: string, name: string, fromRoster: boolean, rosterTitle: string | null): Person => {
    const p: Person = {
      id: people.length, name, first, last, aliases: [last], fromRoster, rosterTitle, mentions: [], introduced: null,
    };
    people.push(p);
    byFull.set(name, p);
    if (!bySurname.has(last)) bySurname.set(last, p);
    return p;
  };
  for (const r of roster) {
    const parts = r.name.trim().split(/\s+/);
    const p = addPerson(parts[0], parts[parts.length - 1], r.name.trim(), true, r.title ?? null);
    for (const a of r.aliases ?? []) {
      p.aliases.push(a);
      if (!bySurname.has(a)) bySurname.set(a, p);
    }
  }

  // What each capitalized word is in this story, looked up once per word rather than once per use.
  const kinds = new Map<string, number>();
  const kindIn = (w: string): number => {
    let kind = kinds.get(w);
    if (kind === undefined) {
      const k = kindsOf(w);
      kind = k.kind | (k.kind & (TITLE | COMMON | NOT_PERSON) || lowerWords.has(k.lower) ? 0 : NAME_WORD);
      kinds.set(w, kind);
    }
    return kind;
  };
  const runsOf = (s: Sentence): NameRun[] => runs?.[s.index] ?? nameRuns(s.text);

  // Pass 1: multi-word names with evidence that they are people, and names used alone. With a
  // memo each sentence keeps a record of it; without, nothing is kept.
  const singles = new Set<string>();
  const fulls: SentenceFull[] = [];
  const companies = new Set<string>();
  // Indexed loops here and below: this function is long and runs once per analysis, so
  // V8 may not optimise it, and an unoptimised for-of allocates an iterator result per step.
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    if (!memo) {
      const runsHere = runsOf(s);
      if (runsHere.length === 0) continue;
      readSentence(s.text, runsHere, kindIn, false, s.block.kind === 'heading');
      for (let k = 0; k < singlesNow.length; k++) singles.add(singlesNow[k]);
      for (let k = 0; k < fullsNow.length; k++) fulls.push(fullsNow[k]);
      for (let k = 0; k < companiesNow.length; k++) companies.add(companiesNow[k]);
      singlesNow.length = 0;
      fullsNow.length = 0;
      companiesNow.length = 0;
      continue;
    }
    let rec = s.people;
    if (rec !== NO_NAMES && (!rec || rec.owner !== memo || (changed !== undefined && changed.size > 0 && anyIn(rec.cands, changed)))) {
      const runsHere = runsOf(s);
      if (runsHere.length === 0) rec = NO_NAMES;
      else {
        readSentence(s.text, runsHere, kindIn, true, s.block.kind === 'heading');
        rec = keep(memo);
      }
      s.people = rec;
    }
    for (let k = 0; k < rec.singles.length; k++) singles.add(rec.singles[k]);
    for (let k = 0; k < rec.fulls.length; k++) fulls.push(rec.fulls[k]);
    for (let k = 0; k < rec.companies.length; k++) companies.add(rec.companies[k]);
  }
  // A surname reused alone elsewhere is evidence too ("Mark Milley" ... "Milley").
  for (const f of fulls) {
    if (!(f.evidence || singles.has(f.tokens[f.tokens.length - 1])) || f.tokens.some((w) => ignore.has(w))) continue;
    const name = f.tokens.join(' ');
    if (!byFull.has(name)) {
      const last = f.tokens[f.tokens.length - 1];
      const known = bySurname.get(last);
      if (known && (known.first === f.tokens[0] || known.fromRoster)) continue;
      addPerson(f.tokens[0], last, name, false, null);
    }
  }
  memo?.update(people, ignore);

  // Full names by first word, as their words, longest first: pass 2 compares a run's words
  // with them instead of joining every slice of the run into a string to look up.
  const fullsByFirst = new Map<string, FullName[]>();
  for (const [name, person] of byFull) {
    const words = name.split(' ');
    let list = fullsByFirst.get(words[0]);
    if (!list) fullsByFirst.set(words[0], (list = []));
    list.push({ words, person });
  }
  for (const list of fullsByFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const infos = new Map<string, WordInfo>();
  const infoOf = (w: string): WordInfo => {
    let info = infos.get(w);
    if (info === undefined) {
      info = { kind: kindIn(w), fulls: fullsByFirst.get(w) ?? NO_FULLS, person: bySurname.get(w), ignored: ignore.has(w) };
      infos.set(w, info);
    }
    return info;
  };

  // Pass 2: every mention, in order.
  const mentions: Mention[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    if (!memo) {
      const runsHere = runsOf(s);
      if (runsHere.length > 0) mentionsOf(s, runsHere, infoOf, mentions);
      continue;
    }
    const rec = s.people!;
    if (rec === NO_NAMES) continue;
    if (rec.epoch !== memo.epoch) {
      mentionsNow.length = 0;
      mentionsOf(s, runsOf(s), infoOf, mentionsNow);
      rec.mentions = mentionsNow.length > 0 ? mentionsNow.slice() : NO_MENTIONS;
      mentionsNow.length = 0;
      rec.epoch = memo.epoch;
      rec.base = s.start;
    } else if (rec.base !== s.start) {
      shiftMentions(rec.mentions, s.start - rec.base);
      rec.base = s.start;
    }
    const ms = rec.mentions;
    for (let k = 0; k < ms.length; k++) {
      const m = ms[k];
      if (m.person) m.person = people[m.person.id];
      mentions.push(m);
    }
  }
  // The records point at this analysis's people, and through them at its sentences.
  runInfo.length = 0;
  const unresolved: Mention[] = [];
  for (const mt of mentions) {
    if (!mt.person) {
      unresolved.push(mt);
      continue;
    }
    mt.person.mentions.push(mt);
    if (mt.full && !mt.person.introduced) mt.person.introduced = mt;
  }
  return { people, mentions, unresolved, bySurname, companies };
}

/** The mention's `speech`: "said Smith." names a speaker; "said Daravian drones" or "said Vardania had" does not. */
function speechOf(t: string, start: number, end: number): boolean {
  // ", Velgrad, stated" after "the capital" is an appositive, not the subject.
  if (speechAfter(t, end) && !(/,\s*$/.test(t.slice(Math.max(0, start - 40), start)) && /^\s*,/.test(t.slice(end, end + 160)))) return true;
  if (!speechBefore(t, start)) return false;
  const after = t.slice(end, end + 160);
  return /^(?:\s*[,.;:!?"\u201d)]|\s*$)/.test(after) && !/^['\u2019]s\b/.test(after);
}

/** /^[\s"'\u201c\u2018(]*$/ on the text before `start`: only spaces, quotes and brackets precede it. */
function atSentenceStart(t: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = t.charCodeAt(i);
    if (!(isSpace(c) || c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40)) return false;
  }
  return true;
}

function makeMention(s: Sentence, start: number, end: number, person: Person | null, full: boolean): Mention {
  const t = s.text;
  const ap = appositive(t, end);
  return {
    start: s.start + start,
    end: s.start + end,
    text: t.slice(start, end),
    person,
    full,
    sentence: s,
    title: titleBefore(t, start, s.start),
    role: ap ? ap[0].replace(/^,\s+/, '').trim() : null,
    speech: speechOf(t, start, end),
    possessive: possessiveAt(t, end),
    sentenceStart: atSentenceStart(t, start),
    inRun: false,
  };
}

/** This module's regular expressions that cost the most to compile, for compileRegExpsEarly (../early.ts). */
export const COSTLY_TO_COMPILE: readonly RegExp[] = [SPEECH_AFTER, APPOSITIVE];
