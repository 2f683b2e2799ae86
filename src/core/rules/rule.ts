import type { SentenceAttribution, Quote } from '../text/attribution';
import type { ScannedDocument } from '../markdown/scan';
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
}

/** A rule: its catalog entry (id, category, description, severity) and how it runs. */
export interface Rule extends RuleInfo {
  run(ctx: RuleContext, report: (r: Report) => void): void;
}
