// Markdown -> prose blocks with offsets into the original text.
//
// markdown-it (a CommonMark parser) finds the block structure: paragraphs,
// headings, lists, blockquotes, tables, code, HTML. Its block tokens carry line
// maps but its inline content carries no offsets, so each block's content is
// located in its source lines here, and scanInline blanks what is not prose.
// Inline parsing in markdown-it itself is switched off (see ./parser): it is
// not needed and is most of its cost.

import type MarkdownIt from 'markdown-it';
import { LineIndex } from '../positions';
import { ownCopy } from '../strings';
import { scanInline } from './inline';
import { blockPieces, createBlockParser, PIECE_CHARS } from './parser';

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
  rules: readonly string[];
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
  if (!parser) parser = createBlockParser();
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
    // A copy: the directive may be kept past this draft (ScanCache), and a slice keeps all of it.
    rules.push(ownCopy(tok));
  }
  return { kind: DIRECTIVE_KINDS[m[1]], rules, start, end };
}

/** The kinds as constants, not slices of the draft (see parseDirective). */
const DIRECTIVE_KINDS: Record<string, DirectiveKind> = { 'disable-next-line': 'disable-next-line', disable: 'disable', enable: 'enable' };

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

/**
 * JavaScript's white space, as `trim()` and `/\s/` see it, for one UTF-16 code
 * unit: a char-code test instead of a regex or a trimmed copy per character.
 */
function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Splits a table row's source into the spans of its non-empty cells, written as
 * start, end pairs into `out` from index 0; returns how many numbers it wrote.
 * Honours `\|` and code spans.
 */
function tableCells(text: string, from: number, to: number, out: number[]): number {
  let n = 0;
  let i = from;
  while (i < to && (text[i] === ' ' || text[i] === '\t' || text[i] === '>')) i++;
  if (text[i] === '|') i++;
  let cellStart = i;
  let inCode = 0;
  for (; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 0x7c; // the row's end closes the last cell
    if (c === 0x5c) { i++; continue; } // "\"
    if (c === 0x60) { // "`"
      let n = 0;
      while (text.charCodeAt(i + n) === 0x60) n++;
      inCode = inCode === 0 ? n : inCode === n ? 0 : inCode;
      i += n - 1;
      continue;
    }
    if (c === 0x7c && (inCode === 0 || i === to)) {
      let a = cellStart;
      let b = i;
      while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
      while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
      if (b > a) {
        out[n++] = a;
        out[n++] = b;
      }
      cellStart = i + 1;
    }
  }
  return n;
}

/**
 * Where one line of a block's content lies in its source line [lineStart, lineEnd),
 * or -1. markdown-it strips container prefixes and indentation, so a content
 * line is normally the tail of its source line (before any "\r", which
 * markdown-it normalises away): that is checked first, without copying. Other
 * lines (a trimmed hard break, expanded tabs) take the last match in the line,
 * as they always did.
 */
function locateLine(text: string, lineStart: number, lineEnd: number, content: string, from: number, len: number): number {
  let e = lineEnd;
  if (e > lineStart && text.charCodeAt(e - 1) === 0x0d) e--;
  const at = e - len;
  const line = from === 0 && len === content.length ? content : content.slice(from, from + len);
  // Content holds no "\r", so no later match can reach past `e`: this is the last one.
  // (String equality compares in bulk; startsWith or a char loop is several times slower.)
  if (at >= lineStart && line === text.slice(at, e)) return at;
  const found = text.slice(lineStart, lineEnd).lastIndexOf(line);
  return found < 0 ? -1 : lineStart + found;
}

const SPACES = ' '.repeat(256);

function spaces(n: number): string {
  return n <= SPACES.length ? SPACES.slice(0, n) : ' '.repeat(n);
}

/** The source range [a, b) blanked: a space for each character, newlines kept. */
function blank(text: string, a: number, b: number): string {
  let out = '';
  let from = a;
  for (let k = a; k < b; k++) {
    if (text.charCodeAt(k) === 0x0a) {
      out += `${spaces(k - from)}\n`;
      from = k + 1;
    }
  }
  return out + spaces(b - from);
}

interface Context {
  list: number;
  listItem: number;
  blockquote: number;
  table: number;
  row: number;
}

/**
 * Turns content lines located in the source into masked prose blocks. A block's
 * lines are gathered with add(), then finish() scans and emits it; the line
 * arrays are reused, so a block costs no per-character arrays or copies.
 */
class BlockWriter {
  readonly blocks: ProseBlock[] = [];
  readonly directives: Directive[] = [];
  /**
   * Source offset and length of each of the open block's `n` content lines.
   * Reused: only the first `n` entries count (truncating an array is not free).
   */
  private offs: number[] = [];
  private lens: number[] = [];
  private n = 0;
  /** Decoded entities of the open block: source offset and character, `reps` of them. */
  private repAt: number[] = [];
  private repCh: string[] = [];
  private reps = 0;
  private rep = 0;
  /** The masked text being written, and the source offset it has reached. */
  private out = '';
  private cur = 0;

  constructor(private readonly text: string) {}

  add(offset: number, length: number): void {
    this.offs[this.n] = offset;
    this.lens[this.n] = length;
    this.n++;
  }

  /** Emits the open block (unless it is blank) and starts a new one. */
  finish(kind: BlockKind, headingLevel: number, ctx: Context): void {
    const { text, offs, lens, n } = this;
    try {
      if (n === 0 || this.isBlank()) return;
      const start = offs[0];
      const end = offs[n - 1] + lens[n - 1];
      // The content is the lines joined with "\n". Lines that follow each other
      // in the source (no container prefix, no indent) are just the source slice.
      let contiguous = true;
      for (let p = 1; p < n && contiguous; p++) {
        const prevEnd = offs[p - 1] + lens[p - 1];
        contiguous = offs[p] === prevEnd + 1 && text.charCodeAt(prevEnd) === 0x0a;
      }
      let content = text.slice(start, contiguous ? end : start + lens[0]);
      if (!contiguous) for (let p = 1; p < n; p++) content += `\n${text.slice(offs[p], offs[p] + lens[p])}`;

      const scan = scanInline(content);
      // Indexed loops: most blocks get scanInline's shared frozen empty lists, and for-of
      // over those allocated an iterator per block.
      for (let k = 0; k < scan.comments.length; k++) {
        const cm = scan.comments[k];
        const d = parseDirective(cm.body, this.toSource(cm.start), cm.end >= content.length ? end : this.toSource(cm.end));
        if (d) this.directives.push(d);
      }
      if (contiguous && scan.masked.length === 0 && scan.replacements.length === 0) {
        // A run of source lines with no markup in it (most paragraphs): the masked text is the
        // source slice itself, which shares the draft's characters rather than copying them.
        this.push(kind, start, end, content, headingLevel, ctx);
        return;
      }
      this.reps = 0;
      for (let k = 0; k < scan.replacements.length; k++) {
        const [o, ch] = scan.replacements[k];
        this.repAt[this.reps] = this.toSource(o);
        this.repCh[this.reps++] = ch;
      }
      this.rep = 0;
      this.out = '';
      this.cur = start;

      // Walk the lines, copying the runs not masked (spans come in order and do
      // not overlap) and blanking everything between them.
      const masked = scan.masked;
      let m = 0;
      let lineAt = 0; // content offset of line p
      for (let p = 0; p < n; p++) {
        const shift = offs[p] - lineAt; // content offset -> source offset on this line
        const lineEnd = lineAt + lens[p];
        let c = lineAt;
        while (c < lineEnd) {
          while (m < masked.length && masked[m][1] <= c) m++;
          if (m < masked.length && masked[m][0] <= c) {
            c = Math.min(masked[m][1], lineEnd);
            continue;
          }
          const runEnd = m < masked.length ? Math.min(masked[m][0], lineEnd) : lineEnd;
          this.blankTo(c + shift);
          this.out += text.slice(c + shift, runEnd + shift);
          this.cur = runEnd + shift;
          c = runEnd;
        }
        lineAt = lineEnd + 1;
      }
      this.blankTo(end);
      this.push(kind, start, end, this.out, headingLevel, ctx);
    } finally {
      this.n = 0;
      this.out = '';
    }
  }

  private push(kind: BlockKind, start: number, end: number, text: string, headingLevel: number, ctx: Context): void {
    this.blocks.push({
      kind,
      start,
      end,
      text,
      index: this.blocks.length,
      list: ctx.list,
      listItem: ctx.listItem,
      blockquote: ctx.blockquote > 0,
      table: ctx.table,
      row: ctx.row,
      headingLevel,
    });
  }

  /** Whether the open block's content is all white space (what `content.trim() === ''` tested). */
  private isBlank(): boolean {
    for (let p = 0; p < this.n; p++) {
      for (let k = this.offs[p], e = k + this.lens[p]; k < e; k++) if (!isSpaceCode(this.text.charCodeAt(k))) return false;
    }
    return true;
  }

  /** The source offset of a content offset; a line's end stands for the "\n" after it. */
  private toSource(c: number): number {
    const { offs, lens, n } = this;
    let lineAt = 0;
    for (let p = 0; p < n - 1; p++) {
      if (c <= lineAt + lens[p]) return offs[p] + c - lineAt;
      lineAt += lens[p] + 1;
    }
    return offs[n - 1] + c - lineAt;
  }

  /** Writes the source from `cur` up to `to` blanked, decoded entities in place. */
  private blankTo(to: number): void {
    const { text, repAt } = this;
    while (this.rep < this.reps && repAt[this.rep] < to) {
      this.out += blank(text, this.cur, repAt[this.rep]) + this.repCh[this.rep];
      this.cur = repAt[this.rep] + 1;
      this.rep++;
    }
    this.out += blank(text, this.cur, to);
    this.cur = to;
  }
}

/**
 * What one piece of a draft scanned to: its blocks and directives as they stand in the last draft
 * that took them (`taken`), with the offset and the first id they stand at there, to be moved
 * from there.
 */
interface PieceScan {
  final: boolean;
  /** Lines the piece's blocks cover (TokenPiece.lines). */
  lines: number;
  /**
   * Its blocks. Their text is the block cache's own copy (BlockCache.work gives each block one),
   * so the scan keeps no slice of the draft it was read from.
   */
  blocks: ProseBlock[];
  directives: Directive[];
  /** Where the piece started, and the first list, item or table id it could use. */
  base: number;
  idBase: number;
  /** Ids the piece used. */
  ids: number;
  /** The scan (ScanCache.run) whose draft the blocks and directives are in now. */
  taken: number;
}

/**
 * The scans of a draft's pieces, by their text, kept between the analyses of one document: an
 * edit mostly parses and scans again only the piece it falls in. The next piece starts where that
 * one's last block does, and pieces are cut by length from there: an edit that moves that block's
 * start moves the cuts after it, and the pieces after it are parsed again too, often to the end.
 * A block longer than a piece is still parsed in the shorter tries first. Each scan keeps only
 * the pieces it saw. Its keys are those pieces' text as slices of the latest draft: they keep that
 * draft alive, and no earlier one.
 */
export class ScanCache {
  private current = new Map<string, PieceScan>();
  private next = new Map<string, PieceScan>();

  /** Pieces the latest scan took from the cache rather than parsing them. */
  reused = 0;
  /** Pieces the latest scan parsed. */
  parsed = 0;
  /** Counts the scans. */
  run = 0;

  /** `pieceChars`: characters parsed at a time (smaller than a whole-draft parse's, for finer reuse). */
  constructor(readonly pieceChars = PIECE_CHARS / 4) {}

  get(text: string, final: boolean): PieceScan | undefined {
    const hit = this.next.get(text) ?? this.current.get(text);
    return hit && hit.final === final ? hit : undefined;
  }

  set(text: string, scan: PieceScan): void {
    this.next.set(text, scan);
  }

  /** Ends one scan, which took `reused` pieces from the cache and parsed `parsed`: pieces not seen in it are dropped. */
  rotate(reused: number, parsed: number): void {
    this.reused = reused;
    this.parsed = parsed;
    this.current = this.next;
    this.next = new Map();
    this.run++;
  }

  reset(): void {
    this.current = new Map();
    this.next = new Map();
    this.reused = 0;
    this.parsed = 0;
  }
}

/**
 * Parses a Markdown document into prose blocks, suppression directives and front matter. With a
 * cache, the pieces of the draft it scanned before are not parsed again.
 */
export function scanMarkdown(text: string, cache?: ScanCache): ScannedDocument {
  try {
    return scan(text, cache);
  } catch (e) {
    cache?.reset();
    throw e;
  }
}

function scan(text: string, cache: ScanCache | undefined): ScannedDocument {
  const lines = new LineIndex(text);
  const starts = lines.starts;
  const notices: ScanNotice[] = [];
  const frontMatter = findFrontMatter(text, lines, notices);

  // The parser reads past the front matter, from the line it ends on, so its line numbers stay the
  // file's; a byte-order mark becomes a space so "# Heading" on line 1 is still a heading.
  const source = !frontMatter && text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const from = frontMatter ? frontMatter.end : 0;
  const fromLine = frontMatter ? lines.lineOf(frontMatter.end) : 0;

  const writer = new BlockWriter(text);
  const directives = writer.directives;
  const ctx: Context = { list: -1, listItem: -1, blockquote: 0, table: -1, row: -1 };
  // Saved contexts, five numbers each: containers nest, so a close restores the open's context.
  const stack: number[] = [];
  const save = () => stack.push(ctx.list, ctx.listItem, ctx.blockquote, ctx.table, ctx.row);
  // Reused for every row: only the first numbers tableCells reports count.
  const cells: number[] = [];
  let ids = 0;
  let inHeading = 0;
  let headingLevel = 0;

  // The tokens come a piece of the draft at a time, each piece whole top-level blocks,
  // so the container stack is empty between pieces.
  // A piece's scan depends on its text alone, with offsets from where it starts in the draft (the
  // parser's source has the draft's length). A byte-order mark makes the first line the parser's
  // and not the draft's.
  const firstOwn = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // A piece's scan is kept, and taken again, only where it starts with nothing open.
  const clean = () => stack.length === 0 && inHeading === 0;
  let reused = 0;
  let parsed = 0;
  // The scan `keep` found for the piece blockPieces yields next (with no tokens).
  let kept: PieceScan | undefined;
  const keep = cache && ((piece: string, final: boolean, line: number) => (kept = line >= firstOwn && clean() ? cache.get(piece, final) : undefined)?.lines);
  for (const piece of blockPieces(getParser(), source, cache ? cache.pieceChars : undefined, keep, from, fromLine)) {
    const base = piece.start;
    const idBase = ids;
    if (piece.tokens === null) {
      // Scanned before: its blocks and directives again, moved to where the piece now lies.
      if (!kept) throw new Error('blockPieces gave no tokens for a piece the scan cache did not have');
      cache!.set(piece.source, kept);
      reused++;
      const blocks = writer.blocks;
      const by = base - kept.base;
      const ids0 = idBase - kept.idBase;
      // Kept from the last scan, its blocks and directives are moved in place and become this
      // draft's, as they were the last draft's, whose scan its caller is taken to be done with (see
      // buildContext): not copied, they are no new objects for the block cache's kept sentences to
      // point at again. A piece whose text an earlier piece of this draft has takes copies.
      const inPlace = kept.taken !== cache!.run;
      for (let k = 0; k < kept.blocks.length; k++) {
        const b = inPlace ? kept.blocks[k] : { ...kept.blocks[k] };
        b.start += by;
        b.end += by;
        b.index = blocks.length;
        if (b.list >= 0) b.list += ids0;
        if (b.listItem >= 0) b.listItem += ids0;
        if (b.table >= 0) b.table += ids0;
        blocks.push(b);
      }
      // A copy shares the kept rule list: nothing writes to a directive's rules.
      for (let k = 0; k < kept.directives.length; k++) {
        const d = inPlace ? kept.directives[k] : { ...kept.directives[k] };
        d.start += by;
        d.end += by;
        directives.push(d);
      }
      if (inPlace) {
        kept.base = base;
        kept.idBase = idBase;
        kept.taken = cache!.run;
      }
      ids += kept.ids;
      continue;
    }
    const tokens = piece.tokens;
    parsed++;
    const cleanStart = clean();
    const firstBlock = writer.blocks.length;
    const firstDirective = directives.length;
    // An index, not for-of: the loop runs once per token, and its iterator results were
    // about 2 MB of garbage per megabyte of draft.
    for (let ti = 0; ti < tokens.length; ti++) {
      const t = tokens[ti];
      switch (t.type) {
        case 'bullet_list_open':
        case 'ordered_list_open':
          save();
          ctx.list = ids++;
          break;
        case 'list_item_open':
          save();
          ctx.listItem = ids++;
          break;
        case 'blockquote_open':
          save();
          ctx.blockquote++;
          break;
        case 'table_open':
          save();
          ctx.table = ids++;
          ctx.row = -1;
          break;
        case 'bullet_list_close':
        case 'ordered_list_close':
        case 'list_item_close':
        case 'blockquote_close':
        case 'table_close':
          if (stack.length > 0) {
            ctx.row = stack.pop()!;
            ctx.table = stack.pop()!;
            ctx.blockquote = stack.pop()!;
            ctx.listItem = stack.pop()!;
            ctx.list = stack.pop()!;
          }
          break;
        case 'tr_open':
          ctx.row++;
          if (t.map) {
            const l = t.map[0];
            const count = tableCells(text, starts[l], lines.lineEnd(l), cells);
            for (let k = 0; k < count; k += 2) {
              writer.add(cells[k], cells[k + 1] - cells[k]);
              writer.finish('table-cell', 0, ctx);
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
          const b = lines.lineEnd(t.map[1] - 1);
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
            for (let l = t.map[0]; l < t.map[1]; l++) {
              const from = Math.max(starts[l], lastEnd);
              const to = lines.lineEnd(l);
              if (from < to && text.slice(from, to).trim() !== '' && !text.slice(from, to).includes('<!--')) {
                const raw = text.slice(from, to).replace(/\r$/, '');
                const lead = raw.length - raw.trimStart().length;
                writer.add(from + lead, raw.length - lead);
              }
            }
            writer.finish('paragraph', 0, ctx);
          }
          break;
        }
        case 'inline': {
          if (!t.map || ctx.row >= 0) break; // table cells were taken from the row's source
          // Each line of the content is found in its source line; a line whose
          // content differs from its source (tabs expanded) is skipped, not guessed.
          const content = t.content;
          let from = 0;
          for (let l = t.map[0]; ; l++) {
            const nl = content.indexOf('\n', from);
            const to = nl < 0 ? content.length : nl;
            if (l < starts.length && to > from) {
              const at = locateLine(text, starts[l], lines.lineEnd(l), content, from, to - from);
              if (at >= 0) writer.add(at, to - from);
            }
            if (nl < 0) break;
            from = nl + 1;
          }
          writer.finish(inHeading > 0 ? 'heading' : 'paragraph', inHeading > 0 ? headingLevel : 0, ctx);
          break;
        }
        default:
          break;
      }
    }
    if (cache && piece.line >= firstOwn && cleanStart && clean()) {
      cache.set(piece.source, {
        final: piece.final,
        lines: piece.lines,
        blocks: writer.blocks.slice(firstBlock),
        directives: directives.slice(firstDirective),
        base,
        idBase,
        ids: ids - idBase,
        taken: cache.run,
      });
    }
  }
  cache?.rotate(reused, parsed);
  return { text, lines, blocks: writer.blocks, directives, frontMatter, notices };
}
