// package.json's settings and commands must match the engine and the code that registers them.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../src/core/rules';

const ROOT = path.join(__dirname, '../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('package.json manifest', () => {
  it('has one severity setting per registered rule, generated from the registry (npm run manifest)', () => {
    const props = pkg.contributes.configuration.properties;
    const ruleKeys = Object.keys(props).filter((k) => k.startsWith('copydesk.rules.')).sort();
    assert.deepEqual(ruleKeys, RULES.map((r) => `copydesk.rules.${r.id}`).sort());
    for (const r of RULES) {
      const p = props[`copydesk.rules.${r.id}`];
      assert.deepEqual(p.enum, ['default', 'off', 'error', 'warning', 'information', 'hint']);
      assert.ok(p.markdownDescription.includes(r.description), `${r.id} description`);
    }
  });

  it('registers in code every command it contributes, and contributes every command the code registers', () => {
    const src = fs.readdirSync(path.join(ROOT, 'src/extension')).map((f) => fs.readFileSync(path.join(ROOT, 'src/extension', f), 'utf8')).join('\n');
    const registered = [...src.matchAll(/register\('([\w.]+)'/g)].map((m) => m[1]).sort();
    const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(registered, contributed);
  });

  it('ships what the extension loads', () => {
    assert.equal(pkg.main, './dist/extension.js');
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
    for (const f of ['dist/extension.js', 'dist/worker.js', 'dist/worker-launch.js', 'docs/rules/**', 'media/copydesk.svg', 'syntaxes/**']) assert.ok(ignore.includes(`!${f}`), f);
    assert.ok(fs.existsSync(path.join(ROOT, pkg.contributes.viewsContainers.activitybar[0].icon)));
    assert.ok(fs.existsSync(path.join(ROOT, pkg.contributes.grammars[0].path)));
  });

  it('declares workspace trust and virtual workspace support', () => {
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(pkg.capabilities.virtualWorkspaces.supported, 'limited');
  });
});
