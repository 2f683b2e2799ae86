// The markdown-it instance the scanner reads block structure from.
//
// markdown-it's block rules do the parsing, unchanged. What is trimmed is the
// work around them whose output the scanner never reads:
// - inline parsing and its post-processing rules (the scanner has its own);
// - strip_references, which only drops `reference_definition` tokens, and the
//   scanner skips those anyway;
// - the per-token cost: the packaged Token constructor defines each of its
//   fields through a transpiled helper (a property-key conversion and an
//   Object.defineProperty per field), most of the block parse on a long draft.
//   A lean constructor sets the same own fields, in the same order, by plain
//   assignment, and shares Token.prototype, so rules see ordinary Tokens.
// - normalize's two whole-text regex replaces, run only when there is a "\r"
//   or NUL to replace.

import MarkdownIt from 'markdown-it';

type Token = MarkdownIt.Token;
type Nesting = Token['nesting'];

const CRLF = /\r\n?/g;
const NUL = /\0/g;

/**
 * A parser for the scanner. `lean` false leaves tokens and normalisation
 * stock, for tests that check the lean one yields the same tokens.
 */
export function createBlockParser(lean = true): MarkdownIt.MarkdownIt {
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  md.core.ruler.disable(['inline', 'text_join', 'replacements', 'smartquotes', 'linkify']);
  if (!lean) return md;
  md.core.ruler.disable('strip_references');
  md.core.ruler.at('normalize', (state) => {
    let src = state.src;
    if (src.includes('\r')) src = src.replace(CRLF, '\n');
    if (src.includes('\0')) src = src.replace(NUL, '\uFFFD');
    state.src = src;
  });

  const TokenClass = new md.core.State('', md, {}).Token;
  function LeanToken(this: Token, type: string, tag: string, nesting: Nesting): void {
    this.map = null;
    this.level = 0;
    this.children = null;
    this.content = '';
    this.markup = '';
    this.info = '';
    this.block = false;
    this.hidden = false;
    this.type = type;
    this.tag = tag;
    this.attrs = null;
    this.nesting = nesting;
    this.meta = null;
  }
  LeanToken.prototype = TokenClass.prototype;
  const makeToken = LeanToken as unknown as new (type: string, tag: string, nesting: Nesting) => Token;

  // StateBlock.push as packaged, with the lean constructor.
  class LeanState extends md.block.State {
    override push(type: string, tag: string, nesting: Nesting): Token {
      const token = new makeToken(type, tag, nesting);
      token.block = true;
      if (nesting < 0) this.level--;
      token.level = this.level;
      if (nesting > 0) this.level++;
      this.tokens.push(token);
      return token;
    }
  }
  md.block.State = LeanState;
  return md;
}

/** Characters of draft parsed at a time by blockTokens. */
export const PIECE_CHARS = 256 * 1024;

/** One piece of the source as blockPieces reads it. */
export interface TokenPiece {
  /** The piece's text: from a line's start (or from `from`, for the first) to a line break, or to the source's end. */
  source: string;
  /** The piece's first line in the whole source, and its offset there. */
  line: number;
  start: number;
  /** Whether the piece runs to the source's end (its last block is not cut off). */
  final: boolean;
  /**
   * Lines its tokens cover: all of the piece but its last top-level block, which the next piece
   * starts with (0 for the final piece).
   */
  lines: number;
  /** Its tokens, maps in the whole source's lines; null when `known` knew the piece. */
  tokens: Token[] | null;
}

/**
 * The block tokens of `source`, in document order, parsed a piece at a time so
 * a long draft's tokens need not all be alive at once (for a 10 MB draft they
 * were about 585,000 tokens, 115 MB, held until the scan ended).
 *
 * A piece is the source from a line to a line break about `pieceChars` later.
 * Its top-level blocks, all but the last, are what the whole parse gives: at
 * the top level markdown-it's rules decide where a block ends from the lines
 * up to the next block's first line, and each block starts with nothing open.
 * The last block may run on past the piece (a list, an unclosed fence), so the
 * next piece starts at its first line. A piece with one top-level block is
 * parsed again twice as long. Token maps are moved to the source's lines.
 *
 * markdown-it counts a lone "\r" as a line break; a source with one is parsed
 * whole, so its line numbers stay exactly markdown-it's.
 */
export function* blockTokens(md: MarkdownIt.MarkdownIt, source: string, pieceChars = PIECE_CHARS): Generator<Token[]> {
  for (const piece of blockPieces(md, source, pieceChars)) yield piece.tokens!;
}

/**
 * blockTokens' pieces, with where each lies. A piece that `known(text, final, line)` answers with the
 * number of lines its tokens cover (what an earlier parse of the same text gave) is not parsed:
 * it comes with no tokens, for the caller to take what it kept of that text.
 *
 * `from` and `fromLine`: the source is read from offset `from`, which lies on line `fromLine`, as if
 * everything before it were blank: the rest of that line reads as a line of its own (the scan
 * passes the end of the front matter, so that rest is empty). The pieces are slices of `source`,
 * so no copy of it with those lines blanked is made, and no such copy is held by what keeps them.
 */
export function* blockPieces(
  md: MarkdownIt.MarkdownIt,
  source: string,
  pieceChars = PIECE_CHARS,
  known?: (text: string, final: boolean, line: number) => number | undefined,
  from = 0,
  fromLine = 0,
): Generator<TokenPiece> {
  if (source.length - from <= pieceChars * 2 || hasLoneCR(source, from)) {
    const text = from > 0 ? source.slice(from) : source;
    const kept = known?.(text, true, fromLine) !== undefined;
    yield { source: text, line: fromLine, start: from, final: true, lines: 0, tokens: kept ? null : shift(md.parse(text, {}), fromLine) };
    return;
  }
  let pos = from; // offset of the piece's first line
  let line = fromLine; // its line number
  let size = pieceChars;
  while (pos < source.length) {
    const cut = source.length - pos <= size * 2 ? -1 : source.indexOf('\n', pos + size);
    if (cut < 0) {
      const text = source.slice(pos);
      const kept = known?.(text, true, line) !== undefined;
      yield { source: text, line, start: pos, final: true, lines: 0, tokens: kept ? null : shift(md.parse(text, {}), line) };
      return;
    }
    const text = source.slice(pos, cut + 1);
    let lastLine = known?.(text, false, line);
    let tokens: Token[] | null = null;
    if (lastLine === undefined) {
      tokens = md.parse(text, {});
      // The last top-level block's first token: an opening or a stand-alone token at level 0.
      let last = tokens.length - 1;
      while (last > 0 && !(tokens[last].level === 0 && tokens[last].nesting >= 0)) last--;
      lastLine = last > 0 ? tokens[last].map?.[0] ?? 0 : 0;
      if (lastLine <= 0) {
        size *= 2;
        continue;
      }
      tokens.length = last;
      shift(tokens, line);
    }
    yield { source: text, line, start: pos, final: false, lines: lastLine, tokens };
    for (let l = 0; l < lastLine; l++) pos = source.indexOf('\n', pos) + 1;
    line += lastLine;
    size = pieceChars;
  }
}

function hasLoneCR(source: string, from: number): boolean {
  for (let i = source.indexOf('\r', from); i >= 0; i = source.indexOf('\r', i + 1)) {
    if (source.charCodeAt(i + 1) !== 0x0a) return true;
  }
  return false;
}

function shift(tokens: Token[], lines: number): Token[] {
  if (lines === 0) return tokens;
  for (let i = 0; i < tokens.length; i++) {
    const map = tokens[i].map;
    if (map) {
      map[0] += lines;
      map[1] += lines;
    }
  }
  return tokens;
}
