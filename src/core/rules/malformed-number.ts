import type { Rule } from './rule';

export const malformedNumber: Rule = {
  id: 'malformed-number',
  category: 'suspicious-number',
  description: 'A number mangled by a spinner or machine translation ("forty,000", "a hundred,000", "twenty5", "7,5 percent").',
  defaultSeverity: 'warning',
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
