// The desktop launcher for the same suite: @vscode/test-electron, where a
// desktop VS Code can be downloaded or is installed (VSCODE_EXECUTABLE).
// On machines without one, scripts/test-integration.mjs runs the suite in code-server.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-it-'));
  fs.cpSync(path.join(root, 'test/integration/workspace'), workspace, { recursive: true });
  // A profile of its own for each run, as the code-server runner has: the extension's storage
  // (its worker's code cache, which a test looks for) starts empty.
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-it-user-'));
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(__dirname, 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${userData}`],
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE,
    extensionTestsEnv: { COPYDESK_TEST_RESULTS: path.join(workspace, 'results.json') },
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
