// dist/worker-launch.js: the analysis worker's entry. It runs the worker's bundle (dist/worker.js)
// through a V8 code cache in the extension's own storage, as the CLI's launcher does, so a first
// check after VS Code starts does not parse and compile the engine first.
import * as path from 'node:path';
import { workerData } from 'node:worker_threads';
import { BUNDLE_ID, loadBundle } from '../common/codeCache';

/** What the runner gives the worker. */
export interface WorkerLaunchData {
  /** Where to keep the code cache; null: no cache. */
  cacheDir: string | null;
  /**
   * When the cache is written, in ms after the worker starts: after a first check of most drafts
   * (a 10 KB draft takes some 0.2 s, a 1 MB one 2 s), so it holds the functions a check compiles
   * too. Written on the worker's thread (some 7 ms for the 450 KB cache): the extension host never
   * waits for it. A check under way is not interrupted: the write waits for it, or for the turn
   * between two pieces of its result.
   */
  saveAfterMs: number;
}

const data = workerData as WorkerLaunchData | undefined;
const bundle = loadBundle(path.join(__dirname, 'worker.js'), data?.cacheDir ?? null, 'worker', BUNDLE_ID);
bundle.run(require);
if (bundle.stale) setTimeout(() => bundle.saveCache(), data?.saveAfterMs ?? 0).unref();
