// Re-analysing only the blocks an edit changed must give exactly what a full analysis gives.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { analyze, BlockCache, buildContext, IncrementalAnalyzer } from '../../src/core/analyze';
import type { AnalyzeOptions } from '../../src/core/types';

const ROOT = path.join(__dirname, '../../..');

/** A small seeded PRNG, so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EDITS = ['a', ' ', '\n', '\n\n', '4', ',000', '"', '“', '”', '- ', '# ', '> ', '`', 'Milley said ', 'forty,000', 'Tuesday, March 3, 2021'];

/** `text` with one random edit: up to 11 characters deleted at a random place (30%), or one of `edits` inserted. */
function randomEdit(text: string, r: () => number, edits: readonly string[]): { text: string; at: number } {
  const at = Math.floor(r() * text.length);
  if (r() < 0.3) return { text: text.slice(0, at) + text.slice(at + Math.floor(r() * 12)), at };
  return { text: text.slice(0, at) + edits[Math.floor(r() * edits.length)] + text.slice(at), at };
}

/** The heap in use after a full garbage collection. */
function heapAfterGc(): number {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

/** About 1 MB of war-02.md copies, every block distinct as a long draft's are: its figures counted up by i in copy i. */
function longDraft(copy: (story: string) => string = (s) => s): string {
  const story = fs.readFileSync(path.join(ROOT, 'test/corpus/war-02.md'), 'utf8');
  const parts: string[] = [];
  for (let i = 0; parts.join('').length < 1e6; i++) parts.push(copy(story.replace(/\d+/g, (n) => String(Number(n) + i))));
  return parts.join('\n');
}

/** Where edit `i` of a series goes: before a paragraph break, somewhere else in the draft each time. */
function spreadAt(text: string, i: number): number {
  return text.indexOf('\n\n', Math.floor((text.length * ((i * 7) % 19 + 1)) / 21));
}

describe('incremental analysis', () => {
  for (const draft of ['examples/draft.md', 'test/corpus/war-02.md', 'test/corpus/politics-03.md']) {
    it(`equals a full analysis after each of 150 random edits to ${draft}`, () => {
      let text = fs.readFileSync(path.join(ROOT, draft), 'utf8');
      const inc = new IncrementalAnalyzer();
      const r = rng(draft.length);
      for (let i = 0; i < 150; i++) {
        const edit = randomEdit(text, r, EDITS);
        text = edit.text;
        assert.deepEqual(inc.analyze(text), analyze(text), `edit ${i} at ${edit.at}`);
      }
    });
  }

  it('equals a full analysis after each of 120 random edits when the draft is parsed in small pieces, most of them reused', () => {
    // Every construct that spans lines or sets the parser's state, so pieces cut through them all.
    const extra = [
      '- a list item with 12 apples',
      '  still the item',
      '',
      '  a second paragraph in it, 40 percent',
      '- another item',
      '',
      '> A quote block said 300 homes flooded,',
      'lazily continued here.',
      '',
      '```',
      'code 1,000 not a claim',
      '```',
      '',
      '| Town | Homes |',
      '| --- | --- |',
      '| Ashby | 300 |',
      '',
      '<!-- copydesk-disable-next-line unattributed-figure -->',
      'About 12,000 people left.',
      '',
      'Setext heading',
      '--------------',
      '',
    ].join('\n');
    const drafts = ['examples/draft.md', 'test/corpus/war-02.md', 'test/corpus/politics-03.md'].map((d) => fs.readFileSync(path.join(ROOT, d), 'utf8'));
    // Front matter first, as a draft has it: the first piece is never taken from the cache.
    let text = `---\ndate: 2024-03-05\n---\n${drafts[0]}\n${extra}\n${drafts[1]}\n${extra}\n${drafts[2]}\n`;
    const inc = new IncrementalAnalyzer(256);
    const r = rng(7);
    let reused = 0;
    const edits = [...EDITS, '```', '\n- ', '<!-- ', ' -->', '| x |', '---\n'];
    for (let i = 0; i < 120; i++) {
      const edit = randomEdit(text, r, edits);
      text = edit.text;
      assert.deepEqual(inc.analyze(text), analyze(text), `edit ${i} at ${edit.at}`);
      reused += (inc as unknown as { cache: { scan: { reused: number } } }).cache.scan.reused;
    }
    // Some 60 pieces a draft, one or two parsed again an edit.
    assert.ok(reused > 120 * 40, `only ${reused} pieces reused over 120 edits`);
  });

  it('keeps no earlier version of the draft alive: memory stays level over edits', function () {
    this.timeout(60000);
    // A directive in each copy too: the pieces' kept scans hold them.
    const draft = longDraft((story) => `<!-- copydesk-disable-next-line unattributed-figure -->\n${story}`);
    const inc = new IncrementalAnalyzer();
    // Each edit's text is a fresh string: a block read from it, and kept, must not keep it; nor
    // must a word from it that the engine remembers (a new long name, here).
    const edited = (i: number) => {
      const at = spreadAt(draft, i);
      return Buffer.from(`${draft.slice(0, at)} Constantinescu${'abcdefghijkl'[i]}ova said 40 homes flooded.${draft.slice(at)}`).toString();
    };
    inc.analyze(edited(0));
    inc.analyze(edited(1));
    const before = heapAfterGc();
    for (let i = 2; i < 12; i++) inc.analyze(edited(i));
    const grown = (heapAfterGc() - before) / 1e6;
    // Ten drafts of 1 MB each, had they been kept.
    assert.ok(grown < 5, `the heap grew ${grown.toFixed(1)} MB over 10 edits`);
  });

  it('keeps the findings an edit left alone, as the objects they were, without keeping the drafts they were read from', function () {
    this.timeout(60000);
    // About 1 MB with findings throughout and a curly quote: each version is 2 MB of UTF-16.
    let text = `\u201c${longDraft()}`;
    const inc = new IncrementalAnalyzer();
    // Each edit is a fresh string, somewhere else each time. It adds a finding whose text is long
    // enough to be a slice of the draft ("a hundred,000"), and a count of the evacuated in a place
    // with a long name, whose place inconsistent-figure keeps with its read of the figure: kept
    // through later edits, neither must keep the draft.
    const next = (i: number) => {
      const at = spreadAt(text, i);
      const count = ` Officials in the county said ${40 + i} homes were evacuated in Port Elizabeth Harbor${i}.`;
      text = Buffer.from(`${text.slice(0, at)} About a hundred,000 people in ${'abcdefghijklmnopqrstuv'[i]}ville said so.${count}${text.slice(at)}`).toString();
      return inc.analyze(text).findings;
    };
    next(0);
    let last = next(1);
    let kept = 0;
    let all = 0;
    // Measured after every edit: each collection also drops compiled code left unused, which one
    // taken only before and after would count as a gain.
    const heaps: number[] = [];
    for (let i = 2; i < 22; i++) {
      const findings = next(i);
      const was = new Set(last);
      for (const f of findings) if (was.has(f)) kept++;
      all += findings.length;
      last = findings;
      heaps.push(heapAfterGc());
    }
    const grown = (heaps[heaps.length - 1] - heaps[0]) / 1e6;
    assert.ok(kept > all * 0.9, `${kept} of ${all} findings kept`);
    // Findings made with slices of the draft grew it by about 2 MB an edit.
    assert.ok(grown < 5, `the heap grew ${grown.toFixed(1)} MB over 19 edits`);
  });

  it('reuses blocks: a second analysis of the same text equals the first', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8');
    const inc = new IncrementalAnalyzer();
    assert.deepEqual(inc.analyze(text), inc.analyze(text));
  });

  it('forgets a lower-case word when the last block that wrote it goes, and learns it back', () => {
    // "will" in lower case makes "Will" a common word, not a first name.
    const names = 'Will Dunmore, the county clerk, said 40 ballots were lost.\n\nDunmore said the count would resume.\n';
    const common = 'It is the will of the voters.\n\n';
    const inc = new IncrementalAnalyzer();
    for (const text of [common + names, names, common + names, names + common, names]) {
      assert.deepEqual(inc.analyze(text), analyze(text), JSON.stringify(text));
    }
    assert.notDeepEqual(analyze(common + names).people, analyze(names).people, 'the test text must depend on the lower-case word');
  });

  it('names the source of a kept sentence anew when an edit elsewhere changes who it is', () => {
    // The second paragraph is kept; its cue ("he said") and its words are read once, and who "he" is
    // comes from the people before it in the draft being analysed.
    const kept = 'The city spent $4 million on roads last year, he said.\n';
    const inc = new IncrementalAnalyzer();
    const sources: unknown[] = [];
    for (const first of ['Mayor Ann Lee spoke at the council.\n\n', 'Police Chief Bob Ray spoke at the council.\n\n', 'Mayor Ann Lee spoke at the council.\n\n']) {
      const text = first + kept;
      const r = inc.analyze(text);
      assert.deepEqual(r, analyze(text), JSON.stringify(text));
      const source = r.claims.find((c) => c.kind === 'figure')!.source!;
      sources.push([source.name, source.range.start.line, source.range.start.character, source.range.end.character]);
    }
    const he = kept.indexOf('he said');
    assert.deepEqual(sources, [['Ann Lee', 2, he, he + 2], ['Bob Ray', 2, he, he + 2], ['Ann Lee', 2, he, he + 2]]);
  });

  it('keeps the result of each block that shares its text with another, and their words while one remains', () => {
    // Table cells and repeated paragraphs share a text; each keeps its own figures between edits.
    const table = '| Ward | Votes |\n| --- | --- |\n| North | 12 |\n| South | 12 |\n| East | 12 |\n\n';
    const common = 'It is the will of the voters.\n\n';
    const names = 'Will Dunmore, the county clerk, said 40 ballots were lost.\n';
    const cache = new BlockCache();
    const twelves = (text: string) => {
      const ctx = buildContext(text, {}, cache);
      return ctx.sentences.filter((x) => x.text === '12').map((x) => ctx.figures[x.index]);
    };
    const first = twelves(`Intro.\n\n${table}${common}${common}${names}`);
    assert.equal(first.length, 3);
    assert.equal(new Set(first).size, 3, 'each cell has figures of its own');
    const starts = first.map((f) => f[0].start);
    const again = twelves(`Intro, edited.\n\n${table}${common}${common}${names}`);
    assert.deepEqual(again.map((f, i) => f === first[i]), [true, true, true], 'the cells were read again');
    assert.deepEqual(again.map((f) => f[0].start), starts.map((x) => x + ', edited'.length), 'moved with the edit');
    // With one cell left, the cache keeps one result, not three: the cells that come back are read anew.
    const oneCell = table.replace('| South | 12 |\n| East | 12 |\n', '| South | 9 |\n| East | 8 |\n');
    const alone = twelves(`Intro.\n\n${oneCell}${common}${common}${names}`);
    assert.deepEqual(alone.map((f) => f === first[0]), [true]);
    const back = twelves(`Intro.\n\n${table}${common}${common}${names}`);
    assert.deepEqual(back.map((f, i) => f === first[i]), [true, false, false], 'results of blocks gone were kept');
    // One of the two paragraphs with "will" goes: "Will" is still a common word.
    const inc = new IncrementalAnalyzer();
    for (const text of [common + common + names, common + names, names, common + common + names, names, common + names]) {
      assert.deepEqual(inc.analyze(text), analyze(text), JSON.stringify(text));
    }
  });

  it('keeps a sentence\'s mentions of people between edits, and makes them again when the people or the lower-case words change', () => {
    // "Dunmore said ..." names someone the story never introduced: a mention of nobody, until the
    // story introduces Will Dunmore; none while the story also writes "dunmore" in lower case or
    // the config ignores the name.
    const kept = 'Dunmore said 40 ballots were lost.\n';
    const cache = new BlockCache();
    const view = (ctx: ReturnType<typeof buildContext>) => ctx.people.mentions.map((m) => [m.text, m.start, m.end, m.person?.name ?? null]);
    const people = (ctx: ReturnType<typeof buildContext>) => ctx.people.people.map((p) => [p.name, p.mentions.map((m) => m.start)]);
    const mentions = (text: string, options: { ignore?: string[] } = {}) => {
      const ctx = buildContext(text, options, cache);
      const full = buildContext(text, options);
      assert.deepEqual(view(ctx), view(full), JSON.stringify(text));
      assert.deepEqual(people(ctx), people(full), JSON.stringify(text));
      return { list: view(ctx), objects: ctx.people.mentions, people: people(ctx) };
    };
    const a = mentions('Intro.\n\n' + kept);
    assert.deepEqual(a.list, [['Dunmore', 8, 15, null]]);
    const b = mentions('Intro, edited.\n\n' + kept);
    assert.deepEqual(b.list, [['Dunmore', 16, 23, null]], 'moved with the edit');
    assert.equal(b.objects[0], a.objects[0], 'the kept sentence was read again');
    assert.deepEqual(mentions('Intro, edited dunmore.\n\n' + kept).list, [], 'the lower-case word elsewhere');
    assert.deepEqual(mentions('Intro, edited.\n\n' + kept).list, [['Dunmore', 16, 23, null]]);
    assert.deepEqual(mentions('Intro, edited.\n\n' + kept, { ignore: ['Dunmore'] }).list, [], 'the ignore list');
    assert.deepEqual(mentions('Will Dunmore, the county clerk, said so.\n\n' + kept).list, [
      ['Will Dunmore', 0, 12, 'Will Dunmore'],
      ['Dunmore', 42, 49, 'Will Dunmore'],
    ]);
    // The same people: the kept mention is this analysis's Will Dunmore's.
    assert.deepEqual(mentions('Will Dunmore, the county clerk, said so again.\n\n' + kept).people, [['Will Dunmore', [0, 48]]]);
    assert.deepEqual(mentions('Intro.\n\n' + kept).list, [['Dunmore', 8, 15, null]]);
  });

  it('leaves nothing behind for the next analysis when one throws part-way through the people', () => {
    // A roster name from an API caller (not a config file) whose words throw when the mentions are read.
    const words = new Proxy(['Will', 'Hunt'], {
      get: (t, k) => {
        if (k === '1') throw new Error('unreadable');
        return Reflect.get(t, k);
      },
    });
    const name = { split: (sep: unknown) => (sep instanceof RegExp ? ['Will', 'Hunt'] : words) };
    const options = { people: [{ name: { trim: () => name } as unknown as string }] };
    assert.throws(() => analyze('Milley said it, and Will Hunt agreed on 40.\n', options, new BlockCache()), /unreadable/);
    const text = 'Dr. Mark Milley said 40 people left.\n';
    assert.deepEqual(analyze(text, {}, new BlockCache()), analyze(text));
  });

  it('reads the mentions again when the roster changes only in a name that is a String object', () => {
    // JSON would take the String object for the string it holds; the surname lookups do not.
    const text = 'Gen. Mark Milley said 40 left.\n\nMilli said 12 more.\n';
    const cache = new BlockCache();
    analyze(text, { people: [{ name: 'Mark Milley', aliases: ['Milli'] }] }, cache);
    // eslint-disable-next-line no-new-wrappers
    const options = { people: [{ name: 'Mark Milley', aliases: [new String('Milli') as unknown as string] }] };
    assert.deepEqual(analyze(text, options, cache), analyze(text, options));
  });

  describe('a kept figure is read again when what inconsistent-figure read around it changed', () => {
    // The rule keeps what it read of each figure whose block is kept: a block is kept by its prose,
    // and the rule reads the source, markup and the next paragraphs included. Each pair differs
    // only there, and only in the finding.
    const lead = 'The city council approved a budget of $4 million in March.\n\n';
    const pairs: Array<[string, string, string]> = [
      [
        // The same prose: the comment is blanked to as many spaces. "of", spaces, then the figure
        // reads as "the budget of $5 million"; with the comment between, it does not.
        'markup before the figure',
        lead + 'Officials later said the budget of            $5 million was final after a long debate.\n',
        lead + 'Officials later said the budget of <!-- x --> $5 million was final after a long debate.\n',
      ],
      [
        'the paragraph before, just before the figure',
        lead + 'The plan sets aside the budget of\n\n$5 million for roads and bridges across town.\n',
        lead + 'The plan sets aside the budget of parks.\n\n$5 million for roads and bridges across town.\n',
      ],
      [
        // "budget" starts 40 characters before the figure, the farthest the rule reads, and only
        // that character changes.
        'the paragraph before, 40 characters before the figure',
        lead + `The plan sets aside the budget\n\nof${' '.repeat(30)}$5 million for roads and bridges across town.\n`,
        lead + `The plan sets aside the xudget\n\nof${' '.repeat(30)}$5 million for roads and bridges across town.\n`,
      ],
      [
        // The kept paragraph closes with the figure; "more" after it makes it an addition.
        'the paragraph after',
        lead + 'After a long night, officials later said the budget of $5 million\n\nwas final after a long debate.\n',
        lead + 'After a long night, officials later said the budget of $5 million\n\nmore than the parks fund got.\n',
      ],
      [
        // The 12th character after the figure, the farthest the rule reads past a sentence's end.
        'the paragraph after, 12 characters after the figure',
        lead + 'After a long night, officials later said the budget of $5 million\n\nadditional funds were found.\n',
        lead + 'After a long night, officials later said the budget of $5 million\n\nadditiona funds were found.\n',
      ],
      [
        // Counts in different places are not compared; with the comment, no place is read.
        'markup later in the sentence',
        'Police said 12 people were killed in Belton.\n\nLater that week, officials said 17 people were killed in            Ashby.\n',
        'Police said 12 people were killed in Belton.\n\nLater that week, officials said 17 people were killed in <!-- x --> Ashby.\n',
      ],
    ];
    const clash = (text: string, options: AnalyzeOptions = {}) => analyze(text, options).findings.filter((f) => f.rule === 'inconsistent-figure').length;
    for (const [what, a, b] of pairs) {
      it(what, () => {
        assert.notEqual(clash(a), clash(b), 'the texts must differ in the finding');
        const inc = new IncrementalAnalyzer();
        for (const text of [a, b, a, b]) assert.deepEqual(inc.analyze(text), analyze(text), JSON.stringify(text));
      });
    }
    it('when its block was read where another block with the same prose was', () => {
      // The second copy of the paragraph takes the first copy's figures when the first goes; all
      // the rule reads around it is as it was, but it was read after the other paragraph.
      const para = '$5 million for roads and bridges across town.\n\n';
      const [before, ofParks] = ['Next year the plan sets aside the budget of\n\n', 'This year the plan sets aside the budget of parks.\n\n'];
      const inc = new IncrementalAnalyzer();
      for (const text of [lead + ofParks + para + before + para, lead + before + para]) assert.deepEqual(inc.analyze(text), analyze(text), JSON.stringify(text));
      assert.notEqual(clash(lead + ofParks + para), clash(lead + before + para), 'the paragraph before must decide the finding');
    });
    it('and after an analysis with the rule off', () => {
      // The same length: the figure stays where it was.
      const [, a, b] = pairs[0];
      const off: AnalyzeOptions = { rules: { 'inconsistent-figure': 'off' } };
      const inc = new IncrementalAnalyzer();
      inc.analyze(a);
      inc.analyze(b, off);
      assert.deepEqual(inc.analyze(b), analyze(b));
    });
  });

  it('reports the same shared block twice when it appears twice, and after one copy goes', () => {
    const para = 'Officials said 300 homes were evacuated in Ashby.\n\n';
    const inc = new IncrementalAnalyzer();
    for (const text of [para + para, para, para + 'About 310 homes were evacuated in Ashby.\n\n' + para]) {
      assert.deepEqual(inc.analyze(text), analyze(text), JSON.stringify(text));
    }
  });
});
