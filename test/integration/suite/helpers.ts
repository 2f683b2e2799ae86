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

/** Resolves when `ready()` holds, now or after one of `event`'s firings; waits on events, not sleeps. */
function until(event: vscode.Event<unknown>, ready: () => boolean, failure: () => string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const finish = (e?: Error) => {
      clearTimeout(timer);
      sub.dispose();
      if (e) reject(e);
      else resolve();
    };
    const timer = setTimeout(() => finish(new Error(failure())), ms);
    const sub = event(() => {
      if (ready()) finish();
    });
    if (ready()) finish();
  });
}

/** Resolves when `check` passes for the document's Copydesk diagnostics. */
export async function waitForDiagnostics(uri: vscode.Uri, check: (ds: vscode.Diagnostic[]) => boolean, what = 'diagnostics', ms = 15000): Promise<vscode.Diagnostic[]> {
  const have = () => JSON.stringify(copydeskDiagnostics(uri).map((d) => `${d.code && typeof d.code === 'object' ? d.code.value : d.code}: ${d.message}`));
  await until(vscode.languages.onDidChangeDiagnostics, () => check(copydeskDiagnostics(uri)), () => `timed out waiting for ${what}; have: ${have()}`, ms);
  return copydeskDiagnostics(uri);
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
 * them only while the view is open.
 */
export async function showClaims(ms = 15000): Promise<void> {
  const { linter, claimsView } = await api();
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) throw new Error('no active draft');
  const came = until(linter.onDidUpdate, () => !!linter.result(doc.uri)?.result.claims, () => `timed out waiting for the claims (view visible: ${claimsView.visible})`, ms);
  await vscode.commands.executeCommand('copydesk.claims.focus');
  await came;
}
