// The CLI's text and SARIF outputs read analyzeFindings(), which skips the claims and people: its
// findings, words and notices must be exactly analyze()'s. (analyze() is analyzeStreamed() with its
// claims read into a list; test/unit/cli.test.ts checks that the JSON reads them piece by piece.)
// The extension, with the Claims view closed, reads analyzeStreamed()'s countClaims() alone: its
// counts must be those of analyze()'s claims.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, analyzeFindings, analyzeStreamed, IncrementalAnalyzer } from '../../src/core/analyze';
import type { AnalysisResult, AnalyzeOptions, ClaimStatus } from '../../src/core/types';

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

  it('gives a fix edit over the finding\'s own text the finding\'s range object, and any other edit a range of its own', () => {
    let shared = 0;
    let own = 0;
    for (const [name, text] of drafts()) {
      for (const f of analyzeFindings(text).findings) {
        for (const e of f.fixes.flatMap((x) => x.edits)) {
          const over = JSON.stringify(e.range) === JSON.stringify(f.range);
          assert.equal(e.range === f.range, over, `${name}: ${f.rule} at ${JSON.stringify(f.range)}, edit at ${JSON.stringify(e.range)}`);
          if (over) shared++;
          else own++;
        }
      }
    }
    assert.ok(shared > 50, `only ${shared} edits over their finding's text`);
    assert.ok(own > 0, 'no edit elsewhere than its finding: the other half is untested');
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

/** analyze()'s claims counted by status. */
function tally(r: AnalysisResult): Record<ClaimStatus, number> {
  const counts: Record<ClaimStatus, number> = { flagged: 0, unattributed: 0, attributed: 0 };
  for (const c of r.claims) counts[c.status]++;
  return counts;
}

describe('analyzeStreamed().countClaims', () => {
  it('counts analyze()\'s claims by status for every draft of the corpus, the examples and the seeds', () => {
    const total: Record<ClaimStatus, number> = { flagged: 0, unattributed: 0, attributed: 0 };
    for (const [name, text] of drafts()) {
      const counts = analyzeStreamed(text).countClaims();
      assert.deepEqual(counts, tally(analyze(text)), name);
      for (const k of Object.keys(total) as ClaimStatus[]) total[k] += counts[k];
    }
    for (const [k, n] of Object.entries(total)) assert.ok(n > 20, `only ${n} ${k} claims: the comparison proves little`);
  });

  it('follows the options: with unattributed-figure off, an unsourced figure counts as attributed and an unsourced quote does not', () => {
    const text = 'About 12,000 people were evacuated.\n\nThe mood was grim. "We will rebuild everything."\n\nThe council said 40 homes flooded.\n';
    const cases: Array<[AnalyzeOptions, Record<ClaimStatus, number>]> = [
      [{}, { flagged: 0, unattributed: 2, attributed: 1 }],
      [{ rules: { 'unattributed-figure': 'off' } }, { flagged: 0, unattributed: 1, attributed: 2 }],
    ];
    for (const [options, expected] of cases) {
      assert.deepEqual(analyzeStreamed(text, options).countClaims(), expected, JSON.stringify(options));
      assert.deepEqual(tally(analyze(text, options)), expected, JSON.stringify(options));
    }
  });

  it('counts from the blocks an incremental analyzer kept as a whole analysis does', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8');
    const edits = [
      text,
      text.replace('More than 1,200 homes', 'Officials said more than 1,200 homes'),
      text.replace('forty,000', 'forty,001'),
      `Intro line.\n\n${text}`,
      text,
    ];
    const a = new IncrementalAnalyzer();
    const seen = new Set<string>();
    for (const t of edits) {
      const counts = a.analyzeStreamed(t).countClaims();
      assert.deepEqual(counts, tally(analyze(t)));
      seen.add(JSON.stringify(counts));
    }
    assert.ok(seen.size >= 2, 'the edits change the counts');
  });
});
