import type { SentenceAttribution, Quote } from '../text/attribution';
import type { ScannedDocument } from '../markdown/scan';
import type { Stretch } from '../strings';
import type { Figure } from '../text/numbers';
import type { NameIssues } from '../text/names';
import type { PeopleIndex } from '../text/people';
import type { Sentence } from '../text/sentences';
import type { RuleInfo } from './catalog';

/** A fix in offsets; the engine turns it into contract positions. */
export interface OffsetFix {
  title: string;
  edits: Array<{ start: number; end: number; newText: string }>;
}

/** What a rule reports, in offsets into the original text. */
export interface Report {
  start: number;
  end: number;
  message: string;
  fixes?: OffsetFix[];
  related?: Array<{ start: number; end: number; message: string }>;
}

/** Everything the engine knows about one document, shared by all rules. */
export interface RuleContext {
  text: string;
  doc: ScannedDocument;
  sentences: Sentence[];
  /** Figures per sentence, by sentence index. */
  figures: Figure[][];
  /** The quotes of each block, by block index. */
  quotesByBlock: Map<number, Quote[]>;
  /** Attribution per sentence, by sentence index. */
  attribution: SentenceAttribution[];
  people: PeopleIndex;
  /** Names that match nobody, sorted by the trouble they are. */
  names: NameIssues;
  /** The story's date, from front matter or config. */
  dateline: { year: number; month: number; day: number } | null;
  /** Names and words never flagged. */
  ignore: Set<string>;
  /** Figures (outside headings) not covered by any attribution, by sentence index. */
  unattributed: ReadonlyArray<readonly Figure[]>;
  /** Prose words analysed. */
  words: number;
  /**
   * In an IncrementalAnalyzer's analysis, where the figures of a block left unchanged are the same
   * objects from one analysis to the next: what a rule read of each, kept for the next analysis
   * (see FigureMemo). Null otherwise, buildContext called on its own included.
   */
  memo: FigureMemo | null;
}

/** What a rule read of one figure, with the analysis it was read or last checked in and where the figure was then. */
export interface FigureRead<T> {
  read: T;
  start: number;
  analysis: object;
}

/**
 * What the rules read of the figures, kept between one document's analyses: one analysis's view.
 * The keys are the figures themselves, so a read goes when its figure does (an edited block's
 * figures are new objects). A kept figure means its block's prose is unchanged, not the source
 * around it, nor where the figure is: a read is good again only when it was made or checked in
 * the last analysis and all the rule read lies where this text is as that one's was (see good).
 */
export class FigureMemo {
  constructor(
    private readonly store: Map<string, WeakMap<Figure, FigureRead<unknown>>>,
    /** How this analysis's text differs from the last one's; null before the first. */
    private readonly stretch: Stretch | null,
    /** Stands for the last analysis (when there was one). */
    private readonly last: object | null,
    /** Stands for this analysis. */
    private readonly now: object,
  ) {}

  /** The reads a rule keeps. */
  of<T>(rule: string): WeakMap<Figure, FigureRead<T>> {
    let reads = this.store.get(rule);
    if (!reads) this.store.set(rule, (reads = new WeakMap()));
    return reads as WeakMap<Figure, FigureRead<T>>;
  }

  /**
   * The kept read of `f`, if it is good for this analysis: the rule read the source from `from` to
   * `to` (offsets in this text, not clipped to it) around the figure. Otherwise undefined, and
   * the rule reads the figure again and keeps that (keep).
   */
  good<T>(reads: WeakMap<Figure, FigureRead<T>>, f: Figure, from: number, to: number): T | undefined {
    const k = reads.get(f);
    if (k === undefined || this.stretch === null || k.analysis !== this.last) return undefined;
    const { same, tail, by } = this.stretch;
    if (!((to <= same && f.start === k.start) || (from >= tail && f.start === k.start + by))) return undefined;
    k.start = f.start;
    k.analysis = this.now;
    return k.read;
  }

  /** Keeps a read of `f` made in this analysis. */
  keep<T>(reads: WeakMap<Figure, FigureRead<T>>, f: Figure, read: T): void {
    const k = reads.get(f);
    if (k === undefined) reads.set(f, { read, start: f.start, analysis: this.now });
    else {
      k.read = read;
      k.start = f.start;
      k.analysis = this.now;
    }
  }
}

/** A rule: its catalog entry (id, category, description, severity) and how it runs. */
export interface Rule extends RuleInfo {
  run(ctx: RuleContext, report: (r: Report) => void): void;
}
