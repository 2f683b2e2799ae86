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
