import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, openDraft, once, showClaims } from './helpers';

function label(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

describe('the Copydesk side bar in a real VS Code', () => {
  afterEach(closeAll);

  it('lists claims grouped by status, each revealing its sentence', async () => {
    const { claims, linter } = await api();
    const { editor } = await openDraft('draft.md');
    await showClaims();
    const groups = claims.getChildren();
    assert.deepEqual(groups.map((g) => label(claims.getTreeItem(g))), ['Flagged', 'Unattributed', 'Attributed']);
    const items = groups.map((g) => claims.getChildren(g).map((c) => {
      const t = claims.getTreeItem(c);
      return [label(t), t.description];
    }));
    assert.deepEqual(items, [
      [['forty,000', 'no source · line 9']],
      [['300', 'no source · line 11']],
      [['1,200', 'Dana Whitcombe · line 7'], ['“We are ready for the next one,” Whitcombe said.', 'Dana Whitcombe · line 13']],
    ]);
    const unattributed = claims.getTreeItem(claims.getChildren(groups[1])[0]);
    assert.ok(unattributed.command);
    await vscode.commands.executeCommand(unattributed.command!.command, ...(unattributed.command!.arguments ?? []));
    const sel = vscode.window.activeTextEditor!.selection;
    assert.deepEqual([sel.start.line, sel.start.character, sel.end.line, sel.end.character], [10, 0, 10, 43]);
    assert.equal(vscode.window.activeTextEditor!.document.uri.toString(), editor.document.uri.toString());
    void linter;
  });

  it('groups claims by source on request', async () => {
    const { claims } = await api();
    await openDraft('draft.md');
    await showClaims();
    await vscode.commands.executeCommand('copydesk.groupClaimsBySource');
    try {
      const groups = claims.getChildren().map((g) => [label(claims.getTreeItem(g)), claims.getTreeItem(g).description]);
      assert.deepEqual(groups, [['Dana Whitcombe', '2'], ['No source', '2']]);
    } finally {
      await vscode.commands.executeCommand('copydesk.groupClaimsByStatus');
    }
  });

  it('brings the claims only while the Claims view shows the draft, their counts always', async () => {
    const { claims, claimsView, linter } = await api();
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    const { doc, editor } = await openDraft('draft.md');
    assert.equal(claimsView.visible, false);
    // The draft may still hold an earlier test's check (VS Code keeps a closed document a while):
    // a change makes a new one.
    const updated = once(linter.onDidUpdate, 15000, 'linter update');
    await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, '\n'));
    await updated;
    const state = linter.result(doc.uri)!;
    assert.equal(state.version, doc.version);
    assert.equal(state.result.claims, null, 'a check made while the view is hidden leaves the claims out');
    assert.deepEqual(state.result.claimCounts, { flagged: 1, unattributed: 1, attributed: 2 });
    assert.equal(claimsView.badge?.value, 1);
    const refreshed = once(claims.onDidChangeTreeData, 15000, 'claims refresh');
    await showClaims();
    await refreshed;
    assert.equal(claimsView.visible, true);
    assert.equal(claimsView.message, undefined);
    assert.deepEqual(claims.getChildren().map((g) => claims.getTreeItem(g).description), ['1', '1', '2']);
  });

  it('says in the Claims view when a check fails, tries no more on the same text, and checks again after an edit', async () => {
    const { claimsView, linter } = await api();
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    const { doc, editor } = await openDraft('draft.md');
    let updated = once(linter.onDidUpdate, 15000, 'linter update');
    await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, '\n'));
    await updated;
    assert.equal(linter.result(doc.uri)!.result.claims, null);
    // The engine fails on this text, as a bug would make it.
    const runner = (linter as unknown as { runner: { analyze: (...args: unknown[]) => Promise<unknown> } }).runner;
    const analyze = runner.analyze;
    let calls = 0;
    runner.analyze = () => {
      calls++;
      return Promise.reject(new Error('the engine broke'));
    };
    try {
      updated = once(linter.onDidUpdate, 15000, 'the failed check');
      await vscode.commands.executeCommand('copydesk.claims.focus');
      await updated;
      assert.equal(linter.checkFailed(doc.uri), true);
      assert.equal(linter.claimsAsked(doc.uri), false, 'the draft keeps its claimless result');
      assert.equal(claimsView.message, 'Copydesk could not check this draft; the Copydesk output says why. It tries again after the next edit.');
      // Showing the view again does not check the same text again.
      await vscode.commands.executeCommand('workbench.action.closeSidebar');
      await vscode.commands.executeCommand('copydesk.claims.focus');
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(calls, 1);
      // Exporting checks once more, fails, and exports nothing: no stale sheet, no retries.
      const sheet = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('copydesk.exportClaims', 'markdown');
      assert.equal(sheet, undefined);
      assert.equal(calls, 2);
    } finally {
      runner.analyze = analyze;
    }
    updated = once(linter.onDidUpdate, 15000, 'the check after the edit');
    await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, '\n'));
    await updated;
    assert.equal(linter.checkFailed(doc.uri), false);
    assert.ok(linter.result(doc.uri)!.result.claims, 'the view is open: the check brings the claims');
    assert.equal(claimsView.message, undefined);
  });

  it('lists at most 500 claims in a group, which opens collapsed, then one line that exports them all', async () => {
    const { claims } = await api();
    const content = `${Array.from({ length: 620 }, (_, i) => `Crews filled ${1000 + i * 10} sandbags on day ${i + 1}, the county said.`).join('\n\n')}\n`;
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(doc);
    await showClaims();
    const groups = claims.getChildren();
    const group = claims.getTreeItem(groups[0]);
    assert.deepEqual(groups.map((g) => label(claims.getTreeItem(g))), ['Attributed']);
    assert.equal(group.description, '620');
    assert.equal(group.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    const listed = claims.getChildren(groups[0]);
    assert.equal(listed.length, 501);
    const last = claims.getTreeItem(listed[499]);
    assert.deepEqual([label(last), last.description], ['5990', 'county · line 999']);
    const more = claims.getTreeItem(listed[500]);
    assert.deepEqual([label(more), more.description, more.command?.command], ['120 more', 'export the claims to see them all', 'copydesk.exportClaims']);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('counts unattributed claims in the view badge', async () => {
    const { claimsView } = await api();
    await openDraft('draft.md');
    assert.equal(claimsView.badge?.value, 1);
  });

  it('lists people with mentions and spelling variants that reveal their finding', async () => {
    const { people } = await api();
    await openDraft('draft.md');
    const persons = people.getChildren();
    assert.equal(persons.length, 1);
    const p = people.getTreeItem(persons[0]);
    assert.equal(label(p), 'Dana Whitcombe');
    assert.equal(p.description, '2 mentions · 1 variant');
    const variants = people.getChildren(persons[0]);
    const v = people.getTreeItem(variants[0]);
    assert.equal(label(v), '“Whitcomb”');
    await vscode.commands.executeCommand(v.command!.command, ...(v.command!.arguments ?? []));
    const sel = vscode.window.activeTextEditor!.selection;
    assert.deepEqual([sel.start.line, sel.start.character, sel.end.character], [12, 49, 57]);
  });

  it('refreshes the trees with the diagnostics, not on a timer', async () => {
    const { claims, linter } = await api();
    const { editor } = await openDraft('draft.md');
    await showClaims();
    const changed = once(claims.onDidChangeTreeData, 15000, 'claims refresh');
    const updated = once(linter.onDidUpdate, 15000, 'linter update');
    await editor.edit((b) => b.insert(new vscode.Position(10, 0), 'Officials said '));
    await updated;
    await changed;
    const unattributed = claims.getChildren().find((g) => label(claims.getTreeItem(g)) === 'Unattributed');
    assert.equal(unattributed, undefined, 'the shelter figure is now attributed');
  });

  it('exports the claims as a Markdown fact-check sheet', async () => {
    await openDraft('draft.md');
    const sheet = await vscode.commands.executeCommand<vscode.TextDocument>('copydesk.exportClaims', 'markdown');
    assert.equal(sheet.languageId, 'markdown');
    const lines = sheet.getText().split('\n');
    assert.equal(lines[0], '# Fact-check sheet: draft.md');
    assert.equal(lines[2], '4 claims: 1 flagged, 1 unattributed, 2 attributed.');
    assert.equal(lines[6], '| 1 | 7 | attributed | figure | 1,200 | Dana Whitcombe | Emergency manager Dana Whitcombe said 1,200 residents had been evacuated. |  |');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('exports CSV', async () => {
    await openDraft('draft.md');
    const sheet = await vscode.commands.executeCommand<vscode.TextDocument>('copydesk.exportClaims', 'csv');
    assert.equal(sheet.getText().split('\n')[0], '#,Line,Status,Kind,Figures,Source,Claim,Checked');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
