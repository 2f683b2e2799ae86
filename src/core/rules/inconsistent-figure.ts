import { CHANGE_WORDS, MONTH_PATTERN, monthOf, WEEKDAYS } from '../data/numbers';
import type { Figure } from '../text/numbers';
import { memoize } from '../memo';
import { ownCopy } from '../strings';
import { spaceBefore, TailWords, trailingWord } from '../text/tail';
import type { Sentence } from '../text/sentences';
import type { Rule } from './rule';
import { ruleInfo } from './catalog';

// Nouns that name the same thing; the value is the canonical form.
const SYNONYMS: Record<string, string> = {
  soldier: 'troop', serviceman: 'troop', servicemen: 'troop', forces: 'troop', force: 'troop', troop: 'troop',
  person: 'people', people: 'people', individual: 'people', casualty: 'casualty', casualtie: 'casualty',
  civilian: 'civilian', resident: 'people', dollar: 'dollar', employee: 'worker', worker: 'worker', staff: 'worker',
};
const EVENTS: Record<string, string> = {
  killed: 'killed', dead: 'killed', died: 'killed', deaths: 'killed', death: 'killed', wounded: 'wounded', injured: 'wounded',
  hurt: 'wounded', displaced: 'displaced', evacuated: 'evacuated', arrested: 'arrested', detained: 'arrested',
  infected: 'infected', hospitalized: 'hospitalized', hospitalised: 'hospitalized', vaccinated: 'vaccinated',
  missing: 'missing', homeless: 'homeless', unemployed: 'unemployed', captured: 'captured', rescued: 'rescued',
  gathered: 'gathered', deployed: 'deployed', stationed: 'deployed', massed: 'gathered',
};
// Nouns specific enough to compare without an event word.
const SPECIFIC = new Set(['budget', 'deficit', 'debt', 'salary', 'price', 'fine', 'settlement', 'contract', 'toll', 'population', 'turnout', 'revenue', 'profit', 'casualty', 'bail', 'ransom', 'bonus', 'fee', 'grant', 'loan', 'bill']);
const EVENT_RE = new RegExp(`\\b(?:${Object.keys(EVENTS).join('|')})\\b`, 'gi');
const EVENT_ONE = new RegExp(EVENT_RE.source, 'i');

/** Before a figure in a sentence of change: the old level or the size of the change, not a level. */
const CHANGE_LEAD =
  /\b(?:from|by|up|down|than|of|compared with|compared to|versus|vs\.?|rose|rise|risen|fell|fallen|increased|decreased|grew|grown|declined|dropped|jumped|climbed|surged|soared|plunged|slid|gained|lost|added|cut)\s+(?:about\s+|nearly\s+|roughly\s+|some\s+|almost\s+|more than\s+|an estimated\s+)?$/i;

/** Last words CHANGE_LEAD can end with: the lead words, the last word of each, and its hedges. */
const CHANGE_LEAD_LAST = new Set(
  'from by up down than of with to versus vs rose rise risen fell fallen increased decreased grew grown declined dropped jumped climbed surged soared plunged slid gained lost added cut about nearly roughly some almost estimated'.split(' '),
);
/** What the word before a specific noun's figure can be ("the budget of $3.5 billion"), and its hedges. */
const LEAD_VERBS = new Set(['of', 'was', 'is', 'at', 'totaling', 'totalling', 'reached', 'hit']);
const LEAD_HEDGES = new Set(['about', 'nearly', 'roughly']);
const LEAD = /\b([a-z]+)\s+(?:of|was|is|at|totaling|totalling|stood at|reached|hit)\s+(?:about\s+|nearly\s+|roughly\s+)?$/i;
const ADDITION_WORDS = ['another', 'additional', 'other', 'further'];
const ADDITION_BEFORE = /\b(?:another|additional|other|further)\s+(?:\S+\s+)?$/i;
const ADDITION_AFTER = /^\s+(?:more|others|additional)\b/i;

const DETERMINERS = new Set(['the', 'all', 'its', 'their', 'his', 'her', 'our']);

/**
 * Before a figure, a value expected, forecast, proposed or requested rather than the thing itself
 * ("analysts had expected revenue of $2.79 billion", "proposed a $409 million budget"): not a
 * level to compare, with the levels reported or with another party's forecast or proposal
 * ("The governor proposed a $52 billion budget. Senate Democrats proposed a $54 billion
 * budget."). EXPECTED_WORD is the cheap test, read first.
 */
const EXPECTED_WORD = /\b(?:expect|forecast|project|predict|anticipat|propos|request)/i;
const EXPECTED_BEFORE =
  /\b(?:expected|expecting|expects|forecast|forecasts|forecasted|forecasting|projected|projecting|predicted|predicting|predicts|anticipated|anticipating|proposed|proposing|proposes|requested|requesting|requests)\s+(?:[\p{L}'\u2019-]+\s+){0,3}$/iu;

/** Weekdays and dates before a figure in its sentence ("On Wednesday, officials said 11"): the day of the count. */
const DAY_BEFORE = new RegExp(`\\b(?:(?:${WEEKDAYS.join('|')})|(${MONTH_PATTERN})\\s+(\\d{1,2})\\b)`, 'g');

// How far the rule reads around a figure. Every read below stays within these bounds: the kept
// reads (see the rule's run) are checked against exactly this much of the source, so a read that
// reached further would make an edit's result differ from a full analysis.
/** Characters read before a figure. */
const BEFORE = 40;
/** Characters of its sentence read after a figure. */
const REST = 160;
/** Characters read after a figure whatever its sentence ("17\n\nmore" is an addition). */
const AFTER = 12;

/**
 * "the ", "all ", "of the ", "the district's " right before `at`: words, not an end-anchored pattern.
 * `tail` holds the words before `at` read within BEFORE characters.
 */
function isDefinite(text: string, at: number, tail: TailWords): boolean {
  const lo = Math.max(0, at - BEFORE);
  if (!spaceBefore(text, at, lo)) return false;
  const last = tail.word(1) ?? '';
  const prev = tail.word(2) ?? '';
  if (DETERMINERS.has(last)) return true;
  // "the district's 8,540": a possessive after a determiner.
  return DETERMINERS.has(prev) && /^[\p{L}-]+['\u2019]s$/u.test(last);
}

/** Canonical singular of a noun, remembered: the same few nouns come back in every story. */
const HAS = Object.prototype.hasOwnProperty;
const norm = memoize(10000, (noun: string): string => {
  const n = noun.toLowerCase();
  const singular = n.length > 3 && n.endsWith('s') && !n.endsWith('ss') ? n.slice(0, -1) : n;
  // Own keys only: "constructors" must not find Object.prototype.constructor.
  return HAS.call(SYNONYMS, n) ? SYNONYMS[n] : HAS.call(SYNONYMS, singular) ? SYNONYMS[singular] : singular;
});

function interval(f: Figure): [number, number] {
  switch (f.hedge) {
    case 'about': return [f.low * 0.9, f.high * 1.1];
    case 'over': return [f.low, Infinity];
    case 'under': return [0, f.high];
    case 'nearly': return [f.low * 0.9, f.high];
    default: return [f.low, f.high];
  }
}

interface Use {
  fig: Figure;
  noun: string;
  events: string;
  mods: ReadonlySet<string>;
  /** Places and days the sentence names ("in Ashby", "on Monday"): counts of different places or days differ. */
  where: ReadonlySet<string>;
  /** Written as a known quantity ("the 43 civilians"), so it must match the story's earlier count. */
  definite: boolean;
  /** low|high|hedge|modifier count, so a repeated value is kept once ('' for a loose count). */
  value: string;
  /** A count with no event word, not of a specific noun, not definite: compared only with a later definite mention. */
  loose: boolean;
}

/** Shared by the many uses with no modifiers or places; never added to. */
const NONE: ReadonlySet<string> = new Set();
const WHERE = /\b(?:in|at|on|near|outside)\s+((?:\p{Lu}[\p{L}.'\u2019-]*\s?){1,3})/gu;

function modsOf(modifiers: readonly string[]): ReadonlySet<string> {
  return modifiers.length === 0 ? NONE : new Set(modifiers);
}

/** One key per set of modifiers, in any order; most sets have none or one, which need no sorting. */
function modsKeyOf(mods: ReadonlySet<string>): string {
  if (mods.size === 0) return '';
  if (mods.size === 1) return mods.values().next().value!;
  return [...mods].sort().join('\u0000');
}

/** Whether either set holds all of the other. */
function subset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return every(a, b) || every(b, a);
}
function every(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Adds the days named in `text` to `out` (made when first needed), each through `own`. */
function daysIn(text: string, out: Set<string> | undefined, own: (s: string) => string): Set<string> | undefined {
  DAY_BEFORE.lastIndex = 0;
  for (let m = DAY_BEFORE.exec(text); m; m = DAY_BEFORE.exec(text)) (out ??= new Set()).add(own(m[1] ? dayKey(m[1], m[2]) : DAY + m[0]));
  return out;
}

/** A date's key, by its month's number: "Aug. 12" and "August 12" are one. */
function dayKey(month: string, day: string): string {
  return `${DAY}${monthOf(month)}-${Number(day)}`;
}

/** Marks a day among the places: counts of different days differ even in one place (see otherDays). */
const DAY = '\u0001';

/** Whether both name days and none of the same. */
function otherDays(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let aDays = false;
  let bDays = false;
  for (const w of b) if (w.charCodeAt(0) === 1) bDays = true;
  for (const w of a) {
    if (w.charCodeAt(0) !== 1) continue;
    aDays = true;
    if (b.has(w)) return false;
  }
  return aDays && bDays;
}

/**
 * The places and days in `sentence` after a figure, and the days named in `before` it, each
 * through `own` (see readFigure). A day is a weekday or a month and day, whichever side of the
 * count it is on: "on Monday", "Monday" and "Monday." are one, and so are "Aug. 12" and "August
 * 12". A place loses a full stop that ends its sentence ("in Ashby.").
 */
function whereOf(sentence: string, before: string, own: (s: string) => string): ReadonlySet<string> {
  // Most counts name no place: the set is made only for the first one found.
  let out: Set<string> | undefined;
  WHERE.lastIndex = 0;
  for (let m = WHERE.exec(sentence); m; m = WHERE.exec(sentence)) {
    const place = m[1].trim().replace(/\.$/, '');
    // A day after "on" or "in" ("killed on Monday", "on Aug. 12"), keyed as a day before the
    // count is; a date with no such word after the count ("takes effect July 1") is no day of it.
    const day = /^\s*(\d{1,2})\b/.exec(sentence.slice(m.index + m[0].length));
    if (WEEKDAYS.includes(place)) (out ??= new Set()).add(own(DAY + place));
    else if (day && monthOf(place) > 0) (out ??= new Set()).add(own(dayKey(place, day[1])));
    else (out ??= new Set()).add(own(place));
  }
  return daysIn(before, out, own) ?? NONE;
}

/** The event words after a figure, canonical, sorted and joined: "killed+wounded". */
function eventsIn(rest: string): string {
  EVENT_RE.lastIndex = 0;
  let m = EVENT_RE.exec(rest);
  if (!m) return '';
  const first = EVENTS[m[0].toLowerCase()]; // EVENT_RE matches only EVENTS' own keys
  // Most counts name one event at most: the list is made only for a second, different one.
  let found: string[] | undefined;
  for (m = EVENT_RE.exec(rest); m; m = EVENT_RE.exec(rest)) {
    const e = EVENTS[m[0].toLowerCase()];
    if (e !== first && !found?.includes(e)) (found ??= [first]).push(e);
  }
  return found ? found.sort().join('+') : first;
}

/** Whether LEAD can match before `at`: its verb (or the verb before its hedge) ends there. */
function leadsIn(text: string, at: number, tail: TailWords): boolean {
  const lo = Math.max(0, at - BEFORE);
  if (!spaceBefore(text, at, lo)) return false;
  const w1 = tail.word(1) ?? '';
  return LEAD_VERBS.has(w1) || (LEAD_HEDGES.has(w1) && LEAD_VERBS.has(tail.word(2) ?? ''));
}

const isAdditionWord = (w: string | undefined) => w !== undefined && ADDITION_WORDS.some((a) => w.endsWith(a));

/** "another 17 people", "a further 3", "17 more". */
function isAddition(text: string, f: Figure, tail: TailWords): boolean {
  const lo = Math.max(0, f.start - 25); // within BEFORE
  if (spaceBefore(text, f.start, lo) && (isAdditionWord(tail.word(1, lo)) || isAdditionWord(tail.word(2, lo)))) {
    if (ADDITION_BEFORE.test(text.slice(lo, f.start))) return true;
  }
  return ADDITION_AFTER.test(text.slice(f.end, f.end + AFTER));
}

function disjoint(a: Use, b: Use): boolean {
  const [alo, ahi] = interval(a.fig);
  const [blo, bhi] = interval(b.fig);
  return ahi < blo || bhi < alo;
}

/** Earlier distinct counts with one set of modifiers, indexed by the places they name. */
class Earlier {
  private readonly all: Array<{ use: Use; seq: number }> = [];
  private readonly unplaced: Array<{ use: Use; seq: number }> = [];
  private readonly byPlace = new Map<string, Array<{ use: Use; seq: number }>>();

  add(use: Use): void {
    const entry = { use, seq: this.all.length };
    this.all.push(entry);
    if (use.where.size === 0) this.unplaced.push(entry);
    for (const w of use.where) {
      const list = this.byPlace.get(w);
      if (list) list.push(entry);
      else this.byPlace.set(w, [entry]);
    }
  }

  /**
   * The earliest count that contradicts `u`: its values cannot overlap, and the two name no
   * places or share one ("in Ashby" is not compared with "in Belton").
   */
  firstClash(u: Use): Use | undefined {
    const lists = u.where.size === 0 ? [this.all] : [this.unplaced, ...[...u.where].map((w) => this.byPlace.get(w) ?? [])];
    let best: { use: Use; seq: number } | undefined;
    for (const list of lists) {
      for (const e of list) {
        if (best && e.seq >= best.seq) break;
        if (disjoint(e.use, u) && !otherDays(e.use.where, u.where)) {
          best = e;
          break;
        }
      }
    }
    return best?.use;
  }
}

interface Group {
  /** low|high|hedge|modifier count of the counts kept, so a repeated value is kept once. */
  values: Set<string>;
  byMods: Map<string, Earlier>;
}

/** The counts of one noun and kind. */
interface NounKind {
  /** The first count, for definite mentions ("the 43 civilians"). */
  first: Use;
  /** Groups by event words. */
  byEvents: Map<string, Group>;
}

/**
 * Noun -> figure kind -> its counts: nested maps rather than a joined key, which would be built
 * (and flattened to hash) for every use.
 */
class ByNounKind {
  private readonly map = new Map<string, Map<string, NounKind>>();

  get(u: Use): NounKind | undefined {
    return this.map.get(u.noun)?.get(u.fig.kind);
  }

  /** Records `u`, keeping the earliest as the first count. */
  add(u: Use): void {
    let kinds = this.map.get(u.noun);
    if (!kinds) this.map.set(u.noun, (kinds = new Map()));
    const cur = kinds.get(u.fig.kind);
    if (!cur) kinds.set(u.fig.kind, { first: u, byEvents: new Map() });
    else if (u.fig.start < cur.first.fig.start) cur.first = u;
  }
}

/** The string itself: without a memo nothing read outlives the analysis (see readFigure's `own`). */
const asIs = (x: string) => x;

/** Whether a sentence is one of change, asked at most once per sentence. */
class Changing {
  private s: Sentence | null = null;
  private value = false;

  of(s: Sentence): boolean {
    if (this.s !== s) {
      this.s = s;
      this.value = CHANGE_WORDS.test(s.text);
    }
    return this.value;
  }
}

/**
 * Reads one figure as a count to compare (a use), or null when it is not one: its noun, event
 * words, modifiers, places and whether it is written as known. It reads the figure's fields, the
 * source from BEFORE characters before the figure to the end of its sentence (at most REST
 * characters on) or AFTER characters on, whichever reaches further, where its sentence starts
 * and ends, and whether the sentence is one of change. A figure is set once found (findFigures)
 * and moves with its sentence (moveTo), so a kept figure reads the same while that source does.
 * Strings taken from the source go through `own`, so a use kept past the analysis holds no slice
 * of it.
 */
function readFigure(text: string, s: Sentence, f: Figure, tail: TailWords, changing: Changing, own: (s: string) => string): Use | null {
  if ((!f.claim && f.notClaim !== 'measure') || f.kind === 'ratio' || f.kind === 'rate' || f.rangeForm === 'from') return null;
  tail.read(text, f.start, Math.max(0, f.start - BEFORE));
  // The words of its sentence before it, within BEFORE.
  const before = text.slice(Math.max(s.start, f.start - BEFORE), f.start);
  if (EXPECTED_WORD.test(before) && EXPECTED_BEFORE.test(before)) return null;
  // A sentence of change ("rose", "compared with") may still state a level ("grew to 47 cases");
  // what is left out is the old level and the size of the change ("from 40", "up 200", "by 12").
  const aheadFrom = Math.max(s.start, f.start - 30); // within BEFORE
  if (spaceBefore(text, f.start, aheadFrom) && CHANGE_LEAD_LAST.has(trailingWord(tail.word(1, aheadFrom)))) {
    if (changing.of(s) && CHANGE_LEAD.test(text.slice(aheadFrom, f.start))) return null;
  }
  let noun = f.noun ? norm(f.noun) : '';
  // "$46.8 million operating budget leaves ...": a specific noun among the words after wins.
  let modifiers = f.modifiers.length === 0 ? f.modifiers : f.modifiers.map((m) => m.toLowerCase());
  const at = modifiers.findIndex((m) => SPECIFIC.has(norm(m)));
  if (at >= 0 && !SPECIFIC.has(noun)) {
    noun = norm(modifiers[at]);
    modifiers = modifiers.slice(0, at);
  }
  // "the budget of $3.5 billion": a specific noun can also come before the figure.
  if (!SPECIFIC.has(noun) && leadsIn(text, f.start, tail)) {
    const lead = LEAD.exec(text.slice(Math.max(0, f.start - BEFORE), f.start));
    const word = lead ? norm(own(lead[1])) : '';
    if (SPECIFIC.has(word)) noun = word;
  }
  if (!noun) return null;
  const rest = text.slice(f.end, Math.min(s.end, f.end + REST));
  const events = eventsIn(rest);
  // "the 1,700 people", "all 350 workers", "the district's 8,540 students": a count the story gave before.
  const definite = isDefinite(text, f.start, tail);
  if (!events && !SPECIFIC.has(noun) && !definite) {
    // Counts with no event word: compared only with a later definite mention of the same noun.
    // `modifiers` is still all of them here: a specific noun taken from them would have made it not loose.
    return { fig: f, noun, events, mods: modsOf(modifiers), where: NONE, definite: false, value: '', loose: true };
  }
  // "another 17 people", "17 more": an addition, not a restatement.
  if (isAddition(text, f, tail)) return null;
  // Where and when, read close to the count: "17 people were killed in Belton", "killed on Tuesday".
  // No event words (most specific nouns) means EVENT_ONE cannot match either.
  const ev = events ? EVENT_ONE.exec(rest) : null;
  const near = rest.slice(0, (ev ? ev.index + ev[0].length : 0) + 30);
  const mods = modsOf(modifiers);
  const value = `${f.low}|${f.high}|${f.hedge}|${mods.size}`;
  return { fig: f, noun, events, mods, where: whereOf(near, before, own), definite, value, loose: false };
}

export const inconsistentFigure: Rule = {
  ...ruleInfo('inconsistent-figure'),
  run(ctx, report) {
    const uses: Use[] = [];
    // Counts with no event word: compared only with a later definite mention of the same noun.
    const loose: Use[] = [];
    // The words before each figure, read once within BEFORE characters for every window below.
    const tail = new TailWords();
    const changing = new Changing();
    // With an IncrementalAnalyzer, a figure's read is kept for the next analysis. What it holds is
    // then a copy of its own, not slices of this draft, which would keep the draft alive.
    const memo = ctx.memo;
    const reads = memo?.of<Use | null>('inconsistent-figure') ?? null;
    const own = memo ? ownCopy : asIs;
    for (const s of ctx.sentences) {
      const figs = ctx.figures[s.index];
      if (figs.length === 0) continue;
      for (const f of figs) {
        let r: Use | null | undefined;
        if (reads !== null) {
          // What readFigure reads (see BEFORE, REST, AFTER).
          r = memo!.good(reads, f, f.start - BEFORE, Math.max(Math.min(s.end, f.end + REST), f.end + AFTER));
          if (r === undefined) memo!.keep(reads, f, (r = readFigure(ctx.text, s, f, tail, changing, own)));
        } else r = readFigure(ctx.text, s, f, tail, changing, own);
        if (r) (r.loose ? loose : uses).push(r);
      }
    }
    // The first count of each noun and kind, for definite mentions ("the 43 civilians").
    const nouns = new ByNounKind();
    for (const u of uses) nouns.add(u);
    for (const u of loose) nouns.add(u);
    // Compare only uses of the same noun, event and kind, and (a part is not the whole: "40 Russian
    // soldiers", "90 soldiers") the same modifiers; within a group, only against distinct earlier values.
    for (const u of uses) {
      const ofNoun = nouns.get(u)!; // every use was added above
      let group = ofNoun.byEvents.get(u.events);
      if (!group) ofNoun.byEvents.set(u.events, (group = { values: new Set(), byMods: new Map() }));
      const modsKey = modsKeyOf(u.mods);
      let clash = group.byMods.get(modsKey)?.firstClash(u);
      if (!clash && u.definite) {
        // A definite mention against the first earlier count of the same noun, whatever its event word.
        const first = ofNoun.first;
        if (first.fig.start < u.fig.start && subset(first.mods, u.mods) && disjoint(first, u) && !otherDays(first.where, u.where)) clash = first;
      }
      if (clash) {
        report({
          start: u.fig.start,
          end: u.fig.end,
          message: `"${u.fig.text}" does not match "${clash.fig.text}" given earlier for the same ${u.events ? `count (${u.fig.noun ?? u.noun} ${u.events.replace('+', ' or ')})` : u.noun}.`,
          fixes: [{ title: `Change to "${clash.fig.text}"`, edits: [{ start: u.fig.start, end: u.fig.end, newText: clash.fig.text }] }],
          related: [{ start: clash.fig.start, end: clash.fig.end, message: `first given as "${clash.fig.text}" here` }],
        });
        continue;
      }
      if (group.values.has(u.value)) continue;
      group.values.add(u.value);
      let sub = group.byMods.get(modsKey);
      if (!sub) group.byMods.set(modsKey, (sub = new Earlier()));
      sub.add(u);
    }
  },
};

/** This module's regular expressions that cost the most to compile, for compileRegExpsEarly (../early.ts). */
export const COSTLY_TO_COMPILE: readonly RegExp[] = [WHERE];
