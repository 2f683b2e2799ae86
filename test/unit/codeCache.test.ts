// The V8 code cache the CLI's launcher and the extension's worker load their bundles through.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadBundle } from '../../src/common/codeCache';

describe('code cache (loadBundle)', () => {
  let dir: string;
  let bundle: string;
  let cacheDir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-codecache-'));
    bundle = path.join(dir, 'bundle.js');
    // Enough functions that the cache is more than a header.
    const fns = Array.from({ length: 50 }, (_, i) => `function f${i}(x) { return x * ${i} + ${i}; }`).join('\n');
    fs.writeFileSync(bundle, `${fns}\nexports.sum = (x) => ${Array.from({ length: 50 }, (_, i) => `f${i}(x)`).join(' + ')};\nexports.dirname = __dirname;\n`);
    cacheDir = path.join(dir, 'cache');
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /**
   * Loads the bundle, runs it and saves its cache in a process of its own, as the CLI and the
   * worker do: in this one, V8 would find the bundle's code in its own memory and never read a cache.
   */
  const fresh = (id = 'id1'): { stale: boolean; sum: number } =>
    JSON.parse(
      execFileSync(process.execPath, [
        '-e',
        `const b = require(${JSON.stringify(require.resolve('../../src/common/codeCache'))}).loadBundle(${JSON.stringify(bundle)}, ${JSON.stringify(cacheDir)}, 'test', ${JSON.stringify(id)});
        const stale = b.stale;
        const sum = b.run(require).sum(3);
        b.saveCache();
        console.log(JSON.stringify({ stale, sum }));`,
      ], { encoding: 'utf8' }),
    );
  const cacheFiles = () => (fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir).sort() : []);
  const sum = (x: number) => Array.from({ length: 50 }, (_, i) => x * i + i).reduce((a, b) => a + b, 0);

  it('runs the bundle as a module; with no cache folder it reads and writes nothing', () => {
    const b = loadBundle(bundle, null, 'test', 'id1');
    assert.equal(b.stale, false);
    const exports = b.run(require) as { sum(x: number): number; dirname: string };
    assert.equal(exports.sum(3), sum(3));
    assert.equal(exports.dirname, dir);
    b.saveCache();
    assert.deepEqual(cacheFiles(), []);
  });

  it('writes a cache that the next start accepts; the folder is made, the file readable by its owner only', () => {
    assert.deepEqual(fresh(), { stale: true, sum: sum(3) }, 'no cache yet');
    const files = cacheFiles();
    assert.equal(files.length, 1);
    assert.match(files[0], new RegExp(`^test-${process.version.replace(/\./g, '\\.')}-${process.arch}-id1-\\d+-\\d+\\.v8cache$`));
    const file = path.join(cacheDir, files[0]);
    const written = fs.readFileSync(file);
    assert.ok(written.length > 1000, `${written.length} bytes`);
    if (process.platform !== 'win32') assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    assert.deepEqual(fresh(), { stale: false, sum: sum(3) }, 'V8 accepted the cache');
    assert.deepEqual(fs.readFileSync(file), written, 'and it was not written again');
  });

  it('writes the cache once, however often saveCache is called', () => {
    const b = loadBundle(bundle, cacheDir, 'test', 'id1');
    b.saveCache();
    const [name] = cacheFiles();
    fs.writeFileSync(path.join(cacheDir, name), 'x');
    b.saveCache();
    assert.equal(fs.readFileSync(path.join(cacheDir, name), 'utf8'), 'x');
  });

  it('refuses a corrupt cache, runs the bundle all the same, and replaces the cache', () => {
    fresh();
    const [name] = cacheFiles();
    fs.writeFileSync(path.join(cacheDir, name), 'not a code cache');
    assert.deepEqual(fresh(), { stale: true, sum: sum(3) });
    assert.ok(fs.statSync(path.join(cacheDir, name)).size > 1000);
    assert.equal(fresh().stale, false);
  });

  it('names the cache after the bundle, so a rebuilt bundle writes a new one and the old one goes, with temporary files left behind', () => {
    fresh();
    const [old] = cacheFiles();
    fs.writeFileSync(path.join(cacheDir, `${old}.4242.tmp`), 'left by a killed run');
    fs.writeFileSync(path.join(cacheDir, `${old}.4242.123456789.tmp`), 'left by a killed worker');
    fs.writeFileSync(path.join(cacheDir, 'other-v0.0.0-x64-1-1.v8cache'), 'another bundle\'s');
    fs.appendFileSync(bundle, '// rebuilt\n');
    assert.equal(fresh().stale, true, 'the old cache is not read for the new bundle');
    const now = cacheFiles();
    assert.equal(now.length, 2, now.join(', '));
    assert.ok(now.includes('other-v0.0.0-x64-1-1.v8cache'), 'another prefix is left alone');
    assert.ok(!now.includes(old));
  });

  it('reads no cache made for another build of the same length and time, which V8 alone would run', () => {
    fresh('build1');
    const { mtime } = fs.statSync(bundle);
    // Another build, byte for byte as long, with the same time (as some installers set it).
    const other = fs.readFileSync(bundle, 'utf8').replace('return x * 7 + 7;', 'return x * 8 + 7;');
    assert.equal(other.length, fs.statSync(bundle).size);
    fs.writeFileSync(bundle, other);
    fs.utimesSync(bundle, mtime, mtime);
    const expected = sum(3) + 3;
    assert.deepEqual(fresh('build2'), { stale: true, sum: expected });
    assert.deepEqual(fresh('build2'), { stale: false, sum: expected });
  });

  it('throws the read error when the bundle is missing', () => {
    assert.throws(() => loadBundle(path.join(dir, 'missing.js'), cacheDir, 'test', 'id1'), (e: NodeJS.ErrnoException) => e.code === 'ENOENT');
  });

  it('ignores a cache folder it cannot make', () => {
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, '');
    const b = loadBundle(bundle, path.join(blocker, 'cache'), 'test', 'id1');
    assert.equal(b.stale, true);
    assert.equal((b.run(require) as { sum(x: number): number }).sum(1), sum(1));
    assert.doesNotThrow(() => b.saveCache());
  });
});
