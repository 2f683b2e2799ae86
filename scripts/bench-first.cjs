// The first check of a draft as the extension runs it, in a fresh process: the real
// AnalysisRunner (bundled by npm run bench) starts the worker (dist/worker-launch.js), which loads
// the engine and checks the draft cold, as when the first draft opens after VS Code starts. The
// Claims view closed (findings and the claims' counts).
// Usage: node bench-first.cjs RUNNER_BUNDLE ROOT DRAFT [CACHE_DIR [fill]] ; prints JSON.
// With CACHE_DIR the worker keeps its code cache there, as the extension does (written 3 s after
// the worker starts); with `fill`, the run waits for the cache to be written.
const fs = require('node:fs');
const [runnerFile, root, draft, cacheDir, fill] = process.argv.slice(2);
const { AnalysisRunner } = require(runnerFile);

(async () => {
  const keep = setInterval(() => {}, 1000); // the worker is unref'd, as in the extension
  const text = fs.readFileSync(draft, 'utf8');
  const runner = new AnalysisRunner(root, () => {}, { codeCache: cacheDir ? { dir: cacheDir, saveAfterMs: 3000 } : null });
  const t0 = performance.now();
  const r = await runner.analyze(text, {}, 'file:///draft.md', false);
  const firstMs = performance.now() - t0;
  if (fill) {
    const until = Date.now() + 20000;
    while (!(fs.existsSync(cacheDir) && fs.readdirSync(cacheDir).some((f) => f.endsWith('.v8cache'))) && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  runner.dispose();
  clearInterval(keep);
  console.log(JSON.stringify({ bytes: text.length, firstMs: Number(firstMs.toFixed(1)), findings: r.findings.length }));
})();
