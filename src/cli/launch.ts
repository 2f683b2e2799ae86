// dist/cli.js, the copydesk binary: a small launcher for the CLI bundle (dist/copydesk-cli.js).
//
// Start-up is most of a short check, so the launcher does three things before the engine loads:
// - regular expressions compile straight to native code, not interpreted first and compiled
//   again when they tier up (a one-shot process runs most of them only a few times);
// - V8 optimises a function (TurboFan) only once it has run four times as long as Node 20's V8
//   asks by default (the interrupt budget: 270,000 against 67,584). With the default, a 100 KB
//   draft's check had 71 functions optimised, compile jobs whose times summed to 756 ms (one
//   traced run), on V8's background threads, which on two cores took the CPU from the check
//   itself; with this budget, 24 functions and 138 ms. The process's CPU time fell from
//   0.50–0.71 s to 0.35–0.39 s, and a 100 KB check took 0.31 s against 0.43 s, a 1 MB one 1.01
//   against 1.18 s; a 10 MB draft and an archive of 100 stories, whose functions get hot and are
//   optimised all the same, showed no change beyond the machine's drift (docs/performance.md);
// - the bundle's compiled code is kept in a V8 code cache, so later runs skip parsing and
//   compiling it. The cache holds compiled code only, never draft text. It lives in a
//   directory only this user can write (COPYDESK_CACHE_DIR, or copydesk-cache-<uid> in the
//   temp directory); COPYDESK_NO_CACHE=1 turns it off. Any problem with it is ignored and the
//   bundle runs uncached.
//
// And for a long draft, whose analysis is held whole until its report is written, two settings
// of V8's heap keep the process smaller (a 10 MB draft's JSON: peak RSS about 385 MiB against
// 450; an archive of 100 stories, 130 against 166). The heap's growth costs a 10 MB draft 6–8% of
// its time (0.3 s), an archive of short stories nothing measurable:
// - no allocation-site pretenuring: seeing the analysis's objects outlive collections, V8 went on
//   making objects from the same places (positions, the claims being written) straight in the
//   old generation, where they died uncollected: some 40 MB of claims;
// - the heap grows by 30% between full collections, as V8 grows it when saving memory, not by the
//   larger factor it picks for speed: the analysis's garbage is collected sooner, its space reused.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { BUNDLE_ID, loadBundle, type CachedBundle } from '../common/codeCache';
import { draftChecked } from '../common/warm';

setFlagsFromString('--no-regexp-tier-up --interrupt-budget=270000 --no-allocation-site-pretenuring --heap-growing-percent=30');

const bundle = path.join(__dirname, 'copydesk-cli.js');

/**
 * A cache directory this user owns and nobody else can write, or null. Not a symbolic link: in a
 * shared temp directory another user may own the link and repoint it, after this check, at a
 * directory of theirs holding a crafted cache (compiled code this process would run). On Windows,
 * where a directory's mode does not say who may write to it, the check fails and the cache is off.
 */
function cacheDir(): string | null {
  if (process.env.COPYDESK_NO_CACHE) return null;
  const uid = typeof process.getuid === 'function' ? process.getuid() : -1;
  try {
    const dir = process.env.COPYDESK_CACHE_DIR || path.join(os.tmpdir(), `copydesk-cache-${uid >= 0 ? uid : os.userInfo().username}`);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = fs.lstatSync(dir);
    if (!st.isDirectory() || (uid >= 0 && st.uid !== uid) || (st.mode & 0o022) !== 0) return null;
    return dir;
  } catch {
    return null;
  }
}

function load(): void {
  let b: CachedBundle;
  try {
    b = loadBundle(bundle, cacheDir(), 'cli', BUNDLE_ID);
  } catch (e) {
    if (!(e as NodeJS.ErrnoException).code) throw e;
    // A broken install, not a user error: say which file and stop (written at once: process.exit()
    // drops what process.stderr still holds in a full pipe).
    try {
      fs.writeSync(2, `copydesk: cannot read ${bundle} (${(e as NodeJS.ErrnoException).code}); reinstall Copydesk or run npm run build\n`);
    } catch {
      // Nowhere left to say it.
    }
    process.exit(3);
  }
  // Written at exit, so the cache also holds the functions this run compiled; and only after a
  // run that checked a draft, which compiled what later checks need (see src/common/warm.ts).
  if (b.stale) {
    process.once('exit', () => {
      if (draftChecked()) b.saveCache();
    });
  }
  b.run(require);
}

load();
