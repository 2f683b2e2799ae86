// The extension-host half of `npm run bench:vscode` (scripts/bench-vscode.mjs): loaded by a real
// VS Code in place of the integration suite, it opens each draft named in COPYDESK_BENCH_DRAFTS
// the way a writer would, times Copydesk's first check and five one-character edits, and writes the
// figures to COPYDESK_BENCH_RESULTS. Figures only: it asserts nothing.
import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CopydeskApi } from '../../src/extension/extension';
import { api as activated } from './suite/helpers';

/**
 * The extension host's longest stall: a timer due every `every` ms, and the most it fired late.
 * While the host runs anything for 200 ms without a break (ours or VS Code's), the timer is about
 * 200 ms late.
 */
class StallMeter {
  private worst = 0;
  private due = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly every = 10) {
    this.arm();
  }

  private arm(): void {
    this.due = performance.now() + this.every;
    this.timer = setTimeout(() => {
      this.worst = Math.max(this.worst, performance.now() - this.due);
      this.arm();
    }, this.every);
  }

  /** The longest stall since the last take(), in ms. */
  take(): number {
    const w = Math.max(this.worst, performance.now() - this.due);
    this.worst = 0;
    return w;
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}

/** Resolves when Copydesk has set diagnostics for `doc` at its current version. */
function checked(api: CopydeskApi, doc: vscode.TextDocument, ms = 300_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => api.linter.result(doc.uri)?.version === doc.version;
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no check of ${doc.uri.fsPath} within ${ms / 1000} s`));
    }, ms);
    const sub = api.linter.onDidUpdate((uri) => {
      if (uri.toString() !== doc.uri.toString() || !done()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

const EDITS = 5;

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

export interface BenchRow {
  file: string;
  chars: number;
  /** openTextDocument + showTextDocument: VS Code's own work, before Copydesk sees the text. */
  openMs: number;
  openStallMs: number;
  /** From the editor showing the draft to Copydesk's diagnostics being set. */
  checkMs: number;
  checkStallMs: number;
  diagnostics: number;
  findings: number;
  claims: number;
  /** Whether the draft's checks brought the claims themselves, not only their counts. */
  claimsRead: boolean;
  /** Median of EDITS one-character edits, from the edit to the new diagnostics (the debounce included). */
  editMs: number;
  /** The same from the extension host's change event: Copydesk's part, without VS Code's round trip. */
  editAfterEventMs: number;
  /** The longest stall over the edits. */
  editStallMs: number;
}

export async function run(): Promise<void> {
  const drafts = JSON.parse(process.env.COPYDESK_BENCH_DRAFTS ?? '[]') as string[];
  const out = process.env.COPYDESK_BENCH_RESULTS;
  if (!out || drafts.length === 0) throw new Error('COPYDESK_BENCH_DRAFTS and COPYDESK_BENCH_RESULTS must be set');
  const api = await activated();
  const rows: BenchRow[] = [];
  const meter = new StallMeter();
  // COPYDESK_BENCH_PROFILE=dir: a CPU profile of the extension host over the whole run.
  const profileDir = process.env.COPYDESK_BENCH_PROFILE;
  const session = profileDir ? new inspector.Session() : null;
  const post = (method: string, params?: object) =>
    new Promise<any>((resolve, reject) => session!.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
  if (session) {
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.start');
  }
  try {
    // The workbench starts other extensions (TypeScript, JSON...) in the first seconds: a small
    // draft checked first and a pause let that settle, and the engine's first run is not timed.
    const warm = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Crews filled 40,000 sandbags, the county said.\n' });
    const warmed = checked(api, warm);
    await vscode.window.showTextDocument(warm);
    await warmed;
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await new Promise((resolve) => setTimeout(resolve, 3000));
    // COPYDESK_BENCH_CLAIMS_VIEW=1: the Claims view open, so each check brings the claims too.
    if (process.env.COPYDESK_BENCH_CLAIMS_VIEW === '1') await vscode.commands.executeCommand('copydesk.claims.focus');

    for (const file of drafts) {
      meter.take();
      const t0 = performance.now();
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      const first = checked(api, doc);
      const editor = await vscode.window.showTextDocument(doc);
      const t1 = performance.now();
      const openStallMs = meter.take();
      await first;
      const t2 = performance.now();
      const checkStallMs = meter.take();
      const result = api.linter.result(doc.uri)!.result;
      const diagnostics = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Copydesk').length;

      // Letters typed one at a time, each at the end of a line in the middle of the draft, each
      // timed until its diagnostics are set.
      const edits: number[] = [];
      const afterEvent: number[] = [];
      let editStallMs = 0;
      for (let k = 0; k < EDITS; k++) {
        const line = doc.lineAt(Math.floor((doc.lineCount * (k + 1)) / (EDITS + 1)));
        let seen = 0;
        const sub = vscode.workspace.onDidChangeTextDocument((e) => {
          if (e.document === doc && seen === 0) seen = performance.now();
        });
        meter.take();
        const t3 = performance.now();
        await editor.edit((b) => b.insert(line.range.end, 'x'));
        await checked(api, doc);
        const t4 = performance.now();
        sub.dispose();
        editStallMs = Math.max(editStallMs, meter.take());
        edits.push(t4 - t3);
        afterEvent.push(t4 - seen);
      }

      rows.push({
        file,
        chars: doc.getText().length,
        openMs: t1 - t0,
        openStallMs,
        checkMs: t2 - t1,
        checkStallMs,
        diagnostics,
        findings: result.findings.length,
        claims: Object.values(result.claimCounts).reduce((a, b) => a + b, 0),
        claimsRead: api.linter.result(doc.uri)!.result.claims !== null,
        editMs: median(edits),
        editAfterEventMs: median(afterEvent),
        editStallMs,
      });
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  } finally {
    meter.stop();
    if (session) {
      const { profile } = await post('Profiler.stop');
      fs.writeFileSync(path.join(profileDir!, 'extension-host.cpuprofile'), JSON.stringify(profile));
      session.disconnect();
    }
  }
  fs.writeFileSync(out, JSON.stringify(rows, null, 2));
}
