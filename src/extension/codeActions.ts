// Quick fixes read what the engine put in each finding; they never re-run it.
// Each action is one WorkspaceEdit, so one undo reverts it.

import * as vscode from 'vscode';
import type { Finding, Fix } from '../core/types';
import { findingFor, toRange } from './convert';
import type { Linter } from './linter';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('copydesk');

function overlaps(a: vscode.Range, b: vscode.Range): boolean {
  return (a.start.isBefore(b.end) && b.start.isBefore(a.end)) || (a.isEmpty && b.isEmpty && a.start.isEqual(b.start));
}

function editFor(uri: vscode.Uri, fixes: Fix[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  // Apply fixes that do not overlap, in document order.
  const taken: vscode.Range[] = [];
  for (const fix of fixes) {
    const ranges = fix.edits.map((e) => toRange(e.range));
    if (ranges.some((r) => taken.some((t) => overlaps(t, r)))) continue;
    for (const e of fix.edits) edit.replace(uri, toRange(e.range), e.newText);
    taken.push(...ranges);
  }
  return edit;
}

/** The name a "people" quick fix adds: the full name when the story has one, else the name as written. */
export function personToAdd(f: Finding): string | null {
  if (f.category !== 'misattributed-name' || f.rule === 'title-conflict') return null;
  const full = /introduces "([^"]+)"/.exec(f.message);
  return full ? full[1] : f.text;
}

/** The comment line that silences a rule on the next line, indented like it. */
export function ignoreLineEdit(doc: vscode.TextDocument, line: number, rule: string): vscode.TextEdit {
  const text = doc.lineAt(line).text;
  const prefix = /^[ \t]*(?:>[ \t]?)*/.exec(text)![0];
  return vscode.TextEdit.insert(new vscode.Position(line, 0), `${prefix}<!-- copydesk-disable-next-line ${rule} -->\n`);
}

export class CopydeskCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly linter: Linter) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const state = this.linter.result(doc.uri);
    // Positions from an older version of the text would edit the wrong place.
    const findings = state && state.version === doc.version ? state.result.findings : [];
    if (context.only && (FIX_ALL_KIND.contains(context.only) || context.only.contains(FIX_ALL_KIND))) {
      return this.fixAll(doc, findings);
    }
    const actions: vscode.CodeAction[] = [];
    const seenRules = new Set<string>();
    for (const d of context.diagnostics) {
      // Without a code: the line saying not all findings are shown (shown.ts), no finding's.
      if (d.source !== 'Copydesk' || d.code === undefined) continue;
      const rule = typeof d.code === 'object' ? String(d.code.value) : String(d.code);
      const f = findingFor(findings, d);
      if (f) {
        f.fixes.forEach((fix, i) => {
          const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
          a.edit = editFor(doc.uri, [fix]);
          a.diagnostics = [d];
          a.isPreferred = i === 0;
          actions.push(a);
        });
        const sameRule = findings.filter((x) => x.rule === rule && x.fixes.length > 0);
        if (sameRule.length > 1 && !seenRules.has(rule)) {
          const a = new vscode.CodeAction(`Fix all ${rule} problems in this draft (${sameRule.length})`, vscode.CodeActionKind.QuickFix);
          a.edit = editFor(doc.uri, sameRule.map((x) => x.fixes[0]));
          actions.push(a);
        }
        const person = personToAdd(f);
        if (person) {
          const a = new vscode.CodeAction(`Add "${person}" to people in .copydesk.json`, vscode.CodeActionKind.QuickFix);
          a.command = { title: a.title, command: 'copydesk.addPerson', arguments: [doc.uri, person] };
          a.diagnostics = [d];
          actions.push(a);
        }
      }
      if (!seenRules.has(rule)) {
        seenRules.add(rule);
        const ignore = new vscode.CodeAction(`Ignore ${rule} on this line`, vscode.CodeActionKind.QuickFix);
        ignore.edit = new vscode.WorkspaceEdit();
        ignore.edit.set(doc.uri, [ignoreLineEdit(doc, d.range.start.line, rule)]);
        ignore.diagnostics = [d];
        actions.push(ignore);
        const docs = new vscode.CodeAction(`Show documentation for ${rule}`, vscode.CodeActionKind.QuickFix);
        docs.command = { title: docs.title, command: 'copydesk.showRuleDocs', arguments: [rule] };
        actions.push(docs);
      }
    }
    return actions;
  }

  private fixAll(doc: vscode.TextDocument, findings: readonly Finding[]): vscode.CodeAction[] {
    // Source placeholders are for a writer to fill one by one, not to sprinkle on save.
    const fixes = findings.filter((f) => f.fixes.length > 0 && f.rule !== 'unattributed-figure').map((f) => f.fixes[0]);
    if (fixes.length === 0) return [];
    const a = new vscode.CodeAction('Fix all Copydesk problems', FIX_ALL_KIND);
    a.edit = editFor(doc.uri, fixes);
    return [a];
  }
}
