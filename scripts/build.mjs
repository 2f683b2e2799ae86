// Bundles the CLI (and, when present, the extension) with esbuild.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, chmodSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  minify: process.argv.includes('--minify') || process.env.NODE_ENV === 'production',
  sourcemap: true,
  legalComments: 'none',
  // An ESM dependency reading import.meta.url reads __importMetaUrl instead (see bundle()).
  define: { COPYDESK_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__importMetaUrl' },
  logLevel: 'warning',
};

const shim = "var __importMetaUrl = require('url').pathToFileURL(__filename).href;";

/**
 * Builds one bundle, with the import.meta.url shim as its first line only if the bundle reads it
 * (none does now): run at every start, require('url') and pathToFileURL cost some 0.6 ms.
 */
async function bundle(options) {
  await build(options);
  if (readFileSync(options.outfile, 'utf8').includes('__importMetaUrl')) await build({ ...options, banner: { js: shim } });
}

/**
 * A name for a bundle's content, built into its launcher: the launcher's code cache is named after
 * it, so a cache is never read for another build (see src/common/codeCache.ts).
 */
const contentId = (file) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);

// The CLI: a small launcher (flags, code cache) and the bundle it loads.
await bundle({ ...common, entryPoints: ['src/cli/index.ts'], outfile: 'dist/copydesk-cli.js' });
await build({
  ...common,
  entryPoints: ['src/cli/launch.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node' },
  define: { ...common.define, COPYDESK_BUNDLE_ID: JSON.stringify(contentId('dist/copydesk-cli.js')) },
});
chmodSync('dist/cli.js', 0o755);

// The engine alone, for the benchmarks and for other tools that want findings in process.
await bundle({ ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' });

if (existsSync('src/extension/extension.ts')) {
  await bundle({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] });
  await bundle({ ...common, entryPoints: ['src/extension/worker.ts'], outfile: 'dist/worker.js' });
  // The worker's entry: runs dist/worker.js through a code cache (see src/common/codeCache.ts).
  await bundle({
    ...common,
    entryPoints: ['src/extension/workerLaunch.ts'],
    outfile: 'dist/worker-launch.js',
    define: { ...common.define, COPYDESK_BUNDLE_ID: JSON.stringify(contentId('dist/worker.js')) },
  });
}
