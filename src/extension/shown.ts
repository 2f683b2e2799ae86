// Which of a long draft's findings become diagnostics. VS Code shows at most 1,000 diagnostics per
// file (its extension host's maxDiagnosticsPerFile): given more, it shows the first 1,000 by
// severity and document order, and a line saying how many it left out. On a long draft that is
// the top of it: the 1 MB bench draft's 4,917 findings stopped a fifth of the way down, with no
// squiggle and no quick fix below. So Copydesk hands VS Code the findings nearest where the writer
// is reading, and moves them along as the editor scrolls. Making and setting only those is also
// less work for the extension host after each edit than making all 51,500 of a 10 MB draft.
import type { Finding } from '../core/types';

/** VS Code's limit on diagnostics shown per file. */
const SHOWN_PER_FILE = 1000;

/** Findings shown per file when they are more than the limit: one place is left for the line that says so. */
const WINDOW = SHOWN_PER_FILE - 1;

/** The findings shown, [from, to) of a draft's findings in document order. */
export interface Shown {
  from: number;
  to: number;
}

/** Index of the first finding that starts on `line` or after it (findings.length if none). */
export function firstFrom(findings: readonly Finding[], line: number): number {
  let lo = 0;
  let hi = findings.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (findings[mid].range.start.line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The `size` findings around what the writer sees (lines `top` to `bottom`): as many before as
 * after its middle, less at either end of the draft. All of them when VS Code shows them all
 * (no more than `limit`).
 */
export function shownAround(findings: readonly Finding[], top: number, bottom: number, size = WINDOW, limit = SHOWN_PER_FILE): Shown {
  const n = findings.length;
  if (n <= limit) return { from: 0, to: n };
  const middle = firstFrom(findings, Math.floor((top + bottom) / 2));
  const from = Math.max(0, Math.min(n - size, middle - Math.floor(size / 2)));
  return { from, to: from + size };
}

/**
 * Whether the findings shown still cover lines `top` to `bottom` with room to scroll: a quarter of
 * them before the first line seen and after the last, except at the ends of the draft.
 */
export function covers(findings: readonly Finding[], shown: Shown, top: number, bottom: number): boolean {
  const margin = Math.floor((shown.to - shown.from) / 4);
  if (shown.from > 0 && firstFrom(findings, top) < shown.from + margin) return false;
  if (shown.to < findings.length && firstFrom(findings, bottom + 1) > shown.to - margin) return false;
  return true;
}

/**
 * The findings to show after a check: those shown before when they are as many and still cover
 * what the writer sees (so an edit that left them as they were sets nothing), else those around it.
 */
export function shownAfter(findings: readonly Finding[], last: Shown | undefined, top: number, bottom: number, size = WINDOW, limit = SHOWN_PER_FILE): Shown {
  if (last && findings.length > limit && last.to <= findings.length && last.to - last.from === size && covers(findings, last, top, bottom)) return last;
  return shownAround(findings, top, bottom, size, limit);
}

/** What the line saying that not all findings are shown says. */
export function notAllShown(total: number, shown: Shown): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return (
    `Copydesk shows ${n(shown.to - shown.from)} of this draft's ${n(total)} findings, those nearest where you are reading: ` +
    `VS Code shows at most ${n(SHOWN_PER_FILE)} per file. They follow as you scroll.`
  );
}
