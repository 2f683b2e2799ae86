// Typing in a 5,000-word draft as the extension runs it: the real AnalysisRunner (bundled by npm
// run bench) and worker, each of 300 one-character edits sent once the last one's result is back,
// the time from sending to the result (the first 100 not counted). With a LONG_DRAFT, that draft
// is checked first by the same runner, as when it is open in VS Code beside the one being typed
// in: since 8c04047 it goes to a worker of its own (RunnerOptions.ownWorkerFrom).
// Usage: node bench-typing.cjs RUNNER_BUNDLE ROOT [LONG_DRAFT] ; prints JSON.
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const [runnerFile, root, long] = process.argv.slice(2);
const { AnalysisRunner } = require(runnerFile);
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

(async () => {
  const keep = setInterval(() => {}, 1000); // the worker is unref'd, as in the extension
  const { generateWords, typedEdits } = await import(pathToFileURL(path.join(root, 'scripts/gen-drafts.mjs')).href);
  const runner = new AnalysisRunner(root, () => {});
  if (long) await runner.analyze(fs.readFileSync(long, 'utf8'), {}, 'file:///long.md', false);
  const base = generateWords(5000, 7);
  await runner.analyze(base, {}, 'file:///draft.md', false);
  const times = [];
  for (const text of typedEdits(base, 300)) {
    const t0 = performance.now();
    await runner.analyze(text, {}, 'file:///draft.md', false);
    times.push(performance.now() - t0);
  }
  const rest = times.slice(100);
  runner.dispose();
  clearInterval(keep);
  console.log(JSON.stringify({ p50ms: Number(pct(rest, 50).toFixed(2)), p95ms: Number(pct(rest, 95).toFixed(2)) }));
})();
