import type { Rule } from './rule';
import { ruleInfo } from './catalog';

const FALL_VERB = '(?:fell|fall|falls|falling|fallen|dropped|drop|drops|declined|decline|declines|decreased|decrease|plunged|plummeted|sank|sunk|slid|tumbled|shrank|shrunk|lost|lose|loses|cut|cuts|reduced|reduce|slashed|down|lower|contracted)';
const HEDGE = '(?:more than\\s+|nearly\\s+|about\\s+|some\\s+|almost\\s+|roughly\\s+|over\\s+)?';
// "fell 120 percent", "had cut chronic absences by 140 percent".
const FALL_BEFORE = new RegExp(`\\b${FALL_VERB}\\s+(?:by\\s+)?${HEDGE}$|\\b${FALL_VERB}\\b(?:\\s+[^\\s.;]+){1,5}\\s+by\\s+${HEDGE}$`, 'i');
/** "accounted for 124 percent of arrests": a share, which cannot pass 100. */
const SHARE_BEFORE = /\b(?:accounted for|accounts for|account for|made up|makes up|make up|represented|represents|comprised|comprises)\s+(?:about\s+|nearly\s+|roughly\s+|some\s+|almost\s+)?$/i;
const FALL_AFTER = /^\s+(?:drop|decline|decrease|fall|reduction|cut|loss|plunge|contraction|lower|less|smaller|cheaper|fewer|down)\b/i;
const POPULATION_AFTER = /^\s+of\s+(?:all\s+|the\s+|its\s+|their\s+|those\s+)?(?:[\p{L}'\u2019-]+\s+){0,2}?(?:people|voters|respondents|residents|students|patients|households|adults|children|members|workers|employees|citizens|population|electorate|vote|votes|ballots|cases|deaths|seats|participants|those|them|users|customers|women|men|teenagers|americans|britons|arrests|crimes|incidents|sales|calls|homes|patients|schools|jobs)\b/iu;

export const impossiblePercentage: Rule = {
  ...ruleInfo('impossible-percentage'),
  run(ctx, report) {
    for (const figs of ctx.figures) {
      for (const f of figs) {
        if (f.kind !== 'percent' || f.high <= 100 || f.atoms.some((a) => a.points)) continue;
        const before = ctx.text.slice(Math.max(0, f.start - 40), f.start);
        const after = ctx.text.slice(f.end, f.end + 60);
        if (FALL_BEFORE.test(before) || FALL_AFTER.test(after)) {
          report({ start: f.start, end: f.end, message: `A fall of "${f.text}" is impossible: nothing can fall by more than 100 percent.` });
        } else if (POPULATION_AFTER.test(after) || (SHARE_BEFORE.test(before) && /^\s+of\b/i.test(after))) {
          report({ start: f.start, end: f.end, message: `"${f.text}" of a group is impossible: a share cannot exceed 100 percent.` });
        }
      }
    }
  },
};
