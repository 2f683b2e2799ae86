// Grammar tests: the injection grammar applied over VS Code's own Markdown
// grammar (taken from the code-server install that setup-vscode.sh makes).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cache = process.env.COPYDESK_CACHE ?? path.join(root, '.cache');
const markdown = path.join(cache, 'code-server/node_modules/code-server/lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json');
if (!fs.existsSync(markdown)) {
  console.error(`test-grammar: VS Code's Markdown grammar not found at ${markdown}; run scripts/setup-vscode.sh`);
  process.exit(2);
}
const tests = fs.readdirSync(path.join(root, 'test/grammar')).filter((f) => f.endsWith('.test.md')).map((f) => path.join('test/grammar', f));
// package.json contributes the injection grammar with injectTo; the tool reads it from the cwd.
const r = spawnSync(path.join(root, 'node_modules/.bin/vscode-tmgrammar-test'), ['-g', markdown, ...tests], { cwd: root, encoding: 'utf8', timeout: 120000 });
const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.split('\n').filter((l) => !l.startsWith('grammar not found')).join('\n');
process.stdout.write(out);
const failed = r.status === 0 ? 0 : tests.length;
console.log(`\ngrammar: ${tests.length - failed} passed, ${failed} failed`);
process.exit(r.status === 0 ? 0 : 1);
