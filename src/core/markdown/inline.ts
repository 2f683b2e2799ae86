// Finds what, inside one block's inline content, is not prose: code spans,
// HTML and comments, link and image destinations, autolinks and bare URLs,
// emphasis markers and backslashes. The caller blanks those characters, so
// every offset of the prose that is left still points into the original file.

/** A half-open interval of the content string that is not prose. */
export type Span = [number, number];

/** An HTML comment met in the content, e.g. a suppression directive. */
export interface InlineComment {
  start: number;
  end: number;
  body: string;
}

export interface InlineScan {
  /** In order and not overlapping: each starts where the scan stood, at or past the last one's end. */
  masked: Span[];
  comments: InlineComment[];
  /** Characters to write instead of the source (decoded entities), content offset -> char. */
  replacements: Array<[number, string]>;
}

const AUTOLINK = /^<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|^<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>/;
const HTML_TAG = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>/;
const BARE_URL = /^(?:https?:\/\/|www\.)[^\s<>]*/i;
const ENTITY = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

// Entities that matter to prose analysis; others become blanks.
const ENTITIES: Record<string, string> = {
  '&amp;': '&', '&nbsp;': ' ', '&mdash;': '\u2014', '&ndash;': '\u2013', '&rsquo;': '\u2019',
  '&lsquo;': '\u2018', '&ldquo;': '\u201c', '&rdquo;': '\u201d', '&quot;': '"', '&apos;': "'",
  '&euro;': '\u20ac', '&pound;': '\u00a3', '&percnt;': '%', '&dollar;': '$',
};

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether a UTF-16 code unit (NaN past either end) is a letter or digit; ASCII without a regex. */
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return c === c && WORD_CHAR.test(String.fromCharCode(c));
}

/** ASCII punctuation, which a backslash escapes. */
function isAsciiPunct(c: number): boolean {
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

// Where something that is not prose can begin. The scan jumps from one to the
// next, so prose between them costs no per-character work. An "h" or "w" matters
// only as the start of "http" or "www." (BARE_URL needs one of them, ASCII case
// aside); every other one is plain prose.
const OPENER = /[\\`<![*~_&]|[hH][tT][tT][pP]|[wW][wW][wW]\./g;

/** Index of the `]` closing the `[` at `open`, or -1; skips code spans and escapes. */
function closingBracket(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') { i++; continue; }
    if (c === '`') {
      const end = codeSpanEnd(s, i);
      if (end > 0) { i = end - 1; continue; }
    }
    if (c === '[') depth++;
    else if (c === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** End (exclusive) of the `(destination "title")` starting at `open`, or -1. */
function closingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') { i++; continue; }
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return i + 1;
    } else if (c === '\n' && s[i + 1] === '\n') return -1;
  }
  return -1;
}

/** End (exclusive) of the code span opened by the backtick run at `i`, or -1. */
function codeSpanEnd(s: string, i: number): number {
  let n = 0;
  while (s.charCodeAt(i + n) === 0x60) n++;
  let j = i + n;
  while (j < s.length) {
    const k = s.indexOf('`', j);
    if (k === -1) return -1;
    let m = 0;
    while (s.charCodeAt(k + m) === 0x60) m++;
    if (m === n) return k + m;
    j = k + m;
  }
  return -1;
}

/**
 * The answer for content with nothing to mask, which most blocks are: shared and frozen,
 * so such a block allocates no lists.
 */
const NOTHING: InlineScan = Object.freeze({
  masked: Object.freeze([]) as unknown as Span[],
  comments: Object.freeze([]) as unknown as InlineComment[],
  replacements: Object.freeze([]) as unknown as Array<[number, string]>,
});

/** Scans one block's inline content (lines joined with "\n", container prefixes removed). */
export function scanInline(s: string): InlineScan {
  OPENER.lastIndex = 0;
  if (!OPENER.test(s)) return NOTHING;
  const masked: Span[] = [];
  const comments: InlineComment[] = [];
  const replacements: Array<[number, string]> = [];
  const mask = (a: number, b: number) => {
    if (b > a) masked.push([a, b]);
  };
  let i = 0;
  while (i < s.length) {
    OPENER.lastIndex = i; // set each time: links scan their text with the same regex
    const found = OPENER.exec(s);
    if (found === null) break;
    i = found.index;
    const code = s.charCodeAt(i);
    const c = s[i];
    switch (c) {
      case '\\': {
        mask(i, i + 1);
        // An escaped character is literal prose; a backslash before a newline is a hard break.
        i += isAsciiPunct(s.charCodeAt(i + 1)) ? 2 : 1;
        continue;
      }
      case '`': {
        const end = codeSpanEnd(s, i);
        let n = 0;
        while (s.charCodeAt(i + n) === 0x60) n++;
        if (end > 0) {
          mask(i, end);
          i = end;
        } else {
          mask(i, i + n);
          i += n;
        }
        continue;
      }
      case '<': {
        if (s.startsWith('<!--', i)) {
          const close = s.indexOf('-->', i + 4);
          const end = close === -1 ? s.length : close + 3;
          comments.push({ start: i, end, body: s.slice(i + 4, close === -1 ? s.length : close) });
          mask(i, end);
          i = end;
          continue;
        }
        const rest = s.slice(i, i + 2048);
        const m = AUTOLINK.exec(rest) ?? HTML_TAG.exec(rest);
        if (m) {
          mask(i, i + m[0].length);
          i += m[0].length;
          continue;
        }
        i++;
        continue;
      }
      case '!':
      case '[': {
        const isImage = c === '!' && s[i + 1] === '[';
        if (c === '!' && !isImage) { i++; continue; }
        const open = isImage ? i + 1 : i;
        const close = closingBracket(s, open);
        if (close === -1) {
          mask(i, open + 1);
          i = open + 1;
          continue;
        }
        let after = close + 1;
        if (s[after] === '(') {
          const end = closingParen(s, after);
          if (end > 0) after = end;
        } else if (s[after] === '[') {
          const end = closingBracket(s, after);
          if (end > 0) after = end + 1;
        }
        if (isImage || s[open + 1] === '^') {
          // Images' alt text and footnote markers are not the story's prose.
          mask(i, after);
          i = after;
          continue;
        }
        // A link: its text is prose; the brackets and destination are not.
        mask(i, open + 1);
        const inner = scanInline(s.slice(open + 1, close));
        for (const [a, b] of inner.masked) mask(a + open + 1, b + open + 1);
        for (const cm of inner.comments) comments.push({ ...cm, start: cm.start + open + 1, end: cm.end + open + 1 });
        for (const [o, ch] of inner.replacements) replacements.push([o + open + 1, ch]);
        mask(close, after);
        i = after;
        continue;
      }
      case '*':
      case '~': {
        let n = 0;
        while (s.charCodeAt(i + n) === code) n++;
        mask(i, i + n);
        i += n;
        continue;
      }
      case '_': {
        let n = 0;
        while (s.charCodeAt(i + n) === 0x5f) n++;
        // snake_case and handles keep their underscores: they are not emphasis.
        if (!(isWordCode(s.charCodeAt(i - 1)) && isWordCode(s.charCodeAt(i + n)))) mask(i, i + n);
        i += n;
        continue;
      }
      case '&': {
        const m = ENTITY.exec(s.slice(i, i + 40));
        if (m) {
          const ch = ENTITIES[m[0]];
          mask(i, i + m[0].length);
          if (ch !== undefined) replacements.push([i + m[0].length - 1, ch]);
          i += m[0].length;
          continue;
        }
        i++;
        continue;
      }
      case 'h':
      case 'H':
      case 'w':
      case 'W': {
        if (!isWordCode(s.charCodeAt(i - 1))) {
          const m = BARE_URL.exec(s.slice(i, i + 4096));
          if (m && m[0].length > 4) {
            const url = m[0].replace(/[.,;:!?"'\u201d\u2019)\]]+$/, '');
            mask(i, i + url.length);
            i += url.length;
            continue;
          }
        }
        i++;
        continue;
      }
      default:
        i++;
    }
  }
  return { masked, comments, replacements };
}
