// Latency after a one-character edit in a 5,000-word draft, as the extension re-analyses it: a
// full analysis and the incremental one (IncrementalAnalyzer), 300 edits each, the first 100
// reported on their own. In a fresh process: in the bench's own, after its runs over the 10 MB
// draft, the same edits took two to three times as long (a heap of some 1.3 GB left behind).
// Usage: node bench-edit.cjs ROOT ; prints JSON.
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const root = process.argv[2];
const { analyze, IncrementalAnalyzer } = require(path.join(root, 'dist/core.js'));
const ms = (t) => Number(t.toFixed(2));
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

(async () => {
  const { generateWords, typedEdits } = await import(pathToFileURL(path.join(root, 'scripts/gen-drafts.mjs')).href);
  const base = generateWords(5000, 7);
  // 100 edits first, reported on their own: the first keystrokes after opening run colder code.
  const run = (mode) => {
    const inc = new IncrementalAnalyzer();
    const check = mode === 'incremental' ? (t) => inc.analyze(t) : (t) => analyze(t);
    check(base);
    const times = [];
    for (const text of typedEdits(base, 300)) {
      const t0 = performance.now();
      check(text);
      times.push(performance.now() - t0);
    }
    const first = times.slice(0, 100);
    const rest = times.slice(100);
    return { p50ms: ms(pct(rest, 50)), p95ms: ms(pct(rest, 95)), first100: { p50ms: ms(pct(first, 50)), p95ms: ms(pct(first, 95)) } };
  };
  console.log(JSON.stringify({ words: base.split(/\s+/).length, edits: 200, warmupEdits: 100, full: run('full'), incremental: run('incremental') }));
})();
