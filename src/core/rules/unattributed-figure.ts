import type { Rule } from './rule';
import { ruleInfo } from './catalog';

/** Where to insert a source placeholder: before the sentence's final stop, or at its end. */
function placeholderAt(text: string, start: number, end: number): number | null {
  const s = text.slice(start, end);
  if (/["\u201d\u2019']$/.test(s)) return null; // ends inside a quote: the writer must name the speaker
  const m = /[.!?]+$/.exec(s);
  return m ? start + m.index : end;
}

export const unattributedFigure: Rule = {
  ...ruleInfo('unattributed-figure'),
  run(ctx, report) {
    const tables = new Set<number>();
    const perTable = new Map<number, number>();
    for (const s of ctx.sentences) {
      if (s.block.table >= 0) perTable.set(s.block.table, (perTable.get(s.block.table) ?? 0) + ctx.unattributed[s.index].length);
    }
    for (const s of ctx.sentences) {
      const figs = ctx.unattributed[s.index];
      if (figs.length === 0) continue;
      const f = figs[0];
      if (s.block.table >= 0) {
        if (tables.has(s.block.table)) continue;
        tables.add(s.block.table);
        const n = perTable.get(s.block.table)!;
        report({
          start: f.start,
          end: f.end,
          message: `This table's figures ("${f.text}" and ${n - 1} more) have no source; add a "Source:" line or a lead-in that names one.`,
        });
        continue;
      }
      // Each figure is its own claim to source; one placeholder for the sentence covers them all.
      const at = placeholderAt(ctx.text, s.start, s.end);
      for (const g of figs) {
        report({
          start: g.start,
          end: g.end,
          message: `"${g.text}" is stated as fact with no source.`,
          fixes: at === null ? [] : [{ title: 'Add a source placeholder', edits: [{ start: at, end: at, newText: ', according to [SOURCE]' }] }],
        });
      }
    }
  },
};
