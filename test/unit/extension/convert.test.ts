// Findings to diagnostics, against a small stand-in for the `vscode` module: the classes the
// conversion builds, recording what it asked for. The integration suite checks the same in a
// real VS Code; this checks the slicing and the stop on a stale check, which it cannot time.
import * as assert from 'node:assert/strict';
import Module from 'node:module';
import * as path from 'node:path';
import type { Finding } from '../../../src/core/types';

let diagnosticsMade = 0;
let joins = 0;

class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}
class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(sl: number, sc: number, el: number, ec: number) {
    this.start = new Position(sl, sc);
    this.end = new Position(el, ec);
  }
}
class Diagnostic {
  source?: string;
  code?: unknown;
  relatedInformation?: unknown[];
  constructor(
    readonly range: Range,
    readonly message: string,
    readonly severity: number,
  ) {
    diagnosticsMade++;
  }
}
class Location {
  constructor(
    readonly uri: unknown,
    readonly range: Range,
  ) {}
}
class DiagnosticRelatedInformation {
  constructor(
    readonly location: Location,
    readonly message: string,
  ) {}
}
const vscode = {
  Range,
  Position,
  Diagnostic,
  Location,
  DiagnosticRelatedInformation,
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  Uri: {
    joinPath(base: { path: string }, ...parts: string[]) {
      joins++;
      return { path: [base.path, ...parts].join('/') };
    },
  },
};

// `require('vscode')` in the module under test gets the stand-in.
const fake = path.join(__dirname, '__vscode__.js');
const M = Module as unknown as { _resolveFilename(request: string, ...rest: unknown[]): string };
const resolve = M._resolveFilename;
M._resolveFilename = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? fake : resolve.call(this, request, ...rest);
};
require.cache[fake] = { id: fake, filename: fake, loaded: true, exports: vscode } as unknown as NodeJS.Module;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DiagnosticMaker } = require('../../../src/extension/convert') as typeof import('../../../src/extension/convert');

const range = (line: number, a: number, b: number) => ({ start: { line, character: a }, end: { line, character: b } });

function finding(k: number): Finding {
  const rule = k % 2 === 0 ? 'malformed-number' : 'unattributed-figure';
  return {
    rule,
    category: 'suspicious-number',
    severity: k % 3 === 0 ? 'error' : 'warning',
    message: `finding ${k}`,
    text: 'forty,000',
    range: range(k, 3, 12),
    fixes: [],
    related: k === 4 ? [{ message: 'first written here', range: range(1, 0, 6) }] : [],
  };
}

describe('diagnostics from findings', () => {
  const docs = { path: '/ext/docs/rules' };
  const uri = { path: '/drafts/a.md' };
  const findings = Array.from({ length: 10 }, (_, k) => finding(k));

  it('makes one diagnostic per finding, in order, with its range, severity, source, rule page and related place', async () => {
    joins = 0;
    const maker = new DiagnosticMaker(docs as never);
    const ds = (await maker.makeAll(findings, uri as never, () => false, 3))!;
    assert.equal(ds.length, 10);
    const d4 = ds[4] as unknown as Diagnostic & { code: { value: string; target: { path: string } } };
    assert.deepEqual([d4.message, d4.severity, d4.source], ['finding 4', 1, 'Copydesk']);
    assert.deepEqual([d4.range.start.line, d4.range.start.character, d4.range.end.line, d4.range.end.character], [4, 3, 4, 12]);
    assert.deepEqual(d4.code.value, 'malformed-number');
    assert.equal(d4.code.target.path, '/ext/docs/rules/malformed-number.md');
    assert.equal((ds[3] as unknown as Diagnostic).severity, 0);
    const rel = d4.relatedInformation as DiagnosticRelatedInformation[];
    assert.deepEqual([rel.length, rel[0].message, rel[0].location.uri, rel[0].location.range.end.character], [1, 'first written here', uri, 6]);
    assert.deepEqual(ds.map((d) => d.message), findings.map((f) => f.message));
    // One rule page a rule, shared by its diagnostics, kept for the next draft.
    assert.equal(joins, 2);
    assert.equal((ds[0] as unknown as { code: unknown }).code, (ds[2] as unknown as { code: unknown }).code);
    await maker.makeAll(findings, uri as never, () => false);
    assert.equal(joins, 2);
  });

  it('keeps the diagnostic of a finding it made before for the same draft; an equal finding anew, or another draft, gets its own', async () => {
    const maker = new DiagnosticMaker(docs as never);
    const first = (await maker.makeAll(findings, uri as never, () => false))!;
    diagnosticsMade = 0;
    // The findings an edit did not touch come back from the worker as the same objects.
    const again = (await maker.makeAll(findings, uri as never, () => false))!;
    assert.equal(diagnosticsMade, 0);
    assert.ok(again.every((d, i) => d === first[i]));
    await maker.makeAll(findings.map((f) => ({ ...f })), uri as never, () => false);
    assert.equal(diagnosticsMade, 10);
    diagnosticsMade = 0;
    const b = { path: '/drafts/b.md' };
    const other = (await maker.makeAll(findings, b as never, () => false))!;
    assert.equal(diagnosticsMade, 10);
    assert.equal((other[4].relatedInformation as unknown as DiagnosticRelatedInformation[])[0].location.uri, b);
  });

  it('lets the event loop run between slices, and stops making them once the check is stale', async () => {
    const maker = new DiagnosticMaker(docs as never);
    let otherWork = false;
    let sawOtherWork: boolean | null = null;
    setImmediate(() => {
      otherWork = true;
    });
    diagnosticsMade = 0;
    const stale = () => {
      sawOtherWork ??= otherWork;
      return true;
    };
    assert.equal(await maker.makeAll(findings, uri as never, stale, 3), null);
    assert.equal(sawOtherWork, true, 'work queued before the call ran before the second slice');
    assert.equal(diagnosticsMade, 3, 'only the first slice was made');
    // No more than one slice: no yield, no stale check.
    diagnosticsMade = 0;
    assert.equal((await maker.makeAll(findings.slice(0, 3), uri as never, () => true, 3))?.length, 3);
  });
});
