// Where analysis runs: a worker thread when one can start, else in process.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { IncrementalAnalyzer } from '../core/analyze';
import type { AnalyzeOptions, Claim, Finding } from '../core/types';
import { applyDelta } from './delta';
import type { CheckResult, WorkerCancel, WorkerMore, WorkerPiece, WorkerRequest } from './worker';

export type { CheckResult };

/** The answer to a document's check when a newer check of the same document (same key) replaced it. */
export class Superseded extends Error {
  constructor() {
    super('replaced by a newer check of the same document');
    this.name = 'Superseded';
  }
}

type Engine = typeof import('./worker');

const encoder = new TextEncoder();

/** No lone surrogate (String.prototype.isWellFormed, in Node 20 but not in the ES2022 typings). */
function isWellFormed(s: string): boolean {
  return (s as string & { isWellFormed(): boolean }).isWellFormed();
}

export class AnalysisRunner {
  private worker: Worker | null = null;
  private next = 1;
  private readonly pending = new Map<
    number,
    { key?: string; resolve: (r: CheckResult) => void; reject: (e: Error) => void; findings: Finding[]; claims: Claim[] | null }
  >();
  private failed = false;
  /**
   * Per document (key), the findings of its last result from the worker, and that result's id: the
   * worker sends the next result's findings as a change to them (see delta.ts).
   */
  private readonly held = new Map<string, { id: number; findings: Finding[] }>();

  /**
   * `itemsPerMessage`: findings and claims per piece of a result from the worker. Each piece is
   * read on this (the extension host's main) thread in one go: 1,000 items held it 20-30 ms at most
   * in npm run bench.
   *
   * `bytesFrom`: a text at least this long goes to the worker as UTF-8 whose buffer is handed
   * over, not copied. Posting the 10 MB draft as a string held the extension host 60-160 ms
   * (npm run bench:vscode, on each edit); encoding it takes 8-40 ms. A text with a lone surrogate,
   * which UTF-8 cannot carry, goes as a string.
   */
  constructor(
    private readonly extensionPath: string,
    private readonly log: (s: string) => void,
    private readonly itemsPerMessage = 1000,
    private readonly bytesFrom = 1 << 20,
  ) {}

  private start(): Worker | null {
    if (this.worker || this.failed) return this.worker;
    try {
      const w = new Worker(path.join(this.extensionPath, 'dist', 'worker.js'));
      w.on('message', (m: WorkerPiece) => {
        const p = this.pending.get(m.id);
        if (!p) return;
        if ('error' in m) {
          this.pending.delete(m.id);
          p.reject(new Error(m.error));
          return;
        }
        for (const f of m.findings) p.findings.push(f);
        if (p.claims) for (const c of m.claims) p.claims.push(c);
        if (m.last) {
          this.pending.delete(m.id);
          const { delta, ...rest } = m.last;
          let findings = p.findings;
          if (delta) {
            const held = p.key !== undefined ? this.held.get(p.key) : undefined;
            try {
              if (!held || held.id !== delta.base) throw new Error('findings delta: not against the findings held');
              findings = applyDelta(held.findings, delta.ops, p.findings, delta.shift);
            } catch (e) {
              // Not expected; the draft keeps its last result, and the next check is sent whole.
              if (p.key !== undefined) this.held.delete(p.key);
              p.reject(e as Error);
              return;
            }
          }
          if (p.key !== undefined) this.held.set(p.key, { id: m.id, findings });
          p.resolve({ findings, claims: p.claims, ...rest });
          return;
        }
        // The next piece is asked for after the editor's other work queued meanwhile.
        setImmediate(() => {
          if (this.worker === w && this.pending.has(m.id)) w.postMessage({ id: m.id, more: true } satisfies WorkerMore);
        });
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
    this.held.clear();
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

  /**
   * Analyses a document's text; `key` (its URI) lets unchanged blocks be reused between edits.
   * A check with a key rejects with Superseded when a newer check with the same key starts first.
   * Without `withClaims` the result's claims are null, and only counted (see check in worker.ts).
   */
  analyze(text: string, options: AnalyzeOptions, key?: string, withClaims = true): Promise<CheckResult> {
    const w = this.start();
    if (!w) {
      try {
        const { check, IncrementalAnalyzer } = this.inProcess();
        if (key && !this.local.has(key)) this.local.set(key, new IncrementalAnalyzer());
        return Promise.resolve(check(text, options, key ? this.local.get(key)! : null, withClaims));
      } catch (e) {
        return Promise.reject(e);
      }
    }
    // An older check of this document still coming back is of no use now: its pieces are not
    // asked for, and the worker lets go of the result (a 10 MB draft's takes seconds to read).
    if (key !== undefined) {
      for (const [old, p] of this.pending) {
        if (p.key !== key) continue;
        this.pending.delete(old);
        w.postMessage({ id: old, cancel: true } satisfies WorkerCancel);
        p.reject(new Superseded());
      }
    }
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { key, resolve, reject, findings: [], claims: withClaims ? [] : null });
      const itemsPerMessage = this.itemsPerMessage;
      const base = key !== undefined ? this.held.get(key)?.id : undefined;
      if (text.length >= this.bytesFrom && isWellFormed(text)) {
        const bytes = encoder.encode(text);
        w.postMessage({ id, key, bytes, options, claims: withClaims, itemsPerMessage, base } satisfies WorkerRequest, [bytes.buffer]);
      } else {
        w.postMessage({ id, key, text, options, claims: withClaims, itemsPerMessage, base } satisfies WorkerRequest);
      }
    });
  }

  /** Forgets a closed document's kept blocks (in process; the worker keeps a bounded few). */
  forget(key: string): void {
    this.local.delete(key);
    this.held.delete(key);
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
