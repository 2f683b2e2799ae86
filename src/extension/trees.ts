// The Copydesk side bar: the draft's claims and its people.
import * as vscode from 'vscode';
import type { Claim, ClaimStatus, PersonSummary } from '../core/types';
import { toRange } from './convert';
import type { Linter } from './linter';

type ClaimNode =
  | { type: 'group'; label: string; key: string; claims: Claim[]; status?: ClaimStatus }
  | { type: 'claim'; claim: Claim; uri: vscode.Uri }
  | { type: 'more'; key: string; count: number };

/**
 * Claims listed in a group at most, and the size up to which a group opens expanded. The view is
 * redrawn after every check while it is open, and each item listed is work for the extension host:
 * with every claim of a 10 MB draft listed (some 120,000), edits stalled it for up to 17 s
 * (npm run bench:vscode). The rest of a long group is one line that exports them all.
 */
const MAX_LISTED = 500;
const MAX_EXPANDED = 100;

const STATUS_ORDER: ClaimStatus[] = ['flagged', 'unattributed', 'attributed'];
const STATUS_LABEL: Record<ClaimStatus, string> = { flagged: 'Flagged', unattributed: 'Unattributed', attributed: 'Attributed' };
const STATUS_ICON: Record<ClaimStatus, vscode.ThemeIcon> = {
  flagged: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  unattributed: new vscode.ThemeIcon('question'),
  attributed: new vscode.ThemeIcon('pass'),
};

function excerpt(s: string, n = 60): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}\u2026` : flat;
}

/** The draft the side bar follows: the active Markdown editor's document. */
export function activeDraft(): vscode.TextDocument | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  return doc && doc.languageId === 'markdown' ? doc : undefined;
}

export class ClaimsTree implements vscode.TreeDataProvider<ClaimNode> {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;
  groupBy: 'status' | 'source' = 'status';

  constructor(private readonly linter: Linter) {}

  refresh(): void {
    this.emitter.fire();
  }

  dispose(): void {
    this.emitter.dispose();
  }

  claims(): { uri: vscode.Uri; claims: Claim[] } | null {
    const doc = activeDraft();
    const state = doc ? this.linter.result(doc.uri) : undefined;
    // Null claims: the check did not bring them (the view was hidden); one that does is on its way.
    return doc && state?.result.claims ? { uri: doc.uri, claims: state.result.claims } : null;
  }

  getChildren(node?: ClaimNode): ClaimNode[] {
    const current = this.claims();
    if (!current) return [];
    if (node?.type === 'group') {
      const listed: ClaimNode[] = node.claims.slice(0, MAX_LISTED).map((claim) => ({ type: 'claim', claim, uri: current.uri }));
      if (node.claims.length > MAX_LISTED) listed.push({ type: 'more', key: node.key, count: node.claims.length - MAX_LISTED });
      return listed;
    }
    if (node) return [];
    if (this.groupBy === 'status') {
      return STATUS_ORDER.map((status) => ({
        type: 'group' as const,
        key: status,
        status,
        label: STATUS_LABEL[status],
        claims: current.claims.filter((c) => c.status === status),
      })).filter((g) => g.claims.length > 0);
    }
    const bySource = new Map<string, Claim[]>();
    for (const c of current.claims) {
      const k = c.source?.name ?? '';
      const list = bySource.get(k);
      if (list) list.push(c);
      else bySource.set(k, [c]);
    }
    return [...bySource.entries()]
      .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
      .map(([k, claims]) => ({ type: 'group' as const, key: `source:${k}`, label: k || 'No source', claims }));
  }

  getTreeItem(node: ClaimNode): vscode.TreeItem {
    if (node.type === 'more') {
      const item = new vscode.TreeItem(`${node.count} more`, vscode.TreeItemCollapsibleState.None);
      item.id = `more:${node.key}`;
      item.description = 'export the claims to see them all';
      item.iconPath = new vscode.ThemeIcon('ellipsis');
      item.command = { title: 'Export the claims', command: 'copydesk.exportClaims' };
      return item;
    }
    if (node.type === 'group') {
      const state = node.claims.length <= MAX_EXPANDED ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
      const item = new vscode.TreeItem(node.label, state);
      item.id = `group:${node.key}`;
      item.description = String(node.claims.length);
      item.iconPath = node.status ? STATUS_ICON[node.status] : new vscode.ThemeIcon('person');
      item.contextValue = 'claimGroup';
      return item;
    }
    const c = node.claim;
    const label = c.kind === 'figure' ? c.figures.map((f) => f.text).join(', ') : excerpt(c.text, 50);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.uri.toString()}#${c.id}`;
    item.description = `${c.source?.name ?? 'no source'} \u00b7 line ${c.range.start.line + 1}`;
    item.tooltip = new vscode.MarkdownString().appendText(c.text).appendMarkdown(`\n\n**${STATUS_LABEL[c.status]}** \u00b7 ${c.source ? `source: ${c.source.name}` : 'no source'}`);
    item.iconPath = c.kind === 'figure' ? new vscode.ThemeIcon('symbol-number') : new vscode.ThemeIcon('quote');
    item.contextValue = `claim.${c.status}`;
    item.command = { title: 'Reveal claim', command: 'copydesk.reveal', arguments: [node.uri, toRange(c.range)] };
    return item;
  }
}

type PeopleNode = { type: 'person'; person: PersonSummary; uri: vscode.Uri } | { type: 'variant'; person: PersonSummary; spelling: string; uri: vscode.Uri };

export class PeopleTree implements vscode.TreeDataProvider<PeopleNode> {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(private readonly linter: Linter) {}

  refresh(): void {
    this.emitter.fire();
  }

  dispose(): void {
    this.emitter.dispose();
  }

  getChildren(node?: PeopleNode): PeopleNode[] {
    const doc = activeDraft();
    const state = doc ? this.linter.result(doc.uri) : undefined;
    if (!doc || !state) return [];
    if (!node) return state.result.people.map((person) => ({ type: 'person', person, uri: doc.uri }));
    if (node.type === 'person') return node.person.variants.map((spelling) => ({ type: 'variant', person: node.person, spelling, uri: doc.uri }));
    return [];
  }

  getTreeItem(node: PeopleNode): vscode.TreeItem {
    const p = node.person;
    if (node.type === 'person') {
      const item = new vscode.TreeItem(p.name, p.variants.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
      item.id = `person:${p.name}`;
      const title = p.titles[0] ? `${excerpt(p.titles[0], 40)} \u00b7 ` : '';
      item.description = `${title}${p.mentions} mention${p.mentions === 1 ? '' : 's'}${p.variants.length ? ` \u00b7 ${p.variants.length} variant${p.variants.length === 1 ? '' : 's'}` : ''}`;
      item.tooltip = [p.name, ...p.titles, p.fromRoster ? '(from the people list)' : ''].filter(Boolean).join('\n');
      item.iconPath = new vscode.ThemeIcon(p.variants.length > 0 ? 'warning' : 'person');
      item.contextValue = 'person';
      if (p.introduced) item.command = { title: 'Reveal', command: 'copydesk.reveal', arguments: [node.uri, toRange(p.introduced)] };
      return item;
    }
    const item = new vscode.TreeItem(`\u201c${node.spelling}\u201d`, vscode.TreeItemCollapsibleState.None);
    item.id = `variant:${p.name}:${node.spelling}`;
    item.description = 'spelling variant';
    item.iconPath = new vscode.ThemeIcon('error');
    item.contextValue = 'variant';
    const f = this.linter.result(node.uri)?.result.findings.find((x) => x.rule === 'name-variant' && x.text === node.spelling);
    if (f) item.command = { title: 'Reveal', command: 'copydesk.reveal', arguments: [node.uri, toRange(f.range)] };
    return item;
  }
}
