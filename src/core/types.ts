// The shapes the engine hands to its clients (the CLI, the editor, tests).
// Positions follow the findings JSON contract (shared/docs/findings-json.md):
// 0-based lines, characters in UTF-16 code units, end exclusive.

/** The three things Copydesk exists to catch; fixed by the contract. */
export type Category = 'unattributed-figure' | 'suspicious-number' | 'misattributed-name';

/** Severities as the contract and VS Code name them. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A rule's configured level: a severity, or switched off. */
export type RuleLevel = Severity | 'off';

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 code unit within the line. */
  character: number;
}

export interface Range {
  start: Position;
  /** Exclusive. */
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** One way to fix a finding; applying all its edits at once fixes it. */
export interface Fix {
  /** What the light bulb shows, e.g. `Change to "40,000"`. */
  title: string;
  edits: TextEdit[];
}

/** Another place in the document that explains a finding. */
export interface Related {
  message: string;
  range: Range;
}

export interface Finding {
  /** Stable kebab-case rule id, e.g. `malformed-number`. */
  rule: string;
  category: Category;
  severity: Severity;
  /** Short, cautious, quotes the text. */
  message: string;
  /** Exactly the document text under `range`. */
  text: string;
  range: Range;
  /** May be empty; the first is the preferred fix. */
  fixes: Fix[];
  /** May be empty. */
  related: Related[];
}

/** A number as written in a claim, with its parsed value. */
export interface ClaimFigure {
  text: string;
  /** The value, or the low end of a range. */
  low: number;
  /** Equal to `low` unless the figure is a range. */
  high: number;
  range: Range;
}

export interface ClaimSource {
  /** Canonical person or organisation. */
  name: string;
  /** Where the source is named (or referred to) in this claim's sentence. */
  range: Range;
}

export type ClaimStatus = 'attributed' | 'unattributed' | 'flagged';

/** A sentence that states a figure or carries a direct quote. */
export interface Claim {
  /** Stable within one analysis: `claim-<n>` in document order. */
  id: string;
  kind: 'figure' | 'quote';
  text: string;
  range: Range;
  figures: ClaimFigure[];
  source: ClaimSource | null;
  status: ClaimStatus;
}

/** A person the story names, as the People view shows them. */
export interface PersonSummary {
  /** Canonical full name, e.g. "Mark Milley". */
  name: string;
  /** Titles or roles the story gives them, in order of first use. */
  titles: string[];
  mentions: number;
  /** Other spellings found for this person (each also has a name-variant finding). */
  variants: string[];
  /** Where the person is first introduced by full name, if they are. */
  introduced: Range | null;
  /** True when the person comes from the config roster. */
  fromRoster: boolean;
}

/** Something the engine could not read as expected but handled (e.g. unclosed front matter). */
export interface Notice {
  message: string;
  range: Range | null;
}

/** What analyzeFindings() gives: the findings, without the claims and people. */
export interface FindingsResult {
  findings: Finding[];
  /** Prose words analysed. */
  words: number;
  notices: Notice[];
}

export interface AnalysisResult extends FindingsResult {
  claims: Claim[];
  people: PersonSummary[];
}

/** What analyzeStreamed() gives: analyze()'s result, with claims to be read once, in order. */
export interface StreamedResult extends FindingsResult {
  claims: Iterable<Claim>;
  /**
   * How many of the claims have each status, counted without making them: for a reader that
   * shows the counts alone. Like the claims, read it before the next analysis with the same cache.
   */
  countClaims(): Record<ClaimStatus, number>;
  people: PersonSummary[];
}

/** A person known in advance, from `.copydesk.json` or the editor settings. */
export interface RosterPerson {
  name: string;
  title?: string;
  aliases?: string[];
}

export interface AnalyzeOptions {
  /** Rule id -> level; rules missing here use their defaults. */
  rules?: Record<string, RuleLevel>;
  /** People treated as introduced, with canonical spellings. */
  people?: RosterPerson[];
  /** Names and words never flagged. */
  ignore?: string[];
  /** The story's date (YYYY-MM-DD) when front matter gives none. */
  dateline?: string;
}
