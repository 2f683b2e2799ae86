// Writes the rule settings in package.json from the rule registry, so the
// settings UI can never drift from the engine (test/unit/manifest.test.ts checks).
import { buildSync } from 'esbuild';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = join(mkdtempSync(join(tmpdir(), 'copydesk-manifest-')), 'rules.cjs');
buildSync({ entryPoints: ['src/core/rules/index.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error' });
const { RULES } = createRequire(import.meta.url)(out);

const pkgPath = new URL('../package.json', import.meta.url);
const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
const props = pkg.contributes.configuration.properties;
for (const key of Object.keys(props)) if (key.startsWith('copydesk.rules.')) delete props[key];
RULES.forEach((r, i) => {
  props[`copydesk.rules.${r.id}`] = {
    type: 'string',
    enum: ['default', 'off', 'error', 'warning', 'information', 'hint'],
    enumDescriptions: [`The rule's default (${r.defaultSeverity})`, 'Never report', 'Error', 'Warning', 'Information', 'Hint'],
    default: 'default',
    scope: 'resource',
    order: 10 + i,
    markdownDescription: `**${r.id}** (${r.category}): ${r.description} A \`.copydesk.json\` beside the draft overrides this.`,
  };
});
writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
console.log(`wrote ${RULES.length} rule settings to package.json`);
