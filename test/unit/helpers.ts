import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { LineIndex } from '../../src/core/positions';
import type { AnalyzeOptions, Finding, Fix } from '../../src/core/types';

/** Findings of one rule (or all) for a Markdown text. */
export function findings(text: string, rule?: string, options: AnalyzeOptions = {}): Finding[] {
  const all = analyze(text, options).findings;
  return rule ? all.filter((f) => f.rule === rule) : all;
}

/** [text, startOffset, endOffset] of each finding, for exact-range assertions. */
export function spans(text: string, rule?: string, options: AnalyzeOptions = {}): Array<[string, number, number]> {
  const lines = new LineIndex(text);
  return findings(text, rule, options).map((f) => [f.text, lines.offset(f.range.start), lines.offset(f.range.end)]);
}

/** Applies all edits of a fix (non-overlapping) and returns the new text. */
export function applyFix(text: string, fix: Fix): string {
  const lines = new LineIndex(text);
  const edits = fix.edits
    .map((e) => ({ start: lines.offset(e.range.start), end: lines.offset(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Asserts the rule finds exactly one finding on `text`, at `expected`, and returns it. */
export function one(text: string, rule: string, expected: string, options: AnalyzeOptions = {}): Finding {
  const fs = findings(text, rule, options);
  assert.equal(fs.length, 1, `expected one ${rule} finding, got ${JSON.stringify(fs.map((f) => f.text))}`);
  assert.equal(fs[0].text, expected);
  return fs[0];
}

/** Asserts the rule stays silent. */
export function none(text: string, rule: string, options: AnalyzeOptions = {}): void {
  const fs = findings(text, rule, options);
  assert.deepEqual(fs.map((f) => `${f.text}: ${f.message}`), [], `expected no ${rule} finding`);
}

/** Applies the finding's first fix and asserts the rule no longer fires there. */
export function fixClears(text: string, rule: string, f: Finding, expectedText: string, options: AnalyzeOptions = {}): void {
  assert.ok(f.fixes.length > 0, 'finding has a fix');
  const fixed = applyFix(text, f.fixes[0]);
  assert.equal(fixed, expectedText);
  const after = findings(fixed, rule, options);
  const lines = new LineIndex(fixed);
  const at = lines.offset(f.range.start);
  assert.ok(!after.some((x) => lines.offset(x.range.start) === at), `fix left ${rule} in place: ${JSON.stringify(after.map((x) => x.message))}`);
}
