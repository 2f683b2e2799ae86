// npm run bench [-- --json] [-- --quick]
// Speed where it is felt: the engine in process, the CLI as a whole process
// (side by side with markdownlint-cli2 on the same files), the latency after a
// one-character edit, the first check when VS Code starts, the bundles and extension
// activation. Figures, not a test.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { generateDraft } from './gen-drafts.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const log = (...a) => {
  if (!json) console.log(...a);
};
for (const f of ['dist/core.js', 'dist/cli.js', 'dist/extension.js']) {
  if (!fs.existsSync(path.join(root, f))) {
    console.error(`bench: ${f} not found; run npm run build`);
    process.exit(2);
  }
}
const { analyze } = require(path.join(root, 'dist/core.js'));

/** Runs scripts/NAME with ARGS in a process of its own; returns the JSON it prints, or throws with the end of its output. */
function script(name, ...args) {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', name), ...args], { encoding: 'utf8' });
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error((r.stderr || r.stdout).slice(-500));
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (t) => Number(t.toFixed(2));

const SIZES = quick ? [['10 KB', 10e3], ['100 KB', 100e3], ['1 MB', 1e6]] : [['10 KB', 10e3], ['100 KB', 100e3], ['1 MB', 1e6], ['10 MB', 10e6]];
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-'));
const files = {};
for (const [name, bytes] of SIZES) {
  const file = path.join(scratch, `draft-${name.replace(' ', '')}.md`);
  fs.writeFileSync(file, generateDraft(bytes, 42));
  files[name] = file;
}
const results = { machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version }, core: {}, cli: {}, markdownlint: {}, edit: {}, bundles: {}, activation: {} };

// 1. The engine in process: throughput per size (median of runs), heap after the run.
log('\nCore engine, in process (median of runs after a warm-up of at least 3 MB)');
log(`${'size'.padEnd(8)}${'ms'.padStart(10)}${'MB/s'.padStart(9)}${'findings'.padStart(10)}${'heap MiB'.padStart(10)}`);
for (const [name, bytes] of SIZES) {
  const text = fs.readFileSync(files[name], 'utf8');
  const runs = bytes >= 1e7 ? 3 : bytes >= 1e6 ? 5 : 15;
  // Warm-up: V8 keeps optimising until it has seen some megabytes of drafts, whatever their size
  // (a 10 KB draft takes 15 ms a run at first and 1.6 ms after 200 runs), so the warm-up reads at
  // least 3 MB, and at least one run. These figures are the engine's steady state; the
  // whole-process CLI figures below are the cold ones.
  for (let i = 0; i < Math.max(1, Math.ceil(3e6 / bytes)); i++) analyze(text);
  const times = [];
  let findings = 0;
  let heap = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = analyze(text);
    times.push(performance.now() - t0);
    findings = r.findings.length;
    heap = Math.max(heap, process.memoryUsage().heapUsed);
  }
  const t = median(times);
  results.core[name] = { bytes: text.length, ms: ms(t), mbPerS: ms(text.length / 1e6 / (t / 1000)), findings, heapMB: ms(heap / 1048576) };
  log(`${name.padEnd(8)}${ms(t).toFixed(1).padStart(10)}${(text.length / 1e6 / (t / 1000)).toFixed(2).padStart(9)}${String(findings).padStart(10)}${(heap / 1048576).toFixed(0).padStart(10)}`);
}
const has10 = results.core['10 MB'];
if (has10) results.core.growth10MBvs1MB = ms(has10.ms / results.core['1 MB'].ms);
if (has10) log(`growth: time at 10 MB / time at 1 MB = ${results.core.growth10MBvs1MB.toFixed(1)} (about 10 means linear)`);

// 2. Whole processes: the CLI and markdownlint-cli2 on the same files, wall time and peak RSS.
// Each writes its report to a file, as `copydesk check ... > report` does. Read back through a
// pipe, the 10 MB draft's 86 MB of JSON would also be the bench's own work, decoding it on the
// same two cores while the CLI runs, and the CLI would wait on the bench reading it.
function timed(cmd, args, env = {}) {
  const report = path.join(scratch, 'report.out');
  const stats = path.join(scratch, 'time.out');
  fs.rmSync(stats, { force: true });
  const fd = fs.openSync(report, 'w');
  try {
    spawnSync('/usr/bin/time', ['-o', stats, '-f', '%e %M', cmd, ...args], { stdio: ['ignore', fd, fd], env: { ...process.env, ...env } });
  } finally {
    fs.closeSync(fd);
  }
  const m = fs.existsSync(stats) ? /([\d.]+) (\d+)\s*$/.exec(fs.readFileSync(stats, 'utf8')) : null;
  const tail = () => {
    const b = fs.readFileSync(report);
    return b.subarray(Math.max(0, b.length - 300)).toString('utf8');
  };
  const result = m ? { s: Number(m[1]), rssMB: Number(m[2]) / 1024 } : { s: NaN, rssMB: NaN, error: tail() };
  fs.rmSync(report, { force: true });
  return result;
}
const mdl = path.join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
// The CLI keeps its compiled code in a cache (see src/cli/launch.ts); the bench gives it a fresh
// one, filled by the first run below, and times the uncached start separately.
const cacheEnv = { COPYDESK_CACHE_DIR: path.join(scratch, 'code-cache') };
const copydesk = (file, env = cacheEnv, format = 'json') => timed(process.execPath, [path.join(root, 'dist/cli.js'), 'check', '--format', format, file], env);
// Copydesk with --format json (the contract: 86 MB for the 10 MB draft) and with its default text
// output, which is what markdownlint-cli2 writes too.
log('\nWhole process, wall time and peak RSS (median of runs, taken in turn); ratio = markdownlint-cli2 time / copydesk time');
log(`${'size'.padEnd(8)}${'json s'.padStart(8)}${'RSS MiB'.padStart(8)}${'text s'.padStart(8)}${'RSS MiB'.padStart(8)}${'markdownlint-cli2 s'.padStart(21)}${'RSS MiB'.padStart(8)}${'ratio json'.padStart(12)}${'ratio text'.padStart(12)}`);
const medianOf = (xs) => ({ s: median(xs.map((x) => x.s)), rssMB: median(xs.map((x) => x.rssMB)) });
/** One line of the table: copydesk json, copydesk text, markdownlint-cli2. */
const row = (name, c, t, m, note = '') =>
  log(
    `${name.padEnd(8)}${c.s.toFixed(2).padStart(8)}${c.rssMB.toFixed(0).padStart(8)}${t.s.toFixed(2).padStart(8)}${t.rssMB.toFixed(0).padStart(8)}` +
      `${m.s.toFixed(2).padStart(21)}${m.rssMB.toFixed(0).padStart(8)}${(m.s / c.s).toFixed(1).padStart(11)}x${(m.s / t.s).toFixed(1).padStart(11)}x${note}`,
  );
/**
 * Runs each of `jobs` ([runs, job]) its number of times, in rounds (a run of each, then again), so
 * that the machine's speed, which drifts from minute to minute, weighs on all of them alike.
 * Returns the median of each.
 */
function interleaved(...jobs) {
  const times = jobs.map(() => []);
  for (let round = 0; round < Math.max(...jobs.map(([runs]) => runs)); round++) {
    jobs.forEach(([runs, job], k) => {
      if (round < runs) times[k].push(job());
    });
  }
  return times.map(medianOf);
}
for (const [name, bytes] of SIZES) {
  // Short checks are cheap, so they take more runs, for a steadier median: 15 each up to 100 KB.
  const runs = bytes >= 1e7 ? 3 : bytes >= 1e6 ? 5 : 15;
  // The first run fills the code cache (see cacheEnv).
  const [c, t, m] = interleaved(
    [runs, () => copydesk(files[name])],
    [runs, () => copydesk(files[name], cacheEnv, 'text')],
    [bytes >= 1e7 ? 1 : bytes >= 1e6 ? 3 : 5, () => timed(process.execPath, [mdl, files[name]])],
  );
  results.cli[name] = c;
  results.cli[`${name} text`] = t;
  results.markdownlint[name] = m;
  row(name, c, t, m);
}

// An archive: 100 stories of about 100 KB each in one folder, one process, side by side with
// markdownlint-cli2 on the same folder.
{
  const archive = path.join(scratch, 'archive');
  fs.mkdirSync(archive);
  for (let i = 0; i < 100; i++) fs.writeFileSync(path.join(archive, `story-${String(i).padStart(3, '0')}.md`), generateDraft(100e3, 1000 + i));
  const runs = quick ? 1 : 3;
  const [c, t, m] = interleaved([runs, () => copydesk(archive)], [runs, () => copydesk(archive, cacheEnv, 'text')], [runs, () => timed(process.execPath, [mdl, archive])]);
  results.cli.archive = c;
  results.cli['archive text'] = t;
  results.markdownlint.archive = m;
  row('archive', c, t, m, '  (100 stories x 100 KB)');
}

{
  // What a short check's time is made of: Node's own start, then loading Copydesk's bundle (its
  // --version checks nothing), then the check. Taken in turn, as the machine's speed drifts.
  const [cold, node, version] = interleaved(
    [15, () => copydesk(files['10 KB'], { COPYDESK_NO_CACHE: '1' })],
    [15, () => timed(process.execPath, ['-e', '0'])],
    [15, () => timed(process.execPath, [path.join(root, 'dist/cli.js'), '--version'], cacheEnv)],
  );
  results.cli['10 KB uncached'] = cold;
  results.cli.start = { node: node.s, version: version.s };
  log(`10 KB without the code cache (a first run): ${cold.s.toFixed(2)} s`);
  log(`Start alone: node -e 0 ${node.s.toFixed(2)} s; copydesk --version ${version.s.toFixed(2)} s (loads the bundle, checks nothing)`);
}

// 3. Latency after a one-character edit in a 5,000-word draft, as the extension re-analyses it,
// in a process of its own (see scripts/bench-edit.cjs).
{
  try {
    results.edit = script('bench-edit.cjs', root);
  } catch (e) {
    console.error(`bench: the edit latency run failed: ${e.message}`);
    process.exit(1);
  }
  log(`\nEdit latency, 5,000-word draft (${results.edit.words} words), 200 one-character edits after 100 others:`);
  log(`  full re-analysis: p50 ${results.edit.full.p50ms} ms, p95 ${results.edit.full.p95ms} ms`);
  log(`  incremental (changed blocks only, as the extension runs it): p50 ${results.edit.incremental.p50ms} ms, p95 ${results.edit.incremental.p95ms} ms`);
  log(`  the 100 edits before them (the analyzer just created): incremental p50 ${results.edit.incremental.first100.p50ms} ms, p95 ${results.edit.incremental.first100.p95ms} ms`);
}

// 4. Bundles, and the time to require the extension and run activate() against a stub vscode.
for (const f of ['dist/extension.js', 'dist/worker-launch.js', 'dist/worker.js', 'dist/cli.js', 'dist/copydesk-cli.js', 'dist/core.js']) results.bundles[f] = fs.statSync(path.join(root, f)).size;
{
  try {
    results.activation = script('bench-activate.cjs');
  } catch (e) {
    results.activation = { error: e.message };
  }
}
// 5. The editor's side of a long draft: the longest pause of the extension host's main thread
// while the result comes back from the worker (read in pieces; see src/extension/worker.ts).
const runnerFile = path.join(scratch, 'runner.cjs');
{
  const { build } = await import('esbuild');
  await build({ entryPoints: [path.join(root, 'src/extension/runner.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: runnerFile, logLevel: 'warning' });
}
{
  const sizes = SIZES.filter(([, bytes]) => bytes >= 1e6);
  try {
    const byFile = script('bench-pause.cjs', runnerFile, root, ...sizes.map(([name]) => files[name]));
    results.extensionPause = Object.fromEntries(sizes.map(([name]) => [name, byFile[files[name]]]));
    const pause = (p, what) => `longest main-thread pause ${p.longestPauseMs} ms (result in ${(p.resultMs / 1000).toFixed(1)} s, ${what})`;
    log(`\nExtension host, while a draft's result comes back from the worker, the Claims view closed (findings, claims counted in the worker) and open (the claims too):`);
    for (const [name] of sizes) {
      const { closed, open } = results.extensionPause[name];
      log(`  ${name}: closed, ${pause(closed, `${closed.findings} findings`)}; open, ${pause(open, `${open.findings} findings and ${open.claims} claims`)}`);
    }
    log(`Typing in the ${sizes[0][0]} draft, the view closed, six checks 100 ms apart, each replacing the last: the last result ${results.extensionPause[sizes[0][0]].burstLastResultMs} ms after the last check`);
  } catch (e) {
    results.extensionPause = { error: e.message };
    log(`\nExtension host pause: not measured (${results.extensionPause.error})`);
  }
}
// 5b. Typing through the runner and the worker, alone and with the 10 MB draft checked first by
// the same runner (open beside it in VS Code), which gives that draft a worker of its own.
if (files['10 MB']) {
  const typing = (long) => script('bench-typing.cjs', runnerFile, root, ...(long ? [long] : []));
  try {
    const alone = [];
    const beside = [];
    for (let i = 0; i < 3; i++) {
      alone.push(typing(null));
      beside.push(typing(files['10 MB']));
    }
    const of = (xs) => ({ p50ms: median(xs.map((x) => x.p50ms)), p95ms: median(xs.map((x) => x.p95ms)) });
    results.typingWorker = { alone: of(alone), beside10MB: of(beside) };
    log(`Typing in the 5,000-word draft through the worker (200 edits after 100, medians of 3 runs): alone p50 ${results.typingWorker.alone.p50ms} ms, p95 ${results.typingWorker.alone.p95ms} ms; with the 10 MB draft open p50 ${results.typingWorker.beside10MB.p50ms} ms, p95 ${results.typingWorker.beside10MB.p95ms} ms`);
  } catch (e) {
    results.typingWorker = { error: e.message };
    log(`Typing through the worker: not measured (${e.message})`);
  }
}

// 6. The first check when VS Code starts: in a fresh process, the runner starts the worker, which
// loads the engine and checks the draft cold. With the worker's code cache (filled by an earlier
// start, as the extension keeps it in its storage) and without (the first start after installing
// or updating Copydesk). In turn, as the CLI's runs are.
{
  const firstCache = path.join(scratch, 'worker-code-cache');
  const first = (file, cache, fill) => script('bench-first.cjs', runnerFile, root, file, ...(cache ? [firstCache] : []), ...(fill ? ['fill'] : [])).firstMs;
  try {
    first(files['10 KB'], true, true);
    results.firstCheck = {};
    log('\nFirst check of a draft when VS Code starts (a fresh process: the worker starts, loads the engine, checks the draft), the Claims view closed, median of runs in turn:');
    for (const name of ['10 KB', '100 KB']) {
      const runs = name === '10 KB' ? 15 : 9;
      const cached = [];
      const uncached = [];
      for (let i = 0; i < runs; i++) {
        cached.push(first(files[name], true, false));
        uncached.push(first(files[name], false, false));
      }
      results.firstCheck[name] = { cachedMs: median(cached), uncachedMs: median(uncached) };
      log(`  ${name}: ${median(cached).toFixed(1)} ms; without the worker's code cache (the first start after installing) ${median(uncached).toFixed(1)} ms`);
    }
  } catch (e) {
    results.firstCheck = { error: e.message };
    log(`\nFirst check: not measured (${e.message})`);
  }
}
log(`\nBundles: ${Object.entries(results.bundles).map(([f, b]) => `${f} ${(b / 1024).toFixed(0)} KB`).join(', ')}`);
log(`Activation (require dist/extension.js + activate() with a stub vscode): ${results.activation.requireMs} ms + ${results.activation.activateMs} ms = ${results.activation.totalMs} ms`);
if (json) console.log(JSON.stringify(results, null, 2));
fs.rmSync(scratch, { recursive: true, force: true });
