import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { blockPieces, blockTokens, createBlockParser } from '../../../src/core/markdown/parser';

// Block constructs of every kind, nested, with the line endings and characters
// normalisation deals with.
const SAMPLE = [
  '# Heading one',
  'Setext heading',
  '===',
  '',
  'A paragraph with *emphasis*, a [link](http://x.org "t") and `code`,',
  'over two lines.',
  '',
  '> A quote',
  '> - with a list',
  '>   1. nested',
  'lazy continuation',
  '',
  '| Town | Homes |',
  '| --- | ---: |',
  '| Ashby | 3,000 |',
  '',
  '```js',
  'code();',
  '```',
  '',
  '    indented code',
  '',
  '<div>',
  '<!-- copydesk-disable -->',
  '</div>',
  '',
  '[ref]: http://example.org',
  '',
  '* * *',
  '\tTabbed\u0000line',
  '- item\r\n- item two\r\n\r\n  continued\rlone cr',
].join('\n');

describe('createBlockParser', () => {
  it('gives the same block tokens as stock markdown-it, minus reference definitions', () => {
    const stock = createBlockParser(false).parse(SAMPLE, {});
    const lean = createBlockParser().parse(SAMPLE, {}).filter((t) => t.type !== 'reference_definition');
    assert.ok(stock.length > 30);
    assert.equal(JSON.stringify(lean), JSON.stringify(stock));
    assert.equal(Object.getPrototypeOf(lean[0]), Object.getPrototypeOf(stock[0]));
  });
});

// Top-level blocks whose end is only known from lines far below their start:
// the pieces must not cut them.
const LONG_REACH = [
  '- item one',
  '',
  '  still item one, after a blank line',
  '',
  '      indented code inside the item',
  '- item two',
  '',
  '> quote',
  'lazy line of the quote',
  '',
  '<!-- a comment',
  '',
  'over blank lines -->',
  'Setext over',
  'two lines',
  '---',
  '[label]:',
  '  http://example.org',
  '  "a title',
  '',
  'Paragraph',
  '    not code: a lazy line',
  '| a | b |',
  '| - | - |',
  '| 1 | 2 |',
  'row without pipes',
  '',
  '```',
  'fence with',
  '',
  'blank lines',
  '```',
  '',
  '1. one',
  '2. two',
  '',
  '   three paragraphs in',
  '',
  '# Heading',
  '    code',
  '',
  '    more code',
  '~~~ unclosed fence',
  'runs to the end',
  '',
  '# not a heading',
].join('\n');

function corpus(): string {
  const dir = path.join(__dirname, '../../../../test/corpus');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
}

describe('blockTokens', () => {
  const md = createBlockParser();
  const whole = (src: string) => JSON.stringify(md.parse(src, {}));
  const pieces = (src: string, size: number) => JSON.stringify([...blockTokens(md, src, size)].flat());

  it('gives the tokens of one whole parse, for pieces of any size', () => {
    const docs = [SAMPLE.replace(/\r(?!\n)/g, ''), LONG_REACH, `${LONG_REACH}\n\n${SAMPLE.replace(/\r(?!\n)/g, '')}\n`, corpus()];
    for (const doc of docs) {
      for (const size of [1, 2, 5, 17, 64, 300, 4096]) {
        assert.equal(pieces(doc, size), whole(doc), `${doc.length} characters in pieces of ${size}`);
      }
    }
  });

  it('parses in pieces: several token lists, each of whole top-level blocks', () => {
    const doc = corpus();
    const lists = [...blockTokens(md, doc, 4096)];
    assert.ok(lists.length >= doc.length / 4096 / 2, `${lists.length} pieces`);
    for (const list of lists) {
      assert.equal(list[0].level, 0);
      assert.equal(list[list.length - 1].level, 0);
    }
  });

  it('cuts the last block of a piece, even when it is the only one, and a lone CR parses whole', () => {
    // One list longer than the piece: parsed again in doubled pieces until it ends.
    const list = Array.from({ length: 200 }, (_, i) => `- item ${i}\n\n  more of item ${i}`).join('\n');
    const doc = `${list}\n\n${Array.from({ length: 2000 }, (_, i) => `Paragraph ${i}.`).join('\n\n')}\n`;
    assert.equal(pieces(doc, 64), whole(doc));
    const lists = [...blockTokens(md, doc, 64)];
    assert.ok(lists.length > 10, `${lists.length} pieces`);
    // The first piece that could be cut held the whole list.
    assert.equal(lists[0][0].type, 'bullet_list_open');
    assert.equal(lists[0].filter((t) => t.type === 'bullet_list_close').length, 1);
    const cr = `${'Line one.\rLine two.\n\n'.repeat(50)}# End`;
    assert.equal([...blockTokens(md, cr, 8)].length, 1);
    assert.equal(pieces(cr, 8), whole(cr));
  });

  it('reads from an offset as if the lines before it were blank, slicing its pieces from the source', () => {
    const body = `${LONG_REACH}\n\n${SAMPLE.replace(/\r(?!\n)/g, '')}\n`;
    const cr = `${'Line one.\rLine two.\n\n'.repeat(20)}# End`;
    for (const [head, rest] of [
      ['---\ntitle: A story\ndate: 2024-04-18\n---\n', body],
      ['---\nx: 1\n---', `\n${body}`],
      ['---\r\nx: 1\r\n---\r\n', cr],
      // A lone CR before the offset is not read: the rest is still parsed in pieces.
      ['---\nx: 1\ry: 2\n---\n', body],
    ]) {
      const doc = head + rest;
      const fromLine = head.split('\n').length - 1;
      const blanked = '\n'.repeat(fromLine) + rest;
      for (const size of [1, 5, 64, 4096]) {
        const got = [...blockPieces(md, doc, size, undefined, head.length, fromLine)];
        assert.equal(JSON.stringify(got.map((p) => p.tokens).flat()), whole(blanked), `${head.length} + ${rest.length} characters in pieces of ${size}`);
        assert.equal(got[0].start, head.length);
        assert.equal(got[0].line, fromLine);
        for (const p of got) assert.equal(p.source, doc.slice(p.start, p.start + p.source.length));
        assert.equal(got.length > 1, !/\r(?!\n)/.test(rest) && size <= 64, `${got.length} pieces of ${size}`);
      }
    }
  });
});
