import { countBefore } from './bisect';
import type { Position, Range } from './types';

/**
 * Converts offsets into the original text to contract positions. Lines end at
 * "\n" only, as the contract's validator and a Markdown file on disk count them;
 * a "\r" before it stays part of the line.
 */
export class LineIndex {
  /** Offset of each line's first character. */
  readonly starts: number[] = [0];

  constructor(readonly text: string) {
    let i = text.indexOf('\n');
    while (i !== -1) {
      this.starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset just past a line's last character (its "\n" excluded). */
  lineEnd(line: number): number {
    return line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** The line of the last lineOf answer: where the next question most likely lands. */
  private hint = 0;

  /** The line an offset lies on (0-based). */
  lineOf(offset: number): number {
    // Offsets mostly come in document order, so the last answer's line or the
    // one after it usually holds the next; only the rest need a bisection.
    const starts = this.starts;
    const h = this.hint;
    if (starts[h] <= offset) {
      if (h + 1 === starts.length || offset < starts[h + 1]) return h;
      if (h + 2 === starts.length || offset < starts[h + 2]) return (this.hint = h + 1);
    }
    this.hint = Math.max(0, countBefore(starts, (start) => start <= offset) - 1);
    return this.hint;
  }

  position(offset: number): Position {
    const line = this.lineOf(offset);
    return { line, character: offset - this.starts[line] };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  offset(pos: Position): number {
    return this.lineStart(pos.line) + pos.character;
  }
}
