// npm run bench:vscode [-- --json] [-- --alone]
// Copydesk in a real VS Code (code-server, driven by Debian's Chromium; scripts/setup-vscode.sh
// installs them): opens generated drafts of 100 KB, 1 MB and 10 MB (the bench's, same seed) and
// prints, per draft, how long the first check takes, how long one-character edits take to show,
// and the extension host's longest stall meanwhile. The timing runs in the extension host
// (test/integration/bench.ts). Figures, not a test.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { requireInstalled, root, runInVSCode } from './code-server.mjs';
import { generateDraft } from './gen-drafts.mjs';

const json = process.argv.includes('--json');
requireInstalled('bench-vscode');
const entry = path.join(root, 'out/test/integration/bench.js');
for (const f of ['dist/extension.js', 'dist/worker.js', 'out/test/integration/bench.js']) {
  if (!fs.existsSync(path.join(root, f))) {
    console.error(`bench-vscode: ${f} not found; run npm run build and npm run compile-integration`);
    process.exit(2);
  }
}

const SIZES = [['100 KB', 100e3], ['1 MB', 1e6], ['10 MB', 10e6]];
const DEBOUNCE_MS = 300;
// VS Code's built-in Markdown language features (and math) send the whole draft to their own
// language server on every change, from the same extension host: on a 10 MB draft that costs
// more than Copydesk does. The bench runs once with them off, to time Copydesk alone, and once
// as VS Code ships, to time what a writer gets.
const BUILTIN_MARKDOWN = ['vscode.markdown-language-features', 'vscode.markdown-math'];

/** One VS Code session over the drafts, the Claims view open or not; returns the extension host's rows. */
async function measure(skipBuiltin, claimsView = false) {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-vscode-'));
  const workspace = path.join(scratch, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  const drafts = SIZES.map(([name, bytes]) => {
    const file = path.join(workspace, `draft-${name.replace(' ', '')}.md`);
    fs.writeFileSync(file, generateDraft(bytes, 42));
    return file;
  });
  const results = path.join(scratch, 'results.json');
  const logs = [];
  const profile = process.env.COPYDESK_BENCH_PROFILE ? path.join(process.env.COPYDESK_BENCH_PROFILE, skipBuiltin.length > 0 ? 'alone' : 'default') : '';
  if (profile) fs.mkdirSync(profile, { recursive: true });
  const outcome = await runInVSCode({
    scratch,
    workspace,
    testsPath: entry,
    env: { COPYDESK_BENCH_DRAFTS: JSON.stringify(drafts), COPYDESK_BENCH_RESULTS: results, COPYDESK_BENCH_PROFILE: profile, COPYDESK_BENCH_CLAIMS_VIEW: claimsView ? '1' : '' },
    settings: { 'copydesk.debounceMs': DEBOUNCE_MS },
    skipBuiltin,
    timeoutMs: 15 * 60 * 1000,
    onLog: (text) => logs.push(text),
  });
  if (outcome !== 0 || !fs.existsSync(results)) {
    console.error(`bench-vscode: the run failed (${outcome}); code-server log: ${path.join(scratch, 'code-server.log')}`);
    for (const l of logs.filter((x) => /error/i.test(x)).slice(0, 20)) console.error(l);
    process.exit(1);
  }
  const rows = JSON.parse(fs.readFileSync(results, 'utf8')).map((r, i) => ({ size: SIZES[i][0], ...r, file: undefined }));
  fs.rmSync(scratch, { recursive: true, force: true });
  return rows;
}

// The Claims view is closed unless said: checks then bring the claims' counts, not the claims.
// --alone: only the first of these.
const alone = process.argv.includes('--alone');
const runs = [
  ['alone', 'Copydesk alone (VS Code\'s built-in Markdown language features and math off), the Claims view closed', await measure(BUILTIN_MARKDOWN)],
  ...(alone ? [] : [['aloneClaimsView', 'Copydesk alone, the Claims view open (each check brings the claims)', await measure(BUILTIN_MARKDOWN, true)]]),
  ...(alone ? [] : [['withBuiltinMarkdown', 'As VS Code ships (its built-in Markdown language features on), the Claims view closed', await measure([])]]),
];
if (json) {
  const out = { debounceMs: DEBOUNCE_MS, alone: null, aloneClaimsView: null, withBuiltinMarkdown: null };
  for (const [key, , rows] of runs) out[key] = rows;
  console.log(JSON.stringify(out, null, 2));
} else {
  const s = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
  console.log('Copydesk in a real VS Code (code-server): one run per draft, timed in the extension host');
  for (const [, title, rows] of runs) {
    console.log(`\n${title}`);
    console.log(`${'size'.padEnd(8)}${'open'.padStart(9)}${'stall'.padStart(9)}${'check'.padStart(9)}${'stall'.padStart(9)}${'findings'.padStart(10)}${'shown'.padStart(7)}${'edit'.padStart(9)}${'ours'.padStart(9)}${'stall'.padStart(9)}`);
    for (const r of rows) {
      console.log(
        `${r.size.padEnd(8)}${s(r.openMs).padStart(9)}${s(r.openStallMs).padStart(9)}${s(r.checkMs).padStart(9)}${s(r.checkStallMs).padStart(9)}` +
          `${String(r.findings).padStart(10)}${String(r.diagnostics).padStart(7)}${s(r.editMs).padStart(9)}${s(r.editAfterEventMs).padStart(9)}${s(r.editStallMs).padStart(9)}`,
      );
    }
  }
  console.log(`\nopen: openTextDocument + showTextDocument (VS Code's own work). check: the editor shown -> Copydesk's diagnostics set.`);
  console.log(`edit: a letter typed mid-draft -> new diagnostics, median of 5, the ${DEBOUNCE_MS} ms debounce included; ours: the same from the`);
  console.log('extension host\'s change event (without VS Code\'s round trip). stall: the extension host\'s longest run without a break in that');
  console.log('span (a 10 ms timer\'s worst lateness; over the 5 edits). shown: diagnostics the extension host reports for the draft');
  console.log('(at most 1,000: VS Code shows no more per file, so Copydesk sets those nearest the view, and a line saying so).');
  console.log('A small draft is checked first, and the workbench left 3 s to settle.');
}
