// The accuracy floor: precision and recall per category on the labelled corpus
// (test/corpus) may not drop below the figures recorded in
// test/corpus/accuracy-baseline.json. Raise the recorded figures as rules improve.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '../../..');
const BASELINE = path.join(ROOT, 'test/corpus/accuracy-baseline.json');

interface Row {
  precision: number;
  recall: number;
}

function measure(set: 'main' | 'heldout'): { table: Record<string, Row>; falsePositivesPer1000CleanWords: number; labelErrors: string[]; files: number } {
  if (!fs.existsSync(path.join(ROOT, 'dist/core.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const args = [path.join(ROOT, 'scripts/bench-accuracy.mjs'), '--json', ...(set === 'heldout' ? ['--heldout'] : [])];
  return JSON.parse(execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 }));
}

describe('accuracy on the labelled corpus', function () {
  this.timeout(120000);
  const baseline: Record<string, { categories: Record<string, Row>; maxFalsePositivesPer1000CleanWords: number }> = fs.existsSync(BASELINE)
    ? JSON.parse(fs.readFileSync(BASELINE, 'utf8'))
    : {};

  for (const set of ['main', 'heldout'] as const) {
    it(`does not fall below the recorded precision and recall (${set})`, function () {
      const floor = baseline[set];
      if (!floor) this.skip();
      const r = measure(set);
      assert.deepEqual(r.labelErrors, [], 'every label names text in its draft');
      assert.ok(r.files >= 10, `${set}: ${r.files} drafts`);
      for (const [category, want] of Object.entries(floor.categories)) {
        const got = r.table[category];
        assert.ok(got.precision >= want.precision - 1e-9, `${set} ${category}: precision ${got.precision.toFixed(3)} < recorded ${want.precision}`);
        assert.ok(got.recall >= want.recall - 1e-9, `${set} ${category}: recall ${got.recall.toFixed(3)} < recorded ${want.recall}`);
      }
      assert.ok(
        r.falsePositivesPer1000CleanWords <= floor.maxFalsePositivesPer1000CleanWords + 1e-9,
        `${set}: ${r.falsePositivesPer1000CleanWords.toFixed(2)} false positives per 1,000 clean words > ${floor.maxFalsePositivesPer1000CleanWords}`,
      );
    });
  }
});
