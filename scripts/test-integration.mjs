// Runs the integration suite inside a real VS Code: code-server (the genuine
// workbench and extension host) driven by Debian's Chromium through
// playwright-core. Prints "N passed, N failed" and exits non-zero on failure.
// Needs scripts/setup-vscode.sh first (npm run test:integration does both).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { requireInstalled, root, runInVSCode } from './code-server.mjs';

const TIMEOUT_MS = Number(process.env.COPYDESK_IT_TIMEOUT_MS ?? 10 * 60 * 1000);
requireInstalled('test-integration');

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-it-'));
const workspace = path.join(scratch, 'workspace');
fs.cpSync(path.join(root, 'test/integration/workspace'), workspace, { recursive: true });
const results = path.join(scratch, 'results.json');

let code = 1;
try {
  const outcome = await runInVSCode({
    scratch,
    workspace,
    testsPath: path.join(root, 'out/test/integration/index.js'),
    env: { COPYDESK_TEST_RESULTS: results },
    timeoutMs: TIMEOUT_MS,
    onLog: (text) => {
      if (process.env.COPYDESK_IT_VERBOSE || /passing|failing|pending|✔|✓|^\s+[0-9]+\) |Error|^  \S/.test(text)) process.stdout.write(`${text}\n`);
    },
  });
  if (outcome === 'timeout') {
    console.error(`test-integration: no result after ${TIMEOUT_MS / 1000} s; code-server log: ${path.join(scratch, 'code-server.log')}`);
  } else {
    code = outcome;
  }
} catch (e) {
  console.error(`test-integration: ${e.stack ?? e}`);
}

let passed = 0;
let failed = 0;
if (fs.existsSync(results)) {
  const r = JSON.parse(fs.readFileSync(results, 'utf8'));
  passed = r.passes;
  failed = r.failures;
  for (const t of r.tests.filter((x) => x.state === 'failed')) console.log(`FAILED: ${t.title}\n${t.error}\n`);
} else {
  failed = 1;
  console.log('test-integration: the suite wrote no results (it did not run, or crashed early)');
}
console.log(`\nintegration: ${passed} passed, ${failed} failed`);
process.exit(code === 0 && failed === 0 && passed > 0 ? 0 : 1);
