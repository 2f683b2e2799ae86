// Where analysis runs: a worker thread when one can start, else in process.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { IncrementalAnalyzer } from '../core/analyze';
import type { AnalysisResult, AnalyzeOptions } from '../core/types';

type Engine = typeof import('./worker');

export class AnalysisRunner {
  private worker: Worker | null = null;
  private next = 1;
  private readonly pending = new Map<number, { resolve: (r: AnalysisResult) => void; reject: (e: Error) => void }>();
  private failed = false;

  constructor(private readonly extensionPath: string, private readonly log: (s: string) => void) {}

  private start(): Worker | null {
    if (this.worker || this.failed) return this.worker;
    try {
      const w = new Worker(path.join(this.extensionPath, 'dist', 'worker.js'));
      w.on('message', (m: { id: number; result?: AnalysisResult; error?: string }) => {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (m.error !== undefined) p.reject(new Error(m.error));
        else p.resolve(m.result!);
      });
      w.on('error', (e) => this.restart(`worker error: ${e.message}`));
      w.on('exit', (code) => {
        if (this.worker === w) this.restart(`worker exited with code ${code}`);
      });
      w.unref();
      this.worker = w;
    } catch (e) {
      this.failed = true;
      this.log(`Copydesk: analysing in process (no worker: ${(e as Error).message})`);
    }
    return this.worker;
  }

  private restart(why: string): void {
    this.log(`Copydesk: ${why}`);
    this.worker = null;
    for (const p of this.pending.values()) p.reject(new Error(why));
    this.pending.clear();
  }

  private readonly local = new Map<string, IncrementalAnalyzer>();
  private engine: Engine | null = null;

  /** The engine in process, loaded from the worker's bundle the first time it is needed. */
  private inProcess(): Engine {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    this.engine ??= require(path.join(this.extensionPath, 'dist', 'worker.js')) as Engine;
    return this.engine;
  }

  /** Analyses a document's text; `key` (its URI) lets unchanged blocks be reused between edits. */
  analyze(text: string, options: AnalyzeOptions, key?: string): Promise<AnalysisResult> {
    const w = this.start();
    if (!w) {
      try {
        const { analyze, IncrementalAnalyzer } = this.inProcess();
        if (!key) return Promise.resolve(analyze(text, options));
        if (!this.local.has(key)) this.local.set(key, new IncrementalAnalyzer());
        return Promise.resolve(this.local.get(key)!.analyze(text, options));
      } catch (e) {
        return Promise.reject(e);
      }
    }
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      w.postMessage({ id, key, text, options });
    });
  }

  /** Forgets a closed document's kept blocks (in process; the worker keeps a bounded few). */
  forget(key: string): void {
    this.local.delete(key);
  }

  dispose(): void {
    const w = this.worker;
    this.worker = null;
    this.failed = true;
    for (const p of this.pending.values()) p.reject(new Error('disposed'));
    this.pending.clear();
    void w?.terminate();
  }
}
