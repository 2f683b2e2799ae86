import type { Rule } from './rule';

export const unknownSpeaker: Rule = {
  id: 'unknown-speaker',
  category: 'misattributed-name',
  description: 'A quote attributed to a name that matches nobody the story introduces.',
  defaultSeverity: 'warning',
  run(ctx, report) {
    for (const m of ctx.names.unknownSpeakers.values()) {
      if (ctx.ignore.has(m.text)) continue;
      report({
        start: m.start,
        end: m.end,
        message: `A quote is attributed to "${m.text}", who is never introduced in the story.`,
      });
    }
  },
};
