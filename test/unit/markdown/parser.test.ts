import * as assert from 'node:assert/strict';
import { createBlockParser } from '../../../src/core/markdown/parser';

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
