// The one place where the engine's contract positions become VS Code ranges.
import * as vscode from 'vscode';
import type { Finding, Range, Severity } from '../core/types';

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** A diagnostic for a finding; `code` links to the rule's page shipped with the extension. */
export function toDiagnostic(f: Finding, uri: vscode.Uri, docsRoot: vscode.Uri): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(f.range), f.message, SEVERITY[f.severity]);
  d.source = 'Copydesk';
  d.code = { value: f.rule, target: vscode.Uri.joinPath(docsRoot, `${f.rule}.md`) };
  if (f.related.length > 0) {
    d.relatedInformation = f.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(r.range)), r.message));
  }
  return d;
}

/** The finding a diagnostic was made from (same rule and range), if any. */
export function findingFor(findings: readonly Finding[], d: vscode.Diagnostic): Finding | undefined {
  const rule = typeof d.code === 'object' ? d.code.value : d.code;
  return findings.find((f) => f.rule === rule && toRange(f.range).isEqual(d.range) && f.message === d.message);
}
