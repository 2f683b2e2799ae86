import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ScanCache, scanMarkdown } from '../../../src/core/markdown/scan';
import type { ScannedDocument } from '../../../src/core/markdown/scan';

/**
 * Every block's text is as long as its source slice, keeps every newline, and
 * every character it keeps (not blanked to a space) is the source character at
 * the same offset.
 */
function assertOffsetsExact(src: string, doc: ScannedDocument): void {
  for (const b of doc.blocks) {
    assert.equal(b.text.length, b.end - b.start, `block ${b.index} length`);
    for (let k = 0; k < b.text.length; k++) {
      const at = b.start + k;
      if (src[at] === '\n') assert.equal(b.text[k], '\n', `newline at ${at} kept`);
      if (b.text[k] !== ' ') assert.equal(b.text[k], src[at], `block ${b.index} char ${k} (offset ${at})`);
    }
  }
}

/** `s` with each of `parts`, found in order, blanked to spaces (newlines kept). */
function blank(s: string, ...parts: string[]): string {
  let out = s;
  let from = 0;
  for (const p of parts) {
    const at = out.indexOf(p, from);
    assert.ok(at >= 0, `${JSON.stringify(p)} not in ${JSON.stringify(s)}`);
    out = out.slice(0, at) + p.replace(/[^\n]/g, ' ') + out.slice(at + p.length);
    from = at + p.length;
  }
  return out;
}

/** [kind, start, end, text] of every block. */
function blocks(doc: ScannedDocument): Array<[string, number, number, string]> {
  return doc.blocks.map((b) => [b.kind, b.start, b.end, b.text]);
}

/** Asserts `needle` appears in no block's text. */
function absent(doc: ScannedDocument, needle: string): void {
  for (const b of doc.blocks) assert.ok(!b.text.includes(needle), `${JSON.stringify(needle)} leaked into ${JSON.stringify(b.text)}`);
}

describe('scanMarkdown', () => {
  describe('keeps prose and blanks what is not prose', () => {
    it('blanks a code span, a link URL and inline HTML but keeps the link text', () => {
      const src = 'Crews found `412` bodies, per [the coroner](https://example.gov/report?id=9) and <span class="src">local</span> papers.\n';
      const doc = scanMarkdown(src);
      assertOffsetsExact(src, doc);
      assert.deepEqual(blocks(doc), [[
        'paragraph', 0, src.length - 1,
        blank(src.trimEnd(), '`412`', '[', '](https://example.gov/report?id=9)', '<span class="src">', '</span>'),
      ]]);
      absent(doc, '412');
      absent(doc, 'example.gov');
      absent(doc, 'span');
    });

    it('leaves fenced code, indented code and HTML blocks out of every block', () => {
      const src = [
        'Intro 10,000.',
        '',
        '```js',
        'const killed = 500;',
        '```',
        '',
        '    indented 600 lines',
        '',
        '<div class="box">',
        'Raw html 700 people.',
        '</div>',
        '',
        'Outro.',
        '',
      ].join('\n');
      const doc = scanMarkdown(src);
      assertOffsetsExact(src, doc);
      assert.deepEqual(blocks(doc), [
        ['paragraph', 0, 13, 'Intro 10,000.'],
        ['paragraph', src.indexOf('Outro.'), src.indexOf('Outro.') + 6, 'Outro.'],
      ]);
      absent(doc, '500');
      absent(doc, '600');
      absent(doc, '700');
    });

    it('blanks HTML comments inside a paragraph, even across lines', () => {
      const src = 'Some <!-- check\nthe 99 later --> prose.\n';
      const doc = scanMarkdown(src);
      assertOffsetsExact(src, doc);
      assert.deepEqual(blocks(doc), [['paragraph', 0, 39, blank(src.trimEnd(), '<!-- check\nthe 99 later -->')]]);
      absent(doc, '99');
    });

    it('blanks autolinks, bare URLs and www links but not the punctuation after them', () => {
      const src = 'See <https://a.example/800> and https://b.example/900 (or www.c.example/1000).\n';
      const doc = scanMarkdown(src);
      assertOffsetsExact(src, doc);
      assert.deepEqual(blocks(doc), [[
        'paragraph', 0, 78,
        blank(src.trimEnd(), '<https://a.example/800>', 'https://b.example/900', 'www.c.example/1000'),
      ]]);
      absent(doc, '800');
      absent(doc, '900');
      absent(doc, '1000');
    });

    it('blanks emphasis markers and keeps the emphasised words', () => {
      const src = 'A **bold** claim, an _odd_ one and ~~struck~~ text.\n';
      const doc = scanMarkdown(src);
      assertOffsetsExact(src, doc);
      assert.equal(doc.blocks[0].text, blank(src.trimEnd(), '**', '**', '_', '_', '~~', '~~'));
      assert.equal(doc.blocks[0].text, 'A   bold   claim, an  odd  one and   struck   text.');
    });

    it('keeps the underscores of snake_case words', () => {
      const doc = scanMarkdown('The field total_deaths and __strong__ text.\n');
      assert.equal(doc.blocks[0].text, 'The field total_deaths and   strong   text.');
    });

    it('blanks images with their alt text, footnote markers and reference labels', () => {
      const src = 'A chart ![alt 1100](chart.png) and [the full report][ref] and a note[^1].\n\n[ref]: https://example.org/2020\n';
      const doc = scanMarkdown(src);
      assertOffsetsExact(src, doc);
      assert.deepEqual(blocks(doc), [[
        'paragraph', 0, 73,
        blank(src.slice(0, 73), '![alt 1100](chart.png)', '[', '][ref]', '[^1]'),
      ]]);
      absent(doc, '1100');
      absent(doc, '2020');
    });

    it('blanks a link destination that holds parentheses or angle brackets', () => {
      const src = 'Read [wiki](https://en.wikipedia.org/wiki/Foo_(bar)) and [x](<a b.html>) now.\n';
      const doc = scanMarkdown(src);
      assertOffsetsExact(src, doc);
      assert.equal(doc.blocks[0].text, blank(src.trimEnd(), '[', '](https://en.wikipedia.org/wiki/Foo_(bar))', '[', '](<a b.html>)'));
    });

    it('blanks backslashes but keeps the escaped character', () => {
      const src = 'It cost \\$5 and \\*was\\* cheap.\n';
      const doc = scanMarkdown(src);
      assertOffsetsExact(src, doc);
      assert.equal(doc.blocks[0].text, 'It cost  $5 and  *was * cheap.');
    });

    it('writes a decoded entity at the entity\'s last character', () => {
      const doc = scanMarkdown('Fish &amp; chips.\n');
      assert.equal(doc.blocks[0].text, 'Fish     & chips.');
      assert.equal(doc.blocks[0].text.length, 'Fish &amp; chips.'.length);
    });
  });

  describe('containers', () => {
    it('blanks the "> " of a blockquote continuation line', () => {
      const src = '> The mayor said 300 homes\n> were lost.\n';
      const doc = scanMarkdown(src);
      assertOffsetsExact(src, doc);
      assert.deepEqual(blocks(doc), [['paragraph', 2, 39, 'The mayor said 300 homes\n  were lost.']]);
      assert.equal(doc.blocks[0].blockquote, true);
      assert.equal(doc.blocks[0].list, -1);
    });

    it('starts a list item after its marker and keeps items apart', () => {
      const src = '- First item has 40 cases\n  and goes on.\n- Second item\n\n1. Ordered one\n';
      const doc = scanMarkdown(src);
      assertOffsetsExact(src, doc);
      assert.deepEqual(blocks(doc), [
        ['paragraph', 2, 40, 'First item has 40 cases\n  and goes on.'],
        ['paragraph', 43, 54, 'Second item'],
        ['paragraph', 59, 70, 'Ordered one'],
      ]);
      const [a, b, c] = doc.blocks;
      assert.equal(a.list, b.list);
      assert.notEqual(a.listItem, b.listItem);
      assert.notEqual(c.list, a.list);
      assert.notEqual(a.list, -1);
      assert.equal(a.blockquote, false);
    });

    it('blanks both prefixes of a list inside a blockquote', () => {
      const src = '> - quoted item 300\n>   more 301\n';
      const doc = scanMarkdown(src);
      assertOffsetsExact(src, doc);
      assert.deepEqual(blocks(doc), [['paragraph', 4, 32, 'quoted item 300\n    more 301']]);
      assert.equal(doc.blocks[0].blockquote, true);
      assert.notEqual(doc.blocks[0].listItem, -1);
    });
  });

  describe('tables', () => {
    it('makes each cell a table-cell block with exact offsets and its row', () => {
      const src = '| Town | Deaths |\n| --- | ---: |\n| Irpin | 290 |\n| Hostomel | 4\\|5 |\n\nAfter.\n';
      const doc = scanMarkdown(src);
      assertOffsetsExact(src, doc);
      const at = (s: string) => src.indexOf(s);
      assert.deepEqual(doc.blocks.map((b) => [b.kind, b.start, b.end, b.text, b.row]), [
        ['table-cell', 2, 6, 'Town', 0],
        ['table-cell', 9, 15, 'Deaths', 0],
        ['table-cell', at('Irpin'), at('Irpin') + 5, 'Irpin', 1],
        ['table-cell', at('290'), at('290') + 3, '290', 1],
        ['table-cell', at('Hostomel'), at('Hostomel') + 8, 'Hostomel', 2],
        ['table-cell', at('4\\|5'), at('4\\|5') + 4, '4 |5', 2],
        ['paragraph', at('After.'), at('After.') + 6, 'After.', -1],
      ]);
      const table = doc.blocks[0].table;
      assert.notEqual(table, -1);
      assert.ok(doc.blocks.slice(0, 6).every((b) => b.table === table));
      assert.equal(doc.blocks[6].table, -1);
    });

    it('blanks markup inside a cell', () => {
      const src = '| Source | Count |\n| --- | --- |\n| [Agency](https://x.example/1) | `n` 12 |\n';
      const doc = scanMarkdown(src);
      assertOffsetsExact(src, doc);
      assert.deepEqual(doc.blocks.slice(2).map((b) => b.text), [
        blank('[Agency](https://x.example/1)', '[', '](https://x.example/1)'),
        '    12',
      ]);
    });
  });

  describe('headings', () => {
    it('reads ATX and setext headings with their levels', () => {
      const src = '# Storm toll\n\nBody.\n\nSetext title 2022\n---\n\n### Level three ###\n';
      const doc = scanMarkdown(src);
      assertOffsetsExact(src, doc);
      assert.deepEqual(doc.blocks.map((b) => [b.kind, b.start, b.end, b.text, b.headingLevel]), [
        ['heading', 2, 12, 'Storm toll', 1],
        ['paragraph', 14, 19, 'Body.', 0],
        ['heading', 21, 38, 'Setext title 2022', 2],
        ['heading', 48, 59, 'Level three', 3],
      ]);
    });

    it('numbers blocks in document order', () => {
      const doc = scanMarkdown('# A\n\nB.\n\nC.\n');
      assert.deepEqual(doc.blocks.map((b) => b.index), [0, 1, 2]);
    });
  });

  describe('front matter', () => {
    it('reads date: into YYYY-MM-DD and keeps front matter out of the prose', () => {
      const src = '---\ntitle: Flood 400\ndate: 2023-3-7\n---\nBody text here.\n';
      const doc = scanMarkdown(src);
      assertOffsetsExact(src, doc);
      assert.deepEqual(doc.frontMatter, { start: 0, end: src.indexOf('---\nBody') + 3, date: '2023-03-07' });
      assert.deepEqual(blocks(doc), [['paragraph', src.indexOf('Body'), src.indexOf('Body') + 15, 'Body text here.']]);
      absent(doc, 'title');
      absent(doc, '400');
      assert.deepEqual(doc.notices, []);
    });

    it('reads a quoted date with a time, and a front matter closed by "..."', () => {
      const src = '---\ntitle: "Flood"\ndate: "2024-01-15T09:30:00Z"\n...\nText.\n';
      const doc = scanMarkdown(src);
      assert.deepEqual(doc.frontMatter, { start: 0, end: 51, date: '2024-01-15' });
      assert.deepEqual(blocks(doc), [['paragraph', 52, 57, 'Text.']]);
    });

    it('gives a null date when the front matter has none', () => {
      const doc = scanMarkdown('---\ntitle: Flood\n---\n\nText 40.\n');
      assert.deepEqual(doc.frontMatter, { start: 0, end: 20, date: null });
      assert.deepEqual(blocks(doc), [['paragraph', 22, 30, 'Text 40.']]);
    });

    it('does not take a thematic break later in the text for front matter', () => {
      const doc = scanMarkdown('Intro line.\n\n---\n\nAfter rule.\n');
      assert.equal(doc.frontMatter, null);
      assert.deepEqual(blocks(doc), [['paragraph', 0, 11, 'Intro line.'], ['paragraph', 18, 29, 'After rule.']]);
    });

    it('gives a notice for front matter that is never closed, and reads the rest as Markdown', () => {
      const src = '---\ntitle: A story\n\nBody 400 text here.\n';
      const doc = scanMarkdown(src);
      assert.equal(doc.frontMatter, null);
      assert.deepEqual(doc.notices, [{
        message: 'Front matter opened on line 1 is never closed with "---"; it was read as Markdown.',
        start: 0,
        end: 3,
      }]);
      assert.ok(doc.blocks.some((b) => b.text === 'Body 400 text here.' && b.start === 20));
    });
  });

  describe('suppression directives', () => {
    it('reads a disable-next-line comment on its own line with its rule ids', () => {
      const src = '<!-- copydesk-disable-next-line unattributed-figure, malformed-number -->\nOfficials said 400 died.\n';
      const doc = scanMarkdown(src);
      assert.deepEqual(doc.directives, [{
        kind: 'disable-next-line', rules: ['unattributed-figure', 'malformed-number'], start: 0, end: 73,
      }]);
      assert.deepEqual(blocks(doc), [['paragraph', 74, 98, 'Officials said 400 died.']]);
    });

    it('reads a directive inside a paragraph and blanks it', () => {
      const src = 'Text <!-- copydesk-disable-next-line inconsistent-figure --> and 500 more.\n';
      const doc = scanMarkdown(src);
      assert.deepEqual(doc.directives, [{ kind: 'disable-next-line', rules: ['inconsistent-figure'], start: 5, end: 60 }]);
      assert.equal(doc.blocks[0].text, `Text ${' '.repeat(55)} and 500 more.`);
    });

    it('reads disable and enable without ids, and ignores ordinary comments', () => {
      const src = '<!-- copydesk-disable -->\nA.\n\n<!-- copydesk-enable -->\n\n<!-- just a note 900 -->\n';
      const doc = scanMarkdown(src);
      assert.deepEqual(doc.directives, [
        { kind: 'disable', rules: [], start: 0, end: 25 },
        { kind: 'enable', rules: [], start: 30, end: 54 },
      ]);
      absent(doc, '900');
    });
  });

  describe('line endings and byte-order marks', () => {
    it('keeps offsets exact with CRLF line endings, front matter included', () => {
      const src = '---\r\ndate: 2021-06-30\r\n---\r\n# Big title\r\n\r\nFirst line 40\r\nsecond `code` line.\r\n';
      const doc = scanMarkdown(src);
      assertOffsetsExact(src, doc);
      assert.deepEqual(doc.frontMatter, { start: 0, end: 27, date: '2021-06-30' });
      assert.deepEqual(blocks(doc), [
        ['heading', 30, 39, 'Big title'],
        ['paragraph', 43, 77, 'First line 40 \nsecond        line.'],
      ]);
      assert.equal(src.slice(43 + 11, 43 + 13), '40');
    });

    it('keeps offsets exact after a UTF-8 BOM before front matter', () => {
      const src = '\ufeff---\ndate: 2021-06-30\n---\n# Headline here\n\nBody 400 text.\n';
      const doc = scanMarkdown(src);
      assertOffsetsExact(src, doc);
      assert.equal(doc.frontMatter?.date, '2021-06-30');
      assert.deepEqual(blocks(doc), [
        ['heading', 28, 41, 'Headline here'],
        ['paragraph', 43, 57, 'Body 400 text.'],
      ]);
    });

    it('keeps offsets exact after a UTF-8 BOM with no front matter', () => {
      const src = '\ufeffBody 400 text.\n\nMore 500 text.\n';
      const doc = scanMarkdown(src);
      assertOffsetsExact(src, doc);
      const b = doc.blocks[0];
      assert.equal(b.start + b.text.indexOf('400'), src.indexOf('400'));
      assert.deepEqual(blocks(doc).slice(1), [['paragraph', 17, 31, 'More 500 text.']]);
    });
  });
});

describe('scanMarkdown with a ScanCache', () => {
  it('gives exactly an uncached scan (blocks with their ids, directives) after each of 200 random edits, taking most pieces from the cache', () => {
    const corpus = path.join(__dirname, '../../../../test/corpus');
    const stories = ['war-02.md', 'politics-03.md', 'sport-01.md'].map((f) => fs.readFileSync(path.join(corpus, f), 'utf8'));
    const table = '| Team | Score |\n| --- | --- |\n| Ashby | 3-2 |\n';
    const list = '- one 12\n  - nested 40\n- two\n\n1. first\n2. second\n';
    let text = `\uFEFF# Title\n\n${stories[0]}\n${table}\n${list}\n<!-- copydesk-disable -->\n\n${stories[1]}\n> quoted 300\n\n${table}\n${stories[2]}\n<!-- copydesk-enable -->\n`;
    const cache = new ScanCache(200);
    let seed = 11;
    const r = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
    const edits = ['a', '\n', '\n\n', '- ', '| x |', '> ', '```', '<!-- ', ' -->', '# ', '1,000'];
    let reused = 0;
    for (let i = 0; i < 200; i++) {
      const at = Math.floor(r() * text.length);
      text = r() < 0.3 ? text.slice(0, at) + text.slice(at + Math.floor(r() * 8)) : text.slice(0, at) + edits[Math.floor(r() * edits.length)] + text.slice(at);
      const cached = scanMarkdown(text, cache);
      const whole = scanMarkdown(text);
      assert.deepEqual({ ...cached, lines: null }, { ...whole, lines: null }, `edit ${i} at ${at}`);
      reused += cache.reused;
    }
    assert.ok(text.length > 8000 && reused > 200 * 20, `${reused} pieces reused over 200 edits of ${text.length} characters`);
  });

  it('takes the first piece from the cache past front matter that changed length, its blocks moved with it', () => {
    const body = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} said ${i * 10} homes flooded.\n\n<!-- copydesk-disable-next-line -->\nLine ${i}.\n`).join('\n');
    const cache = new ScanCache(300);
    ['2024-03-05', '2024-03-05T10:00', '2024-3-5', '2024-03-05'].forEach((date, i) => {
      const text = `---\ntitle: Floods\ndate: ${date}\n---\n\n${body}`;
      const cached = scanMarkdown(text, cache);
      assert.deepEqual({ ...cached, lines: null }, { ...scanMarkdown(text), lines: null }, date);
      assert.equal(cached.blocks[0].text, 'Paragraph 0 said 0 homes flooded.');
      // Past the first scan, every piece, the first included, is the same text each time (the
      // parser reads from where the front matter ends): none is parsed again.
      if (i > 0) assert.equal(cache.parsed, 0, `${date}: ${cache.parsed} pieces parsed`);
    });
    assert.ok(cache.reused > 5, `${cache.reused} pieces reused`);
  });

  it('moves the blocks of a kept piece in place, and gives a piece that repeats an earlier one of the same draft blocks of its own', () => {
    // Pieces of one repeated paragraph: most have the same text as another piece of the draft.
    const body = 'Officials said 300 homes were evacuated.\n\n'.repeat(40);
    const cache = new ScanCache(100);
    const first = scanMarkdown(`Intro.\n\n${body}`, cache);
    const firstBlocks = new Set(first.blocks);
    const second = scanMarkdown(`Intro, edited.\n\n${body}`, cache);
    assert.deepEqual({ ...second, lines: null }, { ...scanMarkdown(`Intro, edited.\n\n${body}`), lines: null });
    assert.equal(new Set(second.blocks).size, second.blocks.length, 'one block object in two places');
    const moved = second.blocks.filter((b) => firstBlocks.has(b)).length;
    assert.ok(cache.reused > 5 && moved > 0 && moved < second.blocks.length, `${cache.reused} pieces reused, ${moved} blocks moved in place`);
  });
});
