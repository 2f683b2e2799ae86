import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { closeAll, codeOf, openDraft, waitForDiagnostics, workspaceFile } from './helpers';

async function actionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
}

async function applyAndUndo(doc: vscode.TextDocument, action: vscode.CodeAction, expectLine: number, expected: string): Promise<void> {
  const before = doc.getText();
  assert.ok(action.edit, `${action.title} has an edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit!));
  assert.equal(doc.lineAt(expectLine).text, expected);
  await vscode.commands.executeCommand('undo');
  assert.equal(doc.getText(), before, 'one undo restores the draft');
}

describe('quick fixes in a real VS Code', () => {
  afterEach(closeAll);

  it('offers the finding\'s own fix first (preferred), and it undoes in one step', async () => {
    const { doc, diagnostics } = await openDraft('draft.md');
    const d = diagnostics.find((x) => codeOf(x) === 'malformed-number')!;
    const actions = await actionsAt(doc.uri, d.range);
    const fix = actions.find((a) => a.title === 'Change to "40,000"');
    assert.ok(fix, actions.map((a) => a.title).join(', '));
    assert.equal(fix!.isPreferred, true);
    await applyAndUndo(doc, fix!, 8, 'The storm destroyed 40,000 homes and a hundred,000 acres.');
  });

  it('fixes all of one rule in the draft as one edit', async () => {
    const { doc, diagnostics } = await openDraft('draft.md');
    const d = diagnostics.find((x) => codeOf(x) === 'malformed-number')!;
    const all = (await actionsAt(doc.uri, d.range)).find((a) => a.title.startsWith('Fix all malformed-number'));
    assert.ok(all);
    await applyAndUndo(doc, all!, 8, 'The storm destroyed 40,000 homes and 100,000 acres.');
  });

  it('inserts a visible source placeholder for an unattributed figure', async () => {
    const { doc, diagnostics } = await openDraft('draft.md');
    const d = diagnostics.find((x) => codeOf(x) === 'unattributed-figure' && x.range.start.line === 10)!;
    const add = (await actionsAt(doc.uri, d.range)).find((a) => a.title === 'Add a source placeholder');
    assert.ok(add);
    await applyAndUndo(doc, add!, 10, 'The county opened 300 beds in two shelters, according to [SOURCE].');
  });

  it('ignores a rule on one line with a comment above it', async () => {
    const { doc, diagnostics } = await openDraft('draft.md');
    const d = diagnostics.find((x) => codeOf(x) === 'unattributed-figure' && x.range.start.line === 10)!;
    const ignore = (await actionsAt(doc.uri, d.range)).find((a) => a.title === 'Ignore unattributed-figure on this line');
    assert.ok(ignore);
    const gone = waitForDiagnostics(doc.uri, (ds) => ds.length > 0 && !ds.some((x) => codeOf(x) === 'unattributed-figure' && x.range.start.line === 11), 'ignored line');
    await applyAndUndo(doc, ignore!, 10, '<!-- copydesk-disable-next-line unattributed-figure -->');
    await vscode.workspace.applyEdit(ignore!.edit!);
    await gone;
    await vscode.commands.executeCommand('undo');
  });

  it('adds a name to people in .copydesk.json, creating the file', async () => {
    const config = workspaceFile('.copydesk.json');
    if (fs.existsSync(config.fsPath)) fs.unlinkSync(config.fsPath);
    const { doc, diagnostics } = await openDraft('draft.md');
    const d = diagnostics.find((x) => codeOf(x) === 'name-variant')!;
    const add = (await actionsAt(doc.uri, d.range)).find((a) => a.title === 'Add "Whitcomb" to people in .copydesk.json');
    assert.ok(add);
    const gone = waitForDiagnostics(doc.uri, (ds) => ds.length > 0 && !ds.some((x) => codeOf(x) === 'name-variant'), 'variant gone after adding the person');
    try {
      await vscode.commands.executeCommand(add!.command!.command, ...(add!.command!.arguments ?? []));
      assert.deepEqual(JSON.parse(fs.readFileSync(config.fsPath, 'utf8')), { rules: {}, people: ['Whitcomb'], ignore: [] });
      await gone;
    } finally {
      // Deleting the file is seen by Copydesk's watcher, which checks the draft again.
      const back = waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'name-variant'), 'variant back after the config is deleted');
      fs.unlinkSync(config.fsPath);
      await back;
    }
  });

  it('shows the rule documentation', async () => {
    const { doc, diagnostics } = await openDraft('draft.md');
    const d = diagnostics.find((x) => codeOf(x) === 'name-variant')!;
    const docs = (await actionsAt(doc.uri, d.range)).find((a) => a.title === 'Show documentation for name-variant');
    assert.ok(docs?.command);
    const labels = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label));
    const opened = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no documentation tab; tabs: ${labels().join(', ')}`)), 15000);
      const sub = vscode.window.tabGroups.onDidChangeTabs(() => {
        if (labels().some((l) => l.includes('name-variant'))) {
          clearTimeout(timer);
          sub.dispose();
          resolve();
        }
      });
    });
    await vscode.commands.executeCommand(docs!.command!.command, ...(docs!.command!.arguments ?? []));
    await opened;
  });

  it('offers source.fixAll without placeholders', async () => {
    const { doc } = await openDraft('draft.md');
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.copydesk')) ?? [];
    const fixAll = actions.find((a) => a.title === 'Fix all Copydesk problems');
    assert.ok(fixAll?.edit);
    const before = doc.getText();
    await vscode.workspace.applyEdit(fixAll!.edit!);
    assert.equal(doc.lineAt(8).text, 'The storm destroyed 40,000 homes and 100,000 acres.');
    assert.equal(doc.lineAt(10).text, 'The county opened 300 beds in two shelters.');
    assert.equal(doc.lineAt(12).text, '“We are ready for the next one,” Whitcombe said. Whitcombe said more crews were coming.');
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before);
  });
});
