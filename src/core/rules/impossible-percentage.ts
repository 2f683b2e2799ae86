import type { Rule } from './rule';

const FALL_BEFORE = /\b(?:fell|fall|falls|falling|dropped|drop|drops|declined|decline|declines|decreased|decrease|plunged|plummeted|sank|slid|tumbled|shrank|shrunk|lost|lose|loses|cut|cuts|reduced|reduce|slashed|down|lower|contracted)\s+(?:by\s+)?(?:more than\s+|nearly\s+|about\s+|some\s+|almost\s+|roughly\s+|over\s+)?$/i;
const FALL_AFTER = /^\s+(?:drop|decline|decrease|fall|reduction|cut|loss|plunge|contraction|lower|less|smaller|cheaper|fewer|down)\b/i;
const POPULATION_AFTER = /^\s+of\s+(?:all\s+|the\s+|its\s+|their\s+|those\s+)?(?:[\p{L}'\u2019-]+\s+){0,2}?(?:people|voters|respondents|residents|students|patients|households|adults|children|members|workers|employees|citizens|population|electorate|vote|votes|ballots|cases|deaths|seats|participants|those|them|users|customers|women|men|teenagers|americans|britons)\b/iu;

export const impossiblePercentage: Rule = {
  id: 'impossible-percentage',
  category: 'suspicious-number',
  description: 'A share of a group, or a fall, above 100 percent.',
  defaultSeverity: 'warning',
  run(ctx, report) {
    for (const figs of ctx.figures) {
      for (const f of figs) {
        if (f.kind !== 'percent' || f.high <= 100 || f.atoms.some((a) => a.points)) continue;
        const before = ctx.text.slice(Math.max(0, f.start - 40), f.start);
        const after = ctx.text.slice(f.end, f.end + 60);
        if (FALL_BEFORE.test(before) || FALL_AFTER.test(after)) {
          report({ start: f.start, end: f.end, message: `A fall of "${f.text}" is impossible: nothing can fall by more than 100 percent.` });
        } else if (POPULATION_AFTER.test(after)) {
          report({ start: f.start, end: f.end, message: `"${f.text}" of a group is impossible: a share cannot exceed 100 percent.` });
        }
      }
    }
  },
};
