// Copydesk in VS Code: a thin client of src/core. No check is implemented here.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CopydeskCodeActions } from './codeActions';
import * as commands from './commands';
import { isDraft, Linter } from './linter';
import { AnalysisRunner } from './runner';
import { CONFIG_FILE } from './settings';
import { activeDraft, ClaimsTree, PeopleTree } from './trees';

/** What activate() returns: the live objects, for tests and for other extensions. */
export interface CopydeskApi {
  linter: Linter;
  claims: ClaimsTree;
  people: PeopleTree;
  claimsView: vscode.TreeView<unknown>;
  /** Where the analysis worker keeps the engine's compiled code (a folder of the extension's global storage), or null. */
  codeCacheDir: string | null;
}

export function activate(context: vscode.ExtensionContext): CopydeskApi {
  const output = vscode.window.createOutputChannel('Copydesk');
  const log = (s: string) => output.appendLine(s);
  const docsRoot = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules');
  // The worker keeps the engine's compiled code in the extension's own storage (a folder of this
  // user's profile), written 3 s after it starts, after a first check of most drafts (workerLaunch.ts).
  const storage = context.globalStorageUri;
  const codeCache = storage.scheme === 'file' ? { dir: path.join(storage.fsPath, 'code-cache'), saveAfterMs: 3000 } : null;
  const runner = new AnalysisRunner(context.extensionPath, log, { codeCache });
  const linter = new Linter(runner, docsRoot, log);
  const claims = new ClaimsTree(linter);
  const people = new PeopleTree(linter);
  const claimsView = vscode.window.createTreeView('copydesk.claims', { treeDataProvider: claims, showCollapseAll: true });
  const peopleView = vscode.window.createTreeView('copydesk.people', { treeDataProvider: people });
  const status = vscode.window.createStatusBarItem('copydesk.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Copydesk';
  status.command = 'workbench.view.extension.copydesk';
  context.subscriptions.push(output, { dispose: () => runner.dispose() }, linter, claims, people, claimsView, peopleView, status);

  claims.groupBy = context.workspaceState.get<'status' | 'source'>('copydesk.claimsGroupBy', 'status');
  void vscode.commands.executeCommand('setContext', 'copydesk.claimsGroupBy', claims.groupBy);

  // The claims come with a draft's check only while the Claims view is open; otherwise the check
  // brings their counts alone (see check in worker.ts). When the view opens, or shows another
  // draft, on a draft whose latest check left them out, the draft is checked again; not after a
  // check that failed (an engine error on this text, or the worker lost while it ran), which would
  // most likely fail again and log again on every showing: the next edit checks the draft.
  linter.wantsClaims = () => claimsView.visible;
  const fetchClaims = () => {
    const doc = activeDraft();
    if (doc && claimsView.visible && linter.claimsAsked(doc.uri) === false && !linter.checkFailed(doc.uri)) void linter.lint(doc);
  };

  const refreshViews = () => {
    claims.refresh();
    people.refresh();
    fetchClaims();
    const doc = activeDraft();
    const state = doc ? linter.result(doc.uri) : undefined;
    claimsView.message = doc && linter.checkFailed(doc.uri)
      ? 'Copydesk could not check this draft; the Copydesk output says why. It tries again after the next edit.'
      : state && state.result.claims === null ? 'Reading the claims\u2026' : undefined;
    if (!doc || !state) {
      status.hide();
      claimsView.badge = undefined;
      return;
    }
    const { flagged, unattributed } = state.result.claimCounts;
    const failed = linter.checkFailed(doc.uri);
    status.text = `$(${failed ? 'warning' : 'checklist'}) ${flagged}`;
    status.tooltip = failed
      ? `Copydesk: the latest check of this draft failed (the Copydesk output says why). At the last one that worked: ${flagged} flagged and ${unattributed} unattributed claim${unattributed === 1 ? '' : 's'}.`
      : `Copydesk: ${flagged} flagged and ${unattributed} unattributed claim${unattributed === 1 ? '' : 's'} in this draft. Click to open the claims.`;
    status.show();
    claimsView.badge = unattributed > 0 ? { value: unattributed, tooltip: `${unattributed} unattributed claim${unattributed === 1 ? '' : 's'}` } : undefined;
  };

  context.subscriptions.push(
    linter.onDidUpdate((uri) => {
      if (activeDraft()?.uri.toString() === uri.toString()) refreshViews();
    }),
    vscode.window.onDidChangeActiveTextEditor(refreshViews),
    // A long draft's diagnostics follow the editor (see shown.ts).
    vscode.window.onDidChangeActiveTextEditor((e) => e && linter.viewChanged(e)),
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => linter.viewChanged(e.textEditor)),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => linter.viewChanged(e))),
    claimsView.onDidChangeVisibility(refreshViews),
    vscode.workspace.onDidOpenTextDocument((doc) => void linter.lint(doc)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0) linter.schedule(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => linter.clear(doc.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('copydesk')) linter.relintAll();
    }),
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new CopydeskCodeActions(linter), CopydeskCodeActions.metadata),
  );

  const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
  context.subscriptions.push(watcher, watcher.onDidChange(() => linter.relintAll()), watcher.onDidCreate(() => linter.relintAll()), watcher.onDidDelete(() => linter.relintAll()));

  const register = (id: string, fn: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  register('copydesk.checkDocument', () => commands.checkCurrent(linter));
  register('copydesk.checkWorkspace', async () => {
    const n = await commands.checkWorkspace(linter, runner);
    void vscode.window.setStatusBarMessage(`Copydesk: checked ${n} draft${n === 1 ? '' : 's'}`, 5000);
    return n;
  });
  register('copydesk.exportClaims', (format?: 'markdown' | 'csv') => commands.exportClaims(linter, format));
  register('copydesk.openConfig', () => commands.openConfig(linter));
  register('copydesk.enableWorkspace', () => vscode.workspace.getConfiguration('copydesk').update('enable', true, vscode.ConfigurationTarget.Workspace));
  register('copydesk.disableWorkspace', () => vscode.workspace.getConfiguration('copydesk').update('enable', false, vscode.ConfigurationTarget.Workspace));
  const setGrouping = (g: 'status' | 'source') => {
    claims.groupBy = g;
    void context.workspaceState.update('copydesk.claimsGroupBy', g);
    void vscode.commands.executeCommand('setContext', 'copydesk.claimsGroupBy', g);
    claims.refresh();
  };
  register('copydesk.groupClaimsBySource', () => setGrouping('source'));
  register('copydesk.groupClaimsByStatus', () => setGrouping('status'));
  register('copydesk.reveal', (uri: vscode.Uri, range: vscode.Range) => commands.reveal(uri, range));
  register('copydesk.showRuleDocs', (rule: string) => commands.showRuleDocs(docsRoot, rule));
  register('copydesk.addPerson', (uri: vscode.Uri, name: string) => commands.addPerson(linter, uri, name));

  for (const doc of vscode.workspace.textDocuments) if (isDraft(doc)) void linter.lint(doc);
  refreshViews();
  return { linter, claims, people, claimsView: claimsView as vscode.TreeView<unknown>, codeCacheDir: codeCache?.dir ?? null };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
