import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { claimsSheet } from '../../src/extension/export';

const DRAFT = 'The mayor said 1,200 homes flooded.\n\nCrews filled forty,000 sandbags.\n\n“We held the line,” said Chief Ana Ruiz.\n';

describe('fact-check sheet export', () => {
  const claims = analyze(DRAFT).claims;

  it('writes a Markdown table with one row per claim', () => {
    const md = claimsSheet(claims, 'markdown', 'flood.md');
    assert.equal(
      md,
      [
        '# Fact-check sheet: flood.md',
        '',
        '3 claims: 1 flagged, 0 unattributed, 2 attributed.',
        '',
        '| # | Line | Status | Kind | Figures | Source | Claim | Checked |',
        '| ---: | ---: | --- | --- | --- | --- | --- | --- |',
        '| 1 | 1 | attributed | figure | 1,200 | mayor | The mayor said 1,200 homes flooded. |  |',
        '| 2 | 3 | flagged | figure | forty,000 |  | Crews filled forty,000 sandbags. |  |',
        '| 3 | 5 | attributed | quote |  | Ana Ruiz | “We held the line,” said Chief Ana Ruiz. |  |',
        '',
      ].join('\n'),
    );
  });

  it('writes CSV with quoting and no spreadsheet formulas', () => {
    const csv = claimsSheet(claims, 'csv', 'flood.md').split('\n');
    assert.equal(csv[0], '#,Line,Status,Kind,Figures,Source,Claim,Checked');
    assert.equal(csv[1], '1,1,attributed,figure,"1,200",mayor,"The mayor said 1,200 homes flooded.",');
    const risky = claimsSheet([{ ...claims[0], text: '=HYPERLINK("x")' }], 'csv', 'x').split('\n')[1];
    assert.ok(risky.includes(`"'=HYPERLINK(""x"")"`), risky);
  });
});
