import * as vscode from 'vscode';
import type { CopydeskApi } from '../../../src/extension/extension';

export async function api(): Promise<CopydeskApi> {
  const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'copydesk');
  if (!ext) throw new Error('Copydesk extension not found');
  return (await ext.activate()) as CopydeskApi;
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

export function copydeskDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Copydesk');
}

/** Resolves when `check` passes for the document's Copydesk diagnostics; waits on events, not sleeps. */
export function waitForDiagnostics(uri: vscode.Uri, check: (ds: vscode.Diagnostic[]) => boolean, what = 'diagnostics', ms = 15000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const done = (ds: vscode.Diagnostic[]) => {
      clearTimeout(timer);
      sub.dispose();
      resolve(ds);
    };
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}; have: ${JSON.stringify(copydeskDiagnostics(uri).map((d) => `${d.code && typeof d.code === 'object' ? d.code.value : d.code}: ${d.message}`))}`));
    }, ms);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const ds = copydeskDiagnostics(uri);
      if (check(ds)) done(ds);
    });
    const now = copydeskDiagnostics(uri);
    if (check(now)) done(now);
  });
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Opens a workspace draft and waits until Copydesk has checked it. */
export async function openDraft(name: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor; diagnostics: vscode.Diagnostic[] }> {
  await api();
  const uri = workspaceFile(name);
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  const diagnostics = await waitForDiagnostics(uri, (ds) => ds.length > 0, `diagnostics on ${name}`);
  return { doc, editor, diagnostics };
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert').then(undefined, () => undefined);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Waits for an event to fire once. */
export function once<T>(event: vscode.Event<T>, ms = 15000, what = 'event'): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
    const sub = event((v) => {
      clearTimeout(timer);
      sub.dispose();
      resolve(v);
    });
  });
}

/**
 * Opens the Claims view on the active draft and waits until its claims have come: a check brings
 * them only while the view shows the draft. Waits on the linter's updates, not sleeps.
 */
export async function showClaims(ms = 15000): Promise<void> {
  const { linter, claimsView } = await api();
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) throw new Error('no active draft');
  const has = () => !!linter.result(doc.uri)?.result.claims;
  await new Promise<void>((resolve, reject) => {
    const done = (e?: Error) => {
      clearTimeout(timer);
      sub.dispose();
      if (e) reject(e);
      else resolve();
    };
    const timer = setTimeout(() => done(new Error(`timed out waiting for the claims (view visible: ${claimsView.visible})`)), ms);
    const sub = linter.onDidUpdate(() => {
      if (has()) done();
    });
    void vscode.commands.executeCommand('copydesk.claims.focus').then(() => {
      if (has()) done();
    }, done);
  });
}
