// Runs the examples of every rule page, so a page cannot drift from the engine.
//
// What a page under docs/rules/ promises, and what this file checks:
// - Every ```markdown block under "### Flagged" gives at least one finding of
//   the page's rule; every one under "### Not flagged" gives none. A section
//   ends at the next heading of level 3 or less (headings inside a block do
//   not count). Each page has at least one block of each kind.
// - `<!-- options: {...} -->` right before a block (blank lines allowed in
//   between) is JSON handed to analyze() as its options: a roster, an ignore
//   list, a dateline. Readers do not see comments, so the page says the same
//   in words.
// - After a Flagged block, a paragraph "Finding on `TEXT`: `MESSAGE`" says
//   that a finding of the rule covers exactly TEXT and, when the message is
//   given in a code span, that its message is MESSAGE (line breaks in the
//   page count as spaces). "Finding on `TEXT`: some words" checks TEXT only.
// - After a Flagged block, a blockquote is the text after the fix: applying
//   the first fix of every finding of the rule in the block must leave text
//   that contains each paragraph of the blockquote.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { LineIndex } from '../../src/core/positions';
import { RULES } from '../../src/core/rules';
import type { AnalyzeOptions, Finding } from '../../src/core/types';

// Compiled to out/test/unit/, so the repository root is three levels up.
const ROOT = path.join(__dirname, '../../..');
const DOCS = path.join(ROOT, 'docs/rules');

interface Expectation {
  /** The exact text the finding covers. */
  text: string;
  /** The exact message, white space squashed, or null when the page gives none. */
  message: string | null;
}

interface Example {
  kind: 'flagged' | 'not-flagged';
  /** 1-based line of the opening fence in the page. */
  line: number;
  /** The block's content, as a draft file would hold it. */
  source: string;
  options: AnalyzeOptions;
  /** Why the options comment could not be read, if it could not. */
  error: string | null;
  expect: Expectation[];
  /** Paragraphs the text must contain after the fixes. */
  fixed: string[];
}

interface Page {
  examples: Example[];
  /** Page-level mistakes: options with no block, findings promised for a Not flagged block. */
  problems: string[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Fails with the message alone (no true/false diff to hide it). */
function check(ok: boolean, message: string): void {
  if (!ok) assert.fail(message);
}

/** Reads the examples of one page, in order. */
function readPage(text: string): Page {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const examples: Example[] = [];
  const problems: string[] = [];
  let section: Example['kind'] | null = null;
  let pendingOptions: { json: string; line: number } | null = null;
  let last: Example | null = null;
  let paragraph: { text: string[]; line: number } | null = null;
  let quote: string[] = [];
  const dropOptions = () => {
    if (pendingOptions) problems.push(`line ${pendingOptions.line}: an options comment with no \`\`\`markdown example right after it`);
    pendingOptions = null;
  };
  const endParagraph = () => {
    if (last && paragraph) {
      const m = /^Finding on `([^`]+)`[^:`]*(?::\s*`([^`]+)`)?/.exec(paragraph.text.join(' '));
      if (m) last.expect.push({ text: m[1], message: m[2] ? squash(m[2]) : null });
      if (m && last.kind === 'not-flagged') problems.push(`line ${paragraph.line}: "Finding on" after a Not flagged example`);
    }
    if (last && quote.length > 0) {
      // Paragraphs of the blockquote are separated by empty ">" lines or blank lines between ">" lines.
      for (const para of quote.join('\n').split(/\n\s*\n/)) if (para.trim()) last.fixed.push(squash(para));
      if (last.kind === 'not-flagged') problems.push(`a fixed text (blockquote) after the Not flagged example on line ${last.line}`);
    }
    paragraph = null;
    quote = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^( {0,3})(`{3,}|~{3,})\s*([^`\s]*)/.exec(line);
    if (fence) {
      endParagraph();
      const indent = fence[1].length;
      const marker = fence[2];
      const lang = fence[3].toLowerCase();
      const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
      const body: string[] = [];
      let j = i + 1;
      for (; j < lines.length && !close.test(lines[j]); j++) body.push(lines[j].replace(new RegExp(`^ {0,${indent}}`), ''));
      if (section && indent === 0 && (lang === 'markdown' || lang === 'md')) {
        const ex: Example = { kind: section, line: i + 1, source: `${body.join('\n')}\n`, options: {}, error: null, expect: [], fixed: [] };
        if (pendingOptions) {
          try {
            ex.options = JSON.parse(pendingOptions.json) as AnalyzeOptions;
          } catch (e) {
            ex.error = `the options comment on line ${pendingOptions.line} is not valid JSON: ${(e as Error).message}`;
          }
          pendingOptions = null;
        }
        examples.push(ex);
        last = ex;
      }
      dropOptions();
      i = j;
      continue;
    }
    const heading = /^(#{1,6})\s/.exec(line);
    if (heading) {
      endParagraph();
      dropOptions();
      if (heading[1].length <= 3) {
        last = null;
        section = /^###\s+Flagged\s*$/.test(line) ? 'flagged' : /^###\s+Not flagged\s*$/.test(line) ? 'not-flagged' : null;
      }
      continue;
    }
    const options = /^<!--\s*options:\s*(.*?)\s*-->\s*$/.exec(line);
    if (options) {
      endParagraph();
      dropOptions();
      pendingOptions = { json: options[1], line: i + 1 };
      continue;
    }
    if (line.trim() === '') {
      // A blank line between two ">" lines keeps the blockquote going.
      if (quote.length > 0 && /^>/.test(lines[i + 1] ?? '')) quote.push('');
      else endParagraph();
      continue;
    }
    dropOptions();
    if (/^>/.test(line)) {
      if (paragraph) endParagraph();
      quote.push(line.replace(/^>\s?/, ''));
    } else {
      if (quote.length > 0) endParagraph();
      paragraph ??= { text: [], line: i + 1 };
      paragraph.text.push(line.trim());
    }
  }
  endParagraph();
  dropOptions();
  return { examples, problems };
}

/** Applies the first fix of each finding once (findings may share one fix); their edits must not overlap. */
function applyFirstFixes(text: string, findings: Finding[]): string {
  const lines = new LineIndex(text);
  const seen = new Set<string>();
  const edits = findings
    .filter((f) => f.fixes.length > 0)
    .flatMap((f) => f.fixes[0].edits)
    .map((e) => ({ start: lines.offset(e.range.start), end: lines.offset(e.range.end), newText: e.newText }))
    .filter((e) => {
      const key = `${e.start}:${e.end}:${e.newText}`;
      return !seen.has(key) && seen.add(key) !== undefined;
    })
    .sort((a, b) => b.start - a.start);
  for (let k = 1; k < edits.length; k++) check(edits[k].end <= edits[k - 1].start, 'the fixes overlap');
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The block's first line of prose (after any front matter), for the test's name. */
function firstLine(source: string): string {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const l = body.split('\n').find((x) => x.trim() !== '') ?? '';
  return l.length > 70 ? `${l.slice(0, 67)}...` : l;
}

describe('docs/rules examples', () => {
  for (const rule of RULES) {
    const file = path.join(DOCS, `${rule.id}.md`);
    const page = fs.existsSync(file) ? readPage(fs.readFileSync(file, 'utf8')) : { examples: [], problems: [`docs/rules/${rule.id}.md is missing`] };
    const where = (ex: Example) => `docs/rules/${rule.id}.md line ${ex.line}`;
    describe(`${rule.id}.md`, () => {
      it('has a Flagged and a Not flagged example, and nothing the test cannot read', () => {
        assert.deepEqual(page.problems, []);
        check(page.examples.some((e) => e.kind === 'flagged'), `docs/rules/${rule.id}.md has no \`\`\`markdown block under "### Flagged"`);
        check(page.examples.some((e) => e.kind === 'not-flagged'), `docs/rules/${rule.id}.md has no \`\`\`markdown block under "### Not flagged"`);
      });
      for (const ex of page.examples) {
        it(`${ex.kind === 'flagged' ? 'flags' : 'does not flag'} (line ${ex.line}) "${firstLine(ex.source)}"`, () => {
          check(ex.error === null, `${where(ex)}: ${ex.error}`);
          const mine = analyze(ex.source, ex.options).findings.filter((f) => f.rule === rule.id);
          const shown = mine.map((f) => `${f.text}: ${f.message}`);
          if (ex.kind === 'not-flagged') {
            assert.deepEqual(shown, [], `${where(ex)}: expected no ${rule.id} finding`);
            return;
          }
          check(mine.length > 0, `${where(ex)}: expected a ${rule.id} finding, got none`);
          for (const want of ex.expect) {
            const hit = mine.find((f) => f.text === want.text && (want.message === null || squash(f.message) === want.message));
            check(
              hit !== undefined,
              `${where(ex)}: no finding on "${want.text}"${want.message ? ` with the message ${JSON.stringify(want.message)}` : ''}; got ${JSON.stringify(shown)}`,
            );
          }
          if (ex.fixed.length > 0) {
            check(mine.some((f) => f.fixes.length > 0), `${where(ex)}: the page shows a fixed text, but no finding offers a fix`);
            const fixed = squash(applyFirstFixes(ex.source, mine));
            for (const para of ex.fixed) check(fixed.includes(para), `${where(ex)}: after the fixes, expected ${JSON.stringify(para)} in ${JSON.stringify(fixed)}`);
          }
        });
      }
    });
  }
});
