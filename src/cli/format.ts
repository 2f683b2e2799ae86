// The three output formats: text for people, JSON per the findings contract
// (shared/docs/findings-json.md, version 1), SARIF 2.1.0 for code scanning.

import { RULES } from '../core/rules';
import type { Finding, FindingsResult, Range, Severity, StreamedResult } from '../core/types';

/** What the JSON reads of an analysis: analyze()'s result, or analyzeStreamed()'s with its claims made as they are written. */
export type JsonResult = Omit<StreamedResult, 'countClaims'>;

export interface FileReport<R extends FindingsResult = JsonResult> {
  path: string;
  result: R;
}

const SEVERITY_LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

/**
 * Where a check's reports go, one file at a time, as each is analysed: JSON and text are written
 * at once, so a run over a whole archive holds one file's result, not every file's. `R` is what
 * the sink reads: the whole analysis, or the findings alone.
 */
export interface ReportSink<R extends FindingsResult> {
  add(report: FileReport<R>): void;
  /** After the last file: closes the document or prints the summary. */
  end(): void;
}

/**
 * One line per finding, then a summary line. The lines go out `linesPerWrite` at a time: a 10 MB
 * draft's 51,500 lines, joined whole, made a string of some 12 MB (UTF-16) beside their list, and
 * an output buffer three times its length.
 */
export function textSink(write: (s: string) => void, color: boolean, linesPerWrite = LINES_PER_WRITE): ReportSink<FindingsResult> {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let files = 0;
  let withFindings = 0;
  return {
    add(r) {
      files++;
      if (r.result.findings.length === 0) return;
      withFindings++;
      let piece = '';
      let lines = 0;
      for (const f of r.result.findings) {
        counts[f.severity]++;
        const sev = SEVERITY_LABEL[f.severity];
        const sevText = f.severity === 'error' ? paint('31', sev) : f.severity === 'warning' ? paint('33', sev) : paint('36', sev);
        piece += `${r.path}:${f.range.start.line + 1}:${f.range.start.character + 1}  ${sevText}  ${f.message}  ${paint('2', f.rule)}\n`;
        if (++lines === linesPerWrite) {
          write(piece);
          piece = '';
          lines = 0;
        }
      }
      if (lines > 0) write(piece);
    },
    end() {
      const total = counts.error + counts.warning + counts.information + counts.hint;
      write(
        total === 0
          ? `No findings in ${files} file${files === 1 ? '' : 's'}.\n`
          : `${total} finding${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.information + counts.hint} info) in ${withFindings} of ${files} file${files === 1 ? '' : 's'}.\n`,
      );
    },
  };
}

/**
 * The JSON document in pieces, byte for byte what `JSON.stringify(doc, null, 2)` gives for all
 * the files at once, without ever holding it whole: a 10 MB draft's findings and claims run to
 * some 200 MB of JSON.
 */
export function jsonSink(write: (s: string) => void, itemsPerChunk = ITEMS_PER_CHUNK): ReportSink<JsonResult> {
  let files = 0;
  write('{\n  "version": 1,\n  "files": [');
  return {
    add(r) {
      write(`${files++ > 0 ? ',' : ''}\n    {\n      "path": ${JSON.stringify(r.path)},\n      "words": ${JSON.stringify(r.result.words)},`);
      // The claims may come one by one as they are made (analyzeStreamed).
      const lists: Array<[string, Iterable<unknown>]> = [
        ['findings', r.result.findings],
        ['claims', r.result.claims],
        ['people', r.result.people],
        ['notices', r.result.notices],
      ];
      for (let k = 0; k < lists.length; k++) {
        const [name, items] = lists[k];
        const end = k < lists.length - 1 ? ',' : '';
        const written = writePieces(write, items, itemsPerChunk, `\n      "${name}": [`);
        write(written === 0 ? `\n      "${name}": []${end}` : `\n      ]${end}`);
      }
      write('\n    }');
    },
    end() {
      write(files > 0 ? '\n  ]\n}\n' : ']\n}\n');
    },
  };
}

/**
 * Writes `items` as list items, `per` to a piece, each piece made, written and let go before the
 * next is read: the first after `first`, the others after a comma. Returns how many were written.
 */
function writePieces(write: (s: string) => void, items: Iterable<unknown>, per: number, first: string): number {
  let written = 0;
  let piece: unknown[] = [];
  const flush = () => {
    write((written === 0 ? first : ',') + listItems(piece));
    written += piece.length;
    piece = [];
  };
  for (const item of items) {
    piece.push(item);
    if (piece.length === per) flush();
  }
  if (piece.length > 0) flush();
  return written;
}

/** Some 20 KB of text per write: lines run to about 120 characters. */
export const LINES_PER_WRITE = 160;

/**
 * About 20 KB of JSON per piece (items run to about 1.2 KB): V8 does the indenting. Small pieces
 * are also cheap to copy out: JSON.stringify builds a long answer from parts, and copying it into
 * the output buffer costs far more per character once it runs past some 60 KB (the 10 MB draft's
 * 208 MB of JSON: stringified and encoded in 0.6 s as pieces of 16 to 32 items, 1.9 s as pieces of
 * 48, 3 s as pieces of 256).
 */
const ITEMS_PER_CHUNK = 16;

// The items of a list sit four levels deep in the document (root, files, file, list), eight
// spaces in. Nested in four arrays, JSON.stringify indents them exactly so; the wrapping is cut off.
const NEST_OPEN = '[\n  [\n    [\n      [';
const NEST_CLOSE = '\n      ]\n    ]\n  ]\n]';

/** `\n        item,\n        item…` for items at list depth, as in the whole document. */
function listItems(items: unknown[]): string {
  const s = JSON.stringify([[[items]]], null, 2);
  return s.slice(NEST_OPEN.length, s.length - NEST_CLOSE.length);
}

function region(r: Range, text?: string) {
  return {
    startLine: r.start.line + 1,
    startColumn: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1,
    ...(text !== undefined ? { snippet: { text } } : {}),
  };
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());
}

/**
 * SARIF is one document: the rule table, then every file's results. Streamed as the JSON is, byte
 * for byte what `JSON.stringify(doc, null, 2)` gives for the whole document: the opening (rule
 * table included) at once, each file's results as it is analysed, and the close at the end.
 */
export function sarifSink(write: (s: string) => void, version: string, itemsPerChunk = ITEMS_PER_CHUNK): ReportSink<FindingsResult> {
  // The results sit last in the document, in an array eight spaces in, as the JSON's lists do.
  const whole = JSON.stringify(sarifDocument(version), null, 2);
  const open = whole.lastIndexOf('"results": []') + '"results": ['.length;
  write(whole.slice(0, open));
  let results = 0;
  return {
    add(r) {
      results += writePieces(write, sarifResults(r.path, r.result.findings), itemsPerChunk, results > 0 ? ',' : '');
    },
    end: () => write(`${results > 0 ? '\n      ]' : ']'}${whole.slice(open + 1)}\n`),
  };
}

const RULE_INDEX = new Map(RULES.map((r, i) => [r.id, i]));

function sarifUri(p: string): string {
  return p.split('\\').join('/').split('/').map(encodeURIComponent).join('/');
}

function sarifLocation(p: string, r: Range, text?: string) {
  return { physicalLocation: { artifactLocation: { uri: sarifUri(p) }, region: region(r, text) } };
}

/** A file's SARIF results, made as they are read. */
function* sarifResults(p: string, findings: readonly Finding[]) {
  for (const f of findings) yield sarifResult(p, f);
}

function sarifResult(p: string, f: Finding) {
  return {
    ruleId: f.rule,
    ruleIndex: RULE_INDEX.get(f.rule),
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message },
    locations: [sarifLocation(p, f.range, f.text)],
    ...(f.related.length > 0
      ? { relatedLocations: f.related.map((x, i) => ({ id: i + 1, message: { text: x.message }, ...sarifLocation(p, x.range) })) }
      : {}),
    ...(f.fixes.length > 0
      ? {
          fixes: f.fixes.map((fix) => ({
            description: { text: fix.title },
            artifactChanges: [{
              artifactLocation: { uri: sarifUri(p) },
              replacements: fix.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
            }],
          })),
        }
      : {}),
    properties: { category: f.category },
  };
}

/** The SARIF document with no results yet; they are the last member. */
function sarifDocument(version: string) {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'Copydesk',
          version,
          rules: RULES.map((r) => ({
            id: r.id,
            name: pascal(r.id),
            shortDescription: { text: r.description },
            defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
            properties: { category: r.category, tags: [r.category] },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results: [],
    }],
  };
}
