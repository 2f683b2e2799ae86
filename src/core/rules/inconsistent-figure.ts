import { CHANGE_WORDS } from '../data/numbers';
import type { Figure } from '../text/numbers';
import type { Rule } from './rule';

// Nouns that name the same thing; the value is the canonical form.
const SYNONYMS: Record<string, string> = {
  soldier: 'troop', serviceman: 'troop', servicemen: 'troop', forces: 'troop', force: 'troop', troop: 'troop',
  person: 'people', people: 'people', individual: 'people', casualty: 'casualty', casualtie: 'casualty',
  civilian: 'civilian', resident: 'resident', dollar: 'dollar',
};
const EVENTS: Record<string, string> = {
  killed: 'killed', dead: 'killed', died: 'killed', deaths: 'killed', death: 'killed', wounded: 'wounded', injured: 'wounded',
  hurt: 'wounded', displaced: 'displaced', evacuated: 'evacuated', arrested: 'arrested', detained: 'arrested',
  infected: 'infected', hospitalized: 'hospitalized', hospitalised: 'hospitalized', vaccinated: 'vaccinated',
  missing: 'missing', homeless: 'homeless', unemployed: 'unemployed', captured: 'captured', rescued: 'rescued',
  gathered: 'gathered', deployed: 'deployed', stationed: 'deployed', massed: 'gathered',
};
// Nouns specific enough to compare without an event word.
const SPECIFIC = new Set(['budget', 'deficit', 'debt', 'salary', 'price', 'fine', 'settlement', 'contract', 'toll', 'population', 'turnout', 'revenue', 'profit', 'casualty', 'bail', 'ransom', 'bonus', 'fee', 'grant', 'loan', 'bill']);
const EVENT_RE = new RegExp(`\\b(?:${Object.keys(EVENTS).join('|')})\\b`, 'gi');

function norm(noun: string): string {
  const n = noun.toLowerCase();
  const singular = n.length > 3 && n.endsWith('s') && !n.endsWith('ss') ? n.slice(0, -1) : n;
  return SYNONYMS[n] ?? SYNONYMS[singular] ?? singular;
}

function interval(f: Figure): [number, number] {
  switch (f.hedge) {
    case 'about': return [f.low * 0.9, f.high * 1.1];
    case 'over': return [f.low, Infinity];
    case 'under': return [0, f.high];
    case 'nearly': return [f.low * 0.9, f.high];
    default: return [f.low, f.high];
  }
}

interface Use {
  fig: Figure;
  noun: string;
  events: string;
  mods: Set<string>;
}

export const inconsistentFigure: Rule = {
  id: 'inconsistent-figure',
  category: 'suspicious-number',
  description: 'The same quantity given two different values in one story.',
  defaultSeverity: 'warning',
  run(ctx, report) {
    const uses: Use[] = [];
    for (const s of ctx.sentences) {
      if (CHANGE_WORDS.test(s.text)) continue;
      for (const f of ctx.figures[s.index]) {
        if (!f.claim || f.kind === 'ratio' || f.kind === 'rate' || f.rangeForm === 'from') continue;
        const rest = ctx.text.slice(f.end, s.end);
        const events = [...new Set([...rest.matchAll(EVENT_RE)].map((m) => EVENTS[m[0].toLowerCase()]))].sort().join('+');
        let noun = f.noun ? norm(f.noun) : '';
        // "the budget of $3.5 billion": a specific noun can also come before the figure.
        const lead = /\b([a-z]+)\s+(?:of|was|is|at|totaling|totalling|stood at|reached|hit)\s+(?:about\s+|nearly\s+|roughly\s+)?$/i.exec(ctx.text.slice(Math.max(0, f.start - 40), f.start));
        if (!SPECIFIC.has(noun) && lead && SPECIFIC.has(norm(lead[1]))) noun = norm(lead[1]);
        if (!noun || (!events && !SPECIFIC.has(noun))) continue;
        uses.push({ fig: f, noun, events, mods: new Set(f.modifiers.map((m) => m.toLowerCase())) });
      }
    }
    const compatible = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x)) || [...b].every((x) => a.has(x));
    const reported = new Set<Figure>();
    for (let i = 0; i < uses.length; i++) {
      const a = uses[i];
      for (let j = i + 1; j < uses.length; j++) {
        const b = uses[j];
        if (reported.has(b.fig) || a.noun !== b.noun || a.events !== b.events || a.fig.kind !== b.fig.kind || !compatible(a.mods, b.mods)) continue;
        const [alo, ahi] = interval(a.fig);
        const [blo, bhi] = interval(b.fig);
        if (ahi >= blo && bhi >= alo) continue;
        reported.add(b.fig);
        report({
          start: b.fig.start,
          end: b.fig.end,
          message: `"${b.fig.text}"${b.fig.noun ? ` ${b.fig.noun}` : ''} does not match "${a.fig.text}" given earlier for the same count.`,
          fixes: [{ title: `Change to "${a.fig.text}"`, edits: [{ start: b.fig.start, end: b.fig.end, newText: a.fig.text }] }],
          related: [{ start: a.fig.start, end: a.fig.end, message: `first given as "${a.fig.text}" here` }],
        });
      }
    }
  },
};
