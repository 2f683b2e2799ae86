// Runs the integration suite inside a real VS Code: code-server (the genuine
// workbench and extension host) driven by Debian's Chromium through
// playwright-core. Prints "N passed, N failed" and exits non-zero on failure.
// Needs scripts/setup-vscode.sh first (npm run test:integration does both).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { format } from 'node:util';
import { launchChromium, requireInstalled, root, startCodeServer, writeUserSettings } from './code-server.mjs';

const TIMEOUT_MS = Number(process.env.COPYDESK_IT_TIMEOUT_MS ?? 10 * 60 * 1000);
requireInstalled('test-integration');

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-it-'));
const workspace = path.join(scratch, 'workspace');
fs.cpSync(path.join(root, 'test/integration/workspace'), workspace, { recursive: true });
const userDir = path.join(scratch, 'user');
writeUserSettings(userDir, { 'workbench.enableExperiments': false });
const results = path.join(scratch, 'results.json');

let browser;
let server;
let code = 1;
try {
  const started = await startCodeServer({
    scratch,
    userDir,
    extDir: path.join(scratch, 'exts'),
    extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
    log: path.join(scratch, 'code-server.log'),
  });
  server = started.server;
  const port = started.port;
  browser = await launchChromium();
  const page = await browser.newPage();
  const exited = new Promise((resolve) => {
    void page.exposeFunction('codeAutomationExit', (c) => resolve(Number(c)));
  });
  // The workbench calls codeAutomationLog(level, message) with the extension host's console (mocha's report).
  await page.exposeFunction('codeAutomationLog', (level, message) => {
    const text = Array.isArray(message) ? format(...message) : String(message);
    if (process.env.COPYDESK_IT_VERBOSE || /passing|failing|pending|✔|✓|^\s+[0-9]+\) |Error|^  \S/.test(text)) process.stdout.write(`${text}\n`);
  });
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://remote${root}`],
    ['extensionTestsPath', `vscode-remote://remote${path.join(root, 'out/test/integration/index.js')}`],
    ['skipWelcome', 'true'],
    ['extensionEnvironment', JSON.stringify({ COPYDESK_TEST_RESULTS: results })],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url);
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), TIMEOUT_MS));
  const outcome = await Promise.race([exited, timeout]);
  if (outcome === 'timeout') {
    console.error(`test-integration: no result after ${TIMEOUT_MS / 1000} s; code-server log: ${path.join(scratch, 'code-server.log')}`);
    code = 1;
  } else {
    code = outcome;
  }
} catch (e) {
  console.error(`test-integration: ${e.stack ?? e}`);
  code = 1;
} finally {
  await browser?.close().catch(() => undefined);
  server?.kill('SIGTERM');
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
