// The CLI's text and SARIF outputs read analyzeFindings(), which skips the claims and people, and
// its JSON reads analyzeStreamed(), which makes the claims as they are written: both must give
// exactly what analyze() gives.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, analyzeFindings, analyzeStreamed } from '../../src/core/analyze';

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

describe('analyzeFindings and analyzeStreamed', () => {
  it('give analyze()\'s result (analyzeFindings: its findings, words and notices) for every draft of the corpus, the examples and the seeds', () => {
    const all = drafts();
    assert.ok(all.length >= 30, `only ${all.length} drafts found`);
    let findings = 0;
    let claims = 0;
    for (const [name, text] of all) {
      const whole = analyze(text);
      const alone = analyzeFindings(text);
      assert.deepEqual(alone, { findings: whole.findings, words: whole.words, notices: whole.notices }, name);
      findings += alone.findings.length;
      const streamed = analyzeStreamed(text);
      assert.deepEqual({ ...streamed, claims: [...streamed.claims] }, whole, name);
      claims += whole.claims.length;
    }
    assert.ok(findings > 100 && claims > 300, `only ${findings} findings and ${claims} claims: the comparison proves little`);
  });

  it('honours the options and reports notices as analyze() does', () => {
    const text = '---\ntitle: unclosed\n\nThe council said 40 homes flooded. About 12,000 people were evacuated.\n\nMilley spoke.\n';
    for (const options of [{}, { rules: { 'unattributed-figure': 'off' as const } }, { ignore: ['Milley'] }]) {
      const whole = analyze(text, options);
      const alone = analyzeFindings(text, options);
      assert.deepEqual(alone, { findings: whole.findings, words: whole.words, notices: whole.notices }, JSON.stringify(options));
      const streamed = analyzeStreamed(text, options);
      assert.deepEqual({ ...streamed, claims: [...streamed.claims] }, whole, JSON.stringify(options));
    }
    assert.ok(analyze(text).notices.length > 0, 'the broken front matter gives a notice');
    assert.notDeepEqual(analyzeFindings(text).findings, analyzeFindings(text, { rules: { 'unattributed-figure': 'off' } }).findings);
  });
});
