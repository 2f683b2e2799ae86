// Runs the engine off the extension host's main thread, so a long draft never
// holds up other extensions or the editor's requests. Required in process (no
// parentPort), it hands the engine to the runner's fallback instead, so the
// extension's own bundle never carries the engine.
import { parentPort } from 'node:worker_threads';
import { analyze, IncrementalAnalyzer } from '../core/analyze';
import type { AnalyzeOptions } from '../core/types';

export { analyze, IncrementalAnalyzer };

export interface WorkerRequest {
  id: number;
  /** The document's URI: its blocks are kept between edits, so an edit re-reads only what changed. */
  key?: string;
  text: string;
  options: AnalyzeOptions;
}

const MAX_DOCUMENTS = 16;
const analyzers = new Map<string, IncrementalAnalyzer>();

function analyzerFor(key: string): IncrementalAnalyzer {
  let a = analyzers.get(key);
  if (a) analyzers.delete(key);
  else a = new IncrementalAnalyzer();
  analyzers.set(key, a); // most recently used last
  if (analyzers.size > MAX_DOCUMENTS) analyzers.delete(analyzers.keys().next().value!);
  return a;
}

parentPort?.on('message', (req: WorkerRequest) => {
  try {
    const result = req.key ? analyzerFor(req.key).analyze(req.text, req.options) : analyze(req.text, req.options);
    parentPort!.postMessage({ id: req.id, result });
  } catch (e) {
    parentPort!.postMessage({ id: req.id, error: (e as Error).message });
  }
});
