// Runs the compiled mocha unit tests and ends with the plain closing line
// "N passed, N failed" that CI reads.
import Mocha from 'mocha';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function collect(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) collect(p, out);
    else if (name.endsWith('.test.js')) out.push(p);
  }
  return out;
}

const mocha = new Mocha({ reporter: 'spec', timeout: 20000, grep: process.env.GREP });
for (const f of collect('out/test/unit').sort()) mocha.addFile(f);
const runner = mocha.run((failures) => {
  const passed = runner.stats?.passes ?? 0;
  console.log(`\n${passed} passed, ${failures} failed`);
  process.exitCode = failures > 0 || passed === 0 ? 1 : 0;
});
