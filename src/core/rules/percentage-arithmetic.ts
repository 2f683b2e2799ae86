import { formatNumber, type Figure } from '../text/numbers';
import { isSpace } from '../text/chars';
import { spaceBefore, TailWords, trailingWord } from '../text/tail';
import type { Report, Rule, RuleContext } from './rule';
import { ruleInfo } from './catalog';

const RISE = /\b(?:rose|rise|rises|risen|rising|increased|increase|increases|grew|grow|grown|climbed|jumped|surged|soared|gained|was up|were up|is up|are up|up)\s+(?:by\s+)?(?:about\s+|nearly\s+|roughly\s+|some\s+|almost\s+|more than\s+)?$/i;
const FALL = /\b(?:fell|fall|falls|fallen|falling|dropped|drop|drops|declined|decline|declines|decreased|decrease|slid|sank|plunged|tumbled|shrank|was down|were down|is down|are down|down)\s+(?:by\s+)?(?:about\s+|nearly\s+|roughly\s+|some\s+|almost\s+|more than\s+)?$/i;
/** Last words RISE or FALL can end with: each verb's last word, "by" and the hedges. */
const CHANGE_LAST = new Set(
  ('rose rise rises risen rising increased increase increases grew grow grown climbed jumped surged soared gained up ' +
    'fell fall falls fallen falling dropped drop drops declined decline declines decreased decrease slid sank plunged tumbled shrank down ' +
    'by about nearly roughly some almost than').split(' '),
);
const RISE_NOUN = /^\s+(?:increase|rise|jump|gain|growth|climb|surge)\b/i;
const FALL_NOUN = /^\s+(?:drop|decline|fall|decrease|reduction|cut|loss|slide)\b/i;
const POLL_AFTER = /^\s*(?:of\s+(?:the\s+)?(?:likely\s+|registered\s+)?(?:respondents|voters|those\s+(?:polled|surveyed|asked)|people\s+(?:polled|surveyed)|adults|residents|participants|customers)\b|(?:spoke|spoke out|voted)\s+(?:against|for|in favou?r)|for it|against it|said|say|says|supported|support|supports|opposed|oppose|opposes|backed|back|backs|favored|favoured|favor|favour|approved?|approves|disapproved?|disapproves|were undecided|are undecided|undecided|chose|choose|preferred|prefer|prefers|voted for|voted against|had no opinion|did not know|didn't know|don't know|were unsure|are unsure|backing|supporting|opposing|against|in favor)\b/i;

/** Allowed difference for a percentage written with `decimals` places and a hedge. */
function tolerance(f: Figure): number {
  const d = f.atoms[0].decimals;
  const base = d === 0 ? 1 : 10 ** -d;
  return f.hedge === 'exact' ? base : Math.max(base, 3);
}

function fixPercent(ctx: RuleContext, p: Figure, actual: number): Report['fixes'] {
  const a = p.atoms[0];
  const d = a.decimals;
  const n = formatNumber(Math.round(actual * 10 ** d) / 10 ** d, d);
  const newText = ctx.text.slice(p.start, a.numStart) + n + ctx.text.slice(a.numEnd, p.end);
  return [{ title: `Change to "${newText}"`, edits: [{ start: a.numStart, end: a.numEnd, newText: n }] }];
}

/** Whether spaces and then "of" or "out" (any case) follow `at`: what `^\s+(?:out\s+)?of\s` needs. */
function ofAfterSpace(text: string, at: number): boolean {
  if (!isSpace(text.charCodeAt(at))) return false;
  let i = at + 1;
  while (isSpace(text.charCodeAt(i))) i++;
  // No other character matches o, f or u under /iu.
  const next = text.charCodeAt(i + 1) | 32;
  return (text.charCodeAt(i) | 32) === 111 && (next === 102 || next === 117);
}

/** A "from 200 to 300" range, read as the old and new levels of a change. */
function isFrom(f: Figure | undefined): boolean {
  return f !== undefined && f.rangeForm === 'from';
}

function round(x: number): string {
  return formatNumber(Math.round(x * 10) / 10, Number.isInteger(Math.round(x * 10) / 10) ? 0 : 1);
}

export const percentageArithmetic: Rule = {
  ...ruleInfo('percentage-arithmetic'),
  run(ctx, report) {
    const tail = new TailWords();
    for (const figs of ctx.figures) {
      for (let i = 0; i < figs.length; i++) {
        const f = figs[i];
        const g = figs[i + 1];
        // "12 of 40 nurses, or 20 percent"
        if (g && f.kind !== 'percent' && g.kind !== 'percent' && f.atoms.length === 1 && g.atoms.length === 1 && f.low <= g.low && g.low > 0) {
          // "12 of 40", "nine of the district's 45 teaching vacancies": the gap starts with spaces and
          // "of" or "out", tested first since most pairs of figures have neither and need no slice.
          if (ofAfterSpace(ctx.text, f.end) && /^\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\p{L}'\u2019-]+\s+){0,2}$/iu.test(ctx.text.slice(f.end, g.start))) {
            const p = figs[i + 2];
            const between = p ? ctx.text.slice(g.end, p.start) : '';
            if (p && p.kind === 'percent' && !p.rangeForm && between.length < 100 && /(?:,\s*or\b|\(|\u2014|\u2013|,\s*(?:about|roughly|nearly|some|around)\s*$)/i.test(between)) {
              const actual = (f.low / g.low) * 100;
              if (Math.abs(actual - p.low) > tolerance(p)) {
                report({
                  start: p.start,
                  end: p.end,
                  message: `${f.text} of ${g.text} is ${round(actual)} percent, not "${p.text}".`,
                  fixes: fixPercent(ctx, p, actual),
                });
              }
              i += 2;
              continue;
            }
          }
        }
        // "18 out of 60 teachers, or 25 percent", "one in five adults, or 30 percent"
        if (f.kind === 'ratio' && g && g.kind === 'percent' && !g.rangeForm) {
          const between = ctx.text.slice(f.end, g.start);
          if (between.length < 60 && /(?:,\s*or\b|\(|\u2014|\u2013|,\s*(?:about|roughly|nearly|some|around)\s*$)/i.test(between)) {
            const actual = f.low * 100;
            if (Math.abs(actual - g.low) > tolerance(g)) {
              report({
                start: g.start,
                end: g.end,
                message: `${f.text} is ${round(actual)} percent, not "${g.text}".`,
                fixes: fixPercent(ctx, g, actual),
              });
            }
            i += 1;
            continue;
          }
        }
        // "rose 25 percent from 200 to 300" / "from 200 to 300, a 25 percent increase"
        if (f.kind === 'percent' && !f.rangeForm) {
          const lo = Math.max(0, f.start - 40);
          // RISE and FALL end in a verb, "by" or a hedge right before the figure; most figures have none.
          const verbBefore = spaceBefore(ctx.text, f.start, lo) && CHANGE_LAST.has(trailingWord(tail.read(ctx.text, f.start, lo).word(1)));
          const before = verbBefore ? ctx.text.slice(lo, f.start) : '';
          // RISE_NOUN and FALL_NOUN start with a space after the figure.
          const after = isSpace(ctx.text.charCodeAt(f.end)) ? ctx.text.slice(f.end, f.end + 30) : '';
          let dir: 'rise' | 'fall' | null =
            (verbBefore && RISE.test(before)) || (after && RISE_NOUN.test(after)) ? 'rise' : (verbBefore && FALL.test(before)) || (after && FALL_NOUN.test(after)) ? 'fall' : null;
          let r: Figure | undefined;
          // "rose 35 percent last year, from 160 to 232"
          if (g && g.rangeForm === 'from') {
            const between = ctx.text.slice(f.end, g.start);
            if (between.length < 40 && !/[.;]/.test(between)) r = g;
          }
          // "from 12 to 18 in the past week, a 60 percent jump"; "from $2.40 to $2.64 per $1,000 ..., a 12 percent increase"
          const prev = isFrom(figs[i - 1]) ? figs[i - 1] : isFrom(figs[i - 2]) ? figs[i - 2] : undefined;
          const lead = prev ? ctx.text.slice(prev.end, f.start) : '';
          if (!r && prev && lead.length < 80 && !/[.;]/.test(lead) && /,\s+(?:an?|the)\s+$|,\s+(?:an?\s+)?(?:increase|rise|jump|gain|drop|decline|fall|decrease)\s+of\s+$/i.test(lead)) {
            r = prev;
            const nounAfter = /(?:an?\s+)?(increase|rise|jump|gain|drop|decline|fall|decrease)\s+of\s+$/i.exec(lead);
            if (nounAfter) dir = /increase|rise|jump|gain/i.test(nounAfter[1]) ? 'rise' : 'fall';
          }
          if (r && dir && r.low > 0 && !f.atoms[0].points) {
            const from = r.low;
            const to = r.high;
            const actual = ((to - from) / from) * 100;
            const [a, b] = r.atoms;
            if ((dir === 'rise' && to < from) || (dir === 'fall' && to > from)) {
              report({
                start: f.start,
                end: f.end,
                message: `From ${a.text} to ${b.text} is a ${to < from ? 'fall' : 'rise'} of ${round(Math.abs(actual))} percent, not a ${dir}.`,
              });
            } else if (Math.abs(Math.abs(actual) - f.low) > tolerance(f)) {
              report({
                start: f.start,
                end: f.end,
                message: `From ${a.text} to ${b.text} is a ${dir} of ${round(Math.abs(actual))} percent, not "${f.text}".`,
                fixes: fixPercent(ctx, f, Math.abs(actual)),
              });
            }
          }
        }
      }
      // Shares of one poll that add up past 100: "40 percent said yes, 45 percent no and 25 percent were undecided".
      // It takes two shares: a sentence with fewer than two plain percentages has nothing to add up.
      let percents = 0;
      for (const f of figs) if (f.kind === 'percent' && !f.rangeForm && !f.atoms[0].points) percents++;
      if (percents < 2) continue;
      // Read only when a share needs it: most sentences have no percentage that could be one.
      let poll: boolean | undefined;
      const pollSentence = () =>
        (poll ??= figs.length > 0 && /\b(?:poll|survey|voters|respondents)\b/i.test(ctx.text.slice(Math.max(0, figs[0].start - 300), figs[figs.length - 1].end + 100)));
      const shares = figs.filter(
        (f) =>
          f.kind === 'percent' && !f.rangeForm && !f.atoms[0].points &&
          (POLL_AFTER.test(ctx.text.slice(f.end, f.end + 60)) ||
            (pollSentence() && /\b(?:supported|backed|opposed|favou?red|preferred|chosen)\s+by\s+$|\b\p{Lu}\p{L}+\s+by\s+$|\bwith\s+$/u.test(ctx.text.slice(Math.max(0, f.start - 30), f.start)) && !/^\s+of\s+(?!likely|registered|voters|respondents)/i.test(ctx.text.slice(f.end, f.end + 30)))),
      );
      const sentence = shares.length > 0 ? ctx.text.slice(Math.max(0, shares[0].start - 200), shares[shares.length - 1].end + 100) : '';
      // "Among Democrats, 80 percent backed it, while among Republicans 75 percent opposed it": two groups, two wholes.
      const twoGroups = /\bamong\b[^]*\bamong\b|\b(?:while|whereas|compared with|compared to|versus|vs\.?)\b/i.test(sentence);
      if (shares.length >= 2 && !twoGroups && !figs.some((f) => f.notClaim === 'year' || f.notClaim === 'date')) {
        const sum = shares.reduce((k, f) => k + f.low, 0);
        if (sum > 100 + shares.length * 0.5) {
          const first = shares[0];
          const last = shares[shares.length - 1];
          report({
            start: first.start,
            end: last.end,
            message: `These shares add up to ${round(sum)} percent (${shares.map((f) => f.low).join(' + ')}), more than the whole.`,
          });
        }
      }
    }
  },
};
