// The runner's in-process fallback loads the engine from the worker's bundle, so the
// extension's own bundle can leave the engine out. Its results must be the engine's.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { RULE_INFO } from '../../../src/core/rules/catalog';
import { RULES } from '../../../src/core/rules';
import { AnalysisRunner, Superseded } from '../../../src/extension/runner';

const ROOT = path.join(__dirname, '../../../..');

/** What the runner should give for `text`: analyze()'s result, its claims (or null) and their count by status. */
function checked(text: string, withClaims = true) {
  const r = analyze(text);
  const claimCounts = { flagged: 0, unattributed: 0, attributed: 0 };
  for (const c of r.claims) claimCounts[c.status]++;
  return { ...r, claims: withClaims ? r.claims : null, claimCounts };
}

/** Calls `record` with each message the runner posts to its worker (the worker must be started). */
function watchPosts(runner: AnalysisRunner, record: (m: Record<string, unknown>) => void): void {
  const worker = (runner as unknown as { worker: { postMessage(m: unknown, t?: unknown): void } }).worker;
  const post = worker.postMessage.bind(worker);
  worker.postMessage = (m: unknown, t?: unknown) => {
    record(m as Record<string, unknown>);
    post(m, t);
  };
}

describe('analysis runner', () => {
  before(() => {
    if (!fs.existsSync(path.join(ROOT, 'dist/worker.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  });

  it('analyses in process, from the worker bundle, when no worker can start', async () => {
    const logs: string[] = [];
    const runner = new AnalysisRunner(ROOT, (s) => logs.push(s));
    // As if `new Worker` had thrown: the runner then never tries a worker.
    (runner as unknown as { failed: boolean }).failed = true;
    const text = fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8');
    assert.deepEqual(await runner.analyze(text, {}), checked(text));
    const edited = text.replace('forty,000', 'forty,001');
    await runner.analyze(text, {}, 'file:///draft.md');
    assert.deepEqual(await runner.analyze(edited, {}, 'file:///draft.md'), checked(edited));
    runner.dispose();
  });

  it('gets a result from the worker in pieces asked for one by one, equal to the engine\'s whatever the piece size', async function () {
    this.timeout(20000);
    const text = fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8');
    const expected = checked(text);
    const items = expected.findings.length + expected.claims!.length;
    assert.ok(items > 20, `only ${items} findings and claims`);
    for (const per of [1, 7, items - 1, items, 1000]) {
      const runner = new AnalysisRunner(ROOT, () => {}, { itemsPerMessage: per });
      const edited = text.replace('forty,000', 'forty,001');
      const [first, second] = await Promise.all([runner.analyze(text, {}), runner.analyze(edited, {}, 'file:///draft.md')]);
      assert.deepEqual(first, expected, `${per} per piece`);
      assert.deepEqual(second, checked(edited), `${per} per piece, by key`);
      // A result in n pieces takes n - 1 asks for the next one.
      const worker = (runner as unknown as { worker: { postMessage(m: unknown): void } }).worker;
      let asks = 0;
      const post = worker.postMessage.bind(worker);
      worker.postMessage = (m: unknown) => {
        if ((m as { more?: boolean }).more) asks++;
        post(m);
      };
      assert.deepEqual(await runner.analyze(text, {}), expected);
      assert.equal(asks, Math.ceil(items / per) - 1, `${per} per piece`);
      runner.dispose();
    }
  });

  it('without the claims, sends their counts alone, from the worker and in process', async function () {
    this.timeout(20000);
    const text = fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8');
    // The edit attributes the draft's one unattributed claim.
    const edited = text.replace('More than 1,200 homes', 'Officials said more than 1,200 homes');
    const expected = checked(edited, false);
    assert.deepEqual(checked(text).claimCounts, { flagged: 10, unattributed: 1, attributed: 26 });
    assert.deepEqual(expected.claimCounts, { flagged: 10, unattributed: 0, attributed: 27 });
    const per = 2;
    const runner = new AnalysisRunner(ROOT, () => {}, { itemsPerMessage: per });
    await runner.analyze('Warm.', {});
    const worker = (runner as unknown as { worker: { postMessage(m: unknown): void; on(e: string, f: (m: { claims?: unknown[] }) => void): void } }).worker;
    let asks = 0;
    let claimsSent = 0;
    const post = worker.postMessage.bind(worker);
    worker.postMessage = (m: unknown) => {
      if ((m as { more?: boolean }).more) asks++;
      post(m);
    };
    let findingsSent = 0;
    worker.on('message', (m) => {
      claimsSent += m.claims?.length ?? 0;
      findingsSent += (m as { findings?: unknown[] }).findings?.length ?? 0;
    });
    assert.deepEqual(await runner.analyze(text, {}, 'file:///draft.md', false), checked(text, false));
    // By key, after an edit: the kept blocks give the same counts as a whole analysis.
    asks = 0;
    findingsSent = 0;
    assert.deepEqual(await runner.analyze(edited, {}, 'file:///draft.md', false), expected);
    assert.equal(claimsSent, 0, 'no claim crossed to the extension host');
    // The findings the edit changed (the rest are kept from the last result, see delta.ts).
    assert.ok(findingsSent < expected.findings.length);
    assert.equal(asks, Math.max(1, Math.ceil(findingsSent / per)) - 1, 'pieces for the findings alone');
    // Asked for again, the claims come.
    assert.deepEqual(await runner.analyze(edited, {}, 'file:///draft.md'), checked(edited));
    runner.dispose();

    const local = new AnalysisRunner(ROOT, () => {});
    (local as unknown as { failed: boolean }).failed = true;
    assert.deepEqual(await local.analyze(text, {}, 'file:///draft.md', false), checked(text, false));
    assert.deepEqual(await local.analyze(edited, {}, 'file:///draft.md', false), expected);
    assert.deepEqual(await local.analyze(edited, {}, undefined, true), checked(edited));
    local.dispose();
  });

  it('after an edit, sends only the findings and claims it changed, and the result is still the engine\'s whole', async function () {
    this.timeout(20000);
    const text = fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8');
    const key = 'file:///draft.md';
    const runner = new AnalysisRunner(ROOT, () => {}, { itemsPerMessage: 4 });
    const first = await runner.analyze(text, {}, key);
    assert.deepEqual(first, checked(text));
    const worker = (runner as unknown as { worker: { on(e: string, f: (m: { findings?: unknown[]; claims?: unknown[] }) => void): void } }).worker;
    let crossed = 0;
    let claimsCrossed = 0;
    worker.on('message', (m) => {
      crossed += m.findings?.length ?? 0;
      claimsCrossed += m.claims?.length ?? 0;
    });
    // One figure changed on its line; then a paragraph added before the last third of the draft.
    const one = text.replace('forty,000', 'forty,001');
    const cut = one.indexOf('\n\n', Math.floor(one.length * 0.66));
    const edits = [one, `${one.slice(0, cut)}\n\nOfficials counted 12 boats.${one.slice(cut)}`];
    // The first edit's one new finding crosses, the second's none. Findings before an edit are
    // the very objects held (their diagnostics are kept); those after the added lines are moved.
    const sent = [1, 0];
    const cutLine = one.slice(0, cut).split('\n').length - 1;
    const above = checked(one).findings.filter((f) => f.range.end.line <= cutLine).length;
    assert.ok(above > 0 && above < 15, `${above} findings above the added paragraph`);
    const same = [14, above];
    // Each edit changes one claim's sentence (the figure changed; the paragraph added): that claim alone crosses.
    const claimsAbove = checked(one).claims!.filter((c) => c.range.end.line <= cutLine).length;
    let held = first.findings;
    let heldClaims = first.claims!;
    for (const [k, edited] of edits.entries()) {
      crossed = 0;
      claimsCrossed = 0;
      const r = await runner.analyze(edited, {}, key);
      assert.deepEqual(r, checked(edited));
      assert.equal(crossed, sent[k], `edit ${k}`);
      assert.equal(claimsCrossed, 1, `edit ${k}: claims`);
      assert.equal(r.findings.filter((f) => held.includes(f)).length, same[k], `edit ${k}`);
      // Above the added paragraph, the claims held; after it, moved and renumbered.
      if (k === 1) assert.equal(r.claims!.filter((c) => heldClaims.includes(c)).length, claimsAbove);
      held = r.findings;
      heldClaims = r.claims!;
    }
    // The same text checked again: no claim crosses, and every claim is the one held.
    claimsCrossed = 0;
    const again = await runner.analyze(edits[1], {}, key);
    assert.equal(claimsCrossed, 0);
    assert.ok(claimsAbove > 0);
    assert.deepEqual(again.claims!.map((c, i) => c === heldClaims[i]), heldClaims.map(() => true));
    // Not asked for (the Claims view closed), then asked again: none, then all of them whole.
    claimsCrossed = 0;
    assert.equal((await runner.analyze(edits[1], {}, key, false)).claims, null);
    assert.equal(claimsCrossed, 0);
    assert.deepEqual(await runner.analyze(edits[1], {}, key), checked(edits[1]));
    assert.equal(claimsCrossed, heldClaims.length);
    // Without a key, and when the worker did not send the result the extension holds (one it
    // dropped as replaced, say): sent whole.
    crossed = 0;
    assert.deepEqual(await runner.analyze(text, {}), checked(text));
    assert.equal(crossed, first.findings.length);
    (runner as unknown as { held: Map<string, unknown> }).held.set(key, { id: 12345, items: Promise.resolve({ findings: [], claims: [] }) });
    crossed = 0;
    assert.deepEqual(await runner.analyze(text, {}, key), checked(text));
    assert.equal(crossed, first.findings.length);
    runner.dispose();
  });

  it('hands a long text to the worker as UTF-8 bytes, byte-order mark and all; one with a lone surrogate as a string', async function () {
    this.timeout(20000);
    const draft = fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8');
    // A mark first (TextDecoder drops one unless told not to: every offset on the first line
    // would move), findings on that line, and characters outside the BMP before them.
    const text = `\uFEFF🔥 Crews filled forty,000 sandbags.\n\n${draft}`;
    const lone = `${draft}\nCrews filled forty,000 sandbags \uD800 overnight.\n`;
    const runner = new AnalysisRunner(ROOT, () => {}, { bytesFrom: 0 });
    await runner.analyze('Warm.', {});
    const sent: string[] = [];
    watchPosts(runner, (m) => {
      if (m.text !== undefined || m.bytes !== undefined) sent.push(m.bytes ? 'bytes' : 'text');
    });
    const expected = checked(text);
    assert.ok(expected.findings.some((f) => f.range.start.line === 0 && f.text === 'forty,000'));
    assert.deepEqual(await runner.analyze(text, {}), expected);
    assert.deepEqual(await runner.analyze(text, {}, 'file:///draft.md'), expected);
    assert.deepEqual(await runner.analyze(lone, {}, 'file:///draft.md'), checked(lone));
    assert.deepEqual(sent, ['bytes', 'bytes', 'text']);
    runner.dispose();
  });

  it('after an edit, hands the worker only the stretch of a long text that changed; one it does not have, whole again', async function () {
    this.timeout(20000);
    const draft = fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8');
    const text = `🔥 Crews filled forty,000 sandbags.\n\n${draft}`;
    const key = 'file:///draft.md';
    const runner = new AnalysisRunner(ROOT, () => {}, { bytesFrom: 0 });
    await runner.analyze('Warm.', {});
    const sent: unknown[] = [];
    watchPosts(runner, (m) => {
      if (m.change) sent.push({ id: m.id, ...(m.change as object) });
      else if (m.text !== undefined || m.bytes !== undefined) sent.push({ id: m.id, whole: m.bytes ? 'bytes' : 'text' });
    });
    assert.deepEqual(await runner.analyze(text, {}, key), checked(text));
    const at = text.indexOf('forty,000');
    // A digit; the emoji's second half (🔥 and 🔧 share the first); a lone surrogate put in.
    const edits = [
      text.replace('forty,000', 'forty,001'),
      text.replace('forty,000', 'forty,001').replace('🔥', '🔧'),
      text.replace('forty,000', 'forty,001').replace('🔥', '🔧').replace('sandbags.', 'sandbags \uD800.'),
    ];
    for (const edited of edits) assert.deepEqual(await runner.analyze(edited, {}, key), checked(edited));
    const dot = text.indexOf('sandbags.') + 8;
    assert.deepEqual(sent, [
      { id: 2, whole: 'bytes' },
      { id: 3, base: 2, start: at + 8, end: at + 9, text: '1' },
      { id: 4, base: 3, start: 1, end: 2, text: '\uDD27' },
      { id: 5, base: 4, start: dot, end: dot, text: ' \uD800' },
    ]);
    // As if the worker had let the document go: it asks for the text, which goes whole.
    sent.length = 0;
    (runner as unknown as { posted: Map<string, { id: number; text: string }> }).posted.set(key, { id: 999, text: edits[2] });
    assert.deepEqual(await runner.analyze(edits[0], {}, key), checked(edits[0]));
    assert.equal(sent.length, 2);
    assert.equal((sent[0] as { base: number }).base, 999);
    assert.deepEqual(sent[1], { id: 6, whole: 'bytes' });
    // Checks replaced before the worker read them still leave their text for the next one.
    sent.length = 0;
    const long = draft.repeat(40);
    const busy = runner.analyze(long, {}, 'file:///long.md');
    const more = [2, 3, 4, 5].map((k) => edits[0].replace('forty,001', `forty,00${k}`));
    const checks = more.map((t) => runner.analyze(t, {}, key));
    for (const c of checks.slice(0, 3)) await assert.rejects(c, Superseded);
    assert.deepEqual(await checks[3], checked(more[3]));
    await busy;
    assert.deepEqual(
      sent.map((m) => ('whole' in (m as object) ? 'whole' : 'change')),
      ['whole', 'change', 'change', 'change', 'change'],
    );
    runner.dispose();
  });

  it('forgets a document: its check under way is dropped as replaced, and nothing of it is kept here or in the worker', async function () {
    this.timeout(20000);
    const text = fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8');
    const key = 'file:///draft.md';
    const runner = new AnalysisRunner(ROOT, () => {}, { bytesFrom: 0 });
    await runner.analyze(text, {}, key);
    const sent: unknown[] = [];
    watchPosts(runner, (m) => sent.push(m.forget ? { forget: m.forget } : m.cancel ? { cancel: m.id } : { id: m.id, as: m.change ? 'change' : m.bytes ? 'bytes' : 'text' }));
    const edited = text.replace('forty,000', 'forty,001');
    const closing = runner.analyze(edited, {}, key);
    runner.forget(key);
    await assert.rejects(closing, Superseded);
    const inside = runner as unknown as { held: Map<string, unknown>; posted: Map<string, unknown> };
    assert.equal(inside.held.has(key), false);
    assert.equal(inside.posted.has(key), false);
    // Opened again: sent whole, the result the engine's.
    assert.deepEqual(await runner.analyze(edited, {}, key), checked(edited));
    assert.deepEqual(sent, [{ id: 2, as: 'change' }, { cancel: 2 }, { forget: key }, { id: 3, as: 'bytes' }]);
    runner.dispose();
  });

  it('drops a check whose findings are still being put together when the document is forgotten or checked again', async function () {
    this.timeout(20000);
    const text = fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8');
    const key = 'file:///draft.md';
    // One moved finding per turn, so a result with moved findings takes a few turns to put together.
    const runner = new AnalysisRunner(ROOT, () => {}, { movedPerTurn: 1 });
    await runner.analyze(text, {}, key);
    const worker = (runner as unknown as { worker: { on(e: string, f: (m: { id: number; last?: object }) => void): void } }).worker;
    let act: (() => void) | null = null;
    // Registered after the runner's own listener: runs once the runner has read the last piece.
    worker.on('message', (m) => {
      if (m.last && act) {
        act();
        act = null;
      }
    });
    // A line added at the top: every finding moves.
    const moved = `A new line.\n${text}`;
    act = () => runner.forget(key);
    await assert.rejects(runner.analyze(moved, {}, key), Superseded);
    assert.deepEqual(await runner.analyze(text, {}, key), checked(text));
    let newer: Promise<unknown> | null = null;
    act = () => (newer = runner.analyze(text, {}, key));
    await assert.rejects(runner.analyze(moved, {}, key), Superseded);
    assert.deepEqual(await newer, checked(text));
    runner.dispose();
  });

  it('does not send a check cancelled during its analysis, so the next one still comes as a change to the last result held', async function () {
    this.timeout(30000);
    // The example draft 60 times, each paragraph ended by a word of its own (blocks of the same
    // text are read once).
    const draft = fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8');
    let n = 0;
    const word = () => [...(n++).toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('');
    const long = draft.repeat(60).replace(/\n\n/g, () => ` Zq${word()}.\n\n`);
    const key = 'file:///long.md';
    const runner = new AnalysisRunner(ROOT, () => {}, { bytesFrom: 0 });
    const first = await runner.analyze(long, {}, key);
    const worker = (runner as unknown as { worker: { on(e: string, f: (m: { id: number; findings?: unknown[] }) => void): void } }).worker;
    const answered = new Set<number>();
    let crossed = 0;
    worker.on('message', (m) => {
      answered.add(m.id);
      crossed += m.findings?.length ?? 0;
    });
    // Every block changed: a few hundred ms of analysis, during which the next check replaces it.
    const replaced = runner.analyze(long.toUpperCase(), {}, key);
    // The worker reads it at once; its analysis takes some 400 ms here.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const edited = long.replace('.', ',');
    const last = runner.analyze(edited, {}, key);
    await assert.rejects(replaced, Superseded);
    assert.deepEqual(await last, checked(edited));
    assert.equal(answered.has(2), false, 'nothing of the replaced check was sent');
    assert.ok(crossed < first.findings.length / 10, `${crossed} of ${first.findings.length} findings sent`);
    runner.dispose();
  });

  it('drops a check of a document when a newer one of the same document starts: no more pieces asked, the newer result whole', async function () {
    this.timeout(20000);
    const text = fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8');
    const edited = text.replace('forty,000', 'forty,001');
    const runner = new AnalysisRunner(ROOT, () => {}, { itemsPerMessage: 1 });
    await runner.analyze('Warm.', {});
    const worker = (runner as unknown as { worker: { postMessage(m: unknown): void } }).worker;
    const sent: Array<{ id: number; more?: boolean; cancel?: boolean }> = [];
    const post = worker.postMessage.bind(worker);
    worker.postMessage = (m: unknown) => {
      sent.push(m as { id: number });
      post(m);
    };
    const older = runner.analyze(text, {}, 'file:///draft.md');
    const other = runner.analyze(text, {}, 'file:///other.md');
    // Let the older check's first pieces come in and be asked for.
    while (!sent.some((m) => m.more)) await new Promise((resolve) => setTimeout(resolve, 5));
    const newer = runner.analyze(edited, {}, 'file:///draft.md');
    await assert.rejects(older, Superseded);
    assert.deepEqual(await newer, checked(edited));
    assert.deepEqual(await other, checked(text), 'another document is not affected');
    const olderId = sent[0].id;
    const cancelAt = sent.findIndex((m) => m.cancel);
    assert.equal(sent[cancelAt].id, olderId);
    assert.ok(!sent.slice(cancelAt).some((m) => m.more && m.id === olderId), 'no piece of the older check asked for after it was dropped');
    assert.equal(sent.filter((m) => m.cancel).length, 1);
    runner.dispose();
  });

  it('never analyses a check whose cancel reached the worker before it was read: no backlog while the writer types', async function () {
    this.timeout(20000);
    // A long draft keeps the worker busy (a few hundred ms) while a short one gets four checks,
    // each replacing the last: they and their cancels all wait in the worker's queue.
    const dir = path.join(ROOT, 'test/corpus');
    const long = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n\n').repeat(4);
    const text = fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8');
    const runner = new AnalysisRunner(ROOT, () => {});
    await runner.analyze('Warm.', {});
    const worker = (runner as unknown as { worker: { on(e: string, f: (m: { id: number }) => void): void } }).worker;
    const answered = new Set<number>();
    worker.on('message', (m) => answered.add(m.id));
    const busy = runner.analyze(long, {}, 'file:///long.md');
    const edits = [1, 2, 3, 4].map((k) => text.replace('forty,000', `forty,00${k}`));
    const checks = edits.map((t) => runner.analyze(t, {}, 'file:///draft.md'));
    for (const c of checks.slice(0, 3)) await assert.rejects(c, Superseded);
    assert.deepEqual(await checks[3], checked(edits[3]));
    assert.deepEqual(await busy, checked(long));
    // Ids: 1 the warm-up, 2 the long draft, 3-6 the checks. Only the last check was analysed.
    assert.deepEqual([3, 4, 5, 6].filter((id) => answered.has(id)), [6]);
    runner.dispose();
  });

  describe('a worker of its own for long drafts', () => {
    type Workers = { worker: { postMessage(m: unknown, t?: unknown): void; once(e: string, f: () => void): void; terminate(): Promise<number> } | null; longWorker: Workers['worker'] };
    const workers = (r: AnalysisRunner) => r as unknown as Workers;
    /** Records the messages posted to one of the runner's workers. */
    const spy = (w: NonNullable<Workers['worker']>, record: (m: Record<string, unknown>) => void) => {
      const post = w.postMessage.bind(w);
      w.postMessage = (m: unknown, t?: unknown) => {
        record(m as Record<string, unknown>);
        post(m, t);
      };
    };
    const short = () => fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8');
    // Past ownWorkerFrom below: twice the example draft.
    const long = () => `${short()}\n\n${short().replace('forty,000', 'fifty,000')}`;

    it('checks a long draft in a second worker, a short one in the first, each result the engine\'s; dispose ends both', async function () {
      this.timeout(20000);
      const runner = new AnalysisRunner(ROOT, () => {}, { ownWorkerFrom: 8000 });
      assert.ok(short().length < 8000 && long().length >= 8000);
      assert.deepEqual(await runner.analyze(long(), {}, 'file:///long.md'), checked(long()));
      assert.deepEqual(await runner.analyze(short(), {}, 'file:///short.md'), checked(short()));
      const { worker, longWorker } = workers(runner);
      assert.ok(worker && longWorker && worker !== longWorker);
      const toShort: unknown[] = [];
      const toLong: unknown[] = [];
      spy(worker, (m) => toShort.push(m.key));
      spy(longWorker, (m) => toLong.push(m.key));
      const edited = long().replace('300', '301');
      assert.deepEqual(await runner.analyze(edited, {}, 'file:///long.md'), checked(edited));
      assert.deepEqual(await runner.analyze(`${short()} `, {}, 'file:///short.md'), checked(`${short()} `));
      assert.deepEqual([toShort, toLong], [['file:///short.md'], ['file:///long.md']]);
      const ended = [worker, longWorker].map((w) => new Promise<void>((resolve) => w.once('exit', resolve)));
      runner.dispose();
      await Promise.all(ended);
    });

    it('moves a draft that grows past the line to the long drafts\' worker, and back once a quarter under it, ending that worker; each result the engine\'s', async function () {
      this.timeout(20000);
      const runner = new AnalysisRunner(ROOT, () => {}, { ownWorkerFrom: 8000 });
      const key = 'file:///grows.md';
      assert.deepEqual(await runner.analyze(short(), {}, key), checked(short()));
      const { worker } = workers(runner);
      const toShort: Array<Record<string, unknown>> = [];
      spy(worker!, (m) => toShort.push(m));
      assert.deepEqual(await runner.analyze(long(), {}, key), checked(long()));
      // The first worker forgot it; the second got it whole.
      assert.deepEqual(toShort, [{ forget: key }]);
      const toLong: Array<Record<string, unknown>> = [];
      const longWorker = workers(runner).longWorker!;
      spy(longWorker, (m) => toLong.push(m));
      // Just under the line (but over three quarters of it), it stays where it is.
      const trimmed = long().slice(0, 7000);
      assert.deepEqual(await runner.analyze(trimmed, {}, key), checked(trimmed));
      assert.deepEqual(toShort.length, 1);
      assert.equal(toLong.length, 1);
      const back = short().replace('forty,000', 'forty,001');
      const ended = new Promise<void>((resolve) => longWorker.once('exit', resolve));
      assert.deepEqual(await runner.analyze(back, {}, key), checked(back));
      assert.deepEqual(toLong.slice(1), [{ forget: key }]);
      assert.equal(toShort.length, 2);
      assert.equal((toShort[1] as Record<string, unknown>).base, undefined, 'sent whole: no result of it held from this worker');
      // No long draft left: its worker is ended.
      await ended;
      assert.equal(workers(runner).longWorker, null);
      runner.dispose();
    });

    it('loses only the long drafts\' checks when their worker is lost; the next long check starts a new one', async function () {
      this.timeout(20000);
      const logs: string[] = [];
      const runner = new AnalysisRunner(ROOT, (s) => logs.push(s), { ownWorkerFrom: 8000 });
      await runner.analyze(long(), {}, 'file:///long.md');
      await runner.analyze(short(), {}, 'file:///short.md');
      const dir = path.join(ROOT, 'test/corpus');
      const longer = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n\n').repeat(4);
      const lost = runner.analyze(longer, {}, 'file:///long.md');
      const kept = runner.analyze(`${short()} `, {}, 'file:///short.md');
      await workers(runner).longWorker!.terminate();
      await assert.rejects(lost, /worker exited/);
      assert.deepEqual(await kept, checked(`${short()} `));
      assert.ok(logs.some((l) => /worker exited/.test(l)));
      assert.deepEqual(await runner.analyze(long(), {}, 'file:///long.md'), checked(long()));
      runner.dispose();
    });
  });

  it('keeps the engine\'s compiled code between starts: the worker writes it after a while, the next worker reads it', async function () {
    this.timeout(20000);
    const text = fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-worker-cache-'));
    const cacheDir = path.join(dir, 'code-cache');
    const files = () => (fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir) : []);
    try {
      const first = new AnalysisRunner(ROOT, () => {}, { codeCache: { dir: cacheDir, saveAfterMs: 0 } });
      assert.deepEqual(await first.analyze(text, {}), checked(text));
      // Written on the worker's thread, on its own time: wait for the file (10 s at most).
      for (const until = Date.now() + 10000; !files().some((f) => f.endsWith('.v8cache')) && Date.now() < until; ) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      first.dispose();
      const [name] = files();
      // Named after the worker bundle's content, which the build writes into its launcher.
      const id = createHash('sha256').update(fs.readFileSync(path.join(ROOT, 'dist/worker.js'))).digest('hex').slice(0, 16);
      assert.match(name, new RegExp(`^worker-v\\d+.*-${id}-\\d+-\\d+\\.v8cache$`));
      const written = fs.readFileSync(path.join(cacheDir, name));
      assert.ok(written.length > 100000, `${written.length} bytes`);
      const { ino } = fs.statSync(path.join(cacheDir, name));

      const second = new AnalysisRunner(ROOT, () => {}, { codeCache: { dir: cacheDir, saveAfterMs: 0 } });
      assert.deepEqual(await second.analyze(text, {}), checked(text));
      // A worker that found the cache refused would write it again (a new file, renamed over the
      // old one) on its timer, set to fire at once, which runs in the turn of the worker's event
      // loop after its first check: before it reads the second.
      await second.analyze(`${text} `, {});
      second.dispose();
      assert.deepEqual(files(), [name]);
      assert.equal(fs.statSync(path.join(cacheDir, name)).ino, ino);
      assert.deepEqual(fs.readFileSync(path.join(cacheDir, name)), written);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists the rules in the catalog in the registry\'s order, with the same entries', () => {
    assert.deepEqual(
      RULES.map((r) => ({ id: r.id, category: r.category, description: r.description, defaultSeverity: r.defaultSeverity })),
      RULE_INFO.map((r) => ({ ...r })),
    );
  });
});
