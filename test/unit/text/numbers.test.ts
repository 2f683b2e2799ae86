import * as assert from 'node:assert/strict';
import { findFigures, formatNumber, parseAtomAt, wordsValue } from '../../../src/core/text/numbers';
import type { Figure, Hedge, NotClaim } from '../../../src/core/text/numbers';

/** The fields a rule reads from a figure, for exact comparison. */
function shape(f: Figure) {
  return {
    text: f.text, start: f.start, end: f.end, low: f.low, high: f.high, kind: f.kind,
    claim: f.claim, notClaim: f.notClaim, hedge: f.hedge, rangeForm: f.rangeForm,
  };
}

/** Asserts `s` holds exactly one figure and returns it. */
function only(s: string): Figure {
  const fs = findFigures(s);
  assert.equal(fs.length, 1, `expected one figure in ${JSON.stringify(s)}, got ${JSON.stringify(fs.map((f) => f.text))}`);
  return fs[0];
}

/** [text, claim, notClaim] of every figure, in order. */
function verdicts(s: string): Array<[string, boolean, NotClaim | null]> {
  return findFigures(s).map((f) => [f.text, f.claim, f.notClaim]);
}

describe('findFigures', () => {
  describe('reads every way copy writes a figure', () => {
    it("reads '40,000' as a count", () => {
      const s = 'Organizers said 40,000 marchers filled the square.';
      assert.deepEqual(shape(only(s)), {
        text: '40,000', start: 16, end: 22, low: 40000, high: 40000, kind: 'count',
        claim: true, notClaim: null, hedge: 'exact', rangeForm: null,
      });
    });

    it("reads '1.2 million' with its scale word", () => {
      const s = 'The region has 1.2 million voters.';
      assert.deepEqual(shape(only(s)), {
        text: '1.2 million', start: 15, end: 26, low: 1200000, high: 1200000, kind: 'count',
        claim: true, notClaim: null, hedge: 'exact', rangeForm: null,
      });
    });

    it("reads '$3.5 billion' as money, currency symbol included in the text", () => {
      const s = 'Congress approved $3.5 billion for levees.';
      assert.deepEqual(shape(only(s)), {
        text: '$3.5 billion', start: 18, end: 30, low: 3.5e9, high: 3.5e9, kind: 'money',
        claim: true, notClaim: null, hedge: 'exact', rangeForm: null,
      });
    });

    it("reads '5 million euros' as money from the currency word after it", () => {
      const f = only('The club paid 5 million euros for the striker.');
      assert.equal(f.text, '5 million');
      assert.equal(f.kind, 'money');
      assert.equal(f.low, 5e6);
    });

    it("reads '£2bn' and '€40 million' as money", () => {
      assert.deepEqual(shape(only('Ministers pledged £2bn to rail.')), {
        text: '£2bn', start: 18, end: 22, low: 2e9, high: 2e9, kind: 'money',
        claim: true, notClaim: null, hedge: 'exact', rangeForm: null,
      });
      const f = only('The port lost €40 million in fees.');
      assert.equal(f.text, '€40 million');
      assert.equal(f.low, 4e7);
      assert.equal(f.kind, 'money');
    });

    it("reads '7.4 percent' and '7.4%' alike", () => {
      const a = only('Joblessness reached 7.4 percent in May.');
      assert.deepEqual(shape(a), {
        text: '7.4 percent', start: 20, end: 31, low: 7.4, high: 7.4, kind: 'percent',
        claim: true, notClaim: null, hedge: 'exact', rangeForm: null,
      });
      const b = only('Joblessness reached 7.4% in May.');
      assert.deepEqual(shape(b), {
        text: '7.4%', start: 20, end: 24, low: 7.4, high: 7.4, kind: 'percent',
        claim: true, notClaim: null, hedge: 'exact', rangeForm: null,
      });
    });

    it("reads 'per cent' and 'percentage points'", () => {
      const a = only('Prices climbed 3.1 per cent over the quarter.');
      assert.equal(a.text, '3.1 per cent');
      assert.equal(a.kind, 'percent');
      const b = only('Support slipped 2 percentage points after the debate.');
      assert.equal(b.text, '2 percentage points');
      assert.equal(b.kind, 'percent');
      assert.equal(b.claim, true);
      assert.equal(b.atoms[0].points, true);
    });

    it("reads 'forty thousand' written in words", () => {
      const s = 'Volunteers planted forty thousand saplings.';
      assert.deepEqual(shape(only(s)), {
        text: 'forty thousand', start: 19, end: 33, low: 40000, high: 40000, kind: 'count',
        claim: true, notClaim: null, hedge: 'exact', rangeForm: null,
      });
    });

    it("reads 'seventy-five thousand' with a hyphen and 'a million' with an article", () => {
      const a = only('Rescuers relocated seventy-five thousand birds.');
      assert.equal(a.text, 'seventy-five thousand');
      assert.equal(a.low, 75000);
      const b = only('The petition drew a million signatures.');
      assert.equal(b.text, 'a million');
      assert.equal(b.low, 1e6);
      assert.equal(b.claim, true);
    });

    it("reads 'one in five' as a ratio", () => {
      const s = 'The survey found one in five nurses plan to quit.';
      assert.deepEqual(shape(only(s)), {
        text: 'one in five', start: 17, end: 28, low: 0.2, high: 0.2, kind: 'ratio',
        claim: true, notClaim: null, hedge: 'exact', rangeForm: null,
      });
    });

    it("reads '3 in 10' and 'nine out of 10' as ratios", () => {
      const a = only('Pollsters say 3 in 10 renters are behind.');
      assert.equal(a.text, '3 in 10');
      assert.equal(a.kind, 'ratio');
      assert.equal(a.low, 0.3);
      const b = only('Nearly nine out of 10 clinics closed.');
      assert.equal(b.text, 'nine out of 10');
      assert.equal(b.kind, 'ratio');
      assert.equal(b.low, 0.9);
      assert.equal(b.hedge, 'nearly');
    });

    it("reads '20,000 to 30,000' as one range", () => {
      const s = 'Planners expect 20,000 to 30,000 fans.';
      assert.deepEqual(shape(only(s)), {
        text: '20,000 to 30,000', start: 16, end: 32, low: 20000, high: 30000, kind: 'count',
        claim: true, notClaim: null, hedge: 'exact', rangeForm: 'to',
      });
    });

    it("reads 'between 4,000 and 5,000' as a range without the word 'between'", () => {
      const s = 'The blaze destroyed between 4,000 and 5,000 acres of pine, rangers said.';
      const fs = findFigures(s);
      assert.equal(fs.length, 1);
      assert.equal(fs[0].text, '4,000 and 5,000');
      assert.equal(fs[0].start, 28);
      assert.equal(fs[0].low, 4000);
      assert.equal(fs[0].high, 5000);
      assert.equal(fs[0].rangeForm, 'between');
    });

    it("reads 'Between 4,000 and 5,000' at the start of a sentence", () => {
      const s = 'Between 4,000 and 5,000 families were relocated.';
      assert.deepEqual(shape(only(s)), {
        text: '4,000 and 5,000', start: 8, end: 23, low: 4000, high: 5000, kind: 'count',
        claim: true, notClaim: null, hedge: 'exact', rangeForm: 'between',
      });
    });

    it("applies a scale word written once to both ends: '20 to 30 million'", () => {
      const f = only('Officials expect 20 to 30 million tourists.');
      assert.equal(f.text, '20 to 30 million');
      assert.equal(f.low, 2e7);
      assert.equal(f.high, 3e7);
    });

    it("reads '$5 million to $6 million' as a money range", () => {
      const f = only('The repairs will cost $5 million to $6 million.');
      assert.equal(f.text, '$5 million to $6 million');
      assert.equal(f.kind, 'money');
      assert.equal(f.low, 5e6);
      assert.equal(f.high, 6e6);
    });

    it("reads '5 to 7 percent' as a percent range", () => {
      const f = only('Rents rose 5 to 7 percent.');
      assert.equal(f.text, '5 to 7 percent');
      assert.equal(f.kind, 'percent');
      assert.equal(f.low, 5);
      assert.equal(f.high, 7);
    });

    it("reads an en-dash range '20,000–30,000'", () => {
      const f = only('Camps held 20,000\u201330,000 refugees.');
      assert.equal(f.text, '20,000\u201330,000');
      assert.equal(f.rangeForm, 'dash');
      assert.equal(f.claim, true);
      assert.equal(f.low, 20000);
      assert.equal(f.high, 30000);
    });

    it("marks 'from 10,000 to 12,000' as a from-range", () => {
      const f = only('Staff grew from 10,000 to 12,000 nurses.');
      assert.equal(f.text, '10,000 to 12,000');
      assert.equal(f.rangeForm, 'from');
    });

    it('reads a rate: "12 per day"', () => {
      const f = only('The clinic sees about 12 per day.');
      assert.equal(f.kind, 'rate');
      assert.equal(f.claim, true);
      assert.equal(f.hedge, 'about');
    });

    it('finds the noun a figure counts and its modifiers', () => {
      const f = only('Moscow sent 1,200 Russian troops across the border.');
      assert.equal(f.noun, 'troops');
      assert.deepEqual(f.modifiers, ['russian']);
    });
  });

  describe('reads the hedge before a figure', () => {
    const cases: Array<[string, string, Hedge]> = [
      ['Police counted about 40,000 marchers.', '40,000', 'about'],
      ['Some 2,000 residents left.', '2,000', 'about'],
      ['An estimated 6,500 homes lost power.', '6,500', 'about'],
      ['The flood displaced more than 100,000 residents, officials said.', '100,000', 'over'],
      ['Over 300 students walked out.', '300', 'over'],
      ['At least 12,000 ballots were spoiled.', '12,000', 'over'],
      ['The quake may have killed as many as 300 villagers.', '300', 'under'],
      ['Fewer than 300 delegates attended.', '300', 'under'],
      ['The fund could reach up to 30 percent of revenue.', '30 percent', 'under'],
      ['The count stood just under 2,000 votes.', '2,000', 'under'],
      ['Nearly 9,000 ballots arrived late.', '9,000', 'nearly'],
      ['Almost 9,000 ballots arrived late.', '9,000', 'nearly'],
      ['Inspectors found 9,000 ballots.', '9,000', 'exact'],
    ];
    for (const [s, text, hedge] of cases) {
      it(`reads ${JSON.stringify(s)} as ${hedge}`, () => {
        const f = only(s);
        assert.equal(f.text, text);
        assert.equal(f.hedge, hedge);
        assert.equal(f.claim, true);
      });
    }
  });

  describe('tells numbers that are not claims', () => {
    const cases: Array<[string, string, NotClaim, string]> = [
      ['year', 'The mill opened in 1998 and closed later.', 'year', '1998'],
      ['date: "Nov. 9"', 'Voting ended on Nov. 9 after delays.', 'date', '9'],
      ['date: "9 November"', 'Voting ended on 9 November after delays.', 'date', '9'],
      ['date: "March 14"', 'The ruling came on March 14 in Denver.', 'date', '14'],
      ['time: "9 a.m."', 'The hearing opens at 9 a.m. sharp.', 'time', '9'],
      ['time: "7 p.m."', 'Polls closed at 7 p.m. on the coast.', 'time', '7'],
      ['age: "a 34-year-old"', 'A 34-year-old nurse was charged.', 'age', '34'],
      ['age: "34 years old"', 'The driver, who is 34 years old, was unhurt.', 'age', '34'],
      ['age: "John Smith, 34, said"', 'Lena Ortiz, 34, said the shelter was full.', 'age', '34'],
      ['age: "aged 34"', 'The victim, aged 34, lived nearby.', 'age', '34'],
      ['ordinal: "23rd"', 'She finished 23rd in the marathon.', 'ordinal', '23'],
      ['ordinal: "101st"', 'He served with the 101st Airborne.', 'ordinal', '101'],
      ['address: "123 Main Street"', 'The clinic at 123 Main Street closed.', 'address', '123'],
      ['label: "Section 230"', 'Section 230 shields the platforms.', 'label', '230'],
      ['label: "No. 10"', 'Aides at No. 10 declined to comment.', 'label', '10'],
      ['label: "Flight 370"', 'Flight 370 vanished over the ocean.', 'label', '370'],
      ['label: "Boeing 737"', 'The Boeing 737 was grounded.', 'label', '737'],
      ['label: "Room 214"', 'Water poured into Room 214 overnight.', 'label', '214'],
      ['score: "won 24-17"', 'The Eagles won 24-17 on Sunday.', 'score', '24-17'],
      ['score: "3-1"', 'The match ended 3-1.', 'score', '3-1'],
      ['score: a vote tally', 'The Senate voted 52-48 to confirm her.', 'score', '52-48'],
      ['model: "MiG-29"', 'A MiG-29 crashed near the base.', 'model', '29'],
      ['model: "COVID-19"', 'COVID-19 spread through the ward.', 'model', '19'],
      ['model: "5G"', 'The 5G masts were vandalized.', 'model', '5'],
      ['duration: "10 days"', 'The strike lasted 10 days.', 'duration', '10'],
      ['duration: "40 years"', 'He faces 40 years in prison.', 'duration', '40'],
      ['measure: "30 miles"', 'The convoy drove 30 miles north.', 'measure', '30'],
      ['measure: "900 megawatts"', 'The plant makes 900 megawatts.', 'measure', '900'],
      ['small bare count', 'Police detained 4 men.', 'small', '4'],
      ['small count in words', 'Police detained four men.', 'small', 'four'],
      ['two dozen', 'Police detained two dozen men.', 'small', 'two dozen'],
      ['compound adjective: "a 20,000-seat arena"', 'The city built a 20,000-seat arena.', 'compound', '20,000'],
      ['decade', 'Crime peaked in the 1990s.', 'decade', '1990'],
      ['multiplier', 'The price rose 3 times in a year.', 'multiplier', '3'],
    ];
    for (const [what, s, why, text] of cases) {
      it(`does not count a ${what} as a claim`, () => {
        assert.deepEqual(verdicts(s), [[text, false, why]]);
      });
    }

    it('does not count any part of an ISO date "2022-11-10"', () => {
      assert.deepEqual(verdicts('The filing is dated 2022-11-10 in the docket.'), [
        ['2022', false, 'date'], ['11', false, 'date'], ['10', false, 'date'],
      ]);
    });

    it('does not count any part of a slashed date "11/10/2022"', () => {
      assert.deepEqual(verdicts('The filing is dated 11/10/2022 in the docket.'), [
        ['11', false, 'date'], ['10', false, 'date'], ['2022', false, 'date'],
      ]);
    });

    it('does not count either half of a clock time "10:30"', () => {
      assert.deepEqual(verdicts('The council meets at 10:30 on Friday.'), [
        ['10', false, 'time'], ['30', false, 'time'],
      ]);
    });

    it('does not count any part of a phone number', () => {
      assert.deepEqual(verdicts('Call 555-867-5309 for tickets.'), [
        ['555', false, 'phone'], ['867', false, 'phone'], ['5309', false, 'phone'],
      ]);
      assert.deepEqual(verdicts('Call (212) 555-0147 for tickets.'), [
        ['212', false, 'phone'], ['555', false, 'phone'], ['0147', false, 'phone'],
      ]);
    });

    it('does not count "F/A-18" (a model) as a claim', () => {
      assert.deepEqual(verdicts('Two F/A-18 jets were scrambled.'), [['Two', false, 'small'], ['18', false, 'model']]);
    });

    it('finds no figure at all in "G7"', () => {
      assert.deepEqual(findFigures('The G7 leaders met in Japan.'), []);
    });

    it('treats the age range "aged 18 to 24" as an age', () => {
      assert.deepEqual(verdicts('Voters aged 18 to 24 stayed home.'), [['18 to 24', false, 'age']]);
    });

    it('keeps a comma-formatted figure after a date a claim: "On Nov. 9, 12,000 people marched"', () => {
      assert.deepEqual(verdicts('On Nov. 9, 12,000 people marched.'), [['9', false, 'date'], ['12,000', true, null]]);
    });

    it('keeps a figure after a year a claim and the year not', () => {
      assert.deepEqual(verdicts('In 2019, 1,500 people died on the roads.'), [['2019', false, 'year'], ['1,500', true, null]]);
    });

    it('keeps "a 40,000-strong force" a claim', () => {
      const f = only('Kyiv faces a 40,000-strong force.');
      assert.equal(f.text, '40,000');
      assert.equal(f.claim, true);
    });

    it('counts ten and more as a claim', () => {
      assert.deepEqual(verdicts('Police detained 12 men.'), [['12', true, null]]);
    });

    it('keeps a small percentage or sum of money a claim', () => {
      assert.deepEqual(verdicts('Turnout was 3 percent.'), [['3 percent', true, null]]);
      assert.deepEqual(verdicts('A ride costs $2 now.'), [['$2', true, null]]);
    });
  });
});

describe('parseAtomAt', () => {
  it("reads '$3.5 billion' with its currency, decimals and the number's own span", () => {
    assert.deepEqual(parseAtomAt('$3.5 billion in aid', 0), {
      start: 0, end: 12, text: '$3.5 billion', value: 3.5e9, currency: '$', percent: false, points: false,
      words: false, plain: false, decimals: 1, numStart: 1, numEnd: 4, malformed: null,
    });
  });

  it('reads a plain number at an offset, with offsets into the whole string', () => {
    assert.deepEqual(parseAtomAt('in 2022 alone', 3), {
      start: 3, end: 7, text: '2022', value: 2022, currency: null, percent: false, points: false,
      words: false, plain: true, decimals: 0, numStart: 3, numEnd: 7, malformed: null,
    });
  });

  it("reads '12.5%' as a percent that is not plain", () => {
    const a = parseAtomAt('12.5% of homes', 0)!;
    assert.equal(a.text, '12.5%');
    assert.equal(a.value, 12.5);
    assert.equal(a.percent, true);
    assert.equal(a.plain, false);
    assert.equal(a.numEnd, 4);
  });

  it("reads 'US$ 2 million' with a spaced currency prefix", () => {
    const a = parseAtomAt('US$ 2 million', 0)!;
    assert.equal(a.text, 'US$ 2 million');
    assert.equal(a.currency, 'US$');
    assert.equal(a.value, 2e6);
    assert.equal(a.numStart, 4);
    assert.equal(a.numEnd, 5);
  });

  it("reads 'a hundred and twenty' and leaves the following noun out", () => {
    const a = parseAtomAt('a hundred and twenty people', 0)!;
    assert.equal(a.text, 'a hundred and twenty');
    assert.equal(a.value, 120);
    assert.equal(a.words, true);
  });

  it("reads '2 percentage points' as percent and points", () => {
    const a = parseAtomAt('2 percentage points', 0)!;
    assert.equal(a.end, 19);
    assert.equal(a.percent, true);
    assert.equal(a.points, true);
  });

  it("marks 'forty,000' malformed with the fix 40,000", () => {
    const a = parseAtomAt('forty,000 people', 0)!;
    assert.equal(a.text, 'forty,000');
    assert.equal(a.value, 40000);
    assert.deepEqual(a.malformed, { fix: '40,000', reason: 'mixes words and digits', start: 0, end: 9 });
  });

  it("marks 'twenty5' malformed with the fix 25", () => {
    const a = parseAtomAt('twenty5 roads', 0)!;
    assert.equal(a.value, 25);
    assert.deepEqual(a.malformed, { fix: '25', reason: 'mixes words and digits', start: 0, end: 7 });
  });

  it("marks '3 million,000' malformed over its whole span", () => {
    const a = parseAtomAt('3 million,000 dollars', 0)!;
    assert.equal(a.text, '3 million,000');
    assert.equal(a.value, 3e6);
    assert.deepEqual(a.malformed, { fix: '3,000,000', reason: 'mixes words and digits', start: 0, end: 13 });
  });

  it("marks a decimal comma before 'percent' ('7,5 percent')", () => {
    const a = parseAtomAt('7,5 percent', 0)!;
    assert.equal(a.value, 7.5);
    assert.deepEqual(a.malformed, { fix: '7.5', reason: 'uses a decimal comma', start: 0, end: 3 });
  });

  it("marks dotted thousands ('1.234.567')", () => {
    const a = parseAtomAt('1.234.567 people', 0)!;
    assert.equal(a.value, 1234567);
    assert.deepEqual(a.malformed, { fix: '1,234,567', reason: 'uses "." to separate thousands', start: 0, end: 9 });
  });

  it("marks '40,00 votes' as wrongly grouped without guessing a fix", () => {
    const a = parseAtomAt('40,00 votes', 0)!;
    assert.deepEqual(a.malformed, { fix: '', reason: 'has its thousands grouped wrongly', start: 0, end: 5 });
  });

  it('returns null where no number starts', () => {
    assert.equal(parseAtomAt('hello world', 0), null);
    assert.equal(parseAtomAt('costs 40', 0), null);
  });
});

describe('wordsValue', () => {
  const cases: Array<[string, number]> = [
    ['forty-five thousand', 45000],
    ['a hundred', 100],
    ['one hundred and twenty', 120],
    ['two dozen', 24],
    ['a dozen', 12],
    ['nine hundred thousand', 900000],
    ['one million two hundred thousand', 1200000],
    ['Forty Thousand', 40000],
    ['twenty one', 21],
    ['fourty', 40],
    ['three billion', 3e9],
  ];
  for (const [words, value] of cases) {
    it(`reads ${JSON.stringify(words)} as ${value}`, () => {
      assert.equal(wordsValue(words), value);
    });
  }

  it('returns NaN for text that is not a number', () => {
    assert.ok(Number.isNaN(wordsValue('banana')));
    assert.ok(Number.isNaN(wordsValue('a')));
    assert.ok(Number.isNaN(wordsValue('and')));
    assert.ok(Number.isNaN(wordsValue('forty bananas')));
  });
});

describe('formatNumber', () => {
  it('groups thousands with commas', () => {
    assert.equal(formatNumber(40000), '40,000');
    assert.equal(formatNumber(1200000), '1,200,000');
    assert.equal(formatNumber(1000), '1,000');
  });

  it('leaves numbers under 1,000 alone', () => {
    assert.equal(formatNumber(999), '999');
    assert.equal(formatNumber(0), '0');
  });

  it('keeps the requested decimals', () => {
    assert.equal(formatNumber(1234567.891, 2), '1,234,567.89');
    assert.equal(formatNumber(7.4, 1), '7.4');
    assert.equal(formatNumber(12.5, 2), '12.50');
  });

  it('groups a negative number after its sign', () => {
    assert.equal(formatNumber(-1234), '-1,234');
  });
});
