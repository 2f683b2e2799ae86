// Precision and recall of the engine on the labelled corpus (test/corpus).
//   npm run bench:accuracy               the main corpus
//   npm run bench:accuracy -- --heldout  the held-back drafts only
//   npm run bench:accuracy -- --json     the same figures as JSON
// Labels: test/corpus/README.md. A finding matches a label when it has the
// label's category and its range overlaps the label's text occurrence.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const corePath = path.join(root, 'dist/core.js');
if (!fs.existsSync(corePath)) {
  console.error('bench:accuracy: dist/core.js not found; run npm run build');
  process.exit(2);
}
const { analyze, LineIndex } = require(corePath);

const CATEGORIES = ['unattributed-figure', 'suspicious-number', 'misattributed-name'];

/** Offsets of the n-th occurrence of `text` in `doc`, or null. */
function occurrence(doc, text, n) {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = doc.indexOf(text, at + 1);
    if (at === -1) return null;
  }
  return [at, at + text.length];
}

export function evaluate(dir) {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort() : [];
  const stats = {};
  const bump = (key, field) => {
    stats[key] ??= { tp: 0, fp: 0, fn: 0 };
    stats[key][field]++;
  };
  const misses = [];
  const falsePositives = [];
  const labelErrors = [];
  let cleanWords = 0;
  let cleanFp = 0;
  let cleanFiles = 0;
  let totalWords = 0;
  for (const f of files) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const labelFile = path.join(dir, f.replace(/\.md$/, '.labels.json'));
    if (!fs.existsSync(labelFile)) {
      labelErrors.push(`${f}: no labels file`);
      continue;
    }
    const labels = JSON.parse(fs.readFileSync(labelFile, 'utf8'));
    const result = analyze(text, {});
    const lines = new LineIndex(text);
    totalWords += result.words;
    const findings = result.findings.map((x) => ({ ...x, start: lines.offset(x.range.start), end: lines.offset(x.range.end), matched: false }));
    const required = labels.filter((l) => !l.optional);
    const clean = required.length === 0;
    if (clean) {
      cleanFiles++;
      cleanWords += result.words;
    }
    for (const l0 of labels) {
      // An unattributed-figure label is also a label of the rule of the same name.
      const l = { ...l0, rule: l0.rule ?? (l0.category === 'unattributed-figure' ? 'unattributed-figure' : undefined) };
      const span = occurrence(text, l.text, l.occurrence ?? 1);
      if (!span) {
        labelErrors.push(`${f}: label text ${JSON.stringify(l.text)} (occurrence ${l.occurrence ?? 1}) not found`);
        continue;
      }
      const overlapping = findings.filter((x) => x.category === l.category && x.start < span[1] && x.end > span[0]);
      for (const x of overlapping) x.matched = true;
      if (l.optional) continue;
      const line = lines.lineOf(span[0]) + 1;
      if (overlapping.length > 0) {
        bump(l.category, 'tp');
        if (l.rule) bump(`rule:${l.rule}`, overlapping.some((x) => x.rule === l.rule) ? 'tp' : 'fn');
        if (l.rule && !overlapping.some((x) => x.rule === l.rule)) misses.push(`${f}:${line} ${l.rule} ${JSON.stringify(l.text)} (found as ${overlapping.map((x) => x.rule).join(', ')})`);
      } else {
        bump(l.category, 'fn');
        if (l.rule) bump(`rule:${l.rule}`, 'fn');
        misses.push(`${f}:${line} ${l.rule ?? l.category} ${JSON.stringify(l.text)}`);
      }
    }
    // Several findings on one label are one true positive; unmatched findings are false positives.
    for (const x of findings) {
      if (x.matched) continue;
      bump(x.category, 'fp');
      bump(`rule:${x.rule}`, 'fp');
      if (clean) cleanFp++;
      falsePositives.push(`${f}:${x.range.start.line + 1} ${x.rule} ${JSON.stringify(x.text)}`);
    }
  }
  const table = {};
  for (const [key, s] of Object.entries(stats)) {
    const precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
    const recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    table[key] = { ...s, precision, recall, f1 };
  }
  for (const c of CATEGORIES) table[c] ??= { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 };
  return {
    files: files.length,
    words: totalWords,
    cleanFiles,
    cleanWords,
    falsePositivesPer1000CleanWords: cleanWords === 0 ? 0 : (cleanFp / cleanWords) * 1000,
    table,
    misses,
    falsePositives,
    labelErrors,
  };
}

function fmt(n) {
  return n.toFixed(3);
}

function print(name, r) {
  console.log(`\n${name}: ${r.files} drafts, ${r.words} words; ${r.cleanFiles} clean drafts (${r.cleanWords} words)`);
  console.log(`false positives per 1,000 words of clean copy: ${r.falsePositivesPer1000CleanWords.toFixed(2)}`);
  const rows = [...CATEGORIES, ...Object.keys(r.table).filter((k) => k.startsWith('rule:')).sort()];
  console.log(`\n${'category / rule'.padEnd(34)}${'TP'.padStart(5)}${'FP'.padStart(5)}${'FN'.padStart(5)}${'prec'.padStart(8)}${'recall'.padStart(8)}${'F1'.padStart(8)}`);
  for (const k of rows) {
    const s = r.table[k];
    if (!s) continue;
    console.log(`${k.replace(/^rule:/, '  ').padEnd(34)}${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}${fmt(s.precision).padStart(8)}${fmt(s.recall).padStart(8)}${fmt(s.f1).padStart(8)}`);
  }
  if (r.misses.length) console.log(`\nmisses (${r.misses.length}):\n  ${r.misses.join('\n  ')}`);
  if (r.falsePositives.length) console.log(`\nfalse positives (${r.falsePositives.length}):\n  ${r.falsePositives.join('\n  ')}`);
  if (r.labelErrors.length) console.log(`\nlabel problems (${r.labelErrors.length}):\n  ${r.labelErrors.join('\n  ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const heldout = process.argv.includes('--heldout');
  const dir = path.join(root, 'test/corpus', heldout ? 'heldout' : '');
  const r = evaluate(dir);
  if (process.argv.includes('--json')) console.log(JSON.stringify({ set: heldout ? 'heldout' : 'main', ...r }, null, 2));
  else print(heldout ? 'held-out corpus' : 'corpus', r);
  process.exit(r.labelErrors.length > 0 ? 1 : 0);
}
