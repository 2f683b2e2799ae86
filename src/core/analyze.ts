// analyze(text, options) -> findings, claims, people: the whole engine behind
// one pure, synchronous call. No fs, no vscode, no process.

import { countBefore } from './bisect';
import { ScanCache, scanMarkdown, type Directive, type ProseBlock } from './markdown/scan';
import { LineIndex } from './positions';
import { ownCopy, stretchOf, type Stretch } from './strings';
import { RULES, RULES_BY_ID } from './rules';
import { FigureMemo, type FigureRead, type Report, type RuleContext } from './rules/rule';
import { attributeSentences, quotesOf, type Quote, type Source } from './text/attribution';
import { classifyNames } from './text/names';
import { findFigures, type Figure } from './text/numbers';
import { findPeople, nameRuns, PeopleMemo, type NameRun } from './text/people';
import { splitSentences, type Sentence } from './text/sentences';
import { afterDeterminer, readWords } from './text/words';
import type {
  AnalysisResult,
  AnalyzeOptions,
  Claim,
  ClaimFigure,
  ClaimSource,
  ClaimStatus,
  Finding,
  FindingsResult,
  Notice,
  PersonSummary,
  Position,
  Range,
  RuleLevel,
  StreamedResult,
  Severity,
} from './types';

/** Moves a figure and its atoms by `by` characters, in place. */
function shiftFigure(f: Figure, by: number): void {
  f.start += by;
  f.end += by;
  for (const a of f.atoms) {
    a.start += by;
    a.end += by;
    a.numStart += by;
    a.numEnd += by;
    if (a.malformed) {
      a.malformed.start += by;
      a.malformed.end += by;
    }
  }
}

/** The words of a block whose text an earlier block in the draft has too: counted with that one's. */
const NO_WORDS: Set<string> = new Set();

/** The shared empty list for sentences with nothing unattributed (most of them). */
const NONE: readonly Figure[] = Object.freeze([]);

function parseDate(s: string | null | undefined): RuleContext['dateline'] {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/**
 * What one block yields on its own: reusable while its text is unchanged. Sentences and figures
 * hold document offsets for a block starting at `base`, and are moved in place when the block
 * moves, so an edit allocates nothing for the blocks it left alone. Each analysis that uses the
 * sentences sets their block and index: they are the context's own.
 */
interface BlockWork {
  base: number;
  sentences: Sentence[];
  /** Figures and name runs per sentence, by index in the block; runs only for the cache (see blockWork). */
  figures: Figure[][];
  runs: NameRun[][] | null;
  lowerWords: Set<string>;
  /** Prose words in the block. */
  words: number;
  /** The block's text: a copy of its own, which the block is given too (see BlockCache.work). */
  text: string;
}

/**
 * Per-block results kept between analyses of one document, keyed by the block's prose. An edit
 * re-reads only the blocks it changed; the story-wide passes (people, quotes, attribution, rules)
 * run again over the reused pieces. Each run keeps only the blocks it saw, so the cache never
 * holds more than the document. A text that several blocks share (a table's "12", a repeated
 * heading) keeps a result for each of them, taken in document order: the k-th block with that
 * text gets the result of the k-th last time. The story's lower-case words are kept up to date the
 * same way: counted once per cached text, so an edit touches only the words of the blocks it changed.
 */
export class BlockCache {
  /** Block kind -> prose -> its works; by kind first, so no key string is built per block. */
  private readonly texts = new Map<string, Map<string, TextWorks>>();
  /** Counts the analyses: a text not seen in the current one has an older `seen`. */
  private run = 1;
  /** Texts first seen in this run (one work each), whose words are not counted yet. */
  private added: BlockWork[] = [];
  /** How many cached texts write each lower-case word; `lower` holds those counted above zero. */
  private readonly wordCounts = new Map<string, number>();
  private readonly lower = new Set<string>();
  /** The words `lower` gained or lost in the last rotate(). */
  readonly changedLower = new Set<string>();
  /** The people of the last analysis, for the sentences kept since (see findPeople). */
  readonly people = new PeopleMemo();
  /** The draft's Markdown pieces as last scanned: an edit parses again only the piece it is in. */
  readonly scan: ScanCache;
  /** The last analysis's text and findings, in document order with their offsets (see runRules). */
  findings: KeptFindings | null = null;
  /** What the rules read of the kept figures, by rule (see FigureMemo). */
  readonly figureReads = new Map<string, WeakMap<Figure, FigureRead<unknown>>>();

  /** `pieceChars`: characters of draft parsed at a time (see ScanCache). */
  constructor(pieceChars?: number) {
    this.scan = new ScanCache(pieceChars);
  }

  work(b: ProseBlock): BlockWork {
    let texts = this.texts.get(b.kind);
    if (!texts) this.texts.set(b.kind, (texts = new Map()));
    // A block's text becomes the copy its work holds. Kept past this draft, the work's sentences
    // and words are slices of that copy, not of the draft, which a slice would keep alive whole;
    // and the draft's scan, kept too (ScanCache), takes the text from the block. A block the scan
    // replayed carries the text kept from an earlier draft, hashed already, so finding it again
    // costs no pass over it; a block parsed again is a new slice, hashed here once.
    // Blocks with the same text share one copy of it; each has its own figures, which sit elsewhere.
    const entry = texts.get(b.text);
    if (entry && entry.seen !== this.run) {
      entry.seen = this.run;
      entry.used = 0;
    }
    const k = entry ? entry.used++ : 0;
    let w: BlockWork;
    if (entry && k < entry.works.length) w = moveTo(entry.works[k], b.start);
    else {
      b.text = entry ? entry.works[0].text : ownCopy(b.text);
      w = blockWork(b, new Set(), true);
      // Here k is 0 only for a text new to the cache. Only the first block with a text has its
      // words counted (see rotate).
      if (k === 0) this.added.push(w);
      else w.lowerWords = NO_WORDS;
      // A literal of one: a list pushed to from empty reserves room for 17.
      if (entry) entry.works.push(w);
      else texts.set(w.text, { works: [w], used: 1, seen: this.run });
    }
    b.text = w.text;
    return w;
  }

  /** Ends one analysis: blocks not seen in it are dropped. Returns the story's lower-case words. */
  rotate(): Set<string> {
    this.changedLower.clear();
    for (const w of this.added) for (const word of w.lowerWords) this.count(word, 1);
    for (const texts of this.texts.values()) {
      for (const [text, entry] of texts) {
        if (entry.seen !== this.run) {
          // Only the first work of a text has its words counted.
          for (const word of entry.works[0].lowerWords) this.count(word, -1);
          texts.delete(text);
        } else if (entry.used < entry.works.length) {
          entry.works.length = entry.used;
        }
      }
    }
    this.added = [];
    this.run++;
    return this.lower;
  }

  /** Forgets everything: after a failed run the cache's state is not to be trusted. */
  reset(): void {
    this.texts.clear();
    this.added = [];
    this.scan.reset();
    this.wordCounts.clear();
    this.lower.clear();
    this.changedLower.clear();
    this.people.reset();
    this.findings = null;
    this.figureReads.clear();
  }

  private count(word: string, by: number): void {
    const had = this.wordCounts.get(word) ?? 0;
    const n = had + by;
    if (had > 0 !== n > 0) this.changedLower.add(word);
    if (n > 0) {
      this.wordCounts.set(word, n);
      this.lower.add(word);
    } else {
      this.wordCounts.delete(word);
      this.lower.delete(word);
    }
  }
}

/**
 * The works of the blocks that share one text, in document order as of the analysis that last
 * saw it (`seen`): the k-th block with the text takes the k-th work. `used` counts those taken in
 * that analysis; the rest are dropped when it ends.
 */
interface TextWorks {
  works: BlockWork[];
  used: number;
  seen: number;
}

function moveTo(w: BlockWork, base: number): BlockWork {
  if (w.base !== base) {
    const by = base - w.base;
    for (const s of w.sentences) {
      s.start += by;
      s.end += by;
    }
    for (const figs of w.figures) for (const f of figs) shiftFigure(f, by);
    w.base = base;
  }
  return w;
}

/**
 * Reads one block; its lower-case words go into `lower` (the story's own set when nothing is
 * cached). Its name runs are read here only for the cache, which keeps them between edits.
 * Without one, findPeople reads each sentence's runs in each of its two passes: runs read for
 * the whole draft up front and held until then outlive young-generation collections and die in
 * the old generation, some 42 MB of a 10 MB draft, all in the process's peak memory.
 */
function blockWork(b: ProseBlock, lower: Set<string>, withRuns: boolean): BlockWork {
  const sentences = splitSentences(b, 0);
  // Mapped, not pushed: the cache keeps these lists, and one pushed to from empty reserves room for 17.
  const figures = sentences.map((s) => {
    const figs = findFigures(s.text);
    for (const f of figs) shiftFigure(f, s.start);
    return figs;
  });
  const runs = withRuns ? sentences.map((s) => nameRuns(s.text)) : null;
  return { base: b.start, sentences, figures, runs, lowerWords: lower, words: readWords(b.text, lower), text: b.text };
}

/** Whether any of `figs` is a claim. */
function hasClaim(figs: readonly Figure[]): boolean {
  for (const f of figs) if (f.claim) return true;
  return false;
}

/** Whether any of a block's quotes overlaps the sentence. */
function overlapsQuote(quotes: readonly Quote[] | undefined, s: Sentence): boolean {
  if (quotes) for (const q of quotes) if (q.start < s.end && q.end > s.start) return true;
  return false;
}

/**
 * Builds everything the rules share. Exported for tests and for incremental callers. With a
 * cache, the context's blocks, directives, sentences, figures and mentions of people are the
 * cache's own objects, changed in place by the next call: use a context before building the next
 * one (analyze() and IncrementalAnalyzer do; analyzeStreamed()'s claims must be read first too).
 */
export function buildContext(text: string, options: AnalyzeOptions = {}, cache?: BlockCache, memo: FigureMemo | null = null): RuleContext {
  try {
    return contextOf(text, options, cache, memo);
  } catch (e) {
    cache?.reset();
    throw e;
  }
}

function contextOf(text: string, options: AnalyzeOptions, cache?: BlockCache, memo: FigureMemo | null = null): RuleContext {
  const doc = scanMarkdown(text, cache?.scan);
  const sentences: Sentence[] = [];
  const figures: Figure[][] = [];
  // Each sentence's name runs, kept by the cache: only with one (see blockWork).
  const runs: NameRun[][] | undefined = cache ? [] : undefined;
  // Without a cache, the story's lower-case words are gathered here; with one, the cache keeps them.
  const gathered = cache ? null : new Set<string>();
  let words = 0;
  for (const b of doc.blocks) {
    const w = cache ? cache.work(b) : blockWork(b, gathered!, false);
    const ss = w.sentences;
    for (let k = 0; k < ss.length; k++) {
      const s = ss[k];
      s.block = b;
      s.index = sentences.length;
      sentences.push(s);
      figures.push(w.figures[k]);
      runs?.push(w.runs![k]);
    }
    words += w.words;
  }
  const lowerWords = cache ? cache.rotate() : gathered!;
  const ignore = new Set(options.ignore ?? []);
  const people = findPeople(sentences, options.people ?? [], ignore, lowerWords, runs, cache && { memo: cache.people, changedLower: cache.changedLower });
  const quotes: Quote[] = [];
  for (const b of doc.blocks) {
    const qs = quotesOf(b, people);
    // A second quote in a paragraph with no speaker of its own continues the first one's.
    for (let i = 1; i < qs.length; i++) if (!qs[i].speaker && qs[i - 1].speaker) qs[i] = { ...qs[i], speaker: qs[i - 1].speaker };
    quotes.push(...qs);
  }
  // An unclosed quote runs on into the next paragraph's quote (AP style): they share a speaker.
  for (let i = quotes.length - 2; i >= 0; i--) {
    if (!quotes[i].closed && !quotes[i].speaker && quotes[i + 1].speaker) {
      quotes[i] = { ...quotes[i], speaker: quotes[i + 1].speaker };
    }
  }
  const quotesByBlock = new Map<number, Quote[]>();
  for (const q of quotes) {
    const list = quotesByBlock.get(q.block.index) ?? [];
    list.push(q);
    quotesByBlock.set(q.block.index, list);
  }
  // Only sentences that state a figure or carry a quote need their attribution read.
  const needed = (i: number) => hasClaim(figures[i]) || overlapsQuote(quotesByBlock.get(sentences[i].block.index), sentences[i]);
  const attribution = attributeSentences(sentences, people, quotes, needed);
  const names = classifyNames(people, quotes);
  // A table of scores ("11-19", "3-2") is a box score: events, not claims to source.
  const boxScores = new Set<number>();
  for (const b of doc.blocks) if (b.table >= 0 && /^\s*\d{1,3}-\d{1,3}\s*$/.test(b.text)) boxScores.add(b.table);
  const unattributed: Array<readonly Figure[]> = [];
  for (const s of sentences) {
    const figs = figures[s.index];
    if (figs.length === 0 || s.block.kind === 'heading' || boxScores.has(s.block.table) || attribution[s.index].cue || attribution[s.index].inherited) {
      unattributed.push(NONE);
      continue;
    }
    const blockQuotes = quotesByBlock.get(s.block.index);
    let out: Figure[] | null = null;
    for (const f of figs) {
      // "The $421 million budget takes effect": a figure restated as a known thing, not a new claim.
      if (!f.claim || afterDeterminer(text, f.start)) continue;
      const q = blockQuotes?.find((x) => f.start >= x.start && f.end <= x.end);
      if (!(q && q.speaker)) (out ??= []).push(f);
    }
    unattributed.push(out ?? NONE);
  }
  const dateline = parseDate(doc.frontMatter?.date ?? null) ?? parseDate(options.dateline);
  return { text, doc, sentences, figures, quotesByBlock, attribution, people, names, dateline, ignore, unattributed, words, memo };
}

function levelOf(ruleId: string, def: Severity, options: AnalyzeOptions): RuleLevel {
  return options.rules?.[ruleId] ?? def;
}

/** Which lines each rule is silenced on, from `<!-- copydesk-... -->` comments. */
function suppressor(directives: Directive[], lines: LineIndex): (rule: string, line: number) => boolean {
  const nextLine = new Map<number, Set<string> | 'all'>();
  const regions: Array<{ rule: string | 'all'; from: number; to: number }> = [];
  const open = new Map<string, number>();
  const text = lines.text;
  for (const d of [...directives].sort((a, b) => a.start - b.start)) {
    const line = lines.lineOf(d.end);
    const keys = d.rules.length > 0 ? d.rules : ['all'];
    if (d.kind === 'disable-next-line') {
      // The next line with text on it.
      let target = line + 1;
      while (target < lines.lineCount - 1 && text.slice(lines.lineStart(target), lines.lineStart(target + 1)).trim() === '') target++;
      const cur = nextLine.get(target);
      if (cur === 'all' || keys.includes('all')) nextLine.set(target, 'all');
      else nextLine.set(target, new Set([...(cur ?? []), ...keys]));
    } else if (d.kind === 'disable') {
      for (const k of keys) if (!open.has(k)) open.set(k, line);
    } else {
      for (const k of keys) {
        if (k === 'all') {
          for (const [r, from] of open) regions.push({ rule: r, from, to: line });
          open.clear();
        } else if (open.has(k)) {
          regions.push({ rule: k, from: open.get(k)!, to: line });
          open.delete(k);
        }
      }
    }
  }
  for (const [r, from] of open) regions.push({ rule: r, from, to: Infinity });
  return (rule, line) => {
    const n = nextLine.get(line);
    if (n === 'all' || n?.has(rule)) return true;
    return regions.some((g) => (g.rule === 'all' || g.rule === rule) && line >= g.from && line <= g.to);
  };
}

/** Analyses a Markdown draft. Pure and synchronous. */
export function analyze(text: string, options: AnalyzeOptions = {}, cache?: BlockCache): AnalysisResult {
  const { countClaims: _, ...r } = analyzeStreamed(text, options, cache);
  return { ...r, claims: [...r.claims] };
}

/**
 * The findings alone, equal to analyze()'s: for output that lists findings and nothing else (the
 * CLI's text and SARIF), which has no use for the claims and people analyze() also builds. On a
 * 10 MB draft those are some 80 MB held until the output is written.
 */
export function analyzeFindings(text: string, options: AnalyzeOptions = {}): FindingsResult {
  const r = runRules(text, options);
  return { findings: r.findings, words: r.ctx.words, notices: noticesOf(r.ctx) };
}

/**
 * analyze()'s result with its claims made one by one as they are read, for a writer that writes
 * them as it goes (the CLI's JSON). A 10 MB draft has some 120,000 claims: built all at once they
 * are held, with the draft's analysis, until the last is written. The claims can be read once.
 */
export function analyzeStreamed(text: string, options: AnalyzeOptions = {}, cache?: BlockCache): StreamedResult {
  const r = runRules(text, options, cache);
  return {
    findings: r.findings,
    claims: claimsOf(r.ctx, r.lines, r.findings, r.starts, r.ends, options),
    countClaims: () => countClaims(r.ctx, r.findings, r.starts, r.ends, options),
    people: summarizePeople(r.ctx, r.lines),
    words: r.ctx.words,
    notices: noticesOf(r.ctx),
  };
}

function noticesOf(ctx: RuleContext): Notice[] {
  return ctx.doc.notices.map((n) => ({ message: n.message, range: ctx.doc.lines.range(n.start, n.end) }));
}

/** An analysis's text and its findings in document order, with their offsets beside them. */
interface KeptFindings {
  text: string;
  /** Stands for the analysis (see FigureMemo). */
  analysis: object;
  findings: Finding[];
  starts: number[];
  ends: number[];
}

/**
 * The last analysis's finding that equals, field for field, the one a report would make now, or
 * null. Only a finding outside the stretch of text an edit changed can be one: its text is then
 * the same. Its ranges and those of its fixes and related places are compared as positions, so a
 * finding an edit moved to another line or column is made anew. It reads a finding's fields by
 * name, as the extension's sameFinding does (a test lists them): category and text follow from the
 * rule and the unchanged span.
 */
type Reuse = (rule: string, severity: Severity, r: Report) => Finding | null;

const NEVER: Reuse = () => null;

function reuser(kept: KeptFindings | null, stretch: Stretch | null, lines: LineIndex): Reuse {
  if (!kept || !stretch) return NEVER;
  // The text before `same` and from `tail` on is as it was; from `tail` on, `by` characters later.
  const { same, tail, by } = stretch;
  const at = (offset: number, p: Position) => {
    const line = lines.lineOf(offset);
    return line === p.line && offset - lines.starts[line] === p.character;
  };
  const placed = (start: number, end: number, r: Range) => at(start, r.start) && at(end, r.end);
  return (rule, severity, r) => {
    let from: number;
    if (r.end <= same) from = r.start;
    else if (r.start >= tail) from = r.start - by;
    else return null;
    const to = r.end - r.start + from;
    const { starts, ends, findings } = kept;
    for (let i = countBefore(starts, (s) => s < from); i < starts.length && starts[i] === from; i++) {
      const f = findings[i];
      if (ends[i] !== to || f.rule !== rule || f.severity !== severity || f.message !== r.message) continue;
      if (!placed(r.start, r.end, f.range)) return null;
      const fixes = r.fixes ?? NO_FIXES;
      const related = r.related ?? NO_RELATED;
      if (fixes.length !== f.fixes.length || related.length !== f.related.length) return null;
      for (let k = 0; k < fixes.length; k++) {
        const a = fixes[k];
        const b = f.fixes[k];
        if (a.title !== b.title || a.edits.length !== b.edits.length) return null;
        for (let e = 0; e < a.edits.length; e++) {
          const x = a.edits[e];
          const y = b.edits[e];
          if (x.newText !== y.newText || !placed(x.start, x.end, y.range)) return null;
        }
      }
      for (let k = 0; k < related.length; k++) {
        if (related[k].message !== f.related[k].message || !placed(related[k].start, related[k].end, f.related[k].range)) return null;
      }
      return f;
    }
    return null;
  };
}

const NO_FIXES: NonNullable<Report['fixes']> = [];
const NO_RELATED: NonNullable<Report['related']> = [];

/**
 * The context and the rules' findings in document order, with their offsets beside them. With a
 * cache, a finding equal to one of the last analysis's is that object, not a copy: most findings
 * after an edit, which the extension's worker then finds unchanged at a glance (sameFinding).
 */
function runRules(text: string, options: AnalyzeOptions, cache?: BlockCache) {
  const last = cache?.findings ?? null;
  const stretch = last ? stretchOf(last.text, text) : null;
  const analysis = {};
  const memo = cache ? new FigureMemo(cache.figureReads, stretch, last?.analysis ?? null, analysis) : null;
  const ctx = buildContext(text, options, cache, memo);
  const lines = ctx.doc.lines;
  const silenced = suppressor(ctx.doc.directives, lines);
  const reuse = reuser(last, stretch, lines);
  // A finding kept for later analyses holds no part of this draft: its strings may be slices of
  // it, or joins of such slices, which would keep the whole draft alive as long as the finding.
  const own = cache ? ownCopy : (s: string) => s;
  const found: Finding[] = [];
  // Offsets of the findings, beside them: the result's findings carry none.
  const starts: number[] = [];
  const ends: number[] = [];
  for (const rule of RULES) {
    const level = levelOf(rule.id, rule.defaultSeverity, options);
    if (level === 'off') continue;
    // The ends reported at each start: a rule reporting a span twice gets one finding. By number,
    // so no key string is built per report.
    const seen = new Map<number, number[]>();
    rule.run(ctx, (r: Report) => {
      if (r.end < r.start || r.end > text.length) return;
      const known = seen.get(r.start);
      if (known?.includes(r.end)) return;
      if (known) known.push(r.end);
      else seen.set(r.start, [r.end]);
      if (silenced(rule.id, lines.lineOf(r.start))) return;
      starts.push(r.start);
      ends.push(r.end);
      const again = reuse(rule.id, level, r);
      if (again) {
        found.push(again);
        return;
      }
      // A fix edit that replaces the finding's own text, as nearly all do, shares its range: three
      // objects fewer a finding (6 MB of a 10 MB draft's). Ranges are never changed in place.
      const range = lines.range(r.start, r.end);
      found.push({
        rule: rule.id,
        category: rule.category,
        severity: level,
        message: own(r.message),
        text: own(text.slice(r.start, r.end)),
        range,
        fixes: (r.fixes ?? []).map((f) => ({
          title: own(f.title),
          edits: f.edits.map((e) => ({ range: e.start === r.start && e.end === r.end ? range : lines.range(e.start, e.end), newText: own(e.newText) })),
        })),
        related: (r.related ?? []).map((x) => ({ message: own(x.message), range: lines.range(x.start, x.end) })),
      });
    });
  }
  // Sorted as indices (a stable sort, as sorting the findings themselves was).
  const order = Array.from(found.keys()).sort((a, b) => starts[a] - starts[b] || ends[a] - ends[b]);
  const kept: KeptFindings = {
    text,
    analysis,
    findings: order.map((i) => found[i]),
    starts: order.map((i) => starts[i]),
    ends: order.map((i) => ends[i]),
  };
  if (cache) cache.findings = kept;
  return { ctx, lines, findings: kept.findings, starts: kept.starts, ends: kept.ends };
}

/**
 * Analyses successive versions of one document, re-reading only the blocks an edit changed.
 * Its results equal analyze()'s for the same text (test/unit/incremental.test.ts).
 */
export class IncrementalAnalyzer {
  private readonly cache: BlockCache;

  /** `pieceChars`: characters of draft parsed at a time (tests use small pieces; see ScanCache). */
  constructor(pieceChars?: number) {
    this.cache = new BlockCache(pieceChars);
  }

  analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
    return analyze(text, options, this.cache);
  }

  /**
   * analyzeStreamed()'s result for this version: the claims are made as they are read, from
   * objects the next analysis changes in place, so read them before analysing the next version.
   */
  analyzeStreamed(text: string, options: AnalyzeOptions = {}): StreamedResult {
    return analyzeStreamed(text, options, this.cache);
  }
}

/**
 * A claim's sentence and what decides its status, before anything is copied out of the draft.
 * claimSites() hands out one of these, changed in place for each claim: read it before the next.
 */
interface ClaimSite {
  s: Sentence;
  /** How many of the sentence's figures are claims. */
  figures: number;
  status: ClaimStatus;
  /** Who the sentence is attributed to, or who speaks the quote in it. */
  source: Source | null;
}

/**
 * The claims' sentences in document order: sentences outside headings that state a figure or
 * carry a quote, with each one's status. `starts` and `ends` are the findings' offsets, sorted as
 * they are.
 */
function* claimSites(
  ctx: RuleContext,
  findings: readonly Finding[],
  starts: readonly number[],
  ends: readonly number[],
  options: AnalyzeOptions,
): Generator<ClaimSite, void, undefined> {
  const unattributedOn = levelOf('unattributed-figure', RULES_BY_ID.get('unattributed-figure')!.defaultSeverity, options) !== 'off';
  const site: ClaimSite = { s: ctx.sentences[0], figures: 0, status: 'attributed', source: null };
  let fi = 0;
  for (const s of ctx.sentences) {
    if (s.block.kind === 'heading') continue;
    const blockQuotes = ctx.quotesByBlock.get(s.block.index);
    let claimed = 0;
    for (const f of ctx.figures[s.index]) if (f.claim) claimed++;
    if (claimed === 0 && !overlapsQuote(blockQuotes, s)) continue;
    while (fi < findings.length && ends[fi] <= s.start) fi++;
    let flagged = false;
    for (let k = fi; k < findings.length && starts[k] < s.end; k++) {
      if (findings[k].rule !== 'unattributed-figure' && ends[k] > s.start) flagged = true;
    }
    const a = ctx.attribution[s.index];
    let speaker: Quote['speaker'] = null;
    if (blockQuotes) {
      for (const q of blockQuotes) {
        if (q.speaker && q.start < s.end && q.end > s.start) {
          speaker = q.speaker;
          break;
        }
      }
    }
    const unattributed = claimed > 0 ? ctx.unattributed[s.index].length > 0 : !speaker && !a.cue && !a.inherited;
    site.s = s;
    site.figures = claimed;
    site.source = a.source ?? speaker;
    site.status = flagged ? 'flagged' : unattributed && (unattributedOn || claimed === 0) ? 'unattributed' : 'attributed';
    yield site;
  }
}

/** The claims, one by one in document order (see claimSites). */
function* claimsOf(
  ctx: RuleContext,
  lines: LineIndex,
  findings: readonly Finding[],
  starts: readonly number[],
  ends: readonly number[],
  options: AnalyzeOptions,
): Generator<Claim, void, undefined> {
  let count = 0;
  for (const { s, figures: claimed, status, source: src } of claimSites(ctx, findings, starts, ends, options)) {
    // Sized up front: the result keeps this list, and one pushed to from empty reserves room for 17.
    const figures = new Array<ClaimFigure>(claimed);
    let k = 0;
    for (const f of ctx.figures[s.index]) if (f.claim) figures[k++] = { text: f.text, low: f.low, high: f.high, range: lines.range(f.start, f.end) };
    // A source written with a variant spelling ("Milli's number") is still that person.
    const name = src ? ctx.names.variants.get(src.name)?.person.name ?? src.name : '';
    const source: ClaimSource | null = src ? { name, range: lines.range(src.start, src.end) } : null;
    yield {
      id: `claim-${++count}`,
      kind: claimed > 0 ? 'figure' : 'quote',
      text: ctx.text.slice(s.start, s.end),
      range: lines.range(s.start, s.end),
      figures,
      source,
      status,
    };
  }
}

/** How many claims have each status: claimsOf()'s, counted without making them. */
function countClaims(
  ctx: RuleContext,
  findings: readonly Finding[],
  starts: readonly number[],
  ends: readonly number[],
  options: AnalyzeOptions,
): Record<ClaimStatus, number> {
  const counts: Record<ClaimStatus, number> = { flagged: 0, unattributed: 0, attributed: 0 };
  for (const c of claimSites(ctx, findings, starts, ends, options)) counts[c.status]++;
  return counts;
}

function summarizePeople(ctx: RuleContext, lines: LineIndex): PersonSummary[] {
  const variantsOf = new Map<number, string[]>();
  for (const v of ctx.names.variants.values()) {
    const list = variantsOf.get(v.person.id) ?? [];
    list.push(v.spelling);
    variantsOf.set(v.person.id, list);
  }
  const rivals = new Set([...ctx.names.variants.keys()]);
  return ctx.people.people
    // People in the draft, less the rival spellings reported as variants of someone else.
    .filter((p) => p.mentions.length > 0 && !(rivals.has(p.last) && !variantsOf.has(p.id)))
    .map((p) => {
      const titles: string[] = [];
      if (p.rosterTitle) titles.push(p.rosterTitle);
      for (const m of p.mentions) {
        if (m.title && !titles.includes(m.title.text)) titles.push(m.title.text);
        if (m.role && !titles.includes(m.role)) titles.push(m.role);
      }
      return {
        name: p.name,
        titles,
        mentions: p.mentions.length,
        variants: variantsOf.get(p.id) ?? [],
        introduced: p.introduced ? lines.range(p.introduced.start, p.introduced.end) : null,
        fromRoster: p.fromRoster,
      };
    });
}
