import type { Rule } from './rule';
import { ruleInfo } from './catalog';

export const nameVariant: Rule = {
  ...ruleInfo('name-variant'),
  run(ctx, report) {
    for (const v of ctx.names.variants.values()) {
      if (ctx.ignore.has(v.spelling)) continue;
      const p = v.person;
      const canonical = p.aliases[0];
      const intro = p.introduced ?? p.mentions[0] ?? null;
      const evidence = p.fromRoster && p.mentions.length === 0 ? 'in the people list' : `${p.mentions.length} mention${p.mentions.length === 1 ? '' : 's'}`;
      const word = new RegExp(`(?<![\\p{L}_@])${v.spelling}(?![\\p{L}_])`, 'gu');
      for (const s of ctx.sentences) {
        if (!s.text.includes(v.spelling)) continue;
        word.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = word.exec(s.text))) {
          const start = s.start + m.index;
          const end = start + v.spelling.length;
          report({
            start,
            end,
            message: `"${v.spelling}" may be a misspelling of "${canonical}" (${evidence}).`,
            fixes: [{ title: `Change to "${canonical}"`, edits: [{ start, end, newText: canonical }] }],
            related: intro ? [{ start: intro.start, end: intro.end, message: `"${p.name}" is named here` }] : [],
          });
        }
      }
    }
  },
};
