// Which of a long draft's findings become diagnostics (shown.ts): VS Code shows at most 1,000 per
// file, so those nearest what the writer sees, moved along as the editor scrolls.
import * as assert from 'node:assert/strict';
import type { Finding } from '../../../src/core/types';
import { covers, firstFrom, notAllShown, shownAfter, shownAround } from '../../../src/extension/shown';

/** Findings on the given lines, in document order. */
function on(lines: number[]): Finding[] {
  return lines.map((line) => ({
    rule: 'malformed-number', category: 'suspicious-number', severity: 'warning', message: 'm', text: 't',
    range: { start: { line, character: 0 }, end: { line, character: 1 } }, fixes: [], related: [],
  }));
}

describe('the findings shown of a long draft', () => {
  it('finds the first finding on or after a line, by halves', () => {
    const f = on([2, 2, 5, 9, 9, 9, 12]);
    assert.deepEqual([0, 2, 3, 5, 6, 9, 10, 12, 13].map((l) => firstFrom(f, l)), [0, 0, 2, 2, 3, 3, 6, 6, 7]);
    assert.equal(firstFrom([], 4), 0);
  });

  it('shows all findings when VS Code shows them all, else as many before as after the middle of what is seen', () => {
    // Two findings a line, on lines 0 to 49: 100 findings, ten shown when over ten.
    const f = on(Array.from({ length: 100 }, (_, i) => Math.floor(i / 2)));
    assert.deepEqual(shownAround(f.slice(0, 10), 30, 40, 9, 10), { from: 0, to: 10 });
    // Lines 20-30 seen: middle line 25, its first finding is 50; five before it.
    assert.deepEqual(shownAround(f, 20, 30, 10, 10), { from: 45, to: 55 });
    // At the top and the bottom of the draft, the first and the last ten.
    assert.deepEqual(shownAround(f, 0, 2, 10, 10), { from: 0, to: 10 });
    assert.deepEqual(shownAround(f, 48, 60, 10, 10), { from: 90, to: 100 });
    // Past the last finding: the last ones.
    assert.deepEqual(shownAround(f, 500, 520, 10, 10), { from: 90, to: 100 });
    // VS Code's own limit: 999 and 1,000 findings all shown, of 1,001 the 999 around the view.
    const many = (n: number) => on(Array.from({ length: n }, (_, i) => i));
    assert.deepEqual(shownAround(many(999), 600, 640), { from: 0, to: 999 });
    assert.deepEqual(shownAround(many(1000), 600, 640), { from: 0, to: 1000 });
    assert.deepEqual(shownAround(many(1001), 0, 40), { from: 0, to: 999 });
    assert.deepEqual(shownAround(many(1001), 960, 1000), { from: 2, to: 1001 });
    assert.deepEqual(shownAround(many(3000), 1480, 1520), { from: 1001, to: 2000 });
  });

  it('after a check, keeps the findings shown while they are as many and still cover the view', () => {
    const f = on(Array.from({ length: 100 }, (_, i) => i)); // one finding a line, lines 0-99
    const last = { from: 40, to: 60 };
    // The view moved a little: the same findings, so an edit that kept them sets nothing.
    assert.equal(shownAfter(f, last, 46, 52, 20, 20), last);
    // Out of the middle half, or none shown before: around the view.
    assert.deepEqual(shownAfter(f, last, 70, 75, 20, 20), { from: 62, to: 82 });
    assert.deepEqual(shownAfter(f, undefined, 46, 52, 20, 20), { from: 39, to: 59 });
    // Fewer findings than the window ended at, or a window of another size: around the view.
    assert.deepEqual(shownAfter(f.slice(0, 50), { from: 40, to: 60 }, 46, 52, 20, 20), { from: 30, to: 50 });
    assert.deepEqual(shownAfter(f, { from: 40, to: 59 }, 46, 52, 20, 20), { from: 39, to: 59 });
    // All shown when VS Code shows them all.
    assert.deepEqual(shownAfter(f.slice(0, 20), last, 46, 52, 20, 20), { from: 0, to: 20 });
  });

  it('keeps the findings shown while what is seen stays a quarter of them from either edge', () => {
    const f = on(Array.from({ length: 100 }, (_, i) => i)); // one finding a line, lines 0-99
    const shown = { from: 40, to: 60 }; // lines 40-59; a margin of 5
    assert.equal(covers(f, shown, 45, 54), true);
    assert.equal(covers(f, shown, 44, 50), false, 'the first line seen within the margin');
    assert.equal(covers(f, shown, 50, 55), false, 'the last line seen within the margin');
    // At the ends of the draft, no margin is needed there.
    assert.equal(covers(f, { from: 0, to: 20 }, 0, 14), true);
    assert.equal(covers(f, { from: 0, to: 20 }, 0, 15), false);
    assert.equal(covers(f, { from: 80, to: 100 }, 85, 120), true);
    assert.equal(covers(f, { from: 80, to: 100 }, 84, 99), false);
  });

  it('says how many are shown, of how many, and why', () => {
    assert.equal(
      notAllShown(51500, { from: 20, to: 1019 }),
      'Copydesk shows 999 of this draft\'s 51,500 findings, those nearest where you are reading: VS Code shows at most 1,000 per file. They follow as you scroll.',
    );
  });
});
