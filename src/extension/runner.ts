// Where analysis runs: a worker thread when one can start, else in process.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { IncrementalAnalyzer } from '../core/analyze';
import type { AnalyzeOptions, Claim, Finding } from '../core/types';
import { stretchOf } from '../core/strings';
import { applyItems, CLAIMS, FINDINGS } from './delta';
import type { CheckResult, TextChange, WorkerCancel, WorkerForget, WorkerMore, WorkerPiece, WorkerRequest } from './worker';
import type { WorkerLaunchData } from './workerLaunch';

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

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** No lone surrogate (String.prototype.isWellFormed, in Node 20 but not in the ES2022 typings). */
function isWellFormed(s: string): boolean {
  return (s as string & { isWellFormed(): boolean }).isWellFormed();
}

/** How the runner works with its worker; each has a default. */
export interface RunnerOptions {
  /**
   * Findings and claims per piece of a result from the worker (1000). Each piece is read on the
   * extension host's main thread in one go: 1,000 items held it 20-30 ms at most in npm run bench.
   */
  itemsPerMessage?: number;
  /**
   * A text at least this long (1 MiB) goes to the worker as UTF-8 whose buffer is handed over, not
   * copied. Posting the 10 MB draft as a string held the extension host 60-160 ms (npm run
   * bench:vscode, on each edit); encoding it took 8-40 ms alone, 75-212 ms in the extension host
   * during npm run bench:vscode. A text with a lone surrogate, which UTF-8 cannot carry, goes as a
   * string. After an edit, a text that long goes as the stretch that changed since the last one
   * posted for its document (changeFrom).
   */
  bytesFrom?: number;
  /** Findings and claims moved or renumbered from the last result per turn of the event loop (5000; applyItems). */
  movedPerTurn?: number;
  /**
   * Where the worker keeps the engine's compiled code between starts of VS Code, and when it
   * writes it (see workerLaunch.ts). Null (the default): the worker compiles the engine at each start.
   */
  codeCache?: { dir: string; saveAfterMs: number } | null;
  /**
   * A text at least this long (2 Mi characters) is checked by a second worker, shared by all such
   * drafts, and ended once none is left (a draft goes back under three quarters of the line). A long draft's analysis, kept between its edits, holds hundreds of MB of its worker's
   * heap (some 640 MB for the 10 MB bench draft), and in the worker that checks the short drafts it
   * made their edits two to three times as slow (the 5,000-word draft's p95 13.6-19.2 against
   * 5.2-8.3 ms): the garbage collector works over the whole heap.
   */
  ownWorkerFrom?: number;
}

/** Which worker checks a text: the one for short drafts or the one for long ones (ownWorkerFrom). */
type Lane = 'short' | 'long';

export class AnalysisRunner {
  /** The worker for short drafts, and the one for long drafts (ownWorkerFrom); each started when first needed. */
  private worker: Worker | null = null;
  private longWorker: Worker | null = null;
  /** Per document (key), the worker that holds its analysis. */
  private readonly laneOf = new Map<string, Lane>();
  private next = 1;
  private readonly pending = new Map<
    number,
    {
      key?: string;
      lane: Lane;
      resolve: (r: CheckResult) => void;
      reject: (e: Error) => void;
      findings: Finding[];
      claims: Claim[] | null;
      /** Posts the request again with the whole text (the worker did not have the text a TextChange named). */
      resend: () => void;
    }
  >();
  private failed = false;
  /**
   * Per document (key), the findings and claims (null when not asked for) of its last result from
   * the worker (being put together from a delta, hence a promise), and that result's id: the
   * worker sends the next result's findings, and claims, as a change to them (see delta.ts).
   */
  private readonly held = new Map<string, { id: number; items: Promise<{ findings: Finding[]; claims: Claim[] | null }> }>();
  /**
   * Per document (key), the last long text posted to the worker, and its request's id: the next
   * long text of the document goes as the stretch that changed (TextChange).
   */
  private readonly posted = new Map<string, { id: number; text: string }>();

  constructor(
    private readonly extensionPath: string,
    private readonly log: (s: string) => void,
    tuning: RunnerOptions = {},
  ) {
    this.itemsPerMessage = tuning.itemsPerMessage ?? 1000;
    this.bytesFrom = tuning.bytesFrom ?? 1 << 20;
    this.movedPerTurn = tuning.movedPerTurn ?? 5000;
    this.codeCache = tuning.codeCache ?? null;
    this.ownWorkerFrom = tuning.ownWorkerFrom ?? 2 << 20;
  }

  private readonly itemsPerMessage: number;
  private readonly bytesFrom: number;
  private readonly movedPerTurn: number;
  private readonly codeCache: { dir: string; saveAfterMs: number } | null;
  private readonly ownWorkerFrom: number;

  private workerOf(lane: Lane): Worker | null {
    return lane === 'long' ? this.longWorker : this.worker;
  }

  private start(lane: Lane): Worker | null {
    const have = this.workerOf(lane);
    if (have || this.failed) return have;
    try {
      const workerData: WorkerLaunchData = { cacheDir: this.codeCache?.dir ?? null, saveAfterMs: this.codeCache?.saveAfterMs ?? 0 };
      const w = new Worker(path.join(this.extensionPath, 'dist', 'worker-launch.js'), { workerData });
      w.on('message', (m: WorkerPiece) => {
        const p = this.pending.get(m.id);
        if (!p) return;
        if ('error' in m) {
          this.pending.delete(m.id);
          p.reject(new Error(m.error));
          return;
        }
        if ('resend' in m) {
          p.resend();
          return;
        }
        for (const f of m.findings) p.findings.push(f);
        if (p.claims) for (const c of m.claims) p.claims.push(c);
        if (m.last) {
          // Pending until its findings are put together (applyItems pauses between turns), so a
          // newer check of the document, or forget, drops it meanwhile as one still coming back.
          const { delta, ...rest } = m.last;
          const key = p.key;
          let items: Promise<{ findings: Finding[]; claims: Claim[] | null }>;
          if (!delta) {
            items = Promise.resolve({ findings: p.findings, claims: p.claims });
          } else {
            const held = key !== undefined ? this.held.get(key) : undefined;
            items =
              held && held.id === delta.base
                ? held.items.then(async (prev) => {
                    const findings = await applyItems(FINDINGS, prev.findings, delta.ops, p.findings, delta.shift, nextTurn, this.movedPerTurn);
                    if (!delta.claims) return { findings, claims: p.claims };
                    if (!prev.claims || !p.claims) throw new Error('claims delta: no claims held');
                    return { findings, claims: await applyItems(CLAIMS, prev.claims, delta.claims, p.claims, delta.shift, nextTurn, this.movedPerTurn) };
                  })
                : Promise.reject(new Error('findings delta: not against the findings held'));
          }
          if (key !== undefined) {
            // Set now, not once put together: the next check names it as its base at once.
            const entry = { id: m.id, items };
            this.held.set(key, entry);
            // A delta that does not fit leaves nothing to build on: the next check is sent whole.
            items.catch(() => {
              if (this.held.get(key) === entry) this.held.delete(key);
            });
          }
          // A check dropped meanwhile is rejected already; settling it again does nothing.
          items.then(
            (r) => {
              this.pending.delete(m.id);
              p.resolve({ ...rest, findings: r.findings, claims: r.claims });
            },
            (e: Error) => {
              this.pending.delete(m.id);
              p.reject(e);
            },
          );
          return;
        }
        // The next piece is asked for after the editor's other work queued meanwhile.
        setImmediate(() => {
          if (this.workerOf(lane) === w && this.pending.has(m.id)) w.postMessage({ id: m.id, more: true } satisfies WorkerMore);
        });
      });
      w.on('error', (e) => {
        if (this.workerOf(lane) === w) this.restart(lane, `worker error: ${e.message}`);
      });
      w.on('exit', (code) => {
        if (this.workerOf(lane) === w) this.restart(lane, `worker exited with code ${code}`);
      });
      w.unref();
      if (lane === 'long') this.longWorker = w;
      else this.worker = w;
    } catch (e) {
      this.failed = true;
      this.log(`Copydesk: analysing in process (no worker: ${(e as Error).message})`);
    }
    return this.workerOf(lane);
  }

  /** A worker lost: its checks under way fail, and its documents' next checks go to a new one whole. */
  private restart(lane: Lane, why: string): void {
    this.log(`Copydesk: ${why}`);
    if (lane === 'long') this.longWorker = null;
    else this.worker = null;
    for (const [key, l] of this.laneOf) {
      if (l !== lane) continue;
      this.held.delete(key);
      this.posted.delete(key);
    }
    for (const [id, p] of this.pending) {
      if (p.lane !== lane) continue;
      this.pending.delete(id);
      p.reject(new Error(why));
    }
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
    const was = key !== undefined ? this.laneOf.get(key) : undefined;
    // A long draft goes back to the short drafts' worker only once it is a quarter under the line,
    // so one edited at the line does not move (and get analysed whole) on every other keystroke.
    const lane: Lane = text.length >= (was === 'long' ? this.ownWorkerFrom * 0.75 : this.ownWorkerFrom) ? 'long' : 'short';
    if (key !== undefined) {
      // A draft that grew or shrank across the line moves: the other worker forgets it, and this
      // one gets its whole text.
      if (was !== undefined && was !== lane) this.release(key, was);
      this.laneOf.set(key, lane);
      if (was === 'long' && lane === 'short') this.retireLong();
    }
    const w = this.start(lane);
    if (!w) {
      try {
        const { check, IncrementalAnalyzer } = this.inProcess();
        if (key && !this.local.has(key)) this.local.set(key, new IncrementalAnalyzer());
        return Promise.resolve(check(text, options, key ? this.local.get(key)! : null, withClaims));
      } catch (e) {
        return Promise.reject(e);
      }
    }
    if (key !== undefined) this.drop(key);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      const itemsPerMessage = this.itemsPerMessage;
      const base = key !== undefined ? this.held.get(key)?.id : undefined;
      const long = text.length >= this.bytesFrom;
      const post = (change: TextChange | undefined) => {
        const req: WorkerRequest = { id, key, options, claims: withClaims, itemsPerMessage, base };
        if (change) {
          w.postMessage({ ...req, change });
        } else if (long && isWellFormed(text)) {
          const bytes = encoder.encode(text);
          w.postMessage({ ...req, bytes }, [bytes.buffer]);
        } else {
          w.postMessage({ ...req, text });
        }
      };
      this.pending.set(id, { key, lane, resolve, reject, findings: [], claims: withClaims ? [] : null, resend: () => post(undefined) });
      let change: TextChange | undefined;
      if (key !== undefined && long) {
        change = this.changeFrom(this.posted.get(key), text);
        this.posted.set(key, { id, text });
      } else if (key !== undefined) {
        this.posted.delete(key);
      }
      post(change);
    });
  }

  /**
   * `text` as the stretch that changed since `prev`, when that is less than half of it. The common
   * ends are found by halves with native comparisons: about 10 ms for the 10 MB draft, against
   * 75-212 ms to encode it.
   */
  private changeFrom(prev: { id: number; text: string } | undefined, text: string): TextChange | undefined {
    if (!prev) return undefined;
    const { same, tail, by } = stretchOf(prev.text, text);
    const changed = text.slice(same, tail);
    return changed.length * 2 < text.length ? { base: prev.id, start: same, end: tail - by, text: changed } : undefined;
  }

  /**
   * Drops the document's checks still coming back, or being put together from a delta: of no use
   * now, their pieces are not asked for,
   * and the worker lets go of the results (a 10 MB draft's takes seconds to read). Each rejects
   * with Superseded.
   */
  private drop(key: string): void {
    for (const [old, p] of this.pending) {
      if (p.key !== key) continue;
      this.pending.delete(old);
      this.workerOf(p.lane)?.postMessage({ id: old, cancel: true } satisfies WorkerCancel);
      p.reject(new Superseded());
    }
  }

  /**
   * Forgets a document (closed, or no longer checked): its check under way is dropped, and what is
   * kept of it between edits (blocks, its last text and findings) is let go, here and in the worker.
   */
  forget(key: string): void {
    const lane = this.laneOf.get(key);
    this.laneOf.delete(key);
    this.release(key, lane);
    if (lane === 'long') this.retireLong();
  }

  /** Lets go of what is kept of a document, here and in the worker of `lane` (see forget). */
  private release(key: string, lane: Lane | undefined): void {
    this.local.delete(key);
    this.held.delete(key);
    this.posted.delete(key);
    this.drop(key);
    if (lane) this.workerOf(lane)?.postMessage({ forget: key } satisfies WorkerForget);
  }

  /** Ends the long drafts' worker, and lets its heap go, once no long draft is left. */
  private retireLong(): void {
    for (const l of this.laneOf.values()) if (l === 'long') return;
    for (const p of this.pending.values()) if (p.lane === 'long') return;
    const w = this.longWorker;
    this.longWorker = null;
    void w?.terminate();
  }

  dispose(): void {
    const workers = [this.worker, this.longWorker];
    this.worker = null;
    this.longWorker = null;
    this.failed = true;
    for (const p of this.pending.values()) p.reject(new Error('disposed'));
    this.pending.clear();
    for (const w of workers) void w?.terminate();
  }
}
