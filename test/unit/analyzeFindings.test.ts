// The CLI's text and SARIF outputs read analyzeFindings(), which skips the claims and people: its
// findings, words and notices must be exactly analyze()'s. (analyze() is analyzeStreamed() with its
// claims read into a list; test/unit/cli.test.ts checks that the JSON reads them piece by piece.)
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, analyzeFindings } from '../../src/core/analyze';

const ROOT = path.join(__dirname, '../../..');

function drafts(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(md|txt)$/.test(e.name)) out.push([path.relative(ROOT, p), fs.readFileSync(p, 'utf8')]);
    }
  };
  walk(path.join(ROOT, 'test/corpus'));
  walk(path.join(ROOT, 'examples'));
  walk(path.join(ROOT, '../shared/seeds'));
  return out;
}

describe('analyzeFindings', () => {
  it('gives analyze()\'s findings, words and notices for every draft of the corpus, the examples and the seeds', () => {
    const all = drafts();
    assert.ok(all.length >= 30, `only ${all.length} drafts found`);
    let findings = 0;
    for (const [name, text] of all) {
      const whole = analyze(text);
      const alone = analyzeFindings(text);
      assert.deepEqual(alone, { findings: whole.findings, words: whole.words, notices: whole.notices }, name);
      findings += alone.findings.length;
    }
    assert.ok(findings > 100, `only ${findings} findings: the comparison proves little`);
  });

  it('honours the options and reports notices as analyze() does', () => {
    const text = '---\ntitle: unclosed\n\nThe council said 40 homes flooded. About 12,000 people were evacuated.\n\nMilley spoke.\n';
    for (const options of [{}, { rules: { 'unattributed-figure': 'off' as const } }, { ignore: ['Milley'] }]) {
      const whole = analyze(text, options);
      const alone = analyzeFindings(text, options);
      assert.deepEqual(alone, { findings: whole.findings, words: whole.words, notices: whole.notices }, JSON.stringify(options));
    }
    assert.ok(analyze(text).notices.length > 0, 'the broken front matter gives a notice');
    assert.notDeepEqual(analyzeFindings(text).findings, analyzeFindings(text, { rules: { 'unattributed-figure': 'off' } }).findings);
  });
});
