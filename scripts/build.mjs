// Bundles the CLI (and, when present, the extension) with esbuild.
import { build } from 'esbuild';
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
  // Some dependencies are ESM and read import.meta.url; in a CommonJS bundle it comes from __filename.
  define: { COPYDESK_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__importMetaUrl' },
  logLevel: 'warning',
};

const shim = "var __importMetaUrl = require('url').pathToFileURL(__filename).href;";

// The CLI: a small launcher (flags, code cache) and the bundle it loads.
await build({ ...common, entryPoints: ['src/cli/index.ts'], outfile: 'dist/copydesk-cli.js', banner: { js: shim } });
await build({ ...common, entryPoints: ['src/cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } });
chmodSync('dist/cli.js', 0o755);

// The engine alone, for the benchmarks and for other tools that want findings in process.
await build({ ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js', banner: { js: shim } });

if (existsSync('src/extension/extension.ts')) {
  await build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], banner: { js: shim } });
  await build({ ...common, entryPoints: ['src/extension/worker.ts'], outfile: 'dist/worker.js', banner: { js: shim } });
}
