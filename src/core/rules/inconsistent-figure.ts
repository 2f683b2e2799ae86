import { CHANGE_WORDS } from '../data/numbers';
import type { Figure } from '../text/numbers';
import type { Rule } from './rule';

// Nouns that name the same thing; the value is the canonical form.
const SYNONYMS: Record<string, string> = {
  soldier: 'troop', serviceman: 'troop', servicemen: 'troop', forces: 'troop', force: 'troop', troop: 'troop',
  person: 'people', people: 'people', individual: 'people', casualty: 'casualty', casualtie: 'casualty',
  civilian: 'civilian', resident: 'people', dollar: 'dollar', employee: 'worker', worker: 'worker', staff: 'worker',
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
const EVENT_ONE = new RegExp(EVENT_RE.source, 'i');

/** Before a figure in a sentence of change: the old level or the size of the change, not a level. */
const CHANGE_LEAD =
  /\b(?:from|by|up|down|than|of|compared with|compared to|versus|vs\.?|rose|rise|risen|fell|fallen|increased|decreased|grew|grown|declined|dropped|jumped|climbed|surged|soared|plunged|slid|gained|lost|added|cut)\s+(?:about\s+|nearly\s+|roughly\s+|some\s+|almost\s+|more than\s+|an estimated\s+)?$/i;

const DETERMINERS = new Set(['the', 'all', 'its', 'their', 'his', 'her', 'our']);

/** "the ", "all ", "of the ", "the district's " right before a figure: words, not an end-anchored pattern. */
function isDefinite(before: string): boolean {
  if (!/\s$/.test(before)) return false;
  const words = before.trimEnd().split(/\s+/).slice(-2).map((w) => w.toLowerCase());
  const last = words[words.length - 1] ?? '';
  const prev = words.length > 1 ? words[0] : '';
  if (DETERMINERS.has(last)) return true;
  // "the district's 8,540": a possessive after a determiner.
  return /^[\p{L}-]+['\u2019]s$/u.test(last) && DETERMINERS.has(prev);
}

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
  /** Places and days the sentence names ("in Ashby", "on Monday"): counts of different places or days differ. */
  where: Set<string>;
  /** Written as a known quantity ("the 43 civilians"), so it must match the story's earlier count. */
  definite: boolean;
}

function whereOf(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(/\b(?:in|at|on|near|outside)\s+((?:\p{Lu}[\p{L}.'\u2019-]*\s?){1,3})/gu)) out.add(m[1].trim());
  return out;
}

export const inconsistentFigure: Rule = {
  id: 'inconsistent-figure',
  category: 'suspicious-number',
  description: 'The same quantity given two different values in one story.',
  defaultSeverity: 'warning',
  run(ctx, report) {
    const uses: Use[] = [];
    // Counts with no event word: compared only with a later definite mention of the same noun.
    const loose: Use[] = [];
    for (const s of ctx.sentences) {
      // A sentence of change ("rose", "compared with") may still state a level ("grew to 47 cases");
      // what is left out is the old level and the size of the change ("from 40", "up 200", "by 12").
      const changing = CHANGE_WORDS.test(s.text);
      for (const f of ctx.figures[s.index]) {
        if ((!f.claim && f.notClaim !== 'measure') || f.kind === 'ratio' || f.kind === 'rate' || f.rangeForm === 'from') continue;
        const ahead = ctx.text.slice(Math.max(s.start, f.start - 30), f.start);
        if (changing && CHANGE_LEAD.test(ahead)) continue;
        const rest = ctx.text.slice(f.end, Math.min(s.end, f.end + 160));
        const events = [...new Set([...rest.matchAll(EVENT_RE)].map((m) => EVENTS[m[0].toLowerCase()]))].sort().join('+');
        let noun = f.noun ? norm(f.noun) : '';
        // "$46.8 million operating budget leaves ...": a specific noun among the words after wins.
        let modifiers = f.modifiers.map((m) => m.toLowerCase());
        const at = modifiers.findIndex((m) => SPECIFIC.has(norm(m)));
        if (at >= 0 && !SPECIFIC.has(noun)) {
          noun = norm(modifiers[at]);
          modifiers = modifiers.slice(0, at);
        }
        // "the budget of $3.5 billion": a specific noun can also come before the figure.
        const lead = /\b([a-z]+)\s+(?:of|was|is|at|totaling|totalling|stood at|reached|hit)\s+(?:about\s+|nearly\s+|roughly\s+)?$/i.exec(ctx.text.slice(Math.max(0, f.start - 40), f.start));
        if (!SPECIFIC.has(noun) && lead && SPECIFIC.has(norm(lead[1]))) noun = norm(lead[1]);
        // "the 1,700 people", "all 350 workers", "the district's 8,540 students": a count the story gave before.
        const definite = isDefinite(ctx.text.slice(Math.max(0, f.start - 40), f.start));
        if (!noun) continue;
        if (!events && !SPECIFIC.has(noun) && !definite) {
          loose.push({ fig: f, noun, events, mods: new Set(f.modifiers.map((m) => m.toLowerCase())), where: new Set(), definite: false });
          continue;
        }
        // "another 17 people", "17 more": an addition, not a restatement.
        if (/\b(?:another|additional|other|further)\s+(?:\S+\s+)?$/i.test(ctx.text.slice(Math.max(0, f.start - 25), f.start)) || /^\s+(?:more|others|additional)\b/i.test(ctx.text.slice(f.end, f.end + 12))) continue;
        // Where and when, read close to the count: "17 people were killed in Belton", "killed on Tuesday".
        const ev = EVENT_ONE.exec(rest);
        const near = rest.slice(0, (ev ? ev.index + ev[0].length : 0) + 30);
        uses.push({ fig: f, noun, events, mods: new Set(modifiers), where: whereOf(near), definite });
      }
    }
    // "40 Russian soldiers" and "90 soldiers" may be a part and a whole: compare only like with like.
    const compatible = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
    // Compare only uses of the same noun, event and kind; within a group, only against distinct earlier values.
    const groups = new Map<string, Use[]>();
    const byNoun = new Map<string, Use[]>();
    const all = [...uses, ...loose].sort((a, b) => a.fig.start - b.fig.start);
    for (const u of all) {
      const k = `${u.noun}|${u.fig.kind}`;
      const list = byNoun.get(k);
      if (list) list.push(u);
      else byNoun.set(k, [u]);
    }
    const subset = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x)) || [...b].every((x) => a.has(x));
    const disjoint = (a: Use, b: Use) => {
      const [alo, ahi] = interval(a.fig);
      const [blo, bhi] = interval(b.fig);
      return ahi < blo || bhi < alo;
    };
    for (const u of uses) {
      const key = `${u.noun}|${u.events}|${u.fig.kind}`;
      const earlier = groups.get(key) ?? [];
      let clash = earlier.find((a) => {
        if (!compatible(a.mods, u.mods)) return false;
        if (a.where.size > 0 && u.where.size > 0 && ![...a.where].some((w) => u.where.has(w))) return false;
        return disjoint(a, u);
      });
      if (!clash && u.definite) {
        // A definite mention against the first earlier count of the same noun, whatever its event word.
        const first = (byNoun.get(`${u.noun}|${u.fig.kind}`) ?? []).find((a) => a.fig.start < u.fig.start && a.fig !== u.fig);
        if (first && subset(first.mods, u.mods) && disjoint(first, u)) clash = first;
      }
      if (clash) {
        report({
          start: u.fig.start,
          end: u.fig.end,
          message: `"${u.fig.text}" does not match "${clash.fig.text}" given earlier for the same ${u.events ? `count (${u.fig.noun ?? u.noun} ${u.events.replace('+', ' or ')})` : u.noun}.`,
          fixes: [{ title: `Change to "${clash.fig.text}"`, edits: [{ start: u.fig.start, end: u.fig.end, newText: clash.fig.text }] }],
          related: [{ start: clash.fig.start, end: clash.fig.end, message: `first given as "${clash.fig.text}" here` }],
        });
        continue;
      }
      if (!earlier.some((a) => a.fig.low === u.fig.low && a.fig.high === u.fig.high && a.fig.hedge === u.fig.hedge && a.mods.size === u.mods.size)) earlier.push(u);
      groups.set(key, earlier);
    }
  },
};
