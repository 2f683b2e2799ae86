// Runs the engine off the extension host's main thread, so a long draft never
// holds up other extensions or the editor's requests.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import type { AnalyzeOptions } from '../core/types';

export interface WorkerRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

parentPort?.on('message', (req: WorkerRequest) => {
  try {
    parentPort!.postMessage({ id: req.id, result: analyze(req.text, req.options) });
  } catch (e) {
    parentPort!.postMessage({ id: req.id, error: (e as Error).message });
  }
});
