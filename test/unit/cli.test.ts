import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { jsonSink, LINES_PER_WRITE, sarifSink, textSink, type FileReport } from '../../src/cli/format';
import { run } from '../../src/cli/main';
import { analyze, analyzeStreamed } from '../../src/core/analyze';
import { LineIndex } from '../../src/core/positions';

const ROOT = path.join(__dirname, '../../..');
const FIXTURE = path.join(ROOT, 'test/fixtures/cli/story.md');
const SCHEMA = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema/findings.schema.json'), 'utf8'));

function cli(args: string[], cwd = ROOT): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd, color: false });
  return { code, out, err };
}

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-'));
}

/** dist/cli.js, the binary, built first if it is not there. */
function builtCli(): string {
  const bin = path.join(ROOT, 'dist/cli.js');
  if (!fs.existsSync(bin)) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  return bin;
}

/** A script for `node -r`, alone in a temporary folder (its dirname, to remove after). */
function preload(source: string): string {
  const file = path.join(tmpdir(), 'probe.cjs');
  fs.writeFileSync(file, source);
  return file;
}

/**
 * The layout both JSON sinks promise, made without them: `JSON.stringify(doc, null, 2)`, but each
 * item of the lists `listsOf` picks out written compact on a line of its own.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function oneItemPerLine(doc: unknown, listsOf: (doc: any) => unknown[][]): string {
  const items: string[] = [];
  const copy = JSON.parse(JSON.stringify(doc));
  for (const list of listsOf(copy)) {
    for (let i = 0; i < list.length; i++) {
      items.push(JSON.stringify(list[i]));
      list[i] = `\u0000${items.length - 1}`;
    }
  }
  return `${JSON.stringify(copy, null, 2).replace(/"\\u0000(\d+)"/g, (_m, k: string) => items[Number(k)])}\n`;
}

/** Asserts a JSON document matches the contract's schema and every range's text. */
function assertContract(json: string, cwd: string): void {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const doc: any = JSON.parse(json);
  const validate = new Ajv({ allErrors: true }).compile(SCHEMA);
  const valid: boolean = validate(JSON.parse(json));
  assert.ok(valid, JSON.stringify(validate.errors, null, 2));
  for (const file of doc.files) {
    const text = fs.readFileSync(path.resolve(cwd, file.path), 'utf8');
    const lines = new LineIndex(text);
    const slice = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
      text.slice(lines.offset(r.start), lines.offset(r.end));
    for (const f of file.findings) {
      assert.equal(slice(f.range), f.text, `${file.path}: finding text must equal the file under its range`);
      for (const fix of f.fixes) for (const e of fix.edits) assert.ok(lines.offset(e.range.end) <= text.length);
    }
    for (const c of file.claims) {
      assert.equal(slice(c.range), c.text);
      for (const g of c.figures) assert.equal(slice(g.range), g.text);
    }
  }
}

describe('copydesk CLI', () => {
  it('prints text findings as path:line:col  severity  message  rule, with a summary, and exits 1', () => {
    const r = cli(['check', 'test/fixtures/cli/story.md']);
    assert.equal(r.code, 1);
    const lines = r.out.trim().split('\n');
    assert.ok(lines.includes('test/fixtures/cli/story.md:9:21  warning  "forty,000" mixes words and digits; did you mean "40,000"?  malformed-number'), r.out);
    assert.ok(lines.includes('test/fixtures/cli/story.md:11:48  warning  "Whitcomb" may be a misspelling of "Whitcombe" (2 mentions).  name-variant'), r.out);
    assert.match(lines[lines.length - 1], /^\d+ findings? \(0 errors, \d+ warnings?, 0 info\) in 1 of 1 file\.$/);
    assert.equal(r.err, '');
  });

  it('writes JSON that validates against the contract schema, with text equal to the file under each range', () => {
    const r = cli(['check', '--format', 'json', 'test/fixtures/cli/story.md']);
    assert.equal(r.code, 1);
    assertContract(r.out, ROOT);
    const doc = JSON.parse(r.out);
    assert.equal(doc.version, 1);
    assert.equal(doc.files[0].path, 'test/fixtures/cli/story.md');
    const rules = doc.files[0].findings.map((f: { rule: string }) => f.rule);
    assert.deepEqual(rules, ['unattributed-figure', 'malformed-number', 'name-variant']);
    const attributed = doc.files[0].claims.find((c: { text: string }) => c.text.startsWith('Emergency manager'));
    assert.equal(attributed.status, 'attributed');
    assert.equal(attributed.source.name, 'Dana Whitcombe');
  });

  it('passes the shared contract checker too', function () {
    const checker = path.join(ROOT, '../shared/tools/validate-contract.mjs');
    if (!fs.existsSync(checker)) this.skip(); // reported as pending, not as a pass
    const out = path.join(tmpdir(), 'out.json');
    fs.writeFileSync(out, cli(['check', '--format', 'json', FIXTURE]).out);
    const res = spawnSync(process.execPath, [checker, out], { encoding: 'utf8' });
    assert.equal(res.status, 0, res.stdout + res.stderr);
  });

  it('writes SARIF 2.1.0 with rules, 1-based regions and fixes', () => {
    const r = cli(['check', '--format', 'sarif', 'test/fixtures/cli/story.md']);
    const sarif = JSON.parse(r.out);
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.equal(run0.tool.driver.name, 'Copydesk');
    assert.ok(run0.tool.driver.rules.some((x: { id: string }) => x.id === 'malformed-number'));
    const res = run0.results.find((x: { ruleId: string }) => x.ruleId === 'malformed-number');
    assert.equal(res.level, 'warning');
    assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: 9, startColumn: 21, endLine: 9, endColumn: 30, snippet: { text: 'forty,000' } });
    assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, 'test/fixtures/cli/story.md');
    assert.equal(res.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, '40,000');
    assert.equal(run0.tool.driver.rules[res.ruleIndex].id, 'malformed-number');
  });

  it('turns a rule off or changes its level with --rule, and exits 0 when nothing is at warning or above', () => {
    const r = cli(['check', '--rule', 'unattributed-figure=off', '--rule', 'malformed-number=info', '--rule', 'name-variant=hint', FIXTURE]);
    assert.equal(r.code, 0);
    assert.ok(!r.out.includes('unattributed-figure'));
    assert.match(r.out, /  info  "forty,000"/);
  });

  it('walks folders for Markdown, honouring .gitignore and skipping node_modules', () => {
    const dir = tmpdir();
    fs.mkdirSync(path.join(dir, 'drafts/old'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'node_modules/pkg'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.gitignore'), 'old/\n');
    fs.writeFileSync(path.join(dir, 'drafts/.gitignore'), 'secret.md\n');
    for (const f of ['drafts/a.md', 'drafts/b.markdown', 'drafts/old/c.md', 'drafts/secret.md', 'node_modules/pkg/readme.md', 'notes.txt']) {
      fs.writeFileSync(path.join(dir, f), 'Officials said the plan worked.\n');
    }
    const r = cli(['check', '--format', 'json', '.'], dir);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(JSON.parse(r.out).files.map((f: { path: string }) => f.path), ['drafts/a.md', 'drafts/b.markdown']);
  });

  it('expands globs', () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'one.md'), 'Fine.\n');
    fs.writeFileSync(path.join(dir, 'two.md'), 'Fine.\n');
    const r = cli(['check', '--format', 'json', '*.md'], dir);
    assert.deepEqual(JSON.parse(r.out).files.map((f: { path: string }) => f.path), ['one.md', 'two.md']);
  });

  it('names unreadable, binary and oversized files on stderr, checks the rest and exits 2', () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'ok.md'), 'The town said forty,000 people came.\n');
    fs.writeFileSync(path.join(dir, 'bin.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    fs.writeFileSync(path.join(dir, 'big.md'), 'x'.repeat(3 * 1024 * 1024));
    const r = cli(['check', '--max-size', '2', 'ok.md', 'bin.md', 'big.md', 'missing.md'], dir);
    assert.equal(r.code, 2);
    assert.equal(
      r.err,
      [
        'copydesk: missing.md: no such file or folder',
        'copydesk: bin.md: skipped: binary file, not a Markdown draft',
        'copydesk: big.md: skipped: 3.0 MB is over the 2.0 MB limit (--max-size)',
        '',
      ].join('\n'),
    );
    assert.match(r.out, /ok\.md:1:15  warning  "forty,000"/);
  });

  it('writes each file\'s report as soon as it is checked, so a run holds one result at a time', () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'a.md'), 'The town said forty,000 people came.\n');
    fs.writeFileSync(path.join(dir, 'b.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    fs.writeFileSync(path.join(dir, 'c.md'), 'Officials said sixty,000 fans came.\n');
    for (const format of ['json', 'text']) {
      const events: string[] = [];
      run(['check', '--format', format, 'a.md', 'b.md', 'c.md'], {
        stdout: (s) => events.push(...[...s.matchAll(/\b[ac]\.md\b/g)].map((m) => `out ${m[0]}`)),
        stderr: (s) => events.push(`err ${s.match(/\b[abc]\.md\b/)![0]}`),
        cwd: dir,
        color: false,
      });
      // a.md is out before b.md is read; c.md comes after.
      assert.deepEqual([...new Set(events)], ['out a.md', 'err b.md', 'out c.md'], format);
    }
  });

  it('reports broken front matter as a notice and still checks the draft', () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'fm.md'), '---\ntitle: never closed\n\nThe town said forty,000 people came.\n');
    const r = cli(['check', 'fm.md'], dir);
    assert.equal(r.code, 1);
    assert.equal(r.err, 'copydesk: fm.md:1: Front matter opened on line 1 is never closed with "---"; it was read as Markdown.\n');
    assert.match(r.out, /"forty,000"/);
  });

  it('reads the nearest .copydesk.json, and names the file and key when it is invalid', () => {
    const dir = tmpdir();
    fs.mkdirSync(path.join(dir, 'desk/metro'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'desk/.copydesk.json'), JSON.stringify({ rules: { 'malformed-number': 'off' } }));
    fs.writeFileSync(path.join(dir, 'desk/metro/a.md'), 'The town said forty,000 people came.\n');
    assert.equal(cli(['check', 'desk/metro/a.md'], dir).code, 0);
    fs.writeFileSync(path.join(dir, 'desk/.copydesk.json'), JSON.stringify({ rules: { 'malformed-numbers': 'off' } }));
    const r = cli(['check', 'desk/metro/a.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /^copydesk: desk\/metro\/a\.md: not checked: config desk\/\.copydesk\.json: "rules\.malformed-numbers" is not a Copydesk rule/);
  });

  it('rejects bad usage with exit 2 and a one-line message', () => {
    assert.deepEqual(cli(['check']), { code: 2, out: '', err: 'copydesk: check needs at least one PATH\n' });
    assert.equal(cli(['check', '--format', 'xml', 'a.md']).err, 'copydesk: --format must be text, json or sarif, not "xml"\n');
    assert.equal(cli(['check', '--rule', 'nope=off', 'a.md']).code, 2);
    assert.equal(cli(['frobnicate']).code, 2);
  });

  it('prints --help and --version', () => {
    assert.match(cli(['--help']).out, /copydesk check \[options\] PATH/);
    assert.equal(cli(['--help']).code, 0);
    assert.match(cli(['--version']).out, /^\d+\.\d+\.\d+/);
  });

  it('runs as a bundled binary with real exit codes', function () {
    const bin = builtCli();
    const res = spawnSync(process.execPath, [bin, 'check', '--format', 'json', 'test/fixtures/cli/story.md'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(res.status, 1, res.stderr);
    assertContract(res.stdout, ROOT);
    const help = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    assert.equal(help.stdout.trim(), JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('says on stderr what it could not check, and why, all of it, before the process ends', function () {
    const bin = builtCli();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-stderr-'));
    try {
      const open = path.join(dir, 'open.md');
      fs.writeFileSync(open, '---\ntitle: "Flood\n\nThe council said 40 homes flooded.\n');
      const missing = path.join(dir, 'missing.md');
      const res = spawnSync(process.execPath, [bin, 'check', '--format', 'json', open, missing], { cwd: dir, encoding: 'utf8' });
      assert.equal(res.status, 2);
      assert.equal(
        res.stderr,
        `copydesk: ${missing}: no such file or folder\n` +
          `copydesk: ${open}:1: Front matter opened on line 1 is never closed with "---"; it was read as Markdown.\n`,
      );
      assert.equal(JSON.parse(res.stdout).files.length, 1);
      // More than a pipe holds, all at once (some 150 KB of messages about missing files, written
      // before anything is checked): every one arrives before the process ends. Not on Windows,
      // whose command line holds 32,767 characters.
      if (process.platform === 'win32') return;
      const count = 3000;
      const names = Array.from({ length: count }, (_, i) => `missing-${String(i).padStart(4, '0')}.md`);
      const all = spawnSync(process.execPath, [bin, 'check', '--format', 'json', open, ...names], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
      assert.equal(all.status, 2);
      assert.equal(all.stderr, names.map((n) => `copydesk: ${n}: no such file or folder\n`).join('') + `copydesk: ${open}:1: Front matter opened on line 1 is never closed with "---"; it was read as Markdown.\n`);
      assert.equal(JSON.parse(all.stdout).files.length, 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ends the process itself once its output is written, rather than letting Node wind down', function () {
    const bin = builtCli();
    // Preloaded: says on stderr whether Node reached 'beforeExit', which only a process left to
    // end by itself does (process.exit() skips it), and that 'exit' listeners still ran.
    const probe = preload("const fs = require('fs');\nprocess.on('beforeExit', () => fs.writeSync(2, 'beforeExit\\n'));\nprocess.on('exit', (code) => fs.writeSync(2, 'exit ' + code + '\\n'));\n");
    try {
      const res = spawnSync(process.execPath, ['-r', probe, bin, 'check', '--format', 'json', 'test/fixtures/cli/story.md'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(res.status, 1);
      assert.equal(res.stderr, 'exit 1\n');
      assertContract(res.stdout, ROOT);
    } finally {
      fs.rmSync(path.dirname(probe), { recursive: true, force: true });
    }
  });

  it('names the missing bundle of a broken install and exits 3', function () {
    const bin = builtCli();
    // Its real path: the launcher names the bundle beside it as Node resolved it (macOS's temp
    // directory is a symbolic link).
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-broken-')));
    try {
      // The launcher without the bundle beside it.
      fs.copyFileSync(bin, path.join(dir, 'cli.js'));
      const res = spawnSync(process.execPath, [path.join(dir, 'cli.js'), 'check', 'story.md'], { cwd: dir, encoding: 'utf8' });
      assert.equal(res.status, 3);
      assert.equal(res.stdout, '');
      assert.equal(res.stderr, `copydesk: cannot read ${path.join(dir, 'copydesk-cli.js')} (ENOENT); reinstall Copydesk or run npm run build\n`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes text without colour to a pipe or a file, without loading node:tty to ask', function () {
    const bin = builtCli();
    // Preloaded: at exit, says on stderr whether node:tty was loaded.
    const probe = preload("process.on('exit', () => require('fs').writeSync(2, 'tty loaded: ' + process.moduleLoadList.includes('NativeModule tty') + '\\n'));\n");
    const out = path.join(path.dirname(probe), 'report.txt');
    const fd = fs.openSync(out, 'w');
    const toFile = spawnSync(process.execPath, ['-r', probe, bin, 'check', 'test/fixtures/cli/story.md'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', fd, 'pipe'] });
    fs.closeSync(fd);
    const toPipe = spawnSync(process.execPath, ['-r', probe, bin, 'check', 'test/fixtures/cli/story.md'], { cwd: ROOT, encoding: 'utf8' });
    for (const [res, text] of [[toFile, fs.readFileSync(out, 'utf8')], [toPipe, toPipe.stdout]] as const) {
      assert.equal(res.status, 1, res.stderr);
      assert.match(text, /warning/);
      assert.doesNotMatch(text, /\u001b\[/);
      assert.match(res.stderr, /tty loaded: false/);
    }
  });

  it('ends quietly, with the check\'s exit code, when its reader goes away, and writes all of a long output to a slow one', async function () {
    this.timeout(60000);
    const bin = builtCli();
    const { spawn } = await import('node:child_process');
    // The reader closes its end at once: the JSON for the corpus is far more than a pipe holds.
    const gone = spawn(process.execPath, [bin, 'check', '--format', 'json', 'test/corpus'], { cwd: ROOT });
    gone.stdout.destroy();
    let err = '';
    gone.stderr.on('data', (d) => (err += d));
    const code = await new Promise((resolve) => gone.on('close', resolve));
    assert.equal(code, 1, err);
    assert.equal(err, '');
    // A reader that pauses: nothing is lost.
    const slow = spawn(process.execPath, [bin, 'check', '--format', 'json', 'test/corpus'], { cwd: ROOT });
    const chunks: Buffer[] = [];
    slow.stdout.on('data', (d: Buffer) => {
      chunks.push(d);
      slow.stdout.pause();
      setTimeout(() => slow.stdout.resume(), 2);
    });
    const slowCode = await new Promise((resolve) => slow.on('close', resolve));
    assert.equal(slowCode, 1);
    // A standard error whose reader has gone: the exit code is still the check's (2: a file could
    // not be checked), not a crash's.
    const noErr = spawn(process.execPath, [bin, 'check', '--format', 'json', 'missing.md', 'test/fixtures/cli/story.md'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    noErr.stderr!.destroy();
    assert.equal(await new Promise((resolve) => noErr.on('close', resolve)), 2);
    const whole = spawnSync(process.execPath, [bin, 'check', '--format', 'json', 'test/corpus'], { cwd: ROOT, maxBuffer: 1 << 28, encoding: 'utf8' });
    assert.ok(whole.stdout.length > 1 << 16, 'more than a pipe holds');
    assert.equal(Buffer.concat(chunks).toString(), whole.stdout);
  });

  describe('the launcher\'s code cache', () => {
    let bin = '';
    const check = (env: Record<string, string>) =>
      spawnSync(process.execPath, [bin, 'check', '--format', 'json', 'test/fixtures/cli/story.md'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
    let dir = '';
    beforeEach(() => {
      bin = builtCli();
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cache-test-'));
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('writes a cache on the first run and gives the same output from it', () => {
      const first = check({ COPYDESK_CACHE_DIR: dir });
      const files = fs.readdirSync(dir);
      assert.equal(files.length, 1);
      // Named after the bundle's content, which the build writes into the launcher.
      const id = createHash('sha256').update(fs.readFileSync(path.join(ROOT, 'dist/copydesk-cli.js'))).digest('hex').slice(0, 16);
      assert.match(files[0], new RegExp(`^cli-v\\d+.*-${id}-\\d+-\\d+\\.v8cache$`));
      const cache = path.join(dir, files[0]);
      const written = fs.readFileSync(cache);
      const second = check({ COPYDESK_CACHE_DIR: dir });
      // Rewritten only when V8 rejects it: an unchanged file means the second run used it.
      assert.deepEqual(fs.readFileSync(cache), written, 'the second run accepted the cache');
      assert.equal(second.status, first.status);
      assert.equal(second.stdout, first.stdout);
      assert.equal(second.stderr, '');
    });

    it('writes no cache from a run that checked no draft (or only a blank one), so the first check writes it', () => {
      // Such a cache, accepted by every later run, would hold the set-up and little of the engine.
      const env = { ...process.env, COPYDESK_CACHE_DIR: dir };
      const blank = path.join(dir, '..', `${path.basename(dir)}-blank.md`);
      fs.writeFileSync(blank, ' \n\n');
      try {
        const runs: Array<[string[], number]> = [
          [['--version'], 0],
          [['--help'], 0],
          [['rules'], 0],
          [['check', 'test/fixtures/cli/no-such-draft.md'], 2],
          [['check', '--bogus'], 2],
          [['check', blank], 0],
        ];
        for (const [args, status] of runs) {
          const r = spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, env, encoding: 'utf8' });
          // Each ran as it should: a launcher that failed to start would leave the folder empty too.
          assert.equal(r.status, status, `${args.join(' ')}: ${r.stderr}`);
          if (args[0] === '--version') assert.match(r.stdout, /^\d+\.\d+\.\d+/);
          assert.deepEqual(fs.readdirSync(dir), [], args.join(' '));
        }
      } finally {
        fs.rmSync(blank, { force: true });
      }
      assert.equal(check({ COPYDESK_CACHE_DIR: dir }).status, 1);
      assert.equal(fs.readdirSync(dir).length, 1);
    });

    it('removes the caches of other builds, and temporary files left behind, when it writes its own', () => {
      fs.writeFileSync(path.join(dir, 'cli-v0.0.0-x64-1-1.v8cache'), 'stale');
      fs.writeFileSync(path.join(dir, 'cli-v0.0.0-x64-1-1.v8cache.4242.tmp'), 'left by a killed run');
      fs.writeFileSync(path.join(dir, 'notes.txt'), 'not ours');
      check({ COPYDESK_CACHE_DIR: dir });
      const files = fs.readdirSync(dir).sort();
      assert.equal(files.length, 2);
      assert.equal(files[1], 'notes.txt');
      assert.notEqual(files[0], 'cli-v0.0.0-x64-1-1.v8cache');
    });

    it('ignores and replaces a corrupt cache', () => {
      const clean = check({ COPYDESK_NO_CACHE: '1' });
      check({ COPYDESK_CACHE_DIR: dir });
      const file = path.join(dir, fs.readdirSync(dir)[0]);
      fs.writeFileSync(file, Buffer.from('not a code cache'));
      const res = check({ COPYDESK_CACHE_DIR: dir });
      assert.equal(res.status, 1);
      assert.equal(res.stdout, clean.stdout);
      assert.ok(fs.statSync(file).size > 1000, 'the corrupt cache was replaced');
    });

    it('refuses a cache directory that is a symbolic link', function () {
      // In a shared temp directory another user could own the link and repoint it after the check.
      if (process.platform === 'win32') this.skip();
      const link = `${dir}-link`;
      fs.symlinkSync(dir, link);
      try {
        assert.equal(check({ COPYDESK_CACHE_DIR: link }).status, 1);
        assert.deepEqual(fs.readdirSync(dir), []);
      } finally {
        fs.rmSync(link, { force: true });
      }
    });

    it('writes nothing into a directory others can write, or when turned off', function () {
      if (process.platform === 'win32') this.skip();
      fs.chmodSync(dir, 0o777);
      assert.equal(check({ COPYDESK_CACHE_DIR: dir }).status, 1);
      assert.deepEqual(fs.readdirSync(dir), []);
      fs.chmodSync(dir, 0o700);
      assert.equal(check({ COPYDESK_CACHE_DIR: dir, COPYDESK_NO_CACHE: '1' }).status, 1);
      assert.deepEqual(fs.readdirSync(dir), []);
    });
  });

  it('writes the text report a few lines at a time, the same text as one line per finding joined whole', () => {
    const draft = analyze(fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8'));
    // More findings than one write holds by default, of every severity.
    const severities = ['error', 'warning', 'information', 'hint'] as const;
    const findings = Array.from({ length: 12 }, () => draft.findings).flat().map((f, i) => ({ ...f, severity: severities[i % 4] }));
    const long = { ...draft, findings };
    const n = findings.length;
    assert.ok(n > LINES_PER_WRITE, `${n} findings`);
    const label = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };
    const ansi = { error: '31', warning: '33', information: '36', hint: '36' };
    const linesOf = (file: string, color: boolean) =>
      findings
        .map((f) => {
          const sev = color ? `\u001b[${ansi[f.severity]}m${label[f.severity]}\u001b[0m` : label[f.severity];
          const rule = color ? `\u001b[2m${f.rule}\u001b[0m` : f.rule;
          return `${file}:${f.range.start.line + 1}:${f.range.start.character + 1}  ${sev}  ${f.message}  ${rule}\n`;
        })
        .join('');
    const count = (sev: string) => 2 * findings.filter((f) => f.severity === sev).length;
    const summary = `${2 * n} findings (${count('error')} errors, ${count('warning')} warnings, ${count('information') + count('hint')} info) in 2 of 3 files.\n`;
    for (const color of [false, true]) {
      const expected = linesOf('a.md', color) + linesOf('b.md', color) + summary;
      for (const perWrite of [1, 2, 3, 7, undefined]) {
        const out: string[] = [];
        const sink = textSink((s) => out.push(s), color, perWrite);
        for (const [file, result] of [['a.md', long], ['empty.md', analyze('')], ['b.md', long]] as const) sink.add({ path: file, result });
        sink.end();
        const what = `${perWrite ?? 'default'} lines per write, color ${color}`;
        assert.equal(out.join(''), expected, what);
        const most = perWrite ?? LINES_PER_WRITE;
        // Each write holds at most that many lines; the last is the summary.
        for (const piece of out.slice(0, -1)) assert.ok(piece.split('\n').length - 1 <= most, `${what}: a write of ${piece.split('\n').length - 1} lines`);
        assert.equal(out.length - 1, 2 * Math.ceil(n / most), `${what}: writes`);
      }
    }
  });

  it('streams JSON laid out one list item to a line, byte for byte, and as JSON the whole document', () => {
    const draft = analyze(fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8'));
    const empty = analyze('');
    for (const reports of [[], [{ path: 'a.md', result: draft }], [{ path: 'a "b".md', result: draft }, { path: 'empty.md', result: empty }]]) {
      const whole = {
        version: 1,
        files: reports.map((r) => ({ path: r.path, words: r.result.words, findings: r.result.findings, claims: r.result.claims, people: r.result.people, notices: r.result.notices })),
      };
      const expected = oneItemPerLine(whole, (d) => d.files.flatMap((f: Record<string, unknown[]>) => [f.findings, f.claims, f.people, f.notices]));
      assert.deepEqual(JSON.parse(expected), JSON.parse(JSON.stringify(whole)));
      const streamed = (perChunk?: number) => {
        const out: string[] = [];
        const sink = jsonSink((s) => out.push(s), perChunk);
        for (const r of reports as FileReport[]) sink.add(r);
        sink.end();
        return out.join('');
      };
      assert.equal(streamed(), expected);
      // Each item whole on its own line, eight spaces in: every such line is one item, in order.
      const itemLines = expected.split('\n').filter((l) => /^ {8}\S/.test(l)).map((l) => JSON.parse(l.trim().replace(/,$/, '')));
      assert.deepEqual(itemLines, JSON.parse(JSON.stringify(whole.files.flatMap((f) => [...f.findings, ...f.claims, ...f.people, ...f.notices]))));
      // Lists longer than one piece: every split point, including one item per piece.
      for (const perChunk of [1, 2, 3, 7]) assert.equal(streamed(perChunk), expected, `${perChunk} items per piece`);
    }
  });

  it('writes the same JSON when the claims are made as they are written (analyzeStreamed)', () => {
    const texts = ['examples/draft.md', 'test/corpus/war-02.md'].map((f) => fs.readFileSync(path.join(ROOT, f), 'utf8'));
    for (const perChunk of [1, 5, 16]) {
      const write = (results: FileReport[]) => {
        const out: string[] = [];
        const sink = jsonSink((s) => out.push(s), perChunk);
        results.forEach((r) => sink.add(r));
        sink.end();
        return out.join('');
      };
      const expected = write(texts.map((t, i) => ({ path: `${i}.md`, result: analyze(t) })));
      assert.equal(write(texts.map((t, i) => ({ path: `${i}.md`, result: analyzeStreamed(t) }))), expected, `${perChunk} items per piece`);
      assert.ok(JSON.parse(expected).files[0].claims.length > 16);
    }
  });

  it('writes each piece of claims before reading the next, and each file\'s SARIF results as the file is added', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8');
    const streamed = analyzeStreamed(text);
    const total = analyze(text).claims.length;
    assert.ok(total > 10);
    // How many claims the sink had read when each piece went out.
    let read = 0;
    const counted = { ...streamed, claims: (function* () { for (const c of streamed.claims) { read++; yield c; } })() };
    const readAtClaims: number[] = [];
    const json = jsonSink((s) => {
      if (s.includes('"id":"claim-')) readAtClaims.push(read);
    }, 3);
    json.add({ path: 'a.md', result: counted });
    json.end();
    assert.deepEqual(readAtClaims, Array.from({ length: Math.ceil(total / 3) }, (_, i) => Math.min(3 * (i + 1), total)));

    const out: string[] = [];
    const sarif = sarifSink((s) => out.push(s), '1.0.0');
    sarif.add({ path: 'first.md', result: analyze(text) });
    assert.ok(out.join('').includes('"uri":"first.md"'), 'the first file\'s results are out before the second is added');
    sarif.add({ path: 'second.md', result: analyze(text) });
    assert.ok(out.join('').includes('"uri":"second.md"'));
  });

  it('streams SARIF as one document, laid out one result to a line, results in file order', () => {
    const draft = analyze(fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8'));
    const empty = analyze('');
    assert.ok(draft.findings.length > 7);
    for (const reports of [[], [{ path: 'empty.md', result: empty }], [{ path: 'a.md', result: draft }], [{ path: 'dir\\a b.md', result: draft }, { path: 'empty.md', result: empty }, { path: 'c.md', result: draft }]]) {
      const streamed = (perChunk?: number) => {
        const out: string[] = [];
        const sink = sarifSink((s) => out.push(s), '9.9.9', perChunk);
        for (const r of reports as FileReport[]) sink.add(r);
        sink.end();
        return out.join('');
      };
      const whole = streamed();
      const doc = JSON.parse(whole);
      assert.equal(whole, oneItemPerLine(doc, (d) => [d.runs[0].results]));
      assert.equal(doc.runs[0].tool.driver.version, '9.9.9');
      assert.deepEqual(
        doc.runs[0].results.map((x: { ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }) => [x.ruleId, x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.region.startLine]),
        reports.flatMap((r) => r.result.findings.map((f) => [f.rule, r.path.replace('\\', '/').replace(' ', '%20'), f.range.start.line + 1])),
      );
      for (const perChunk of [1, 2, 3, 7]) assert.equal(streamed(perChunk), whole, `${perChunk} items per piece`);
    }
  });
});
