// What each rule is, without how it works: ids, categories, severities and descriptions,
// in the registry's order. The editor's settings and config validation read this, so the
// extension host never loads the engine itself (it runs in a worker).
import type { Category, Severity } from '../types';

export interface RuleInfo {
  /** Stable kebab-case id, e.g. `malformed-number`. */
  id: string;
  category: Category;
  /** One line for `copydesk rules`, settings and docs. */
  description: string;
  defaultSeverity: Severity;
}

export const RULE_INFO: readonly RuleInfo[] = [
  {
    id: 'unattributed-figure',
    category: 'unattributed-figure',
    description: 'A count, amount, percentage or rate stated as fact with no source in its sentence or its quote.',
    defaultSeverity: 'warning',
  },
  {
    id: 'malformed-number',
    category: 'suspicious-number',
    description: 'A number mangled by a spinner or machine translation ("forty,000", "a hundred,000", "twenty5", "7,5 percent").',
    defaultSeverity: 'warning',
  },
  {
    id: 'inconsistent-figure',
    category: 'suspicious-number',
    description: 'The same quantity given two different values in one story.',
    defaultSeverity: 'warning',
  },
  {
    id: 'percentage-arithmetic',
    category: 'suspicious-number',
    description: 'A percentage that does not follow from the figures beside it ("12 of 40 nurses, or 20 percent").',
    defaultSeverity: 'warning',
  },
  {
    id: 'range-order',
    category: 'suspicious-number',
    description: 'A range written high to low ("between 80,000 and 70,000").',
    defaultSeverity: 'warning',
  },
  {
    id: 'weekday-date',
    category: 'suspicious-number',
    description: 'A weekday that does not match its date ("Tuesday, March 3, 2021": March 3, 2021 was a Wednesday).',
    defaultSeverity: 'warning',
  },
  {
    id: 'impossible-percentage',
    category: 'suspicious-number',
    description: 'A share of a group, or a fall, above 100 percent.',
    defaultSeverity: 'warning',
  },
  {
    id: 'name-variant',
    category: 'misattributed-name',
    description: 'A name spelled close to a better-established name in the story ("Milli", "Mielle" for "Milley").',
    defaultSeverity: 'warning',
  },
  {
    id: 'unintroduced-name',
    category: 'misattributed-name',
    description: 'A bare surname used before the story gives the person\'s full name, or a person never given one.',
    defaultSeverity: 'warning',
  },
  {
    id: 'title-conflict',
    category: 'misattributed-name',
    description: 'One person given two different titles or ranks ("Gen. Mark Milley" … "Adm. Milley").',
    defaultSeverity: 'warning',
  },
  {
    id: 'unknown-speaker',
    category: 'misattributed-name',
    description: 'A quote attributed to a name that matches nobody the story introduces.',
    defaultSeverity: 'warning',
  },
];

export const RULE_INFO_BY_ID: ReadonlyMap<string, RuleInfo> = new Map(RULE_INFO.map((r) => [r.id, r]));

/** A rule's entry; throws for an unknown id, so a rule file cannot drift from the catalog. */
export function ruleInfo(id: string): RuleInfo {
  const info = RULE_INFO_BY_ID.get(id);
  if (!info) throw new Error(`rule "${id}" is not in the catalog`);
  return info;
}
