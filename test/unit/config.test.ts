import * as assert from 'node:assert/strict';
import { ConfigError, mergeOptions, parseConfig } from '../../src/core/config';

describe('.copydesk.json', () => {
  it('reads rules, people, ignore and dateline', () => {
    const c = parseConfig(
      JSON.stringify({
        rules: { 'unattributed-figure': 'off', 'name-variant': { severity: 'error' }, 'range-order': 'info' },
        people: ['Mark Milley', { name: 'Colin Kahl', title: 'Under Secretary', aliases: ['Kahl'] }],
        ignore: ['Zelenskyy'],
        dateline: '2022-11-10',
      }),
      '.copydesk.json',
    );
    assert.deepEqual(c.rules, { 'unattributed-figure': 'off', 'name-variant': 'error', 'range-order': 'information' });
    assert.deepEqual(c.people, [{ name: 'Mark Milley' }, { name: 'Colin Kahl', title: 'Under Secretary', aliases: ['Kahl'] }]);
    assert.deepEqual(c.ignore, ['Zelenskyy']);
    assert.equal(c.dateline, '2022-11-10');
  });

  for (const [json, message] of [
    ['{', /^desk\/\.copydesk\.json: is not valid JSON/],
    ['[]', /^desk\/\.copydesk\.json: must hold a JSON object$/],
    ['{"rule": {}}', /^desk\/\.copydesk\.json: "rule" is not a known key/],
    ['{"rules": {"nope": "off"}}', /^desk\/\.copydesk\.json: "rules\.nope" is not a Copydesk rule/],
    ['{"rules": {"range-order": "loud"}}', /"rules\.range-order" must be "off", "error", "warning", "information" or "hint"$/],
    ['{"people": [{"title": "Gen."}]}', /"people\[0\]\.name" must be a non-empty string$/],
    ['{"people": [{"name": "A B", "aliases": "B"}]}', /"people\[0\]\.aliases" must be an array of strings$/],
    ['{"ignore": "Milley"}', /"ignore" must be an array of strings$/],
    ['{"dateline": "10/11/2022"}', /"dateline" must be a date written YYYY-MM-DD$/],
  ] as const) {
    it(`rejects ${json} naming the file and key`, () => {
      assert.throws(() => parseConfig(json, 'desk/.copydesk.json'), (e: unknown) => e instanceof ConfigError && message.test(e.message));
    });
  }

  it('merges with later sources winning for rules and lists joined', () => {
    const m = mergeOptions({ rules: { 'range-order': 'off' }, ignore: ['A'] }, { rules: { 'range-order': 'error' }, ignore: ['B'], dateline: '2024-01-01' });
    assert.deepEqual(m, { rules: { 'range-order': 'error' }, people: [], ignore: ['A', 'B'], dateline: '2024-01-01' });
  });
});
