// Runs a CommonJS bundle through a V8 code cache: its compiled code, kept in a file, so the next
// start skips parsing and compiling it. Used by the CLI's launcher (dist/cli.js) and by the
// extension's analysis worker (dist/worker-launch.js). The cache holds compiled code only, never
// a draft's text. Any problem with it costs speed only: the bundle then runs uncached.
import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';

/**
 * The content of the bundle the launcher built with this module loads: a hash the build writes
 * into each launcher (scripts/build.mjs), for loadBundle's `id`; 'dev' when run unbuilt.
 */
declare const COPYDESK_BUNDLE_ID: string;
export const BUNDLE_ID = typeof COPYDESK_BUNDLE_ID === 'string' ? COPYDESK_BUNDLE_ID : 'dev';

export interface CachedBundle {
  /** Whether the cache was missing or refused by V8 (another Node or V8 flags), so saveCache writes one. */
  readonly stale: boolean;
  /** Runs the bundle as a module, with `req` as its require; returns its exports. */
  run(req: NodeRequire): unknown;
  /**
   * Writes the cache when it is stale, once: call it after the run has compiled what a typical run
   * needs, so the cache holds those functions too. Removes the caches of other builds and the
   * temporary files a killed writer left. Errors are ignored.
   */
  saveCache(): void;
}

/**
 * Reads `file` and its cache from `dir` (null: no cache), named
 * `<prefix>-<node>-<arch>-<id>-<size>-<mtime>.v8cache`, where `id` names the bundle's content (a
 * hash the build writes into the launcher): V8 itself checks only a cache's V8 version, flags and
 * source length, and would run the compiled code of another build of the same length. Size and mtime
 * also change the name when the bundle is replaced without its launcher. Throws when the bundle
 * itself cannot be read.
 */
export function loadBundle(file: string, dir: string | null, prefix: string, id: string): CachedBundle {
  const source = fs.readFileSync(file, 'utf8');
  const st = fs.statSync(file);
  const cacheFile = dir ? path.join(dir, `${prefix}-${process.version}-${process.arch}-${id}-${st.size}-${Math.floor(st.mtimeMs)}.v8cache`) : null;
  let cached: Buffer | undefined;
  if (cacheFile) {
    try {
      cached = fs.readFileSync(cacheFile);
    } catch {
      cached = undefined;
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData: cached });
  let stale = cacheFile !== null && (!cached || script.cachedDataRejected === true);
  return {
    get stale() {
      return stale;
    },
    run(req) {
      const wrapper = script.runInThisContext() as (exports: object, req: NodeRequire, module: object, filename: string, dirname: string) => void;
      const mod = { exports: {} };
      wrapper.call(mod.exports, mod.exports, req, mod, file, path.dirname(file));
      return mod.exports;
    },
    saveCache() {
      if (!stale || !cacheFile || !dir) return;
      stale = false;
      try {
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
        // Per process and moment: two writers (two processes, or two workers of one) never share a
        // temporary file.
        const tmp = `${cacheFile}.${process.pid}.${process.hrtime.bigint()}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(tmp, cacheFile);
        // A concurrent writer's temporary file may go too: it loses only its cache write.
        const ours = new RegExp(`^${prefix}-.*\\.v8cache(?:\\.[\\d.]+\\.tmp)?$`);
        for (const old of fs.readdirSync(dir)) {
          if (ours.test(old) && path.join(dir, old) !== cacheFile) fs.rmSync(path.join(dir, old), { force: true });
        }
      } catch {
        // A cache that cannot be written only costs speed.
      }
    },
  };
}
