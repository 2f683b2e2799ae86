import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { api, closeAll, codeOf, copydeskDiagnostics, once, openDraft, waitForDiagnostics, workspaceFile } from './helpers';

const simple = (ds: vscode.Diagnostic[]) =>
  ds.map((d) => [codeOf(d), d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.severity]);

describe('diagnostics in a real VS Code', () => {
  afterEach(closeAll);

  it('reports each finding with its exact range, code, source, severity and related location', async () => {
    const { diagnostics } = await openDraft('draft.md');
    const W = vscode.DiagnosticSeverity.Warning;
    assert.deepEqual(simple(diagnostics), [
      ['unattributed-figure', 8, 20, 8, 29, W],
      ['malformed-number', 8, 20, 8, 29, W],
      ['malformed-number', 8, 40, 8, 53, W],
      ['unattributed-figure', 10, 18, 10, 21, W],
      ['name-variant', 12, 49, 12, 57, W],
    ]);
    assert.ok(diagnostics.every((d) => d.source === 'Copydesk'));
    const variant = diagnostics.find((d) => codeOf(d) === 'name-variant')!;
    assert.equal(variant.message, '"Whitcomb" may be a misspelling of "Whitcombe" (2 mentions).');
    const code = variant.code as { value: string; target: vscode.Uri };
    assert.ok(code.target.path.endsWith('/docs/rules/name-variant.md'), code.target.toString());
    assert.equal(variant.relatedInformation?.[0].message, '"Dana Whitcombe" is named here');
    assert.deepEqual(
      [variant.relatedInformation![0].location.range.start.line, variant.relatedInformation![0].location.range.start.character],
      [6, 18],
    );
  });

  it('re-checks as you type and drops what the edit fixed', async () => {
    const { doc, editor } = await openDraft('draft.md');
    const line = doc.lineAt(8);
    const at = line.text.indexOf('forty,000');
    const changed = waitForDiagnostics(doc.uri, (ds) => !ds.some((d) => codeOf(d) === 'malformed-number' && d.range.start.character === at), 'forty,000 to go');
    await editor.edit((b) => b.replace(new vscode.Range(8, at, 8, at + 'forty,000'.length), '40,000'));
    const ds = await changed;
    assert.ok(ds.some((d) => codeOf(d) === 'malformed-number'), 'a hundred,000 is still flagged');
  });

  it('sets no diagnostics again after an edit that leaves every finding in place, and sets them after one that moves them', async () => {
    const { doc, editor, diagnostics } = await openDraft('draft.md');
    const { linter } = await api();
    const collection = linter.diagnostics as unknown as { set: (...args: unknown[]) => void };
    const set = collection.set;
    let sets = 0;
    collection.set = function (...args: unknown[]) {
      sets++;
      set.apply(this, args);
    };
    // Resolves once the draft's check for its current version is done (set or not).
    const checked = () =>
      new Promise<void>((resolve) => {
        const sub = linter.onDidUpdate((uri) => {
          if (uri.toString() !== doc.uri.toString() || linter.result(doc.uri)?.version !== doc.version) return;
          sub.dispose();
          resolve();
        });
      });
    try {
      // The headline (line 4) has no finding, and no finding points at it.
      let done = checked();
      await editor.edit((b) => b.insert(doc.lineAt(4).range.end, 's'));
      await done;
      assert.equal(sets, 0);
      assert.deepEqual(simple(copydeskDiagnostics(doc.uri)), simple(diagnostics));
      // A line added above every finding moves them all down one.
      done = checked();
      await editor.edit((b) => b.insert(new vscode.Position(5, 0), 'A new line.\n'));
      await done;
      assert.equal(sets, 1);
      assert.deepEqual(
        simple(copydeskDiagnostics(doc.uri)),
        simple(diagnostics).map(([code, sl, sc, el, ec, sev]) => [code, (sl as number) + 1, sc, (el as number) + 1, ec, sev]),
      );
    } finally {
      collection.set = set;
    }
  });

  it('checks an untitled Markdown document', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Rescuers pulled twenty5 people from the water, the county said.\n' });
    await vscode.window.showTextDocument(doc);
    const ds = await waitForDiagnostics(doc.uri, (x) => x.length > 0, 'untitled diagnostics');
    assert.deepEqual(simple(ds), [['malformed-number', 0, 16, 0, 23, vscode.DiagnosticSeverity.Warning]]);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('clears a document\'s diagnostics when it closes', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Crews filled forty,000 sandbags, the county said.\n' });
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (x) => x.length > 0, 'diagnostics before close');
    const cleared = waitForDiagnostics(doc.uri, (x) => x.length === 0, 'diagnostics cleared on close');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    assert.deepEqual(await cleared, []);
  });

  it('turns a rule off when its setting changes, and back on', async () => {
    const { doc } = await openDraft('draft.md');
    const cfg = vscode.workspace.getConfiguration('copydesk');
    const off = waitForDiagnostics(doc.uri, (ds) => ds.length > 0 && !ds.some((d) => codeOf(d) === 'malformed-number'), 'malformed-number off');
    await cfg.update('rules.malformed-number', 'off', vscode.ConfigurationTarget.Workspace);
    try {
      await off;
      const error = waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'malformed-number' && d.severity === vscode.DiagnosticSeverity.Error), 'malformed-number as error');
      await cfg.update('rules.malformed-number', 'error', vscode.ConfigurationTarget.Workspace);
      await error;
    } finally {
      await cfg.update('rules.malformed-number', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'malformed-number' && d.severity === vscode.DiagnosticSeverity.Warning), 'back to default');
  });

  it('stops checking a draft over the size limit, and resumes under it', async () => {
    const filler = 'The council met again and talked about the weather for a long while.\n\n'.repeat(160);
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: `Crews filled forty,000 sandbags, the county said.\n\n${filler}` });
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (ds) => ds.length > 0, 'diagnostics under the default limit');
    const cfg = vscode.workspace.getConfiguration('copydesk');
    const cleared = waitForDiagnostics(doc.uri, (ds) => ds.length === 0, 'no diagnostics over a 10 KB limit');
    await cfg.update('maxDocumentSizeMB', 0.01, vscode.ConfigurationTarget.Workspace);
    try {
      await cleared;
    } finally {
      await cfg.update('maxDocumentSizeMB', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(doc.uri, (ds) => ds.length > 0, 'diagnostics again under the limit');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('checks every draft in the workspace from the command', async () => {
    const notes = workspaceFile('notes.md');
    assert.deepEqual(copydeskDiagnostics(notes), []);
    const n = await vscode.commands.executeCommand<number>('copydesk.checkWorkspace');
    assert.ok(n >= 2, `checked ${n}`);
    assert.deepEqual(copydeskDiagnostics(notes).map(codeOf), ['malformed-number']);
  });

  it('shows a draft with thousands of findings as VS Code can: the 999 nearest what the editor shows, moved along as it scrolls', async () => {
    // Two findings a line (a spinner's number, stated without a source): 4,200 findings, over the
    // 1,000 diagnostics VS Code shows a file.
    const line = 'Crews filled forty,000 sandbags overnight.';
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: `${Array(2100).fill(line).join('\n\n')}\n` });
    const editor = await vscode.window.showTextDocument(doc);
    const ds = await waitForDiagnostics(doc.uri, (x) => x.length > 0, 'diagnostics on the long draft', 60000);
    assert.equal(ds.length, 1000);
    const said = ds.filter((d) => d.code === undefined);
    assert.deepEqual(
      said.map((d) => [d.message, d.severity, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]),
      [[
        'Copydesk shows 999 of this draft\'s 4,200 findings, those nearest where you are reading: VS Code shows at most 1,000 per file. They follow as you scroll.',
        vscode.DiagnosticSeverity.Information, 0, 0, 0, 0,
      ]],
    );
    // The editor shows the top: the first 999 findings, on lines 0 to 998.
    const lines = (x: vscode.Diagnostic[]) => x.filter((d) => d.code !== undefined).map((d) => d.range.start.line);
    assert.deepEqual([Math.min(...lines(ds)), Math.max(...lines(ds))], [0, 998]);
    assert.equal(new Set(ds.filter((d) => d.code !== undefined).map((d) => d.code)).size, 2, 'one code object per rule');
    // What VS Code shows (its markers, not the extension host's copy): the next problem from a line.
    const nextShown = async (line: number) => {
      editor.selection = new vscode.Selection(line, 0, line, 0);
      await vscode.commands.executeCommand('editor.action.marker.next');
      await vscode.commands.executeCommand('closeMarkersNavigation');
      return [editor.selection.active.line, editor.selection.active.character];
    };
    assert.deepEqual(await nextShown(500), [500, 13]);
    // An edit that leaves every finding as it was (a space on a blank line) sets nothing, and the
    // findings shown still follow the editor afterwards.
    const checked = once((await api()).linter.onDidUpdate, 60000, 'the check after the edit');
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), ' '));
    await checked;
    // Scrolled to the end: the last 999 findings, from line 3200, and the quick fixes there.
    editor.revealRange(new vscode.Range(4198, 0, 4198, 0), vscode.TextEditorRevealType.InCenter);
    const moved = await waitForDiagnostics(doc.uri, (x) => x.some((d) => d.range.start.line === 4198), 'diagnostics at the end of the draft');
    assert.equal(moved.length, 1000);
    assert.deepEqual([Math.min(...lines(moved)), Math.max(...lines(moved))], [3200, 4198]);
    const last = moved.filter((d) => d.range.start.line === 4198).map((d) => [codeOf(d), d.range.start.character, d.range.end.character]);
    assert.deepEqual(last.sort(), [['malformed-number', 13, 22], ['unattributed-figure', 13, 22]]);
    // Shown by VS Code there: all 4,200 set, it showed the first 1,000 only, and the next problem
    // after line 4,100 was back at the top.
    assert.deepEqual(await nextShown(4100), [4100, 13]);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', doc.uri, new vscode.Range(4198, 13, 4198, 22), vscode.CodeActionKind.QuickFix.value,
    )) ?? [];
    assert.ok(actions.some((a) => a.title === 'Change to "40,000"'), actions.map((a) => a.title).join(', '));
    // The line saying so is no finding: nothing to fix or ignore there.
    const onSaid = (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, 0, 0), vscode.CodeActionKind.QuickFix.value,
    )) ?? [];
    assert.deepEqual(onSaid.map((a) => a.title), []);
    // A second editor on the draft, scrolled to its middle while the first keeps the focus: the
    // findings shown stay with the active editor, and follow the second once it is focused.
    const second = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
    assert.equal(vscode.window.activeTextEditor, editor);
    const scrolled = once(vscode.window.onDidChangeTextEditorVisibleRanges, 15000, 'the second editor scrolled');
    second.revealRange(new vscode.Range(2000, 0, 2000, 0), vscode.TextEditorRevealType.InCenter);
    await scrolled;
    assert.deepEqual([Math.min(...lines(copydeskDiagnostics(doc.uri))), Math.max(...lines(copydeskDiagnostics(doc.uri)))], [3200, 4198]);
    await vscode.window.showTextDocument(doc, { viewColumn: second.viewColumn, preserveFocus: false });
    const middle = await waitForDiagnostics(doc.uri, (x) => x.some((d) => d.range.start.line === 2000), 'diagnostics in the middle for the focused editor');
    assert.equal(middle.length, 1000);
    assert.ok(!middle.some((d) => d.range.start.line === 4198));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('keeps the worker\'s compiled engine in the extension\'s storage once a draft is checked', async function () {
    this.timeout(30000);
    const { codeCacheDir } = await api();
    assert.ok(codeCacheDir, 'the extension has a storage folder on disk');
    await openDraft('draft.md');
    // The worker writes it on its own thread, 3 s after it starts: wait for the file (20 s at most).
    const written = () => fs.existsSync(codeCacheDir) && fs.readdirSync(codeCacheDir).some((f) => /^worker-v\d.*\.v8cache$/.test(f));
    for (const until = Date.now() + 20000; !written() && Date.now() < until; ) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(written(), `no code cache in ${codeCacheDir}`);
  });
});
