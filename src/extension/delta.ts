// A draft's findings (and claims, when the Claims view is open) after an edit, sent from the
// worker as a change to those the extension already holds: the ones the edit left as they were
// (or only moved) are named by their index, and only the new ones cross. A one-letter edit of a
// 10 MB draft otherwise sends all of its 51,500 findings back and makes a diagnostic of each, for
// some 50 that differ; with the Claims view open, its 120,000 claims too.
//
// The worker and the extension host run the same move on the same items with the same Shift,
// and the worker keeps an item only after checking that the moved one equals the new analysis's
// item field for field. So the result the extension puts together is the new analysis's whatever
// the shift: a shift that moves an item wrongly only sends it anew.
import { stretchOf } from '../core/strings';
import type { Claim, ClaimFigure, Finding, Fix, Position, Range, Related } from '../core/types';

/**
 * Where two versions of a text differ: positions before (line, character) are the same in both;
 * positions from (oldLine, oldCharacter) on in the old text are, in the new one, as far from
 * (newLine, newCharacter). Lines end at "\n", as the findings count them.
 */
export interface Shift {
  line: number;
  character: number;
  oldLine: number;
  oldCharacter: number;
  newLine: number;
  newCharacter: number;
}

/**
 * A change to a held result. `ops` is read in turn: n > 0 takes the next n of the findings sent;
 * n < 0, then i and m, keeps -n held findings from index i, moved by `shift` when m is 1 and as
 * they are when m is 0 (the worker checked that moving leaves them as they are). `claims`, when
 * present, is the same for the held result's claims and the claims sent.
 */
export interface ResultDelta {
  /** The id of the result it changes. */
  base: number;
  shift: Shift | null;
  ops: number[];
  claims?: number[];
}

/** Where `text` ends when written from `at` (its lines counted by "\n"). */
function advance(at: Position, text: string): Position {
  const last = text.lastIndexOf('\n');
  if (last === -1) return { line: at.line, character: at.character + text.length };
  let line = at.line;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) line++;
  return { line, character: text.length - last - 1 };
}

/** How `next` differs from `prev`, as one changed stretch of text; null when they are equal. */
export function shiftOf(prev: string, next: string): Shift | null {
  if (prev === next) return null;
  const { same, tail, by } = stretchOf(prev, next);
  return shiftAt(prev, same, tail - by, next.slice(same, tail));
}

/**
 * The shift of replacing prev[start, end) with `inserted` (a TextChange the extension already
 * worked out): one pass over the text before the change, and over the change.
 */
export function shiftAt(prev: string, start: number, end: number, inserted: string): Shift {
  const at = advance({ line: 0, character: 0 }, prev.slice(0, start));
  const oldEnd = advance(at, prev.slice(start, end));
  const newEnd = advance(at, inserted);
  return { line: at.line, character: at.character, oldLine: oldEnd.line, oldCharacter: oldEnd.character, newLine: newEnd.line, newCharacter: newEnd.character };
}

/** Where a position of the old text is in the new one: itself when it did not move, null inside the changed stretch. */
export function movePosition(p: Position, s: Shift): Position | null {
  if (p.line < s.line || (p.line === s.line && p.character < s.character)) return p;
  if (p.line > s.oldLine) return s.newLine === s.oldLine ? p : { line: p.line + s.newLine - s.oldLine, character: p.character };
  if (p.line === s.oldLine && p.character >= s.oldCharacter) {
    const character = s.newCharacter + p.character - s.oldCharacter;
    return s.newLine === p.line && character === p.character ? p : { line: s.newLine, character };
  }
  return null;
}

function moveRange(r: Range, s: Shift): Range | null {
  const start = movePosition(r.start, s);
  const end = start && movePosition(r.end, s);
  if (!start || !end) return null;
  return start === r.start && end === r.end ? r : { start, end };
}

/** fn of each item: the same list when fn returned every item itself, null when it returned null for one. */
function mapSome<T>(items: T[], fn: (item: T) => T | null): T[] | null {
  let out: T[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const moved = fn(items[i]);
    if (!moved) return null;
    if (moved !== items[i]) (out ??= items.slice())[i] = moved;
  }
  return out ?? items;
}

/** Moves each item's range (see mapSome). */
function moveAll<T extends { range: Range }>(items: T[], s: Shift): T[] | null {
  return mapSome(items, (item) => {
    const range = moveRange(item.range, s);
    return range && (range === item.range ? item : { ...item, range });
  });
}

function moveFixes(fixes: Fix[], s: Shift): Fix[] | null {
  return mapSome(fixes, (fix) => {
    const edits = moveAll(fix.edits, s);
    return edits && (edits === fix.edits ? fix : { ...fix, edits });
  });
}

/**
 * A finding of the old text with its ranges (its own, its fixes' and its related places') moved
 * into the new one: the finding itself when none moved, null when one lies in the changed stretch.
 */
export function moveFinding(f: Finding, s: Shift | null): Finding | null {
  if (!s) return f;
  const range = moveRange(f.range, s);
  if (!range) return null;
  const fixes = moveFixes(f.fixes, s);
  if (!fixes) return null;
  const related = moveAll<Related>(f.related, s);
  if (!related) return null;
  return range === f.range && fixes === f.fixes && related === f.related ? f : { ...f, range, fixes, related };
}

/** A claim's id at index `at` of its analysis's claims (see claimsOf in core/analyze.ts). */
function claimId(at: number): string {
  return `claim-${at + 1}`;
}

/**
 * A claim of the old text with its ranges (its own, its figures' and its source's) moved into the
 * new one: the claim itself when none moved, null when one lies in the changed stretch. Its id is
 * left as it was: see placeClaim.
 */
export function moveClaim(c: Claim, s: Shift | null): Claim | null {
  if (!s) return c;
  const range = moveRange(c.range, s);
  if (!range) return null;
  const figures = moveAll<ClaimFigure>(c.figures, s);
  if (!figures) return null;
  let source = c.source;
  if (source) {
    const r = moveRange(source.range, s);
    if (!r) return null;
    if (r !== source.range) source = { ...source, range: r };
  }
  return range === c.range && figures === c.figures && source === c.source ? c : { ...c, range, figures, source };
}

/** A claim at index `at` of the claims: with the id it has there (the claim itself when it has it). */
export function placeClaim(c: Claim, at: number): Claim {
  const id = claimId(at);
  return c.id === id ? c : { ...c, id };
}

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

function sameRange(a: Range, b: Range): boolean {
  return samePosition(a.start, b.start) && samePosition(a.end, b.end);
}

/**
 * Equal field for field. A generic deep comparison took 115-230 ms per edit of the 10 MB draft;
 * this one reads the contract's fields by name, so a field added to Finding, Fix, TextEdit or
 * Related must be added here too (test/unit/extension/delta.test.ts fails until it is).
 */
export function sameFinding(a: Finding, b: Finding): boolean {
  if (a === b) return true;
  if (a.rule !== b.rule || a.message !== b.message || a.text !== b.text || a.severity !== b.severity || a.category !== b.category) return false;
  if (!sameRange(a.range, b.range) || a.fixes.length !== b.fixes.length || a.related.length !== b.related.length) return false;
  for (let i = 0; i < a.fixes.length; i++) {
    const x = a.fixes[i];
    const y = b.fixes[i];
    if (x.title !== y.title || x.edits.length !== y.edits.length) return false;
    for (let k = 0; k < x.edits.length; k++) {
      if (x.edits[k].newText !== y.edits[k].newText || !sameRange(x.edits[k].range, y.edits[k].range)) return false;
    }
  }
  for (let i = 0; i < a.related.length; i++) {
    if (a.related[i].message !== b.related[i].message || !sameRange(a.related[i].range, b.related[i].range)) return false;
  }
  return true;
}

/**
 * Equal field for field once `a` takes index `at` (placeClaim), which is where `b` is: its id,
 * then the rest. Like sameFinding, it reads the fields by name (the same test guards them).
 */
export function sameClaim(a: Claim, b: Claim, at: number): boolean {
  if (b.id !== claimId(at)) return false;
  if (a === b) return true;
  if (a.kind !== b.kind || a.status !== b.status || a.text !== b.text || !sameRange(a.range, b.range)) return false;
  if ((a.source === null) !== (b.source === null) || a.figures.length !== b.figures.length) return false;
  if (a.source && b.source && (a.source.name !== b.source.name || !sameRange(a.source.range, b.source.range))) return false;
  for (let i = 0; i < a.figures.length; i++) {
    const x = a.figures[i];
    const y = b.figures[i];
    if (x.text !== y.text || !Object.is(x.low, y.low) || !Object.is(x.high, y.high) || !sameRange(x.range, y.range)) return false;
  }
  return true;
}

/** How a delta treats one kind of item: findings, or claims. */
export interface Items<T extends { range: Range }> {
  /** What it is called in errors. */
  name: string;
  /** The item with its ranges moved by the shift; itself when none moved, null when one is in the changed stretch. */
  move(item: T, s: Shift | null): T | null;
  /** Whether `moved`, put at index `at` (place), equals the new analysis's item there. */
  same(moved: T, item: T, at: number): boolean;
  /** The item as it is at index `at` of the new list (a claim's id is its place). */
  place(item: T, at: number): T;
}

/** Findings: kept as they are, or moved. */
export const FINDINGS: Items<Finding> = { name: 'findings', move: moveFinding, same: sameFinding, place: (f) => f };
/** Claims: kept, or moved, with the id of their new place, as ids are places (claim-1, claim-2...). */
export const CLAIMS: Items<Claim> = { name: 'claims', move: moveClaim, same: sameClaim, place: placeClaim };

function before(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/**
 * `next` as a change to `prev` (both in document order, as analyses give them): walks the two
 * lists together, keeping each old item that, moved by `shift`, equals the next new one.
 */
export function diffItems<T extends { range: Range }>(kind: Items<T>, prev: readonly T[], next: readonly T[], shift: Shift | null): { ops: number[]; fresh: T[] } {
  const ops: number[] = [];
  const fresh: T[] = [];
  // What the last op is: a run of new items, a run of kept ones (its count at ops.length - 3), or none.
  let last: 'fresh' | 'kept' | null = null;
  let i = 0;
  // The old item at i, moved (computed once per i).
  let movedAt = -1;
  let moved: T | null = null;
  for (let j = 0; j < next.length; j++) {
    const f = next[j];
    let kept = false;
    while (i < prev.length) {
      if (movedAt !== i) {
        movedAt = i;
        moved = kind.move(prev[i], shift);
      }
      if (moved === null) {
        i++;
        continue;
      }
      if (kind.same(moved, f, j)) {
        const n = ops.length;
        const flag = moved === prev[i] ? 0 : 1;
        // Extends the last run of kept items when it ends just before this one, moved alike.
        if (last === 'kept' && ops[n - 2] - ops[n - 3] === i && ops[n - 1] === flag) ops[n - 3]--;
        else ops.push(-1, i, flag);
        last = 'kept';
        i++;
        kept = true;
        break;
      }
      // An old item before this one is gone; one at or after it may still come.
      if ((before(moved.range.start, f.range.start) || before(moved.range.end, f.range.end)) < 0) i++;
      else break;
    }
    if (kept) continue;
    fresh.push(f);
    if (last === 'fresh') ops[ops.length - 1]++;
    else ops.push(1);
    last = 'fresh';
  }
  return { ops, fresh };
}

/**
 * The new items from the held ones, a delta's ops and shift, and the items it sent. Items kept as
 * they were are the held objects; `pause` is awaited after every `every` made anew (moved, or a
 * claim renumbered), so the extension host is not held for long (51,500 findings moved took
 * 30-180 ms; a claim added near the top of the 10 MB draft renumbers 120,000).
 */
export async function applyItems<T extends { range: Range }>(
  kind: Items<T>,
  prev: readonly T[],
  ops: readonly number[],
  fresh: readonly T[],
  shift: Shift | null,
  pause?: () => Promise<void>,
  every = 5000,
): Promise<T[]> {
  const out: T[] = [];
  let k = 0;
  // Items made anew (moved, or given another place's id): the host's work, paused after every `every`.
  let made = 0;
  for (let x = 0; x < ops.length; x++) {
    const n = ops[x];
    if (n > 0) {
      if (k + n > fresh.length) throw new Error(`${kind.name} delta: more new ${kind.name} named than sent`);
      for (let t = 0; t < n; t++) out.push(fresh[k++]);
      continue;
    }
    const from = ops[x + 1];
    const flag = ops[x + 2];
    x += 2;
    if (!(n < 0) || !Number.isInteger(from) || from < 0 || from - n > prev.length || (flag !== 0 && flag !== 1)) {
      throw new Error(`${kind.name} delta: a kept run outside the held ${kind.name}`);
    }
    for (let t = 0; t < -n; t++) {
      const held = prev[from + t];
      let item = held;
      if (flag === 1) {
        const moved = kind.move(held, shift);
        if (!moved) throw new Error(`${kind.name} delta: a kept item in the changed text`);
        item = moved;
      }
      item = kind.place(item, out.length);
      out.push(item);
      if (item !== held && pause && ++made % every === 0) await pause();
    }
  }
  if (k !== fresh.length) throw new Error(`${kind.name} delta: new ${kind.name} sent but not placed`);
  return out;
}
