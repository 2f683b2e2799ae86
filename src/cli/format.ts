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
 * The JSON document in pieces, without ever holding it whole: laid out as `JSON.stringify(doc,
 * null, 2)` lays it out, but each finding, claim, person and notice on one line of its own,
 * without spaces. A list item indented field by field took some 2.4 times the bytes (the 10 MB
 * draft: 208 MB of JSON against 86 MB), while one item to a line still reads, diffs and greps.
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
 * About 8 KB of JSON per piece (items run to about 500 bytes). Small pieces are cheap to copy out:
 * a long string built from parts costs far more per character to copy into the output buffer once
 * it runs past some 60 KB. The 10 MB draft's 86 MB of JSON, stringified and written: 0.65–0.76 s
 * as pieces of 16, 32 or 64 items, 0.93 s as pieces of 4, 1.2 s as pieces of 256.
 */
const ITEMS_PER_CHUNK = 16;

/** The indent of a list's items: four levels deep in either document, eight spaces in. */
const ITEM_INDENT = '\n        ';

/** `\n        item,\n        item…`, each item on one line. */
function listItems(items: unknown[]): string {
  let out = '';
  for (let i = 0; i < items.length; i++) out += (i > 0 ? `,${ITEM_INDENT}` : ITEM_INDENT) + JSON.stringify(items[i]);
  return out;
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
 * SARIF is one document: the rule table, then every file's results. Streamed and laid out as the
 * JSON is, each result on one line: the opening (rule table included) at once, each file's
 * results as it is analysed, and the close at the end.
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
