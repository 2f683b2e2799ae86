// Cases a review of the text layer found wrong, each pinned after its fix.
import * as assert from 'node:assert/strict';
import { scanMarkdown } from '../../../src/core/markdown/scan';
import { findFigures } from '../../../src/core/text/numbers';
import { sentenceEnds } from '../../../src/core/text/sentences';
import { findings } from '../helpers';

const figs = (s: string) => findFigures(s).map((f) => ({ text: f.text, claim: f.claim, notClaim: f.notClaim, hedge: f.hedge, kind: f.kind, noun: f.noun }));

describe('figures: review regressions', () => {
  it('keeps "rose 12 percent to $4.5 billion" as two figures', () => {
    assert.deepEqual(findFigures('Sales rose 12 percent to $4.5 billion last year.').map((f) => [f.text, f.kind]), [['12 percent', 'percent'], ['$4.5 billion', 'money']]);
    assert.deepEqual(findFigures('Enrollment fell 8 percent to 40,000 students.').map((f) => f.text), ['8 percent', '40,000']);
  });
  it('reads a count after "March 3," as a count', () => {
    assert.deepEqual(figs('On March 3, 200 people were arrested.').map((f) => [f.text, f.claim]), [['3', false], ['200', true]]);
  });
  it('reads spans of years as years', () => {
    for (const s of ['Crime fell from 2015 to 2020 in the city.', 'Between 2010 and 2020, crime fell.', 'The 2010-2020 period saw growth.']) {
      assert.deepEqual(figs(s).map((f) => f.notClaim), ['year'], s);
    }
  });
  it('reads "no more than" as a cap and "no fewer than" as a floor', () => {
    assert.equal(figs('They sold no more than 100 tickets.')[0].hedge, 'under');
    assert.equal(figs('They sold no fewer than 500 tickets.')[0].hedge, 'over');
  });
  it('does not call a range a score because "lost" appears elsewhere', () => {
    assert.deepEqual(figs('Officials said 200 to 300 people lost their homes.').map((f) => f.claim), [true]);
    assert.deepEqual(figs('Police estimated 200-300 protesters.').map((f) => [f.text, f.claim]), [['200-300', true]]);
    assert.deepEqual(figs('The Hawks lost 3-1 on Sunday.').map((f) => f.notClaim), ['score']);
  });
  it('does not take a month before a figure for a label', () => {
    assert.deepEqual(figs('Since January 300 migrants have drowned.').map((f) => f.claim), [true]);
  });
  it('reads "24/7" as no figure', () => {
    assert.deepEqual(figs('The clinic runs 24/7.').map((f) => f.claim), [false, false]);
  });
  it('does not read "40 in 72 hours" as a ratio', () => {
    assert.deepEqual(figs('The storm killed 40 in 72 hours.').map((f) => [f.text, f.kind]), [['40', 'count'], ['72', 'count']]);
  });
  it('stops the noun before a verb', () => {
    assert.equal(figs('Police said 40,000 people marched.')[0].noun, 'people');
  });
  it('reads addresses before years, counts of things in four digits, and ages after "Jr."', () => {
    assert.equal(figs('He lives at 1600 Pennsylvania Avenue.')[0].notClaim, 'address');
    assert.deepEqual(figs('They hired 1500 workers.').map((f) => f.claim), [true]);
    assert.equal(figs('Martin Jones Jr., 34, said no.')[0].notClaim, 'age');
  });
});

describe('sentences: review regressions', () => {
  const count = (s: string) => sentenceEnds(s).length + 1;
  it('keeps "Roe v. Wade" whole', () => assert.equal(count('Roe v. Wade was overturned.'), 1));
  it('ends a sentence after a street abbreviation', () => assert.equal(count('The shop is at 12 Elm St. Police closed it.'), 2));
  it('keeps "St. Louis" whole', () => assert.equal(count('She moved to St. Louis last year.'), 1));
  it('ends a sentence after a lone capital when a sentence plainly starts', () => assert.equal(count('Voters backed Proposition C. The measure passed.'), 2));
  it('ends a sentence after a closing quote even after an abbreviation', () => assert.equal(count('He said, "No." Aides nodded.'), 2));
});

describe('markdown: review regressions', () => {
  it('reads a heading on line 1 after a byte-order mark', () => {
    const doc = scanMarkdown('\uFEFF# Troops killed 4,000 civilians in the city\n\nMore later.\n');
    assert.equal(doc.blocks[0].kind, 'heading');
    assert.equal(doc.blocks[0].start, 3);
    assert.deepEqual(findings('\uFEFF# Troops killed 4,000 civilians in the city\n\nMore later.\n', 'unattributed-figure'), []);
  });
  it('reads prose after an HTML comment on the same line', () => {
    const text = '<!-- check this --> The fire destroyed 3,000 homes.\n';
    const doc = scanMarkdown(text);
    assert.equal(doc.blocks.length, 1);
    assert.equal(doc.blocks[0].start, 20);
    assert.equal(doc.blocks[0].text, 'The fire destroyed 3,000 homes.');
    assert.deepEqual(findings(text, 'unattributed-figure').map((f) => f.text), ['3,000']);
  });
});

describe('rules: docs review regressions', () => {
  it('does not take sentence-opening plurals or pronouns for surnames', () => {
    assert.deepEqual(findings('Firefighters said the blaze was out. Organizers said 8,000 attended, police said.', 'unintroduced-name'), []);
    assert.deepEqual(findings('“Nobody told us the repairs were cancelled,” said Nell Kowalczyk, a parent.', 'unintroduced-name'), []);
  });
  it('reads a spelled-out title before a bare surname', () => {
    assert.deepEqual(findings('Sheriff Lindqvist said the jail was full.', 'unintroduced-name').map((f) => f.text), ['Lindqvist']);
  });
  it('reads "a parent" as a role', () => {
    const text = 'Castillo, a parent, said the school was cold. “My son wore his coat all day,” Castillo said.';
    assert.deepEqual(findings(text, 'unknown-speaker'), []);
    assert.deepEqual(findings(text, 'unintroduced-name').map((f) => f.text), ['Castillo']);
  });
  it('reads appositive ages', () => {
    assert.deepEqual(findings('The mayor, 52, met crews on Tuesday. The chief, who is 61, did not.', 'unattributed-figure'), []);
  });
  it('reads "Officials estimate" and "estimated at X by Y" as attribution', () => {
    assert.deepEqual(findings('Officials estimate that 40,000 people fled.', 'unattributed-figure'), []);
    assert.deepEqual(findings('The toll was estimated at 40,000 by the Red Cross.', 'unattributed-figure'), []);
  });
  it('keeps everyday nouns that are also game statistics as figures outside sport', () => {
    assert.deepEqual(findings('The city issued 4,000 parking passes.', 'unattributed-figure').map((f) => f.text), ['4,000']);
  });
  it('reads scores and vote tallies as scores, not ranges', () => {
    assert.deepEqual(findings('The Hawks won the game 110 to 104. The council voted 1,200 to 900 in favor.', 'range-order'), []);
  });
  it('checks "18 out of 60 teachers, or 25 percent"', () => {
    assert.deepEqual(findings('The survey found 18 out of 60 teachers, or 25 percent, planned to quit.', 'percentage-arithmetic').map((f) => f.message), ['18 out of 60 is 30 percent, not "25 percent".']);
    assert.deepEqual(findings('One in five adults, or 20 percent, has no doctor, the survey found.', 'percentage-arithmetic'), []);
  });
  it('does not call a list of numbers mangled', () => {
    assert.deepEqual(findings('The clerk said ballots were numbered 10,20,30 in order.', 'malformed-number'), []);
  });
  it('does not compare a subgroup with a total', () => {
    assert.deepEqual(findings('Police said 40 Russian soldiers were killed. Police said 90 soldiers were killed.', 'inconsistent-figure'), []);
  });
  it('reads abbreviated months in weekday-date', () => {
    assert.deepEqual(findings('The vote was Monday, Apr. 9, 2024.', 'weekday-date').map((f) => f.message), ['April 9, 2024 was a Tuesday, not a Monday.']);
  });
  it('checks a small range with a shared scale word', () => {
    assert.deepEqual(findings('Officials said 80 to 70 million people attended.', 'range-order').map((f) => f.text), ['80 to 70 million']);
  });
});

describe('rules: docs-examples review regressions', () => {
  it('flags a real surname opening a sentence, but not a plural noun', () => {
    assert.deepEqual(findings('Okafor said the council would vote next week.', 'unintroduced-name').map((f) => f.text), ['Okafor']);
    assert.deepEqual(findings('Pereira said: “The district knew about this in the spring.”', 'unknown-speaker').map((f) => f.text), ['Pereira']);
    assert.deepEqual(findings('Residents said the water was brown.', 'unintroduced-name'), []);
  });
  it('reads Jun. and Jul. as months in sentences and dates', () => {
    assert.deepEqual(findings('The vote was Sunday, Jul. 9, 2024.', 'weekday-date').map((f) => f.message), ['July 9, 2024 was a Tuesday, not a Sunday.']);
  });
  it('flags a digit too many in a group, and reads Indian grouping', () => {
    assert.deepEqual(findings('The clerk said 1,000,0000 ballots were rejected.', 'malformed-number').map((f) => f.text), ['1,000,0000']);
    assert.equal(findFigures('The fund said 1,00,000 rupees were paid.')[0].low, 100000);
  });
  it('reads "between forty and fifty" as a range', () => {
    const f = findFigures('Between forty and fifty people were hurt in the crash.')[0];
    assert.deepEqual([f.text, f.low, f.high], ['forty and fifty', 40, 50]);
    assert.deepEqual(findings('Officials said between forty thousand and thirty thousand visitors came.', 'range-order').map((f) => f.text), ['forty thousand and thirty thousand']);
  });
  it('reads "then-Col." as a past title', () => {
    assert.deepEqual(findings('Gen. Mark Halvorsen said the base was safe. In 2019, then-Col. Halvorsen said more.', 'title-conflict'), []);
  });
  it('reads a bill passed 230 to 201 as a tally', () => {
    assert.deepEqual(findings('The House passed the bill 230 to 201.', 'range-order'), []);
  });
  it('does not add shares of two groups', () => {
    assert.deepEqual(findings('Among Democrats, 80 percent backed the plan, while among Republicans 75 percent opposed it.', 'percentage-arithmetic'), []);
  });
  it('checks "18 out of 60 teachers, about 25 percent"', () => {
    assert.equal(findings('The survey found 18 out of 60 teachers, about 20 percent, planned to quit.', 'percentage-arithmetic').length, 1);
  });
  it('does not compare counts of different places or additions', () => {
    assert.deepEqual(findings('Police said 14 people were killed in Ashby. Police said 17 people were killed in Belton.', 'inconsistent-figure'), []);
    assert.deepEqual(findings('Police said 14 people were killed. Police said another 17 people were killed.', 'inconsistent-figure'), []);
  });
  it('compares a hedged "more than" with a lower count', () => {
    assert.equal(findings('Police said more than 14 people were killed. Officials said 10 people were killed.', 'inconsistent-figure').length, 1);
  });
  it('keeps everyday counts out of game statistics', () => {
    assert.deepEqual(findings('The new billing system had 4,000 errors in its first week.', 'unattributed-figure').map((f) => f.text), ['4,000']);
    assert.deepEqual(findings('Nurses with the county gave 1,200 shots last week.', 'unattributed-figure').map((f) => f.text), ['1,200']);
  });
  it('flags "120 percent lower" and "130 percent of the state\'s voters"', () => {
    assert.equal(findings('Prices were 120 percent lower, the agency said.', 'impossible-percentage').length, 1);
    assert.equal(findings('The poll found 130 percent of the state\'s voters backed it.', 'impossible-percentage').length, 1);
  });
  it('does not take a person with another first name for a roster person\'s variant', () => {
    assert.deepEqual(findings('Deputy Chief Anna Brannagan said overtime had doubled.', 'name-variant', { people: [{ name: 'Daniel Brannigan' }] }), []);
  });
  it('reads "according to Halvorsen" as a person', () => {
    assert.deepEqual(findings('The report was late, according to Halvorsen.', 'unintroduced-name').map((f) => f.text), ['Halvorsen']);
  });
});
