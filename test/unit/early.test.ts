// The regular expressions the extension's worker compiles before its first check (early.ts).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { compileRegExpsEarly, EARLY_REGEXPS } from '../../src/core/early';

const ROOT = path.join(__dirname, '../../..');

describe('regular expressions compiled early', () => {
  it('lists only regular expressions the engine runs on news drafts, each once', () => {
    const corpus = path.join(ROOT, 'test/corpus');
    const ran = new Set<RegExp>();
    // Every match method goes through exec once it is replaced (the spec's RegExpExec).
    const exec = Object.getOwnPropertyDescriptor(RegExp.prototype, 'exec')!;
    RegExp.prototype.exec = function (this: RegExp, s: string) {
      ran.add(this);
      return (exec.value as typeof RegExp.prototype.exec).call(this, s);
    };
    try {
      for (const f of fs.readdirSync(corpus).filter((x) => x.endsWith('.md'))) analyze(fs.readFileSync(path.join(corpus, f), 'utf8'));
    } finally {
      Object.defineProperty(RegExp.prototype, 'exec', exec);
    }
    assert.ok(ran.size > 20, `${ran.size} regular expressions seen`);
    assert.deepEqual(EARLY_REGEXPS.filter((re) => !ran.has(re)).map(String), []);
    assert.equal(new Set(EARLY_REGEXPS).size, EARLY_REGEXPS.length);
  });

  it('leaves each one as it was, lastIndex included, matching as before', () => {
    const sticky = EARLY_REGEXPS.filter((re) => re.global || re.sticky);
    assert.ok(sticky.length >= 3, 'some keep a lastIndex');
    for (const [i, re] of sticky.entries()) re.lastIndex = i + 3;
    // None matches the blank subject, so RegExp.$1 and the like are left as they were too.
    assert.equal(/(x)/.exec('x')?.[1], 'x');
    compileRegExpsEarly();
    assert.equal(RegExp.$1, 'x');
    assert.deepEqual(sticky.map((re) => re.lastIndex), sticky.map((_, i) => i + 3));
    for (const re of sticky) re.lastIndex = 0;
    const text = fs.readFileSync(path.join(ROOT, 'examples/draft.md'), 'utf8');
    const before = analyze(text);
    compileRegExpsEarly();
    assert.deepEqual(analyze(text), before);
  });

  it('leaves each compiled to native code, with no bytecode, for one-byte strings and then for two-byte ones, as V8 does after a subject of 1,000 characters', () => {
    // V8's own test hooks, in a process of its own (they need --allow-natives-syntax): if V8 ever
    // drops the long-subject tier-up, this fails rather than the worker silently compiling twice.
    const early = JSON.stringify(require.resolve('../../src/core/early'));
    const out = execFileSync(process.execPath, [
      '--allow-natives-syntax',
      '-e',
      `const { compileRegExpsEarly, EARLY_REGEXPS } = require(${early});
      compileRegExpsEarly();
      const oneByte = EARLY_REGEXPS.map((re) => [%RegexpHasNativeCode(re, true), %RegexpHasBytecode(re, true)]);
      // A first run on a short two-byte string (a curly quote) then compiles native code too.
      for (const re of EARLY_REGEXPS) re.test('\u201cx');
      const twoByte = EARLY_REGEXPS.map((re) => [%RegexpHasNativeCode(re, false), %RegexpHasBytecode(re, false)]);
      console.log(JSON.stringify({ oneByte, twoByte }));`,
    ], { encoding: 'utf8' });
    const both = EARLY_REGEXPS.map(() => [true, false]);
    assert.deepEqual(JSON.parse(out), { oneByte: both, twoByte: both });
  });
});
