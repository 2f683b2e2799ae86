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

/** Makes diagnostics from findings; `code` links to the rule's page shipped with the extension. */
export class DiagnosticMaker {
  /**
   * One code (rule and page) per rule, shared by its diagnostics: VS Code copies a diagnostic
   * when it is set. Joining the page's URI per finding was a third of the time to convert the
   * 51,500 findings of a 10 MB draft.
   */
  private readonly codes = new Map<string, { value: string; target: vscode.Uri }>();

  /**
   * The diagnostic made of each finding. After an edit the worker sends only the findings that
   * changed (delta.ts); those the edit neither changed nor moved to other lines or columns are
   * the very objects of the last result, and keep their diagnostics. Moved ones get new ones.
   */
  private readonly made = new WeakMap<Finding, { uri: vscode.Uri; d: vscode.Diagnostic }>();

  constructor(private readonly docsRoot: vscode.Uri) {}

  make(f: Finding, uri: vscode.Uri): vscode.Diagnostic {
    const known = this.made.get(f);
    if (known && known.uri === uri) return known.d;
    const d = this.fresh(f, uri);
    this.made.set(f, { uri, d });
    return d;
  }

  private fresh(f: Finding, uri: vscode.Uri): vscode.Diagnostic {
    const d = new vscode.Diagnostic(toRange(f.range), f.message, SEVERITY[f.severity]);
    d.source = 'Copydesk';
    let code = this.codes.get(f.rule);
    if (!code) this.codes.set(f.rule, (code = { value: f.rule, target: vscode.Uri.joinPath(this.docsRoot, `${f.rule}.md`) }));
    d.code = code;
    if (f.related.length > 0) {
      d.relatedInformation = f.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(r.range)), r.message));
    }
    return d;
  }

  /**
   * All of a draft's findings as diagnostics, made `slice` at a time with a turn of the event
   * loop between, so the extension host is never held for long (the 10 MB draft's findings took
   * about 0.45 s in one go). Resolves to null, without making the rest, once `stale()` is true.
   */
  async makeAll(findings: readonly Finding[], uri: vscode.Uri, stale: () => boolean, slice = 2000): Promise<vscode.Diagnostic[] | null> {
    const out: vscode.Diagnostic[] = [];
    for (let i = 0; i < findings.length; i++) {
      if (i > 0 && i % slice === 0) {
        await new Promise((resolve) => setImmediate(resolve));
        if (stale()) return null;
      }
      out.push(this.make(findings[i], uri));
    }
    return out;
  }
}

/** The finding a diagnostic was made from (same rule and range), if any. */
export function findingFor(findings: readonly Finding[], d: vscode.Diagnostic): Finding | undefined {
  const rule = typeof d.code === 'object' ? d.code.value : d.code;
  return findings.find((f) => f.rule === rule && toRange(f.range).isEqual(d.range) && f.message === d.message);
}
