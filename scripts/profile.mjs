// npm run profile [-- --size 1MB] [-- --runs 9] [-- --heap] [-- --out DIR]
// A profile of the engine in process on a bench draft (the same generator and seed as npm run
// bench), taken after a warm-up, so what it shows is the steady state the bench times. Writes a
// .cpuprofile (Chrome DevTools, VS Code, speedscope read it) or, with --heap, a .heapprofile of
// every allocation sampled, collected objects included; and prints where the time or the bytes
// went, by function: its own, and with what it calls. Built unminified (npm run profile builds),
// so the names read. The CLI as a whole process: node --cpu-prof --cpu-prof-dir=DIR dist/cli.js check FILE.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Session } from 'node:inspector';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { generateDraft } from './gen-drafts.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : def;
};
const SIZES = { '10KB': 10e3, '100KB': 100e3, '1MB': 1e6, '10MB': 10e6 };
const size = arg('--size', '1MB').toUpperCase();
const runs = Number(arg('--runs', '9'));
const heap = process.argv.includes('--heap');
const out = path.resolve(arg('--out', path.join(root, 'profiles')));
if (!(size in SIZES) || !(runs >= 1)) {
  console.error(`profile: --size is one of ${Object.keys(SIZES).join(', ')}; --runs a number from 1`);
  process.exit(2);
}
const { analyze } = createRequire(import.meta.url)(path.join(root, 'dist/core.js'));
const text = generateDraft(SIZES[size], 42);

// The bench's warm-up: at least 3 MB of drafts, and at least three runs.
for (let read = 0, n = 0; read < 3e6 || n < 3; read += text.length, n++) analyze(text);

const session = new Session();
session.connect();
const post = (method, params = {}) => new Promise((ok, fail) => session.post(method, params, (e, r) => (e ? fail(e) : ok(r))));
let profile;
const t0 = performance.now();
if (heap) {
  await post('HeapProfiler.enable');
  await post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (let i = 0; i < runs; i++) analyze(text);
  ({ profile } = await post('HeapProfiler.stopSampling'));
} else {
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
  for (let i = 0; i < runs; i++) analyze(text);
  ({ profile } = await post('Profiler.stop'));
}
const perRun = (performance.now() - t0) / runs;
fs.mkdirSync(out, { recursive: true });
const file = path.join(out, `engine-${size}.${heap ? 'heapprofile' : 'cpuprofile'}`);
fs.writeFileSync(file, JSON.stringify(profile));

// Both kinds are trees of call frames: a heap profile's nodes carry their bytes (selfSize), a CPU
// profile's are counted in samples, which timeDeltas turn into time.
const self = new Map();
const parentOf = new Map();
if (heap) {
  (function walk(node) {
    self.set(node, node.selfSize);
    for (const c of node.children) {
      parentOf.set(c, node);
      walk(c);
    }
  })(profile.head);
} else {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(byId.get(c), n);
  profile.samples.forEach((id, i) => self.set(byId.get(id), (self.get(byId.get(id)) ?? 0) + (profile.timeDeltas[i] ?? 0)));
}
const name = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url ? `${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}` : ''}`.trim();
const own = new Map();
const total = new Map();
let all = 0;
for (const [n, v] of self) {
  all += v;
  own.set(name(n), (own.get(name(n)) ?? 0) + v);
  // Counted once per stack, however often the function recurses in it.
  const seen = new Set();
  for (let p = n; p; p = parentOf.get(p)) {
    const k = name(p);
    if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + v);
    seen.add(k);
  }
}
const unit = heap ? (v) => `${(v / runs / 1e6).toFixed(2)} MB` : (v) => `${(v / runs / 1e3).toFixed(1)} ms`;
const top = (m) => [...m].filter(([k]) => k !== '(root)').sort((a, b) => b[1] - a[1]).slice(0, 20);
console.log(`${heap ? 'Allocations' : 'CPU'}, engine in process, the ${size} draft, ${runs} runs after the warm-up (${perRun.toFixed(1)} ms a run, profiler included)`);
console.log(`${heap ? 'allocated' : 'sampled'} per run: ${unit(all)}; written to ${path.relative(process.cwd(), file)}`);
for (const [title, m] of [['its own', own], ['with what it calls', total]]) {
  console.log(`\nBy function, ${title} (per run, share of all):`);
  for (const [k, v] of top(m)) console.log(`${unit(v).padStart(11)} ${((100 * v) / all).toFixed(1).padStart(5)}%  ${k}`);
}
