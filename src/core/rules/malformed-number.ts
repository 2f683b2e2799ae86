import type { Rule } from './rule';
import { ruleInfo } from './catalog';

export const malformedNumber: Rule = {
  ...ruleInfo('malformed-number'),
  run(ctx, report) {
    for (const figs of ctx.figures) {
      for (const f of figs) {
        for (const a of f.atoms) {
          const m = a.malformed;
          if (!m) continue;
          const written = ctx.text.slice(m.start, m.end);
          if (m.fix) {
            report({
              start: m.start,
              end: m.end,
              message: `"${written}" ${m.reason}; did you mean "${m.fix}"?`,
              fixes: [{ title: `Change to "${m.fix}"`, edits: [{ start: m.start, end: m.end, newText: m.fix }] }],
            });
          } else {
            report({ start: m.start, end: m.end, message: `"${written}" ${m.reason}; check the figure.` });
          }
        }
      }
    }
  },
};
