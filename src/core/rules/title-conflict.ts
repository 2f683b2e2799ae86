import { COURTESY_TITLES, PREFIX_TITLES } from '../data/titles';
import type { TitleUse } from '../text/people';
import type { Rule } from './rule';
import { ruleInfo } from './catalog';

export const titleConflict: Rule = {
  ...ruleInfo('title-conflict'),
  run(ctx, report) {
    for (const p of ctx.people.people) {
      const rosterNorm = p.rosterTitle ? PREFIX_TITLES[p.rosterTitle.replace(/\.$/, '')] ?? null : null;
      let first: TitleUse | null = null;
      for (const m of p.mentions) {
        const t = m.title;
        if (!t || t.qualified || COURTESY_TITLES.has(t.norm)) continue;
        const expected = first?.norm ?? rosterNorm;
        if (expected === null) {
          first = t;
          continue;
        }
        if (t.norm === expected) continue;
        const want = first ? ctx.text.slice(first.start, first.end).replace(/^(?:Army|Navy|Air Force|Marine Corps|Marine|Space Force|Coast Guard)\s+/, '') : p.rosterTitle!;
        report({
          start: t.start,
          end: t.end,
          message: `"${t.text}" conflicts with "${first ? first.text : p.rosterTitle}" given to ${p.name} ${first ? 'earlier' : 'in the people list'}.`,
          fixes: [{ title: `Change to "${want}"`, edits: [{ start: t.start, end: t.end, newText: want }] }],
          related: first ? [{ start: first.start, end: first.end, message: `first titled "${first.text}" here` }] : [],
        });
      }
    }
  },
};
