import * as assert from 'node:assert/strict';
import { findings, fixClears, none, one } from '../helpers';

describe('inconsistent-figure', () => {
  const RULE = 'inconsistent-figure';
  it('flags the later of two values for the same count, pointing at the first', () => {
    const text = 'Officials said 41 people were killed in the blast.\n\nBy evening, police said 44 people were killed.\n';
    const f = one(text, RULE, '44');
    assert.equal(f.message, '"44" does not match "41" given earlier for the same count (people killed).');
    assert.deepEqual(f.related, [{ message: 'first given as "41" here', range: { start: { line: 0, character: 15 }, end: { line: 0, character: 17 } } }]);
    fixClears(text, RULE, f, 'Officials said 41 people were killed in the blast.\n\nBy evening, police said 41 people were killed.\n');
  });

  it('names a noun that is also an Object.prototype key as the noun ("constructors")', () => {
    const f = one('Some 40 constructors, officials said.\n\nThe 55 constructors, officials said.\n', RULE, '55');
    assert.equal(f.message, '"55" does not match "40" given earlier for the same constructor.');
  });

  it('treats troops and soldiers as one noun', () => {
    one('The ministry said 20,000 troops were killed. Later it said 35,000 soldiers were killed.', RULE, '35,000');
  });

  it('accepts hedged values that overlap', () => {
    none('Officials said about 40,000 civilians were killed. The mayor said 41,000 civilians were killed.', RULE);
    none('More than 100,000 troops were wounded, officials said. Milley said 120,000 troops were wounded.', RULE);
  });

  it('does not compare different events, nouns or groups', () => {
    none('Officials said 40 people were killed and 120 people were injured.', RULE);
    none('Police said 40 people were arrested. Medics said 90 residents were evacuated.', RULE);
    none('Officials said 300 Russian troops were killed and 200 Ukrainian troops were killed.', RULE);
  });

  it('ignores changes over time', () => {
    none('The toll rose from 40 to 52 deaths. Officials said 52 people were killed.', RULE);
    none('In August, the Pentagon said 70,000 troops were killed, up from 50,000 troops killed earlier.', RULE);
  });

  it('compares counts in sentences that say where people came from', () => {
    one('About 1,400 residents were evacuated from low streets, the mayor said. She later said 1,900 residents were evacuated in all.', RULE, '1,900');
  });

  it('finds a specific noun behind a modifier ("operating budget leaves")', () => {
    one('The $48.6 million operating budget is set, the clerk said. The $46.8 million operating budget leaves little room, he said.', RULE, '$46.8 million');
  });

  it('does not compare counts given for different days: a toll revised from day to day', () => {
    none('On Wednesday, officials said 11 people had died. On Thursday, officials said 14 people had died.', RULE);
    none('Tolls:\n\n- Wednesday: officials said 11 people had died.\n- Thursday: officials said 14 people had died.\n', RULE);
    none('On Aug. 12, officials said 11 people had died. On Aug. 13, officials said 14 people had died.', RULE);
  });

  it('still compares counts of the same day, however its date is written, and a count with a day against one with none', () => {
    const f = one('On Aug. 12, officials said 11 people had died. Late on August 12, officials said 14 people had died.', RULE, '14');
    assert.deepEqual(f.range, { start: { line: 0, character: 81 }, end: { line: 0, character: 83 } });
    one('Officials said 11 people had died. On Thursday, officials said 14 people had died.', RULE, '14');
    one('On Monday, officials said 11 people had died. Officials said 14 people had died on Monday.', RULE, '14');
    one('On Aug. 12, officials said 11 people had died. Officials said 14 people had died on August 12, the agency said.', RULE, '14');
    one('Officials said 40 people were killed in Ashby. Officials said 45 people were killed in Ashby on Monday.', RULE, '45');
  });

  it('leaves out values expected, forecast, proposed or requested, but compares the levels stated', () => {
    none('The company said revenue was $2.84 billion. Analysts had expected revenue of $2.79 billion, the company said.', RULE);
    none('# Council passes $412 million budget\n\nMayor Luis Carrasquillo, who proposed a $409 million budget in April, said he would sign it.\n', RULE);
    none('The governor proposed a $52 billion budget in January. Senate Democrats proposed a $54 billion budget.', RULE);
    none('The agency requested a $12 million budget. Lawmakers approved a $10 million budget.', RULE);
    one('The company said revenue was $2.84 billion. Later it said revenue was $2.79 billion.', RULE, '$2.79 billion');
  });

  it('does not compare counts of different days in one place, nor of different months', () => {
    none('On Monday, officials said 11 people had died in Ashby. On Tuesday, officials said 14 people had died in Ashby.', RULE);
    none('The county recorded 41 overdose deaths in May 2024. The county recorded 37 overdose deaths in June 2024.', RULE);
  });

  it('compares a specific noun such as a budget without an event word', () => {
    one('The council said the budget of $3.5 billion was approved. Critics said the $3.2 billion budget was too small.', RULE, '$3.2 billion');
  });
});

describe('percentage-arithmetic', () => {
  const RULE = 'percentage-arithmetic';
  it("flags '12 of 40 nurses, or 20 percent' and offers 30 percent", () => {
    const text = 'The union said 12 of 40 nurses, or 20 percent, quit.';
    const f = one(text, RULE, '20 percent');
    assert.equal(f.message, '12 of 40 is 30 percent, not "20 percent".');
    assert.equal(f.fixes[0].title, 'Change to "30 percent"');
    fixClears(text, RULE, f, 'The union said 12 of 40 nurses, or 30 percent, quit.');
  });

  it('accepts a correctly rounded share', () => {
    none('The union said 12 of 36 nurses, or 33 percent, quit.', RULE);
    none('The union said 1 of 3 nurses, or 33.3 percent, quit.', RULE);
  });

  it("flags 'rose 25 percent from 200 to 300' and offers 50", () => {
    const text = 'Enrollment rose 25 percent from 200 to 300, the district said.';
    const f = one(text, RULE, '25 percent');
    assert.equal(f.message, 'From 200 to 300 is a rise of 50 percent, not "25 percent".');
    fixClears(text, RULE, f, 'Enrollment rose 50 percent from 200 to 300, the district said.');
  });

  it('flags a rise that is really a fall', () => {
    const f = one('Sales rose 20 percent from 500 to 400, the company said.', RULE, '20 percent');
    assert.equal(f.message, 'From 500 to 400 is a fall of 20 percent, not a rise.');
  });

  it("checks 'from A to B, a P percent increase'", () => {
    one('Rents went from 1,000 to 1,100, a 20 percent increase, the agency said.', RULE, '20 percent');
    none('Rents went from 1,000 to 1,100, a 10 percent increase, the agency said.', RULE);
  });

  it('flags poll shares that add up past 100', () => {
    const fs = findings('The poll found 48 percent supported the plan, 41 percent opposed it and 17 percent were undecided.', RULE);
    assert.equal(fs.length, 1);
    assert.equal(fs[0].message, 'These shares add up to 106 percent (48 + 41 + 17), more than the whole.');
  });

  it('does not add up unrelated percentages', () => {
    none('The poll found 48 percent supported the plan in 2020 and 61 percent supported it in 2024.', RULE);
    none('Inflation hit 80 percent while unemployment reached 40 percent, officials said.', RULE);
  });
});

describe('range-order', () => {
  const RULE = 'range-order';
  it("flags 'between 80,000 and 70,000' and offers the swap", () => {
    const text = 'Officials said between 80,000 and 70,000 people fled.';
    const f = one(text, RULE, '80,000 and 70,000');
    assert.equal(f.message, 'The range "80,000 and 70,000" runs from high to low; did you mean "70,000 and 80,000"?');
    fixClears(text, RULE, f, 'Officials said between 70,000 and 80,000 people fled.');
  });

  it('swaps only the numbers when a scale word is shared', () => {
    const text = 'The city said it needs $30 to $20 million.';
    const f = one(text, RULE, '$30 to $20 million');
    fixClears(text, RULE, f, 'The city said it needs $20 to $30 million.');
  });

  it('stays silent on ordered ranges, changes, scores and tallies', () => {
    none('Officials said between 70,000 and 80,000 people fled, 20,000 to 30,000 troops stayed.', RULE);
    none('The index fell from 300 to 200. The Senate voted 52 to 48. The Hawks won 102 to 99.', RULE);
    none('They cut the staff 400 to 300, the report said.', RULE);
  });
});

describe('weekday-date', () => {
  const RULE = 'weekday-date';
  it('flags a weekday that does not match its date and offers the right one', () => {
    const text = 'The hearing opened Tuesday, March 3, 2021, in Dover.';
    const f = one(text, RULE, 'Tuesday');
    assert.equal(f.message, 'March 3, 2021 was a Wednesday, not a Tuesday.');
    fixClears(text, RULE, f, 'The hearing opened Wednesday, March 3, 2021, in Dover.');
  });

  it('accepts a matching weekday and British order', () => {
    none('The hearing opened Wednesday, March 3, 2021, and closed on Friday 5 March 2021.', RULE);
  });

  it('uses the front matter date for the year when none is written', () => {
    const text = '---\ndate: 2022-11-10\n---\nThe talks began Monday, Nov. 9, in Geneva.\n';
    const f = one(text, RULE, 'Monday');
    assert.equal(f.message, 'November 9, 2022 was a Wednesday, not a Monday.');
    none('The talks began Monday, Nov. 9, in Geneva.\n', RULE);
  });

  it('flags a date that does not exist', () => {
    one('It closed Friday, Feb. 30, 2024, after the vote.', RULE, 'Friday, Feb. 30, 2024');
  });
});

describe('impossible-percentage', () => {
  const RULE = 'impossible-percentage';
  it('flags a fall of more than 100 percent', () => {
    const f = one('Shares fell 120 percent on Monday, traders said.', RULE, '120 percent');
    assert.equal(f.message, 'A fall of "120 percent" is impossible: nothing can fall by more than 100 percent.');
  });
  it('flags a share of a group above 100 percent', () => {
    one('The poll said 110 percent of voters backed the plan.', RULE, '110 percent');
  });
  it('allows rises and ratios above 100 percent', () => {
    none('Prices rose 150 percent. Debt reached 120 percent of GDP. The hospital ran at 130 percent of capacity.', RULE);
  });
});
