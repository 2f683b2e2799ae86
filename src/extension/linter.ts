// Keeps every open Markdown draft's diagnostics in step with its text:
// debounced, off the main thread, and never letting a stale result
// overwrite a newer one (a generation counter per document).

import * as vscode from 'vscode';
import type { Finding, FindingsResult } from '../core/types';
import { DiagnosticMaker } from './convert';
import { Superseded, type AnalysisRunner, type CheckResult } from './runner';
import { ConfigFiles, readSettings } from './settings';
import { notAllShown, shownAfter, type Shown } from './shown';

export interface DocResult {
  uri: vscode.Uri;
  /** The document version the result was computed for. */
  version: number;
  result: CheckResult;
  /**
   * The findings whose diagnostics are set: all of them, unless there are more than VS Code shows
   * (see shown.ts).
   */
  shown: Shown;
}

export function isDraft(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'markdown' && doc.uri.scheme !== 'git' && doc.uri.scheme !== 'output';
}

export class Linter implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('copydesk');
  readonly configFiles = new ConfigFiles();
  private readonly results = new Map<string, DocResult>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly generation = new Map<string, number>();
  private readonly tooLarge = new Set<string>();
  private readonly reportedConfigErrors = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly maker: DiagnosticMaker;
  /** Fires after a document's diagnostics change (new result, or cleared), or its latest check fails. */
  readonly onDidUpdate = this.emitter.event;
  /**
   * Whether a check brings the draft's claims, or only their counts (for the status bar and the
   * view's badge). The extension asks for them while the Claims view is open.
   */
  wantsClaims: () => boolean = () => true;
  /** Whether each draft's latest check, done or under way, asked for the claims. */
  private readonly askedClaims = new Map<string, boolean>();
  /** Drafts whose latest check failed (the output channel says why), until they are checked again. */
  private readonly failed = new Set<string>();

  constructor(
    private readonly runner: AnalysisRunner,
    docsRoot: vscode.Uri,
    private readonly log: (s: string) => void,
  ) {
    this.maker = new DiagnosticMaker(docsRoot);
  }

  result(uri: vscode.Uri): DocResult | undefined {
    return this.results.get(uri.toString());
  }

  /** Whether the draft's latest check, done or under way, brings its claims; undefined before any. */
  claimsAsked(uri: vscode.Uri): boolean | undefined {
    return this.askedClaims.get(uri.toString());
  }

  /** Whether the draft's latest check failed (the next check, after an edit, clears it). */
  checkFailed(uri: vscode.Uri): boolean {
    return this.failed.has(uri.toString());
  }

  /** Re-checks a document after the debounce delay; each call restarts the wait. */
  schedule(doc: vscode.TextDocument): void {
    if (!isDraft(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    const delay = Math.max(0, vscode.workspace.getConfiguration('copydesk', doc.uri).get<number>('debounceMs', 300));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.lint(doc);
    }, delay));
  }

  /**
   * Checks a document now. Resolves when its diagnostics are set (or dropped as stale). With
   * `claims`, the result has the claims whether or not wantsClaims asks for them.
   */
  async lint(doc: vscode.TextDocument, claims = false): Promise<void> {
    if (!isDraft(doc) || doc.isClosed) return;
    const key = doc.uri.toString();
    const gen = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, gen);
    const settings = readSettings(doc.uri, this.configFiles);
    if (!settings.enabled) {
      this.clear(doc.uri);
      return;
    }
    if (settings.configError && !this.reportedConfigErrors.has(settings.configError.message)) {
      this.reportedConfigErrors.add(settings.configError.message);
      void vscode.window.showWarningMessage(`Copydesk: ${settings.configError.message}. Using the editor settings until it is fixed.`, 'Open config').then((pick) => {
        if (pick && settings.configFile) void vscode.window.showTextDocument(vscode.Uri.file(settings.configFile));
      });
    }
    const text = doc.getText();
    if (text.length > settings.maxBytes) {
      if (!this.tooLarge.has(key)) {
        this.tooLarge.add(key);
        const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
        void vscode.window.showInformationMessage(
          `Copydesk: this draft is ${mb(text.length)} MB, over the ${mb(settings.maxBytes)} MB limit (copydesk.maxDocumentSizeMB), so it is not checked.`,
        );
      }
      this.clear(doc.uri);
      return;
    }
    this.tooLarge.delete(key);
    const version = doc.version;
    const withClaims = claims || this.wantsClaims();
    this.askedClaims.set(key, withClaims);
    this.failed.delete(key);
    let result: CheckResult;
    try {
      result = await this.runner.analyze(text, settings.options, key, withClaims);
    } catch (e) {
      // A newer check of this draft replaced this one: nothing went wrong.
      if (e instanceof Superseded) return;
      this.log(`Copydesk: could not check ${doc.uri.toString(true)}: ${(e as Error).message}`);
      if (this.generation.get(key) === gen) {
        // The draft keeps its last result; whether that one has the claims is what was asked.
        this.askedClaims.set(key, !!this.results.get(key)?.result.claims);
        this.failed.add(key);
        this.emitter.fire(doc.uri);
      }
      return;
    }
    // A newer check started, the text moved on, or the draft closed: this result is stale.
    const stale = () => this.generation.get(key) !== gen || doc.isClosed || doc.version !== version;
    if (stale()) return;
    // The diagnostics shown are those of the last result: all its findings, or on a long draft
    // those nearest where the writer is reading (shown.ts). When this one's are the very objects
    // of that one (an edit on a line with no finding: the worker kept them all), nothing is made
    // or set, and VS Code converts and redraws none of them.
    const findings = result.findings;
    const editor = this.editorOf(doc);
    const [top, bottom] = editor ? linesOf(editor) : [0, 0];
    const last = this.results.get(key);
    const shown = shownAfter(findings, last?.shown, top, bottom);
    const same = last !== undefined && sameShown(last.result.findings, last.shown, findings, shown);
    const diagnostics = same ? null : await this.maker.makeAll(findings.slice(shown.from, shown.to), doc.uri, stale);
    if ((!same && !diagnostics) || stale()) return;
    // Set or not, the diagnostics shown are this result's findings' (sameShown).
    this.results.set(key, { uri: doc.uri, version, result, shown });
    if (diagnostics) this.setShown(doc.uri, findings, shown, diagnostics);
    this.emitter.fire(doc.uri);
  }

  /** The editor whose view a document's findings shown follow: the active one, or another showing it. */
  private editorOf(doc: vscode.TextDocument): vscode.TextEditor | undefined {
    const active = vscode.window.activeTextEditor;
    return active?.document === doc ? active : vscode.window.visibleTextEditors.find((e) => e.document === doc);
  }

  /** Sets the diagnostics of `shown` of the findings, and the line that says when they are not all. */
  private setShown(uri: vscode.Uri, findings: readonly Finding[], shown: Shown, diagnostics: vscode.Diagnostic[]): void {
    if (shown.to - shown.from < findings.length) {
      // On the draft's first line, where it stays as the rest move (an empty range: VS Code marks the
      // first word). Information, not a hint, so the Problems panel lists it.
      const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), notAllShown(findings.length, shown), vscode.DiagnosticSeverity.Information);
      d.source = 'Copydesk';
      diagnostics = [d, ...diagnostics];
    }
    this.diagnostics.set(uri, diagnostics);
  }

  /**
   * An editor scrolled, or came into view: when a long draft's diagnostics no longer cover what
   * it shows with room to scroll, those nearest it are set instead (a thousand at most, made in a
   * few milliseconds). Only the editor a check follows (editorOf: the active one when it shows
   * the draft) moves them. Not while a newer check is due: its result sets them.
   */
  viewChanged(editor: vscode.TextEditor): void {
    const doc = editor.document;
    const state = this.results.get(doc.uri.toString());
    if (!state || state.version !== doc.version || this.editorOf(doc) !== editor || editor.visibleRanges.length === 0) return;
    const findings = state.result.findings;
    const shown = shownAfter(findings, state.shown, ...linesOf(editor));
    // The same findings (still covering the view, or all of them): nothing to set. A view holding
    // more findings than a margin allows is never covered, and comes back the same when centred.
    if (shown.from === state.shown.from && shown.to === state.shown.to) return;
    this.results.set(doc.uri.toString(), { ...state, shown });
    this.setShown(doc.uri, findings, shown, findings.slice(shown.from, shown.to).map((f) => this.maker.make(f, doc.uri)));
  }

  /**
   * Sets diagnostics for a file that is not open (workspace check): all of them, and VS Code shows
   * the first thousand by severity, as it does. Nothing is kept. A draft opened meanwhile is
   * left to its own check (lint), which set its diagnostics or will.
   */
  setForFile(uri: vscode.Uri, result: FindingsResult): void {
    if (this.results.has(uri.toString()) || vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
    this.diagnostics.set(uri, result.findings.map((f) => this.maker.make(f, uri)));
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.generation.set(key, (this.generation.get(key) ?? 0) + 1);
    this.results.delete(key);
    this.askedClaims.delete(key);
    this.failed.delete(key);
    this.runner.forget(key);
    this.diagnostics.delete(uri);
    this.emitter.fire(uri);
  }

  /** Re-checks every open draft (settings or config changed). */
  relintAll(): void {
    this.configFiles.invalidate();
    this.reportedConfigErrors.clear();
    for (const doc of vscode.workspace.textDocuments) if (isDraft(doc)) void this.lint(doc);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.diagnostics.dispose();
    this.emitter.dispose();
  }
}

/** The first and last lines an editor shows. */
function linesOf(editor: vscode.TextEditor): [number, number] {
  const ranges = editor.visibleRanges;
  return ranges.length > 0 ? [ranges[0].start.line, ranges[ranges.length - 1].end.line] : [0, 0];
}

/** Whether `shown` of `findings` are the very findings that `lastShown` of `last` were, out of as many. */
function sameShown(last: readonly Finding[], lastShown: Shown, findings: readonly Finding[], shown: Shown): boolean {
  if (last.length !== findings.length || lastShown.to - lastShown.from !== shown.to - shown.from) return false;
  for (let i = 0; i < shown.to - shown.from; i++) if (findings[shown.from + i] !== last[lastShown.from + i]) return false;
  return true;
}
