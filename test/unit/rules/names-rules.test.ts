import * as assert from 'node:assert/strict';
import { analyze, IncrementalAnalyzer } from '../../../src/core/analyze';
import { findings, fixClears, none, one } from '../helpers';

const STORY = [
  'Gen. Mark Halvorsen, the base commander, said Tuesday that repairs would take weeks.',
  '',
  'Halvorsen said the runway was safe. “We are ready,” Halvorsen added.',
  '',
  'Crews worked overnight, Halverson said.',
  '',
].join('\n');

describe('name-variant', () => {
  const RULE = 'name-variant';
  it('flags a misspelled surname and offers the established spelling', () => {
    const f = one(STORY, RULE, 'Halverson');
    assert.equal(f.message, '"Halverson" may be a misspelling of "Halvorsen" (3 mentions).');
    assert.equal(f.related[0].message, '"Mark Halvorsen" is named here');
    assert.deepEqual(f.related[0].range, { start: { line: 0, character: 5 }, end: { line: 0, character: 19 } });
    fixClears(STORY, RULE, f, STORY.replace('Halverson', 'Halvorsen'));
  });

  it('flags every use of the variant, possessives included', () => {
    const text = `${STORY}Halverson’s crews left. Halverson said so.\n`;
    assert.deepEqual(findings(text, RULE).map((f) => f.text), ['Halverson', 'Halverson', 'Halverson']);
  });

  it('flags the rarer of two full spellings of one person', () => {
    const text = 'President Ana Kowalski said yes. Kowalski said it twice. Kowalski agreed.\n\nPresident Ana Kowalsky said no.\n';
    one(text, RULE, 'Kowalsky');
  });

  it('leaves different people with similar names alone', () => {
    none('John Miller, a farmer, said the crop failed. Jane Millar, a banker, said loans were up. Miller said more.', RULE);
  });

  it('uses the roster spelling as canonical and honours the ignore list', () => {
    one('Halvorson said the runway was safe.', RULE, 'Halvorson', { people: [{ name: 'Mark Halvorsen', title: 'Gen.' }] });
    none(STORY, RULE, { ignore: ['Halverson'] });
  });
});

describe('unintroduced-name', () => {
  const RULE = 'unintroduced-name';
  it('flags a surname used before the full name and offers the full name', () => {
    const text = 'Halvorsen said the runway was safe.\n\nGen. Mark Halvorsen, the base commander, spoke Tuesday.\n';
    const f = one(text, RULE, 'Halvorsen');
    assert.equal(f.message, '"Halvorsen" is used before the story introduces "Mark Halvorsen".');
    assert.deepEqual(f.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 9 } });
    fixClears(text, RULE, f, 'Mark Halvorsen said the runway was safe.\n\nGen. Mark Halvorsen, the base commander, spoke Tuesday.\n');
  });

  it('flags a person introduced by surname and role only', () => {
    const f = one('Okafor, the county’s emergency manager, said the levee held.', RULE, 'Okafor');
    assert.equal(f.message, '"Okafor", the county’s emergency manager, is introduced by surname only; give the full name on first reference.');
  });

  it('stays silent on people introduced first, roster people, places and organisations', () => {
    none(STORY, RULE);
    none('Halvorsen said the runway was safe.', RULE, { people: [{ name: 'Mark Halvorsen' }] });
    none('Ukraine said the talks failed. Moscow said they would resume. Reuters reported the move. The Post reported it first.', RULE);
    none('The Joint Chiefs of Staff said nothing. The Biden administration said little.', RULE);
  });

  it('takes a word of a company the story names for the company when it stands alone, not for a surname', () => {
    none('Pellham Foods said revenue rose. Pellham said it would buy back shares.', RULE);
    none('Corvo Holdings Inc. cut jobs. Corvo said more cuts were possible.', RULE);
    none('Ford Motor Co. said sales fell. Ford said more cuts were possible.', RULE);
    assert.deepEqual(analyze('Pellham Foods said revenue rose.').people, []);
  });

  it('takes a name for an organisation after ", which" or an appositive headed by a company noun', () => {
    none('Losses could reach $650 million, according to Verisk, a catastrophe modeling firm.', RULE);
    none('“Costs rose,” said Arden, which sells soup.', 'unknown-speaker');
    none('Costs rose 4 percent, according to Arden, which sells soup.', RULE);
  });

  it('lets a person\'s role, title or a preposition in the appositive win over a company', () => {
    for (const text of [
      'Costs rose 4 percent, according to Kessler, a longtime client of the bank.',
      'Kessler Group sold the building. Kessler, a spokeswoman for the county, said the sale closed.',
      'Kessler Group sold the building. Sheriff Kessler said the sale closed.',
      '# Okafor Backs Clean Energy Plan\n\nOkafor said the plan would pass.\n',
      '# Okafor Energy Plan Advances\n\nOkafor said the plan would pass.\n',
    ]) {
      assert.deepEqual(findings(text, RULE).map((f) => f.text), [text.includes('Okafor') ? 'Okafor' : 'Kessler'], text);
    }
    const quote = one('“The rules are unfair,” said Kessler, a critic of the agency.', 'unknown-speaker', 'Kessler');
    assert.deepEqual(quote.range, { start: { line: 0, character: 29 }, end: { line: 0, character: 36 } });
  });

  it('takes a name with a capital inside it for a brand, unless its first part is a surname\'s particle', () => {
    none('FactSet said margins fell. “We are done,” BlackRock said.', RULE);
    none('“We are done,” BlackRock said.', 'unknown-speaker');
    assert.deepEqual(findings('McConnell said the bill would pass. DeSantis said it would not.', RULE).map((f) => f.text), ['McConnell', 'DeSantis']);
    assert.deepEqual(findings('VanderMeer said the bill would pass. AuCoin said it would not. MacArthur said so too.', RULE).map((f) => f.text), ['VanderMeer', 'AuCoin', 'MacArthur']);
    assert.deepEqual(findings('“We are done,” LaHood said.', 'unknown-speaker').map((f) => f.text), ['LaHood']);
  });

  it('still flags a surname with a person\'s role, or one that names a street, not a company', () => {
    const f = one('Okafor, a group leader at the bank, said the vote was close.', RULE, 'Okafor');
    assert.deepEqual(f.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } });
    assert.equal(f.message, '"Okafor", a group leader at the bank, is introduced by surname only; give the full name on first reference.');
    const street = one('The Kessler Street bridge opened. Kessler said it was late.', RULE, 'Kessler');
    assert.deepEqual(street.range, { start: { line: 0, character: 34 }, end: { line: 0, character: 41 } });
  });

  it('reads a company again after an edit that unnames it, as a full analysis does', () => {
    const a = new IncrementalAnalyzer();
    const named = 'Pellham Foods said revenue rose.\n\nPellham said it would buy back shares.\n';
    assert.deepEqual(a.analyze(named).findings.filter((f) => f.rule === RULE), []);
    const unnamed = named.replace('Pellham Foods', 'The grocer');
    const after = a.analyze(unnamed).findings.filter((f) => f.rule === RULE);
    assert.deepEqual(after.map((f) => f.text), ['Pellham']);
    assert.deepEqual(after, findings(unnamed, RULE));
    assert.deepEqual(a.analyze(named).findings.filter((f) => f.rule === RULE), []);
  });
});

describe('title-conflict', () => {
  const RULE = 'title-conflict';
  it('flags a second title for the same person and offers the first', () => {
    const text = 'Sen. Maria Lopez said the bill would pass. Later, Rep. Lopez said it might not.';
    const f = one(text, RULE, 'Rep.');
    assert.equal(f.message, '"Rep." conflicts with "Sen." given to Maria Lopez earlier.');
    fixClears(text, RULE, f, 'Sen. Maria Lopez said the bill would pass. Later, Sen. Lopez said it might not.');
  });

  it('accepts the same rank written out, courtesy titles and former titles', () => {
    none('Army Gen. Mark Halvorsen spoke. General Halvorsen left. Mr. Halvorsen smiled. Former Sen. Halvorsen voted.', RULE);
  });

  it('checks against the roster title', () => {
    one('Adm. Mark Halvorsen spoke.', RULE, 'Adm.', { people: [{ name: 'Mark Halvorsen', title: 'Gen.' }] });
  });
});

describe('unknown-speaker', () => {
  const RULE = 'unknown-speaker';
  it('flags a quote pinned on a name the story never introduced', () => {
    const text = `${STORY}“We will rebuild,” Dunmore said.\n`;
    const f = one(text, RULE, 'Dunmore');
    assert.equal(f.message, 'A quote is attributed to "Dunmore", who is never introduced in the story.');
  });

  it('stays silent on introduced speakers, pronouns and descriptions', () => {
    none(`${STORY}“We will rebuild,” he said. “It will take time,” the spokeswoman said.\n`, RULE);
    none('“We will rebuild,” Dunmore said.', RULE, { people: [{ name: 'Lee Dunmore' }] });
  });

  it('leaves a quote pinned on a company the story names to the company', () => {
    none('Pellham Group said revenue rose.\n\nPellham said: “We will buy back shares.”\n', RULE);
    const f = one('Pellham said: “We will buy back shares.”\n', RULE, 'Pellham');
    assert.deepEqual(f.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } });
  });

  it('leaves a variant to name-variant rather than double-flagging', () => {
    const text = `${STORY}“We will rebuild,” Halverson said.\n`;
    none(text, RULE);
    assert.ok(findings(text, 'name-variant').length >= 1);
  });
});

describe('people lists', () => {
  it('a one-word roster entry declares a person without making a story\'s full name its variant', () => {
    const text = 'Emergency manager Dana Whitcombe said 1,200 residents left. Whitcombe said more. Whitcomb said crews came.';
    assert.deepEqual(findings(text, 'name-variant').map((f) => f.text), ['Whitcomb']);
    assert.deepEqual(findings(text, 'name-variant', { people: ['Whitcomb'].map((name) => ({ name })) }), []);
  });
});
