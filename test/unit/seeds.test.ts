// The two real articles the project was born from (../shared/seeds): the CLI
// must catch their mangled numbers and names without crying wolf on the
// attributed casualty figures. The seeds are read, never copied.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';

const SEEDS = path.join(__dirname, '../../../../shared/seeds');

describe('the seed articles', function () {
  const files = fs.existsSync(SEEDS) ? fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];
  before(function () {
    if (files.length === 0) this.skip();
  });
  const all = () => files.map((f) => analyze(fs.readFileSync(path.join(SEEDS, f), 'utf8')));

  it('flags "forty,000" and "a hundred,000" as malformed numbers', () => {
    const texts = all().flatMap((r) => r.findings.filter((f) => f.rule === 'malformed-number').map((f) => f.text));
    assert.deepEqual(texts, ['forty,000', 'a hundred,000']);
  });

  it('flags "Milli" and "Mielle" as variants of "Milley"', () => {
    const found = all().flatMap((r) => r.findings.filter((f) => f.rule === 'name-variant').map((f) => f.text));
    assert.deepEqual(found, ['Milli', 'Mielle']);
    assert.ok(all().flatMap((r) => r.findings).filter((f) => f.rule === 'name-variant').every((f) => f.fixes[0].edits[0].newText === 'Milley'));
  });

  it('flags no other name than "Milli", "Cal" and "Mielle"', () => {
    const found = all().flatMap((r) => r.findings.filter((f) => f.category === 'misattributed-name').map((f) => f.text));
    assert.deepEqual(found, ['Milli', 'Cal', 'Mielle']);
  });

  it('flags "Cal", introduced by surname only', () => {
    const found = all().flatMap((r) => r.findings.filter((f) => f.category === 'misattributed-name' && f.text === 'Cal'));
    assert.equal(found.length, 1);
    assert.equal(found[0].rule, 'unintroduced-name');
  });

  it('does not flag the attributed casualty figures', () => {
    const unattributed = all().flatMap((r) => r.findings.filter((f) => f.rule === 'unattributed-figure').map((f) => f.text));
    for (const figure of ['100,000', '40,000', '20,000 to 30,000', '70,000 to 80,000', '13,000']) {
      assert.ok(!unattributed.includes(figure), `"${figure}" is attributed in the seeds`);
    }
    assert.deepEqual(unattributed, []);
  });

  it('lists the casualty claims with Milley as their source', () => {
    const claims = all().flatMap((r) => r.claims);
    const milley = claims.filter((c) => c.kind === 'figure' && c.source?.name === 'Mark Milley');
    assert.ok(milley.length >= 3, JSON.stringify(claims.map((c) => [c.status, c.source?.name, c.text.slice(0, 40)])));
  });
});
