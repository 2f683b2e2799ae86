// Command-palette actions and the helpers behind quick fixes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Claim } from '../core/types';
import { claimsSheet, type SheetFormat } from './export';
import { isDraft, type Linter } from './linter';
import type { AnalysisRunner } from './runner';
import { CONFIG_FILE, readSettings, searchStart } from './settings';
import { activeDraft } from './trees';

const TEMPLATE = { rules: {}, people: [], ignore: [] };

/** The .copydesk.json that governs `uri` (or the workspace), and whether it exists yet. */
function configTarget(linter: Linter, uri: vscode.Uri | undefined): string | null {
  const start = uri ? searchStart(uri) : null;
  const found = start ? linter.configFiles.find(start.dir, start.root) : null;
  if (found) return found;
  const root = (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
  if (root?.uri.scheme === 'file') return path.join(root.uri.fsPath, CONFIG_FILE);
  if (uri?.scheme === 'file') return path.join(path.dirname(uri.fsPath), CONFIG_FILE);
  return null;
}

export async function openConfig(linter: Linter, uri?: vscode.Uri): Promise<vscode.TextEditor | undefined> {
  const target = configTarget(linter, uri ?? activeDraft()?.uri);
  if (!target) {
    void vscode.window.showWarningMessage('Copydesk: open a folder first; .copydesk.json lives beside your drafts.');
    return undefined;
  }
  if (!fs.existsSync(target)) fs.writeFileSync(target, `${JSON.stringify(TEMPLATE, null, 2)}\n`);
  linter.configFiles.invalidate();
  return vscode.window.showTextDocument(vscode.Uri.file(target));
}

export async function addPerson(linter: Linter, uri: vscode.Uri, name: string): Promise<void> {
  const target = configTarget(linter, uri);
  if (!target) {
    void vscode.window.showWarningMessage('Copydesk: open a folder first; .copydesk.json lives beside your drafts.');
    return;
  }
  let config: { people?: unknown[] } & Record<string, unknown> = { ...TEMPLATE };
  if (fs.existsSync(target)) {
    try {
      config = JSON.parse(fs.readFileSync(target, 'utf8'));
    } catch (e) {
      void vscode.window.showErrorMessage(`Copydesk: ${target} is not valid JSON (${(e as Error).message}); fix it before adding people.`);
      return;
    }
  }
  const people = Array.isArray(config.people) ? config.people : [];
  const has = people.some((p) => (typeof p === 'string' ? p : (p as { name?: string })?.name) === name);
  if (!has) people.push(name);
  config.people = people;
  fs.writeFileSync(target, `${JSON.stringify(config, null, 2)}\n`);
  linter.relintAll();
  void vscode.window.setStatusBarMessage(`Copydesk: "${name}" ${has ? 'is already' : 'added'} in ${path.basename(target)}`, 4000);
}

export async function exportClaims(linter: Linter, format?: SheetFormat): Promise<vscode.TextDocument | undefined> {
  const doc = activeDraft();
  if (!doc) {
    void vscode.window.showInformationMessage('Copydesk: open a Markdown draft to export its claims.');
    return undefined;
  }
  // A check made meanwhile for the diagnostics alone (the writer typing) may replace the one
  // asked for here; the draft is then read again.
  let claims: Claim[] | null | undefined;
  for (let tries = 0; tries < 3 && !claims; tries++) {
    await linter.lint(doc, true);
    if (linter.checkFailed(doc.uri)) {
      void vscode.window.showWarningMessage('Copydesk: could not check this draft, so its claims were not exported; the Copydesk output says why.');
      return undefined;
    }
    claims = linter.result(doc.uri)?.result.claims;
  }
  if (!claims) {
    if (linter.result(doc.uri)) void vscode.window.showInformationMessage('Copydesk: the draft kept changing while its claims were read; export again when it settles.');
    return undefined;
  }
  const pick = format ?? (await vscode.window.showQuickPick(
    [
      { label: 'Markdown table', format: 'markdown' as const },
      { label: 'CSV (for a spreadsheet)', format: 'csv' as const },
    ],
    { placeHolder: 'Export the claims as…' },
  ))?.format;
  if (!pick) return undefined;
  const title = doc.isUntitled ? doc.uri.path : path.basename(doc.uri.fsPath);
  const sheet = await vscode.workspace.openTextDocument({ language: pick === 'csv' ? 'csv' : 'markdown', content: claimsSheet(claims, pick, title) });
  await vscode.window.showTextDocument(sheet, { preview: false });
  return sheet;
}

/** Checks every Markdown file in the workspace; results go to the Problems panel. */
export async function checkWorkspace(linter: Linter, runner: AnalysisRunner): Promise<number> {
  const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '{**/node_modules/**,**/.git/**}');
  let checked = 0;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Copydesk: checking drafts', cancellable: true },
    async (progress, token) => {
      for (const uri of files) {
        if (token.isCancellationRequested) break;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(1, files.length) });
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (open) {
          await linter.lint(open);
          checked++;
          continue;
        }
        const settings = readSettings(uri, linter.configFiles);
        if (!settings.enabled) continue;
        let bytes: Uint8Array;
        try {
          bytes = await vscode.workspace.fs.readFile(uri);
        } catch {
          continue;
        }
        if (bytes.length > settings.maxBytes || bytes.subarray(0, 8192).includes(0)) continue;
        const result = await runner.analyze(new TextDecoder().decode(bytes), settings.options, undefined, false);
        linter.setForFile(uri, result);
        checked++;
      }
    },
  );
  return checked;
}

export async function reveal(uri: vscode.Uri, range: vscode.Range): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { selection: range, preserveFocus: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export async function showRuleDocs(docsRoot: vscode.Uri, rule: string): Promise<void> {
  const page = vscode.Uri.joinPath(docsRoot, `${rule}.md`);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', page);
  } catch {
    await vscode.window.showTextDocument(page);
  }
}

export async function checkCurrent(linter: Linter): Promise<void> {
  const doc = activeDraft();
  if (!doc || !isDraft(doc)) {
    void vscode.window.showInformationMessage('Copydesk: open a Markdown draft to check it.');
    return;
  }
  await linter.lint(doc);
}
