import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { findings, fixClears, none, one } from '../helpers';

const RULE = 'unattributed-figure';

describe('unattributed-figure', () => {
  it('flags a count stated as fact and offers a visible source placeholder', () => {
    const text = 'Russia gathered 25,000 troops near the river.\n';
    const f = one(text, RULE, '25,000');
    assert.deepEqual(f.range, { start: { line: 0, character: 16 }, end: { line: 0, character: 22 } });
    assert.equal(f.message, '"25,000" is stated as fact with no source.');
    assert.equal(f.fixes[0].title, 'Add a source placeholder');
    fixClears(text, RULE, f, 'Russia gathered 25,000 troops near the river, according to [SOURCE].\n');
  });

  it('flags money and percentages, each figure on its own, with one placeholder for the sentence', () => {
    const fs = findings('The deficit grew to $3.5 billion, up 7.4 percent.', RULE);
    assert.deepEqual(fs.map((f) => [f.text, f.message]), [
      ['$3.5 billion', '"$3.5 billion" is stated as fact with no source.'],
      ['7.4 percent', '"7.4 percent" is stated as fact with no source.'],
    ]);
    assert.deepEqual(fs[0].fixes, fs[1].fixes);
  });

  it('flags a ratio ("one in five") and a range', () => {
    one('One in five adults has no doctor.', RULE, 'One in five');
    one('The storm destroyed 20,000 to 30,000 homes.', RULE, '20,000 to 30,000');
  });

  for (const [name, text] of [
    ['said', 'The mayor said 25,000 homes lost power.'],
    ['told reporters', 'Chief Ana Ruiz told reporters that 40 officers were hurt.'],
    ['according to', 'About 40,000 people left, according to the Red Cross.'],
    ['in a statement', 'In a statement, the ministry put the toll at 212 dead.'],
    ['data show', 'State data show 12,500 students missed school.'],
    ['the results show', 'Fenstermacher won 64 percent of the vote, the results show.'],
    ['the box score shows', 'The Gulls turned 17 turnovers into 24 points, the box score shows.'],
    ['the minutes show', 'The town spent $2.1 million on the roof, the meeting minutes show.'],
    ['surveyed by', 'Analysts surveyed by FactSet had expected earnings of $1.29 a share.'],
    ['polled by', 'Economists polled by Reuters expected growth of 3 percent.'],
    ['compiled by', 'Figures compiled by the Red Cross put the toll at 40.'],
    ['a named estimate', 'A Pentagon estimate put losses at 70,000 soldiers.'],
    ['passive with an agent', 'The damage was estimated by insurers at $4 billion.'],
    ['a quote with a speaker after it', '“We lost 300 homes in one night,” said Mayor Jo Park.'],
    ['a quote with a speaker before it', 'Park said: “We lost 300 homes in one night.”'],
    ['a public body\'s own vote', 'The City Council voted 6-1 on Tuesday to spend $6.2 million on drains.'],
    ['a follow-up sentence', 'The county said 41 people died. Another 112 were injured.'],
    ['a short attribution after', 'The river rose 4 feet and flooded 900 homes. That is according to the county.'],
  ]) {
    it(`stays silent on an attributed figure (${name})`, () => none(text, RULE));
  }

  it('treats a passive "are estimated" with no agent as unattributed', () => {
    one('More than 10,000 people are estimated to have fled.', RULE, '10,000');
  });

  it('does not count "an estimated" as a source', () => {
    one('An estimated 15,000 fans attended.', RULE, '15,000');
  });

  it('names the source after "In a statement," rather than the setting', () => {
    const r = analyze('In a statement, the Tessa County Health Department said 37 wells were tainted.');
    assert.equal(r.claims[0].status, 'attributed');
    assert.equal(r.claims[0].source?.name, 'Tessa County Health Department');
  });

  it('reads game statistics and a venue\'s capacity as events, not claims', () => {
    none('Jalen Brooks scored 31 points and made 11 of 19 shots as the Hawks won 102-99 at an arena that seats 18,500.', RULE);
  });

  it('names a generic source ("the team said")', () => {
    assert.equal(analyze('Attendance was 18,211, the team said.').claims[0].source?.name, 'team');
  });

  it('does not read a phone short code as a figure', () => {
    none('Residents can report damage by calling 311 or visiting City Hall.', RULE);
  });

  it('stays silent on dates, years, ages, scores, times, addresses, labels and small counts', () => {
    none('On Nov. 9, 2022, a 34-year-old man from 12 Elm Street watched the 24-17 win at 7 p.m. on Route 66.', RULE);
    none('Three people were hurt in 1998. Section 230 and the F/A-18 came up. She spoke for 20 minutes.', RULE);
  });

  it('stays silent on headings, code, URLs, HTML comments and front matter', () => {
    none('---\ntitle: 40,000 homes\ndate: 2024-03-01\n---\n# 40,000 homes lost power\n\n`40,000 homes` and [see](https://x.org/40000)\n\n```\n40,000 homes\n```\n\n<!-- 40,000 homes -->\n', RULE);
  });

  it('is covered by a lead-in for a list', () => {
    none('The health ministry listed these figures:\n\n- 1,200 new cases\n- 300 in hospital\n', RULE);
  });

  it('flags an unattributed list item', () => {
    one('What we know:\n\n- 1,200 new cases\n- Schools are closed\n', RULE, '1,200');
  });

  it('reports a table once, and a "Source:" line silences it', () => {
    const table = '| Town | Homes |\n|---|---|\n| Alden | 1,200 |\n| Brook | 3,400 |\n';
    const fs = findings(table, RULE);
    assert.equal(fs.length, 1);
    assert.equal(fs[0].text, '1,200');
    assert.match(fs[0].message, /table's figures \("1,200" and 1 more\)/);
    none(`${table}\nSource: County assessor\n`, RULE);
  });

  it('can be silenced with a disable-next-line comment', () => {
    none('<!-- copydesk-disable-next-line unattributed-figure -->\nRussia gathered 25,000 troops.\n', RULE);
    one('<!-- copydesk-disable-next-line name-variant -->\nRussia gathered 25,000 troops.\n', RULE, '25,000');
  });

  it('can be silenced for a region and re-enabled', () => {
    const text = '<!-- copydesk-disable unattributed-figure -->\n\nRussia gathered 25,000 troops.\n\n<!-- copydesk-enable unattributed-figure -->\n\nThey lost 4,000 tanks.\n';
    assert.deepEqual(findings(text, RULE).map((f) => f.text), ['4,000']);
  });
});

describe('sources named after "by"', () => {
  it('names the agent as the claim\'s source, and no more than its name', () => {
    const claims = analyze('Analysts surveyed by FactSet had expected earnings of $1.29 a share.\n\nFigures compiled by the Red Cross put the toll at 40.\n').claims;
    assert.deepEqual(claims.map((c) => [c.status, c.source?.name, c.source?.range]), [
      ['attributed', 'FactSet', { start: { line: 0, character: 21 }, end: { line: 0, character: 28 } }],
      ['attributed', 'Red Cross', { start: { line: 2, character: 20 }, end: { line: 2, character: 33 } }],
    ]);
  });

  it('is no cue without a named agent: "surveyed by phone", "compiled by Monday", "tracked by forecasters"', () => {
    const f = one('Adults surveyed by phone put the figure at 40 percent.', RULE, '40 percent');
    assert.deepEqual(f.range, { start: { line: 0, character: 43 }, end: { line: 0, character: 53 } });
    one('A list compiled by Monday had 40 names.', RULE, '40');
    one("Voters surveyed by Tuesday's deadline numbered 400.", RULE, '400');
    one('Voters surveyed by Election Day numbered 400.', RULE, '400');
    one('The storm, tracked by forecasters for days, killed 12 people.', RULE, '12');
  });

  it('still flags what crews, police or investigators did, stated as fact', () => {
    for (const text of ['Crews surveyed 400 homes.', 'Investigators interviewed 30 witnesses.', 'Doctors examined 200 patients.', 'The school enrolled 1,200 students this fall.']) {
      assert.equal(findings(text, RULE).length, 1, text);
    }
  });

  it('reads results, returns and minutes as the subject only right before the verb', () => {
    one('Minutes later, rescuers found 12 survivors.', RULE, '12');
    one('After early returns, crews counted 400 ballots.', RULE, '400');
    none('The town spent $2.1 million on the roof, the meeting minutes show.', RULE);
    none('Results from the primary show Ruiz won 58 percent of the vote.', RULE);
    none('Transcripts of the hearing show Kessler was paid $40,000.', RULE);
  });
});

describe('suppression comments', () => {
  it('read rule ids up to a note after ":" and apply to every rule without ids', () => {
    none('<!-- copydesk-disable: quoted errors below -->\n\nRussia gathered 25,000 troops.\n', 'unattributed-figure');
    none('<!-- copydesk-disable unattributed-figure: our own count -->\n\nWe counted 2,500 tents.\n', 'unattributed-figure');
    one('<!-- copydesk-disable malformed-number -- spinner copy -->\n\nRussia gathered 2,500 tanks.\n', 'unattributed-figure', '2,500');
  });
});
