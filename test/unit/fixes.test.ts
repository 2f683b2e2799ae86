// Every fix, applied to the drafts it was offered on, must remove its finding
// and leave the rest of the document checkable (markdownlint's habit).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { LineIndex } from '../../src/core/positions';
import { applyFix } from './helpers';

const ROOT = path.join(__dirname, '../../..');
const DRAFTS = ['examples/draft.md', 'test/fixtures/cli/story.md'];

describe('applying every fix', () => {
  for (const draft of DRAFTS) {
    it(`removes each fixable finding in ${draft}`, () => {
      const text = fs.readFileSync(path.join(ROOT, draft), 'utf8');
      const before = analyze(text).findings;
      const fixable = before.filter((f) => f.fixes.length > 0);
      assert.ok(fixable.length >= 3, `${draft} should offer fixes`);
      for (const f of fixable) {
        for (const fix of f.fixes) {
          const fixed = applyFix(text, fix);
          assert.notEqual(fixed, text, `${f.rule}: "${fix.title}" changes the text`);
          const lines = new LineIndex(fixed);
          const at = new LineIndex(text).offset(f.range.start);
          const still = analyze(fixed).findings.filter((x) => x.rule === f.rule && lines.offset(x.range.start) === at);
          assert.deepEqual(still.map((x) => x.message), [], `${f.rule} "${f.text}" survives "${fix.title}"`);
        }
      }
    });
  }
});
