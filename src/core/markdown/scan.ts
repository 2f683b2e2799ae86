// Markdown -> prose blocks with offsets into the original text.
//
// markdown-it (a CommonMark parser) finds the block structure: paragraphs,
// headings, lists, blockquotes, tables, code, HTML. Its block tokens carry line
// maps but its inline content carries no offsets, so each block's content is
// located in its source lines here, and scanInline blanks what is not prose.
// Inline parsing in markdown-it itself is switched off: it is not needed and
// is most of its cost.

import MarkdownIt from 'markdown-it';
import { LineIndex } from '../positions';
import { scanInline } from './inline';

export type BlockKind = 'paragraph' | 'heading' | 'table-cell';

export interface ProseBlock {
  kind: BlockKind;
  /** Offset of the block's first prose character in the original text. */
  start: number;
  /** Exclusive end offset. */
  end: number;
  /**
   * The source slice [start, end) with everything that is not prose (markup,
   * code spans, URLs, container prefixes) replaced by spaces; newlines kept.
   * Same length as the slice, so offsets carry over unchanged.
   */
  text: string;
  /** Order of the block in the document. */
  index: number;
  /** Id of the innermost list holding the block, or -1. */
  list: number;
  /** Id of the innermost list item holding the block, or -1. */
  listItem: number;
  /** Inside a blockquote. */
  blockquote: boolean;
  /** Id of the table, or -1. */
  table: number;
  /** Row index within the table (0 = header), or -1. */
  row: number;
  /** 1-6 for headings, else 0. */
  headingLevel: number;
}

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable';

/** A `<!-- copydesk-... -->` comment. */
export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty means every rule. */
  rules: string[];
  start: number;
  end: number;
}

export interface FrontMatter {
  start: number;
  end: number;
  /** The `date:` value as YYYY-MM-DD, if it has one. */
  date: string | null;
}

export interface ScanNotice {
  message: string;
  start: number;
  end: number;
}

export interface ScannedDocument {
  text: string;
  /** Line starts of `text`, shared with whoever turns offsets into positions. */
  lines: LineIndex;
  blocks: ProseBlock[];
  directives: Directive[];
  frontMatter: FrontMatter | null;
  notices: ScanNotice[];
}

let parser: MarkdownIt.MarkdownIt | null = null;
function getParser(): MarkdownIt.MarkdownIt {
  if (!parser) {
    parser = new MarkdownIt({ html: true, linkify: false, typographer: false });
    parser.core.ruler.disable(['inline', 'text_join', 'replacements', 'smartquotes', 'linkify']);
  }
  return parser;
}

const DIRECTIVE = /^\s*copydesk-(disable-next-line|disable|enable)\b([^]*)$/;

function parseDirective(body: string, start: number, end: number): Directive | null {
  const m = DIRECTIVE.exec(body);
  if (!m) return null;
  // Rule ids come first; anything after a ":" or "--" is the writer's own note.
  const rules: string[] = [];
  for (const tok of m[2].split(/(?=:|--)|[\s,]+/)) {
    if (tok === '') continue;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(tok)) break;
    rules.push(tok);
  }
  return { kind: m[1] as DirectiveKind, rules, start, end };
}

function findFrontMatter(text: string, lines: LineIndex, notices: ScanNotice[]): FrontMatter | null {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const firstEnd = lines.lineEnd(0);
  if (text.slice(bom, firstEnd).replace(/\r$/, '').trimEnd() !== '---') return null;
  for (let l = 1; l < lines.lineCount; l++) {
    const lineEnd = lines.lineEnd(l);
    const line = text.slice(lines.lineStart(l), lineEnd).replace(/\r$/, '').trimEnd();
    if (line === '---' || line === '...') {
      const body = text.slice(lines.lineStart(1), lines.lineStart(l));
      const m = /^date:\s*["']?(\d{4})-(\d{1,2})-(\d{1,2})/m.exec(body);
      const date = m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null;
      return { start: 0, end: lineEnd, date };
    }
  }
  notices.push({
    message: 'Front matter opened on line 1 is never closed with "---"; it was read as Markdown.',
    start: bom,
    end: firstEnd,
  });
  return null;
}

/** Splits a table row's source into cell spans (offsets), honouring `\|` and code spans. */
function tableCells(text: string, from: number, to: number): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  let i = from;
  while (i < to && (text[i] === ' ' || text[i] === '\t' || text[i] === '>')) i++;
  if (text[i] === '|') i++;
  let cellStart = i;
  let inCode = 0;
  for (; i <= to; i++) {
    const c = i < to ? text[i] : '|';
    if (c === '\\') { i++; continue; }
    if (c === '`') {
      let n = 0;
      while (text[i + n] === '`') n++;
      inCode = inCode === 0 ? n : inCode === n ? 0 : inCode;
      i += n - 1;
      continue;
    }
    if (c === '|' && (inCode === 0 || i === to)) {
      let a = cellStart;
      let b = i;
      while (a < b && /\s/.test(text[a])) a++;
      while (b > a && /\s/.test(text[b - 1])) b--;
      if (i < to || b > a) cells.push([a, b]);
      cellStart = i + 1;
    }
  }
  return cells;
}

interface Context {
  list: number;
  listItem: number;
  blockquote: number;
  table: number;
  row: number;
}

/** Parses a Markdown document into prose blocks, suppression directives and front matter. */
export function scanMarkdown(text: string): ScannedDocument {
  const lines = new LineIndex(text);
  const starts = lines.starts;
  const notices: ScanNotice[] = [];
  const frontMatter = findFrontMatter(text, lines, notices);
  const lineEnd = (l: number) => lines.lineEnd(l);
  const lineText = (l: number) => text.slice(starts[l], lineEnd(l));

  // Front matter lines are blanked for the parser so its line numbers stay the file's;
  // a byte-order mark becomes a space so "# Heading" on line 1 is still a heading.
  let source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  if (frontMatter) {
    const fmLines = text.slice(0, frontMatter.end).split('\n').length;
    source = '\n'.repeat(fmLines - 1) + text.slice(frontMatter.end);
  }
  const tokens = getParser().parse(source, {});

  const blocks: ProseBlock[] = [];
  const directives: Directive[] = [];
  const ctx: Context = { list: -1, listItem: -1, blockquote: 0, table: -1, row: -1 };
  const stack: Context[] = [];
  let ids = 0;
  let inHeading = 0;
  let headingLevel = 0;
  let rowMap: [number, number] | null = null;

  const addBlock = (kind: BlockKind, pieces: Array<[number, string]>, headingLvl: number) => {
    // pieces: [source offset, content line]; content lines are joined with "\n".
    const content = pieces.map((p) => p[1]).join('\n');
    if (content.trim() === '') return;
    const start = pieces[0][0];
    const last = pieces[pieces.length - 1];
    const end = last[0] + last[1].length;
    const keep = new Uint8Array(end - start);
    const map = new Int32Array(content.length);
    let ci = 0;
    for (let p = 0; p < pieces.length; p++) {
      const [off, line] = pieces[p];
      for (let k = 0; k < line.length; k++) {
        keep[off - start + k] = 1;
        map[ci++] = off + k;
      }
      if (p < pieces.length - 1) map[ci++] = off + line.length; // the "\n"
    }
    const scan = scanInline(content);
    for (const [a, b] of scan.masked) for (let k = a; k < b; k++) keep[map[k] - start] = 0;
    for (const cm of scan.comments) {
      const d = parseDirective(cm.body, map[cm.start], cm.end >= content.length ? end : map[cm.end]);
      if (d) directives.push(d);
    }
    const chars: string[] = [];
    let run = 0;
    for (let k = 0; k < keep.length; k++) {
      if (keep[k]) continue;
      if (k > run) chars.push(text.slice(start + run, start + k));
      const ch = text[start + k];
      chars.push(ch === '\n' ? '\n' : ' ');
      run = k + 1;
    }
    if (run < keep.length) chars.push(text.slice(start + run, end));
    let masked = chars.join('');
    if (scan.replacements.length > 0) {
      const arr = masked.split('');
      for (const [o, ch] of scan.replacements) arr[map[o] - start] = ch;
      masked = arr.join('');
    }
    blocks.push({
      kind,
      start,
      end,
      text: masked,
      index: blocks.length,
      list: ctx.list,
      listItem: ctx.listItem,
      blockquote: ctx.blockquote > 0,
      table: ctx.table,
      row: ctx.row,
      headingLevel: headingLvl,
    });
  };

  for (const t of tokens) {
    switch (t.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        stack.push({ ...ctx });
        ctx.list = ids++;
        break;
      case 'list_item_open':
        stack.push({ ...ctx });
        ctx.listItem = ids++;
        break;
      case 'blockquote_open':
        stack.push({ ...ctx });
        ctx.blockquote++;
        break;
      case 'table_open':
        stack.push({ ...ctx });
        ctx.table = ids++;
        ctx.row = -1;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
      case 'blockquote_close':
      case 'table_close':
        Object.assign(ctx, stack.pop());
        break;
      case 'tr_open':
        ctx.row++;
        rowMap = t.map as [number, number] | null;
        if (rowMap) {
          const l = rowMap[0];
          for (const [a, b] of tableCells(text, starts[l], lineEnd(l))) {
            if (b > a) addBlock('table-cell', [[a, text.slice(a, b)]], 0);
          }
        }
        break;
      case 'heading_open':
        inHeading++;
        headingLevel = Number(t.tag.slice(1)) || 1;
        break;
      case 'heading_close':
        inHeading--;
        break;
      case 'html_block': {
        if (!t.map) break;
        const a = starts[t.map[0]];
        const b = lineEnd(t.map[1] - 1);
        const re = /<!--([^]*?)-->/g;
        const slice = text.slice(a, b);
        let m: RegExpExecArray | null;
        let lastEnd = -1;
        while ((m = re.exec(slice))) {
          const d = parseDirective(m[1], a + m.index, a + m.index + m[0].length);
          if (d) directives.push(d);
          lastEnd = a + m.index + m[0].length;
        }
        // "<!-- note --> The fire destroyed 3,000 homes.": a browser shows the words after the comment.
        if (/^\s*<!--/.test(slice) && lastEnd > 0) {
          const pieces: Array<[number, string]> = [];
          for (let l = t.map[0]; l < t.map[1]; l++) {
            const from = Math.max(starts[l], lastEnd);
            const to = lineEnd(l);
            if (from < to && text.slice(from, to).trim() !== '' && !text.slice(from, to).includes('<!--')) {
              const raw = text.slice(from, to).replace(/\r$/, '');
              const lead = raw.length - raw.trimStart().length;
              pieces.push([from + lead, raw.slice(lead)]);
            }
          }
          if (pieces.length > 0) addBlock('paragraph', pieces, 0);
        }
        break;
      }
      case 'inline': {
        if (!t.map || ctx.row >= 0) break; // table cells were taken from the row's source
        const lines = t.content.split('\n');
        const pieces: Array<[number, string]> = [];
        for (let k = 0; k < lines.length; k++) {
          const l = t.map[0] + k;
          if (l >= starts.length || lines[k] === '') continue;
          const src = lineText(l);
          const at = src.lastIndexOf(lines[k]);
          // A line whose content differs from its source (tabs expanded) is skipped, not guessed.
          if (at >= 0) pieces.push([starts[l] + at, lines[k]]);
        }
        if (pieces.length > 0) addBlock(inHeading > 0 ? 'heading' : 'paragraph', pieces, inHeading > 0 ? headingLevel : 0);
        break;
      }
      default:
        break;
    }
  }
  return { text, lines, blocks, directives, frontMatter, notices };
}
