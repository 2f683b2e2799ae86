import type { Rule } from './rule';
import { ruleInfo } from './catalog';

export const unintroducedName: Rule = {
  ...ruleInfo('unintroduced-name'),
  run(ctx, report) {
    for (const p of ctx.people.people) {
      const intro = p.introduced;
      if (p.fromRoster || !intro) continue;
      // A bare surname before the full name; headlines and shop names ("Kessling Fine Jewelry") do not count.
      const early = p.mentions.find((m) => !m.full && !m.inRun && m.start < intro.start && m.sentence.block.kind !== 'heading');
      if (!early || ctx.ignore.has(early.text)) continue;
      report({
        start: early.start,
        end: early.end,
        message: `"${early.text}" is used before the story introduces "${p.name}".`,
        fixes: [{ title: `Change to "${p.name}"`, edits: [{ start: early.start, end: early.end, newText: p.name }] }],
        related: [{ start: intro.start, end: intro.end, message: `"${p.name}" is introduced here` }],
      });
    }
    for (const m of ctx.names.surnameOnly.values()) {
      if (ctx.ignore.has(m.text)) continue;
      const how = m.role ? `, ${m.role},` : m.title ? ` (${m.title.text})` : '';
      report({
        start: m.start,
        end: m.end,
        message: `"${m.text}"${how} is introduced by surname only; give the full name on first reference.`,
      });
    }
  },
};
