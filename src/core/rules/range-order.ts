import type { Rule } from './rule';
import { ruleInfo } from './catalog';

const CHANGE_BEFORE = /\b(?:cut|cuts|reduced|reduce|lowered|lower|fell|fall|falls|dropped|drop|slashed|down|up|rose|rise|increased|raised|raise|grew|shrank|declined|went|moved|changed|revised|adjusted|shrink|shrunk|trimmed|trim|boosted|expanded)\b(?:\s+[^\s.;:]+){0,3}\s+$/i;

export const rangeOrder: Rule = {
  ...ruleInfo('range-order'),
  run(ctx, report) {
    for (const figs of ctx.figures) {
      for (const f of figs) {
        if (!f.rangeForm || f.rangeForm === 'from' || f.low <= f.high || f.notClaim === 'score') continue;
        const [a, b] = f.atoms;
        const before = ctx.text.slice(Math.max(0, f.start - 50), f.start);
        if (f.rangeForm !== 'between') {
          if (CHANGE_BEFORE.test(before)) continue;
          if (f.rangeForm === 'to' && !(f.low >= 100 && f.high >= 100) && !(a.percent || a.currency)) continue;
          if (f.rangeForm === 'dash' && !(/,/.test(a.text) && /,/.test(b.text)) && !(a.percent || a.currency)) continue;
        }
        const aSuffix = ctx.text.slice(a.numEnd, a.end);
        const bSuffix = ctx.text.slice(b.numEnd, b.end);
        const aNum = ctx.text.slice(a.numStart, a.numEnd);
        const bNum = ctx.text.slice(b.numStart, b.numEnd);
        const swappable = aSuffix === bSuffix || aSuffix === '';
        const swapped = ctx.text.slice(f.start, a.numStart) + bNum + ctx.text.slice(a.numEnd, b.numStart) + aNum + ctx.text.slice(b.numEnd, f.end);
        report({
          start: f.start,
          end: f.end,
          message: swappable
            ? `The range "${f.text}" runs from high to low; did you mean "${swapped}"?`
            : `The range "${f.text}" runs from high to low; check the figures.`,
          fixes: swappable
            ? [{
                title: `Change to "${swapped}"`,
                edits: [
                  { start: a.numStart, end: a.numEnd, newText: bNum },
                  { start: b.numStart, end: b.numEnd, newText: aNum },
                ],
              }]
            : [],
        });
      }
    }
  },
};
