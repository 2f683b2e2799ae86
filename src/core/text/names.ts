// Sorts the names that match nobody into the three kinds of trouble the
// misattributed-name rules report, so that each mention gets one finding.

import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance';
import type { Quote } from './attribution';
import { similarNames, type Mention, type PeopleIndex, type Person } from './people';
import { metaphone } from './phonetic';

export interface Variant {
  /** The spelling as written. */
  spelling: string;
  person: Person;
}

export interface NameIssues {
  /** Spellings that are likely misspellings of a better-established person's name. */
  variants: Map<string, Variant>;
  /** Names quotes are pinned on that match nobody (first quote per name). */
  unknownSpeakers: Map<string, Mention>;
  /** Names used as people (with a role, title or verb of saying) but never given in full (first use). */
  surnameOnly: Map<string, Mention>;
}

/** People by the Double Metaphone codes of their surnames and aliases, so a name is compared within its bucket only. */
function bucketPeople(people: Person[]): Map<string, Array<[Person, string]>> {
  const buckets = new Map<string, Array<[Person, string]>>();
  for (const p of people) {
    for (const alias of p.aliases) {
      for (const code of new Set(metaphone(alias))) {
        const list = buckets.get(code) ?? [];
        list.push([p, alias]);
        buckets.set(code, list);
      }
    }
  }
  return buckets;
}

function bestMatch(word: string, buckets: Map<string, Array<[Person, string]>>): Person | null {
  let best: Person | null = null;
  let bestScore = 0;
  for (const code of new Set(metaphone(word))) {
    for (const [p, alias] of buckets.get(code) ?? []) {
      if (!similarNames(word, alias)) continue;
      const score = JaroWinklerDistance(word, alias, {});
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
  }
  return best;
}

/**
 * After a name, a clause that makes it a company or an organisation: ", which" or an appositive
 * whose head is such a noun ("Verisk, a catastrophe modeling firm,"), no preposition before it
 * ("Kessler, a critic of the agency," is a person). Read only for a name with no person's role
 * after it: "Okafor, a group leader at the bank," has one (leader).
 */
const ORGANISATION_AFTER = new RegExp(
  '^,\\s+(?:which\\b|(?:a|an|the)\\s+(?:(?!(?:of|at|to|for|in|on|with|from|by|about|among)\\s)[\\p{L}\'\\u2019-]+\\s+){0,4}?' +
    '(?:company|firm|corporation|business|group|agency|organi[sz]ation|nonprofit|charity|bank|insurer|lender|retailer|chain|' +
    'maker|manufacturer|supplier|provider|publisher|website|platform|service|startup|start-up|brand|carrier|airline|utility|' +
    'consultancy|tracker|database|exchange|fund|coalition|network|broadcaster|newspaper|outlet|app)' +
    '(?=\\s*(?:[,.;:!?)\\u201d"]|$)|\\s+(?:that|which|whose|based|headquartered|in|of|with|owned|founded)\\b))',
  'iu',
);

/**
 * A capital inside a word after a first part of four letters or more that is no surname's
 * particle ("FactSet", "BlackRock"): a brand's spelling. A shorter first part is taken for a
 * particle or a name's ("McConnell", "DeSantis", "LaHood", "AuCoin", "KeShawn"), and so are
 * the longer particles below ("MacArthur", "VanderMeer").
 */
const INNER_CAPITAL = /^(\p{Lu}\p{Ll}{3,})\p{Lu}/u;
const LONG_PARTICLE = /^(?:Vander|Vanden|Della|Fitz|Mac[a-z]?|Abou|Bint)$/;

/**
 * A name the story shows to be a company's or an organisation's, not a person's (see
 * ORGANISATION_AFTER). A person's role or title wins: "Kessler, a spokeswoman for the county,".
 */
function isOrganisation(m: Mention, companies: ReadonlySet<string>): boolean {
  if (m.role !== null || m.title !== null) return false;
  if (companies.has(m.text)) return true;
  const inner = INNER_CAPITAL.exec(m.text);
  if (inner && !LONG_PARTICLE.test(inner[1])) return true;
  const from = m.end - m.sentence.start;
  return ORGANISATION_AFTER.test(m.sentence.text.slice(from, from + 160));
}

/** A capitalized sentence opener shaped like a plural of a common noun ("Firefighters", "Residents"). */
function looksCommon(word: string): boolean {
  return /(?:ers|ors|ists|ians|ents|ants|ives|ees|ies|ics|men|ople|als|ans)$/.test(word);
}

export function classifyNames(index: PeopleIndex, quotes: Quote[]): NameIssues {
  const variants = new Map<string, Variant>();
  // One person spelled two ways in full ("Volodymyr Zelenskyy", "Volodymyr Zelensky"): the rarer is the variant.
  const established = [...index.people].sort((a, b) => Number(b.fromRoster) - Number(a.fromRoster) || b.mentions.length - a.mentions.length);
  // Two first names that differ are two people ("Daniel Brannigan", "Anna Brannagan"), so each person
  // is compared only with the later ones of its first name; the order, which decides the rivals, is kept.
  const byFirst = new Map<string, Person[]>();
  for (const p of established) {
    let group = byFirst.get(p.first);
    if (!group) byFirst.set(p.first, (group = []));
    group.push(p);
  }
  const rivals = new Set<Person>();
  for (const p of established) {
    // A one-word roster entry ("Whitcomb") declares a person, not a spelling for someone else.
    if (rivals.has(p) || (p.fromRoster && p.first === p.last)) continue;
    const group = byFirst.get(p.first)!;
    for (let j = group.indexOf(p) + 1; j < group.length; j++) {
      const q = group[j];
      if (rivals.has(q) || q.fromRoster) continue;
      if (!similarNames(q.last, p.last) || q.mentions.length >= p.mentions.length && !p.fromRoster) continue;
      rivals.add(q);
      variants.set(q.last, { spelling: q.last, person: p });
    }
  }
  const canonical = bucketPeople(established.filter((p) => !rivals.has(p)));
  for (const m of index.unresolved) {
    if (variants.has(m.text)) continue;
    const p = bestMatch(m.text, canonical);
    if (p && (p.mentions.length >= 1 || p.fromRoster)) variants.set(m.text, { spelling: m.text, person: p });
  }

  const unknownSpeakers = new Map<string, Mention>();
  const surnameOnly = new Map<string, Mention>();
  const introducedWithRole = new Set(index.unresolved.filter((m) => m.role !== null || m.title !== null).map((m) => m.text));
  for (const q of quotes) {
    const m = q.speakerMention;
    if (!m || m.person || variants.has(m.text) || introducedWithRole.has(m.text) || (m.sentenceStart && looksCommon(m.text))) continue;
    if (!unknownSpeakers.has(m.text) && !isOrganisation(m, index.companies)) unknownSpeakers.set(m.text, m);
  }
  for (const m of index.unresolved) {
    if (variants.has(m.text) || unknownSpeakers.has(m.text) || surnameOnly.has(m.text) || isOrganisation(m, index.companies)) continue;
    // A capitalized word opening a sentence ("Firefighters said") needs more than a verb of saying.
    if (m.role !== null || m.title !== null || (m.speech && !(m.sentenceStart && looksCommon(m.text)))) surnameOnly.set(m.text, m);
  }
  return { variants, unknownSpeakers, surnameOnly };
}
