// Who the story names: people found from the story's own evidence (a title
// before a name, a role after it, a verb of saying, a surname reused alone)
// plus the roster from the config, and every later mention of them.

import DoubleMetaphone from 'natural/lib/natural/phonetics/double_metaphone';
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';
import { SPEECH_VERBS } from '../data/attribution';
import { COMMON_CAPITALIZED, NOT_PERSON_WORDS } from '../data/gazetteer';
import { PREFIX_TITLES, ROLE_NOUNS, TITLE_QUALIFIERS } from '../data/titles';
import { scanNameRuns } from './nameScan';
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
}

const SPEECH_AFTER = new RegExp(`^\\s*(?:,\\s*)?(?:(?:has|had|also|later|then|previously|once)\\s+)?(?:${SPEECH_VERBS})\\b`, 'i');
const SPEECH_BEFORE = new RegExp(`\\b(?:${SPEECH_VERBS}|according to)\\s+$`, 'i');
const APPOSITIVE = new RegExp(
  `^,\\s+(?:(?:a|an|the|his|her|their|its)\\s+)?(?:[\\p{L}.'\\u2019-]+\\s+){0,5}?(?:${ROLE_NOUNS})\\b[^,;.\\u201c"]*`,
  'iu',
);

const dm = new DoubleMetaphone();

/** Capitalized words that end a title ("Chief Executive", "District Attorney", "Foreign Minister"). */
const TITLE_WORDS = new Set([
  ...Object.keys(PREFIX_TITLES).flatMap((t) => t.split(' ')).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w)),
  ...ROLE_NOUNS.split('|').filter((r) => !r.includes(' ')).map((r) => r[0].toUpperCase() + r.slice(1)),
  'Executive', 'Attorney', 'Superintendent', 'Manager', 'Leader', 'Chairman', 'Chairwoman', 'Director', 'Officer', 'Commissioner',
]);

/** True when two surnames are likely spellings of one name. */
export function similarNames(a: string, b: string): boolean {
  if (a === b || a.length < 4 || b.length < 4) return false;
  const [a1, a2] = dm.process(a);
  const [b1, b2] = dm.process(b);
  const phonetic = a1 === b1 || a1 === b2 || a2 === b1 || a2 === b2;
  if (!phonetic) return false;
  const jw = JaroWinklerDistance(a, b, {});
  const dl = DamerauLevenshteinDistance(a.toLowerCase(), b.toLowerCase());
  return jw >= 0.8 && dl <= 2;
}

/**
 * The title written right before `pos` ("Army Gen. ", "Lt. Gen. "), longest first. Looks up the
 * last one to four words in the title table instead of running an end-anchored alternation.
 */
function titleKeyBefore(before: string): { key: string; index: number } | null {
  if (!/\s$/.test(before)) return null;
  const words: Array<{ w: string; at: number }> = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(before))) words.push({ w: m[0], at: m.index });
  for (let k = Math.min(4, words.length); k >= 1; k--) {
    const first = words[words.length - k];
    if (first.at > 0 && /\p{L}/u.test(before[first.at - 1])) continue;
    const candidate = words.slice(words.length - k).map((x) => x.w).join(' ').replace(/\.$/, '');
    if (Object.prototype.hasOwnProperty.call(PREFIX_TITLES, candidate)) return { key: candidate, index: first.at };
  }
  return null;
}

function titleBefore(text: string, pos: number, sentenceStart: number): TitleUse | null {
  const before = text.slice(Math.max(0, pos - 60), pos);
  const hit = titleKeyBefore(before);
  if (!hit) return null;
  const key = hit.key;
  const start = pos - before.length + hit.index;
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

function isNameWord(w: string, lowerWords: Set<string>): boolean {
  return !NOT_PERSON_WORDS.has(w) && !COMMON_CAPITALIZED.has(w) && !(w in PREFIX_TITLES) && !lowerWords.has(w.toLowerCase());
}

interface RawFull {
  tokens: string[];
  start: number;
  end: number;
  sentence: Sentence;
  local: number;
  evidence: boolean;
}

/** A run of capitalized words in a sentence, as tokens with offsets relative to the sentence. */
export type NameRun = ReadonlyArray<{ readonly w: string; readonly at: number }>;

/** Every run of capitalized words ("Army Gen. Mark Milley") in a sentence's text. */
export function nameRuns(t: string): NameRun[] {
  return scanNameRuns(t);
}

/**
 * Finds the people of a story. `lowerWords` holds every word the story writes in lower case;
 * `runs`, when given, holds each sentence's nameRuns() (kept between edits by the block cache).
 */
export function findPeople(
  sentences: Sentence[],
  roster: RosterPerson[],
  ignore: Set<string>,
  lowerWords: Set<string>,
  runs?: NameRun[][],
): PeopleIndex {
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

  // Pass 1: multi-word names with evidence that they are people.
  const fulls: RawFull[] = [];
  const singleUses = new Map<string, number>();
  const runsOf = (s: Sentence) => runs?.[s.index] ?? nameRuns(s.text);
  for (const s of sentences) {
    const t = s.text;
    for (const run of runsOf(s)) {
      const tokens = [...run];
      // "Kessler Chief Executive Marisol Grantham": the name is what follows the last title word.
      const lastTitle = tokens.map((k) => TITLE_WORDS.has(k.w)).lastIndexOf(true);
      if (lastTitle >= 0) tokens.splice(0, lastTitle + 1);
      // Drop leading words that are titles, qualifiers or common capitalized words.
      while (tokens.length > 0 && !isNameWord(tokens[0].w, lowerWords)) tokens.shift();
      if (tokens.length === 1) {
        singleUses.set(tokens[0].w, (singleUses.get(tokens[0].w) ?? 0) + 1);
        continue;
      }
      if (tokens.length < 2 || tokens.some((k) => NOT_PERSON_WORDS.has(k.w) || COMMON_CAPITALIZED.has(k.w))) continue;
      const start = tokens[0].at;
      const last = tokens[tokens.length - 1];
      const end = last.at + last.w.length;
      const after = t.slice(end, end + 160);
      const before = t.slice(Math.max(0, start - 40), start);
      const evidence =
        titleBefore(t, start, s.start) !== null || APPOSITIVE.test(after) || SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(before);
      fulls.push({ tokens: tokens.map((k) => k.w), start: s.start + start, end: s.start + end, sentence: s, local: start, evidence });
    }
  }
  // A surname reused alone elsewhere is evidence too ("Mark Milley" ... "Milley").
  for (const f of fulls) {
    const last = f.tokens[f.tokens.length - 1];
    if (!f.evidence && (singleUses.get(last) ?? 0) > 0) f.evidence = true;
    if (!f.evidence || f.tokens.some((w) => ignore.has(w))) continue;
    const name = f.tokens.join(' ');
    if (!byFull.has(name)) {
      const known = bySurname.get(last);
      if (known && (known.first === f.tokens[0] || known.fromRoster)) continue;
      addPerson(f.tokens[0], last, name, false, null);
    }
  }

  // Pass 2: every mention, in order; full names first, then surnames alone.
  const mentions: Mention[] = [];
  const unresolved: Mention[] = [];
  for (const s of sentences) {
    const t = s.text;
    for (const toks of runsOf(s)) {
      // Words of the run that can be names: without titles ("Sheriff") and sentence openers,
      // and, for a known surname, without title words such as "Executive" either.
      const notTitleOrCommon = toks.filter((k) => !(k.w in PREFIX_TITLES) && !COMMON_CAPITALIZED.has(k.w)).length;
      const nameWords = toks.filter((k) => !(k.w in PREFIX_TITLES) && !TITLE_WORDS.has(k.w) && !COMMON_CAPITALIZED.has(k.w)).length;
      for (let i = 0; i < toks.length; i++) {
        // Longest full name starting here.
        let matched = false;
        for (let j = toks.length; j > i + 1; j--) {
          const name = toks.slice(i, j).map((k) => k.w).join(' ');
          const p = byFull.get(name);
          if (p) {
            const start = toks[i].at;
            const end = toks[j - 1].at + toks[j - 1].w.length;
            mentions.push(makeMention(s, start, end, p, true));
            i = j - 1;
            matched = true;
            break;
          }
        }
        if (matched) continue;
        const w = toks[i].w;
        const start = toks[i].at;
        const end = start + w.length;
        const p = bySurname.get(w);
        if (p) {
          const mention = makeMention(s, start, end, p, false);
          mention.inRun = nameWords > 1;
          mentions.push(mention);
          continue;
        }
        if (ignore.has(w) || !isNameWord(w, lowerWords)) continue;
        // Part of a longer run of names that is not a person ("Economic Club"): skip. A title or
        // common word before it ("Sheriff Lindqvist") does not make a run of names.
        if (notTitleOrCommon > 1) continue;
        // "Chiefs of Staff said", "the Post reported": after a preposition or article it is no person.
        const lead = t.slice(Math.max(0, start - 16), start);
        if (/(?:^|\s)(?:of|the|in|at|from|for|to|on|into|a|an|its|their|his|her|by|with)\s+$/i.test(lead) && !/according to\s+$/i.test(lead)) continue;
        if (/\d(?:st|nd|rd|th)?\s+$/.test(lead)) continue; // "the 3rd Ward"
        if (s.block.kind === 'heading') continue; // headlines use surnames before the story introduces anyone
        const mention = makeMention(s, start, end, null, false);
        if (mention.speech || mention.role !== null || mention.title !== null || mention.possessive) {
          mentions.push(mention);
          unresolved.push(mention);
        }
      }
    }
  }
  for (const mt of mentions) {
    if (!mt.person) continue;
    mt.person.mentions.push(mt);
    if (mt.full && !mt.person.introduced) mt.person.introduced = mt;
  }
  return { people, mentions, unresolved, bySurname };
}

function makeMention(s: Sentence, start: number, end: number, person: Person | null, full: boolean): Mention {
  const t = s.text;
  const after = t.slice(end, end + 160);
  const before = t.slice(Math.max(0, start - 40), start);
  const ap = APPOSITIVE.exec(after);
  return {
    start: s.start + start,
    end: s.start + end,
    text: t.slice(start, end),
    person,
    full,
    sentence: s,
    title: titleBefore(t, start, s.start),
    role: ap ? ap[0].replace(/^,\s+/, '').trim() : null,
    // "said Smith." names a speaker; "said Daravian drones" or "said Vardania had" does not.
    // ", Velgrad, stated" after "the capital" is an appositive, not the subject.
    speech:
      (SPEECH_AFTER.test(after) && !(/,\s*$/.test(before) && /^\s*,/.test(after))) ||
      (SPEECH_BEFORE.test(before) && /^(?:\s*[,.;:!?"\u201d)]|\s*$)/.test(after) && !/^['\u2019]s\b/.test(after)),
    possessive: /^['\u2019]s\b/.test(after),
    sentenceStart: /^[\s"'\u201c\u2018(]*$/.test(t.slice(0, start)),
    inRun: false,
  };
}
