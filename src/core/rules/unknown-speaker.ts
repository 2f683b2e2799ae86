import type { Rule } from './rule';
import { ruleInfo } from './catalog';

export const unknownSpeaker: Rule = {
  ...ruleInfo('unknown-speaker'),
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
