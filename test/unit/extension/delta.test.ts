// A draft's findings after an edit, as a change to the ones the extension holds (delta.ts): put
// back together, they must be the new analysis's findings, whatever the edit.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../../src/core/analyze';
import type { Claim, Finding } from '../../../src/core/types';
import {
  applyItems,
  CLAIMS,
  diffItems,
  FINDINGS,
  moveFinding,
  movePosition,
  sameClaim,
  sameFinding,
  shiftAt,
  shiftOf,
} from '../../../src/extension/delta';

const ROOT = path.join(__dirname, '../../../..');

const DRAFT = [
  '# Flood',
  '',
  'Crews filled forty,000 sandbags on Monday.',
  '',
  'The council said 300 homes were flooded.',
  '',
  'Volunteers carried a hundred,000 litres of water.',
  '',
].join('\n');

/** A small deterministic generator, so a failure names the edit that caused it. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

describe('findings sent as a change to the last ones', () => {
  it('keeps the findings an edit did not touch, moves those after it, and sends only the new ones', async () => {
    const edited = DRAFT.replace('The council', 'Sandbags ran out after twenty,000 hours.\n\nThe council');
    const before = analyze(DRAFT).findings;
    const after = analyze(edited).findings;
    assert.deepEqual(
      before.map((f) => [f.rule, f.range.start.line]),
      [['unattributed-figure', 2], ['malformed-number', 2], ['malformed-number', 6]],
    );
    const shift = shiftOf(DRAFT, edited);
    assert.deepEqual(shift, { line: 4, character: 0, oldLine: 4, oldCharacter: 0, newLine: 6, newCharacter: 0 });
    const { ops, fresh } = diffItems(FINDINGS, before, after, shift);
    // The two findings on line 2 kept, the new line's findings sent, the last one kept (moved).
    assert.deepEqual(fresh, after.filter((f) => f.range.start.line === 4));
    assert.ok(fresh.length >= 1);
    assert.deepEqual(ops, [-2, 0, 0, fresh.length, -1, 2, 1]);
    const made = await applyItems(FINDINGS, before, ops, fresh, shift);
    assert.deepEqual(made, after);
    assert.equal(made[0], before[0], 'a finding before the edit is the same object');
    assert.equal(made[1], before[1]);
    const last = made[made.length - 1];
    assert.notEqual(last, before[2]);
    assert.deepEqual(last.range, { start: { line: 8, character: 19 }, end: { line: 8, character: 32 } });
    assert.deepEqual(last.fixes[0].edits[0], { range: { start: { line: 8, character: 19 }, end: { line: 8, character: 32 } }, newText: '100,000' });
  });

  it('moves positions: before the edit unchanged, in it none, after it by the lines and, on its last line, the characters it added', () => {
    // "abc\ndef\nghi": "e" (line 1, character 1) replaced by "X\nYZ".
    const shift = shiftOf('abc\ndef\nghi', 'abc\ndX\nYZf\nghi')!;
    assert.deepEqual(shift, { line: 1, character: 1, oldLine: 1, oldCharacter: 2, newLine: 2, newCharacter: 2 });
    const p = { line: 1, character: 0 };
    assert.equal(movePosition(p, shift), p);
    assert.equal(movePosition({ line: 1, character: 1 }, shift), null);
    assert.deepEqual(movePosition({ line: 1, character: 2 }, shift), { line: 2, character: 2 });
    assert.deepEqual(movePosition({ line: 1, character: 3 }, shift), { line: 2, character: 3 });
    assert.deepEqual(movePosition({ line: 2, character: 1 }, shift), { line: 3, character: 1 });
    // An edit within one line leaves later lines' positions as they were, the same objects.
    const within = shiftOf('abc\ndef\nghi', 'abc\ndeXf\nghi')!;
    const q = { line: 2, character: 1 };
    assert.equal(movePosition(q, within), q);
    assert.deepEqual(movePosition({ line: 1, character: 2 }, within), { line: 1, character: 3 });
    assert.equal(shiftOf('same', 'same'), null);
    // From a change already found (the extension's TextChange): the same shift.
    assert.deepEqual(shiftAt('abc\ndef\nghi', 5, 6, 'X\nYZ'), shift);
    assert.deepEqual(shiftAt('abc\ndef\nghi', 6, 6, 'X'), within);
    assert.deepEqual(shiftAt('a\n\nb', 1, 3, ''), shiftOf('a\n\nb', 'ab'));
    // A finding with a related place in the changed text cannot be kept.
    const f: Finding = {
      rule: 'inconsistent-figure', category: 'suspicious-number', severity: 'warning', message: 'm', text: 'ghi',
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } }, fixes: [],
      related: [{ message: 'r', range: { start: { line: 1, character: 1 }, end: { line: 1, character: 2 } } }],
    };
    assert.equal(moveFinding(f, shift), null);
    assert.deepEqual(moveFinding(f, within)!.related[0].range, { start: { line: 1, character: 1 }, end: { line: 1, character: 3 } });
  });

  it('puts back every edit\'s findings exactly, over a run of random edits to real drafts, keeping most of them', async () => {
    const drafts = ['examples/draft.md', 'test/corpus/courts-01.md', 'test/corpus/business-01.md', 'test/corpus/crime-01.md'].map((f) =>
      fs.readFileSync(path.join(ROOT, f), 'utf8'),
    );
    const inserts = ['x', '\n', '\n\n', ' forty,001', 'The mayor said 12 homes burned.\n\n', '"', ' Dunmore'];
    let kept = 0;
    let total = 0;
    let movedRelated = 0;
    let claimsKept = 0;
    let claimsTotal = 0;
    let renumbered = 0;
    for (const [d, draft] of drafts.entries()) {
      const next = random(d + 1);
      let text = draft;
      let findings = analyze(text).findings;
      let claims = analyze(text).claims;
      for (let step = 0; step < 40; step++) {
        const at = Math.floor(next() * text.length);
        const edited =
          next() < 0.3
            ? text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 40)))
            : text.slice(0, at) + inserts[Math.floor(next() * inserts.length)] + text.slice(at);
        const result = analyze(edited);
        const after = result.findings;
        const shift = shiftOf(text, edited);
        // The claims, as the worker sends them with the Claims view open.
        const c = diffItems(CLAIMS, claims, result.claims, shift);
        const madeClaims = await applyItems(CLAIMS, claims, c.ops, c.fresh, shift, async () => {}, 7);
        assert.deepEqual(madeClaims, result.claims, `draft ${d}, step ${step}: claims`);
        for (let x = 0, at = 0; x < c.ops.length; x += c.ops[x] > 0 ? 1 : 3) {
          if (c.ops[x] > 0) {
            at += c.ops[x];
            continue;
          }
          for (let t = 0; t < -c.ops[x]; t++, at++) {
            claimsKept++;
            if (madeClaims[at].id !== claims[c.ops[x + 1] + t].id) renumbered++;
          }
        }
        claimsTotal += result.claims.length;
        claims = madeClaims;
        const { ops, fresh } = diffItems(FINDINGS, findings, after, shift);
        // Paused every 7 moved findings, as the extension host pauses every 5,000.
        let pauses = 0;
        const made = await applyItems(FINDINGS, findings, ops, fresh, shift, async () => void pauses++, 7);
        const movedRuns = ops.filter((n, x) => n < 0 && ops[x + 2] === 1).reduce((a, n) => a - n, 0);
        assert.equal(pauses, Math.floor(movedRuns / 7));
        assert.deepEqual(made, after, `draft ${d}, step ${step}: ${JSON.stringify(shift)}`);
        // Which held finding each kept one came from, read off the ops.
        for (let x = 0, at = 0; x < ops.length; x++) {
          if (ops[x] > 0) {
            at += ops[x];
            continue;
          }
          const from = ops[x + 1];
          const moved = ops[x + 2] === 1;
          for (let t = 0; t < -ops[x]; t++, at++) {
            kept++;
            const held = findings[from + t];
            // Kept as it was: the held object itself; moved: a new one.
            assert.equal(made[at] === held, !moved);
            if (made[at].related.some((r, k) => r !== held.related[k])) movedRelated++;
          }
          x += 2;
        }
        total += after.length;
        text = edited;
        findings = made;
      }
    }
    assert.ok(kept / total > 0.9, `kept ${kept} of ${total}`);
    assert.ok(movedRelated > 0, 'some kept findings had their related places moved');
    assert.ok(claimsKept / claimsTotal > 0.9, `kept ${claimsKept} of ${claimsTotal} claims`);
    assert.ok(renumbered > 0, 'some kept claims took a new place, and id');
  });

  it('keeps the claims an edit did not touch, giving each the id of its new place', async () => {
    const draft = ['# Flood', '', 'Crews filled 4,000 sandbags on Monday.', '', 'The council said 300 homes were flooded.', '', '"We are exhausted," said Mayor Ann Dunmore.', ''].join('\n');
    const edited = draft.replace('The council', 'Officials counted 12 boats.\n\nThe council');
    const before = analyze(draft).claims;
    const after = analyze(edited).claims;
    assert.deepEqual(before.map((c) => [c.id, c.range.start.line]), [['claim-1', 2], ['claim-2', 4], ['claim-3', 6]]);
    const shift = shiftOf(draft, edited);
    const { ops, fresh } = diffItems(CLAIMS, before, after, shift);
    // The first kept as it was, the new one sent, the two after it kept and moved.
    assert.deepEqual(ops, [-1, 0, 0, 1, -2, 1, 1]);
    assert.deepEqual(fresh.map((c) => [c.id, c.text]), [['claim-2', 'Officials counted 12 boats.']]);
    const made = await applyItems(CLAIMS, before, ops, fresh, shift);
    assert.deepEqual(made, after);
    assert.equal(made[0], before[0], 'a claim before the edit is the same object');
    assert.deepEqual(made[3], {
      id: 'claim-4', kind: 'quote', text: '"We are exhausted," said Mayor Ann Dunmore.',
      range: { start: { line: 8, character: 0 }, end: { line: 8, character: 43 } }, figures: [],
      source: { name: 'Ann Dunmore', range: { start: { line: 8, character: 31 }, end: { line: 8, character: 42 } } }, status: 'attributed',
    });
    assert.deepEqual(made[2].figures[0].range, { start: { line: 6, character: 17 }, end: { line: 6, character: 20 } });
    // A claim gone without moving the lines after it: those after it are kept unmoved, renumbered.
    const fewer = edited.replace('counted 12 boats', 'counted boats');
    const third = analyze(fewer).claims;
    const shift2 = shiftOf(edited, fewer);
    const d2 = diffItems(CLAIMS, after, third, shift2);
    assert.deepEqual(d2.ops, [-1, 0, 0, -2, 2, 0]);
    assert.deepEqual(d2.fresh, []);
    // Paused after each claim made anew (every = 1 here): the two renumbered.
    let pauses = 0;
    const made2 = await applyItems(CLAIMS, after, d2.ops, d2.fresh, shift2, async () => void pauses++, 1);
    assert.equal(pauses, 2);
    assert.deepEqual(made2, third);
    assert.deepEqual(made2.map((c) => c.id), ['claim-1', 'claim-2', 'claim-3']);
    assert.equal(made2[0], after[0]);
  });

  it('compares every field the analysis gives a claim, its figures and its source', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8');
    const claims = analyze(text).claims;
    const keys = new Set<string>();
    for (const c of claims) {
      keys.add(`claim:${Object.keys(c).sort().join(',')}`);
      for (const f of c.figures) keys.add(`figure:${Object.keys(f).sort().join(',')}`);
      if (c.source) keys.add(`source:${Object.keys(c.source).sort().join(',')}`);
    }
    // sameClaim reads these fields by name: a new one must be compared there too.
    assert.deepEqual([...keys].sort(), [
      'claim:figures,id,kind,range,source,status,text',
      'figure:high,low,range,text',
      'source:name,range',
    ]);
    const at = claims.findIndex((c) => c.figures.length > 0 && c.source !== null);
    assert.ok(at >= 0, 'the example draft has a sourced claim with a figure');
    const c = claims[at];
    const copy = (): Claim => JSON.parse(JSON.stringify(c)) as Claim;
    assert.ok(sameClaim(c, copy(), at));
    assert.equal(sameClaim(c, copy(), at + 1), false, 'the id is the place');
    const changes: ((g: Claim) => void)[] = [
      (g) => (g.id = 'claim-0'),
      (g) => (g.kind = g.kind === 'figure' ? 'quote' : 'figure'),
      (g) => (g.text += '.'),
      (g) => g.range.end.character++,
      (g) => g.range.start.line++,
      (g) => (g.status = g.status === 'flagged' ? 'attributed' : 'flagged'),
      (g) => (g.source = null),
      (g) => (g.source!.name += '.'),
      (g) => g.source!.range.start.character++,
      (g) => g.figures.push(g.figures[0]),
      (g) => (g.figures[0].text += '0'),
      (g) => g.figures[0].low++,
      (g) => g.figures[0].high++,
      (g) => g.figures[0].range.end.line++,
    ];
    for (const [k, change] of changes.entries()) {
      const g = copy();
      change(g);
      assert.equal(sameClaim(c, g, at), false, `change ${k}`);
      // The first claim's id is not read: it takes the id of the place it is kept at.
      if (k > 0) assert.equal(sameClaim(g, c, at), false, `change ${k}, the other way`);
    }
  });

  it('compares every field the analysis gives a finding, its fixes, edits and related places', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8');
    const findings = analyze(text).findings;
    const keys = new Set<string>();
    for (const f of findings) {
      keys.add(`finding:${Object.keys(f).sort().join(',')}`);
      for (const x of f.fixes) {
        keys.add(`fix:${Object.keys(x).sort().join(',')}`);
        for (const e of x.edits) keys.add(`edit:${Object.keys(e).sort().join(',')}`);
      }
      for (const r of f.related) keys.add(`related:${Object.keys(r).sort().join(',')}`);
    }
    // sameFinding, and the engine's reuser (src/core/analyze.ts), read these fields by name: a new
    // one must be compared in both.
    assert.deepEqual([...keys].sort(), [
      'edit:newText,range',
      'finding:category,fixes,message,range,related,rule,severity,text',
      'fix:edits,title',
      'related:message,range',
    ]);
    const f = findings.find((x) => x.fixes.length > 0 && x.related.length > 0) ?? findings.find((x) => x.fixes.length > 0)!;
    const copy = (): Finding => JSON.parse(JSON.stringify(f)) as Finding;
    assert.ok(sameFinding(f, copy()));
    const changes: ((g: Finding) => void)[] = [
      (g) => (g.rule = 'x'),
      (g) => (g.category = g.category === 'misattributed-name' ? 'suspicious-number' : 'misattributed-name'),
      (g) => (g.severity = 'hint'),
      (g) => (g.message += '.'),
      (g) => (g.text += '.'),
      (g) => g.range.end.character++,
      (g) => g.range.start.line++,
      (g) => g.fixes.push({ title: 't', edits: [] }),
      (g) => (g.fixes[0].title += '.'),
      (g) => (g.fixes[0].edits[0].newText += '.'),
      (g) => g.fixes[0].edits[0].range.start.character++,
      (g) => g.fixes[0].edits.push(g.fixes[0].edits[0]),
      (g) => g.related.push({ message: 'r', range: g.range }),
    ];
    for (const [k, change] of changes.entries()) {
      const g = copy();
      change(g);
      assert.equal(sameFinding(f, g), false, `change ${k}`);
    }
    const withRelated = findings.find((x) => x.related.length > 0);
    assert.ok(withRelated, 'the example draft has a finding with a related place');
    const r1 = JSON.parse(JSON.stringify(withRelated)) as Finding;
    r1.related[0].message += '.';
    assert.equal(sameFinding(withRelated, r1), false);
    const r2 = JSON.parse(JSON.stringify(withRelated)) as Finding;
    r2.related[0].range.end.line++;
    assert.equal(sameFinding(withRelated, r2), false);
  });

  it('refuses a delta that does not fit the findings held', async () => {
    const held = analyze(DRAFT).findings;
    // The first letter of the first finding's text changed: its range starts in the changed text.
    const shift = shiftOf(DRAFT, DRAFT.replace('forty,000', 'Forty,000'));
    await assert.rejects(applyItems(FINDINGS, held, [2], [held[0]], null), /more new findings named than sent/);
    await assert.rejects(applyItems(FINDINGS, held, [-2, 2, 0], [], null), /outside the held findings/);
    await assert.rejects(applyItems(FINDINGS, held, [-1, -1, 0], [], null), /outside the held findings/);
    await assert.rejects(applyItems(FINDINGS, held, [-1], [], null), /outside the held findings/);
    await assert.rejects(applyItems(FINDINGS, held, [-1, 0, 2], [], null), /outside the held findings/);
    await assert.rejects(applyItems(FINDINGS, held, [-1, 0, 1], [], shift), /in the changed text/);
    await assert.rejects(applyItems(FINDINGS, held, [-1, 2, 0], [held[0]], null), /sent but not placed/);
    assert.deepEqual(await applyItems(FINDINGS, held, [-3, 0, 0], [], null), held);
    const claims = analyze(DRAFT).claims;
    await assert.rejects(applyItems(CLAIMS, claims, [-1, 2, 0], [], null), /claims delta: a kept run outside the held claims/);
    await assert.rejects(applyItems(CLAIMS, claims, [1], [], null), /claims delta: more new claims named than sent/);
  });
});
