// Installs the packaged .vsix into code-server, opens examples/draft.md in the
// real editor (headless Chromium), and saves what a user sees as PNGs in
// media/screenshots/: squiggles with a hover, the light bulb menu, the
// Problems panel and the Copydesk side bar. Fails if no squiggle appears,
// so it doubles as a check that the .vsix installs and works.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeServer, launchChromium, node24, requireInstalled, root, scratchEnv, startCodeServer, writeUserSettings } from './code-server.mjs';

requireInstalled('screenshots');
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
writeUserSettings(userDir, {
  'workbench.colorTheme': 'Default Light Modern',
  'editor.fontSize': 15,
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  'workbench.tips.enabled': false,
  'window.commandCenter': false,
  'editor.hover.delay': 200,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.auxiliaryBar.visible': false,
});

const install = spawnSync(node24, [codeServer, '--user-data-dir', userDir, '--extensions-dir', extDir, '--install-extension', vsix], { env: scratchEnv(scratch), encoding: 'utf8' });
if (install.status !== 0 || !fs.readdirSync(extDir).some((d) => d.startsWith('copydesk.copydesk-'))) {
  console.error(`screenshots: --install-extension failed:\n${install.stdout}${install.stderr}`);
  process.exit(1);
}
console.log(`installed ${path.basename(vsix)} into code-server: ${fs.readdirSync(extDir).filter((d) => d.startsWith('copydesk')).join(', ')}`);

let browser;
let server;
let code = 0;
try {
  const started = await startCodeServer({ scratch, userDir, extDir });
  server = started.server;
  const port = started.port;
  browser = await launchChromium();
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
  server?.kill('SIGTERM');
}
process.exit(code);
