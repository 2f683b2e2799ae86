// The longest pause of the extension host's main thread while a draft's result comes back from
// the analysis worker: the real AnalysisRunner (bundled by npm run bench) and dist/worker.js.
// Also, for the first draft, a burst of typing (burstFor). Each with the Claims view closed (a
// check brings the findings and the claims' counts) and, for the pause, open (the claims too).
// Usage: node bench-pause.cjs RUNNER_BUNDLE ROOT DRAFT... ; prints JSON, one entry per draft.
const fs = require('node:fs');
const [runnerFile, root, ...drafts] = process.argv.slice(2);
const { AnalysisRunner } = require(runnerFile);

async function pauseFor(file, withClaims) {
  const text = fs.readFileSync(file, 'utf8');
  const runner = new AnalysisRunner(root, () => {});
  await runner.analyze('A first, short draft starts the worker.', {});
  let longest = 0;
  let last = performance.now();
  let on = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (on) setImmediate(tick);
  };
  setImmediate(tick);
  const t0 = performance.now();
  const r = await runner.analyze(text, {}, 'file:///draft.md', withClaims);
  const ms = performance.now() - t0;
  // The turn that read the last piece ends before the next tick measures it.
  await new Promise((resolve) => setTimeout(resolve, 20));
  on = false;
  runner.dispose();
  return { bytes: text.length, resultMs: Number(ms.toFixed(1)), longestPauseMs: Number(longest.toFixed(1)), findings: r.findings.length, claims: r.claims ? r.claims.length : 0 };
}

/**
 * A burst of typing: six checks of the draft 100 ms apart, each replacing the last (as the
 * linter sends them after each pause), and the time from the last one to its result.
 */
async function burstFor(file) {
  const { Superseded } = require(runnerFile);
  const text = fs.readFileSync(file, 'utf8');
  const runner = new AnalysisRunner(root, () => {});
  await runner.analyze(text, {}, 'file:///draft.md', false);
  let last;
  let posted = 0;
  for (let i = 0; i < 6; i++) {
    const at = text.indexOf('\n', Math.floor((text.length * (i + 1)) / 7));
    last = runner.analyze(`${text.slice(0, at)}x${text.slice(at)}`, {}, 'file:///draft.md', false);
    last.catch((e) => {
      if (!(e instanceof Superseded)) throw e;
    });
    posted = performance.now();
    if (i < 5) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await last;
  const ms = performance.now() - posted;
  runner.dispose();
  return Number(ms.toFixed(1));
}

(async () => {
  const keep = setInterval(() => {}, 1000); // the worker is unref'd, as in the extension
  const out = {};
  for (const f of drafts) out[f] = { closed: await pauseFor(f, false), open: await pauseFor(f, true) };
  out[drafts[0]].burstLastResultMs = await burstFor(drafts[0]);
  clearInterval(keep);
  console.log(JSON.stringify(out));
})();
