// FigureMemo: a rule's read of a figure comes back only while all the rule read is unchanged.
import * as assert from 'node:assert/strict';
import { FigureMemo, type FigureRead } from '../../../src/core/rules/rule';
import type { Figure } from '../../../src/core/text/numbers';

/** A figure as FigureMemo sees it: an object, and where it starts. */
const figure = (start: number) => ({ start }) as Figure;

describe('FigureMemo', () => {
  it('gives a read back when the rule read only text before or after the edit, the figure where the edit left it', () => {
    const store = new Map<string, WeakMap<Figure, FigureRead<unknown>>>();
    const first = {};
    const m1 = new FigureMemo(store, null, null, first);
    const reads = m1.of<string>('rule');
    const [before, after, across, jumped, slid] = [figure(100), figure(500), figure(230), figure(600), figure(120)];
    assert.equal(m1.good(reads, before, 60, 150), undefined, 'nothing kept yet');
    for (const [f, read] of [[before, 'before'], [after, 'after'], [across, 'across'], [jumped, 'jumped'], [slid, 'slid']] as const) m1.keep(reads, f, read);

    // The second text: [200, 260) of the first replaced by 70 characters, [200, 270).
    const second = {};
    const m2 = new FigureMemo(store, { same: 200, tail: 270, by: 10 }, first, second);
    assert.equal(m2.of<string>('rule'), reads, 'one store per rule');
    assert.equal(m2.of<string>('other').get(before), undefined, 'another rule has reads of its own');
    after.start = 510; // moved by the edit
    jumped.start = 640; // moved, but not as the edit moved text
    slid.start = 110; // moved, though all it read lies before the edit
    // A check that fails leaves the read as it was; one that holds stamps it with this analysis.
    assert.equal(m2.good(reads, before, 60, 201), undefined, 'read past the unchanged start');
    assert.equal(m2.good(reads, after, 269, 560), undefined, 'read from before the unchanged end');
    assert.equal(m2.good(reads, before, 60, 150), 'before');
    assert.equal(m2.good(reads, after, 470, 560), 'after');
    assert.equal(m2.good(reads, across, 190, 280), undefined, 'read across the edit');
    assert.equal(m2.good(reads, jumped, 600, 690), undefined, 'not where the edit put it');
    assert.equal(m2.good(reads, slid, 70, 160), undefined, 'not where it was');

    // The third text as the second: checked in the second analysis, the reads hold again.
    const m3 = new FigureMemo(store, { same: 1000, tail: 1000, by: 0 }, second, {});
    assert.equal(m3.good(reads, before, 60, 150), 'before');
    assert.equal(m3.good(reads, after, 470, 560), 'after');
    // A read made or checked earlier than the last analysis (as when the rule was off in it) is not:
    // `across` was last checked in the first, and all else about it holds now.
    assert.equal(m3.good(reads, across, 190, 280), undefined);
    m3.keep(reads, across, 'again');
    assert.equal(new FigureMemo(store, { same: 1000, tail: 1000, by: 0 }, first, {}).good(reads, across, 190, 280), undefined, 'stamped by another analysis');
  });
});
