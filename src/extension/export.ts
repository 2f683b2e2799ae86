// The fact-check sheet: every claim of a draft as a Markdown table or CSV.
// Pure (no vscode) so the CLI or a test can use it too.

import type { Claim } from '../core/types';

export type SheetFormat = 'markdown' | 'csv';

function figuresOf(c: Claim): string {
  return c.figures.map((f) => f.text).join('; ');
}

function mdCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').trim();
}

function csvCell(s: string): string {
  const flat = s.replace(/\r?\n/g, ' ');
  // A leading =, +, - or @ would be read as a formula by spreadsheets.
  const safe = /^[=+\-@]/.test(flat) ? `'${flat}` : flat;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Renders the claims of one draft as a sheet a fact-checker can work through. */
export function claimsSheet(claims: Claim[], format: SheetFormat, title: string): string {
  const header = ['#', 'Line', 'Status', 'Kind', 'Figures', 'Source', 'Claim', 'Checked'];
  const rows = claims.map((c, i) => [
    String(i + 1),
    String(c.range.start.line + 1),
    c.status,
    c.kind,
    figuresOf(c),
    c.source?.name ?? '',
    c.text,
    '',
  ]);
  if (format === 'csv') {
    return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
  }
  const lines = [
    `# Fact-check sheet: ${title}`,
    '',
    `${claims.length} claim${claims.length === 1 ? '' : 's'}: ${claims.filter((c) => c.status === 'flagged').length} flagged, ${claims.filter((c) => c.status === 'unattributed').length} unattributed, ${claims.filter((c) => c.status === 'attributed').length} attributed.`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map((h) => (h === '#' || h === 'Line' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`),
  ];
  return lines.join('\n') + '\n';
}
