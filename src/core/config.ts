// `.copydesk.json`: validation only (reading files is the client's job, so the
// engine stays pure). Every error names the file and the key.

import { RULE_INFO_BY_ID } from './rules/catalog';
import type { AnalyzeOptions, RosterPerson, RuleLevel } from './types';

/** The file's shape. */
export interface CopydeskConfig {
  /** Rule id -> "off" | "error" | "warning" | "information" | "hint". */
  rules?: Record<string, RuleLevel>;
  /** People treated as introduced, with canonical spellings. */
  people?: RosterPerson[];
  /** Names and words never flagged. */
  ignore?: string[];
  /** The story's date (YYYY-MM-DD) when front matter gives none. */
  dateline?: string;
}

export class ConfigError extends Error {
  constructor(readonly file: string, readonly key: string, detail: string) {
    super(`${file}: ${key ? `"${key}" ` : ''}${detail}`);
    this.name = 'ConfigError';
  }
}

const LEVELS = new Set(['off', 'error', 'warning', 'information', 'hint']);
const KEYS = new Set(['$schema', 'rules', 'people', 'ignore', 'dateline']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses a rule level as users write it; "info" and "warn" are accepted spellings. */
export function parseLevel(v: unknown): RuleLevel | null {
  if (typeof v !== 'string') return null;
  const s = v.toLowerCase();
  const alias = s === 'info' ? 'information' : s === 'warn' ? 'warning' : s;
  return LEVELS.has(alias) ? (alias as RuleLevel) : null;
}

/** Parses and validates the text of a config file. Throws ConfigError. */
export function parseConfig(text: string, file: string): CopydeskConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ConfigError(file, '', `is not valid JSON (${(e as Error).message})`);
  }
  if (!isObject(raw)) throw new ConfigError(file, '', 'must hold a JSON object');
  for (const k of Object.keys(raw)) if (!KEYS.has(k)) throw new ConfigError(file, k, `is not a known key (expected one of: rules, people, ignore, dateline)`);
  const out: CopydeskConfig = {};
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) throw new ConfigError(file, 'rules', 'must be an object of rule id -> level');
    out.rules = {};
    for (const [id, v] of Object.entries(raw.rules)) {
      if (!RULE_INFO_BY_ID.has(id)) throw new ConfigError(file, `rules.${id}`, `is not a Copydesk rule (known: ${[...RULE_INFO_BY_ID.keys()].join(', ')})`);
      const level = parseLevel(isObject(v) ? v.severity : v);
      if (!level) throw new ConfigError(file, `rules.${id}`, 'must be "off", "error", "warning", "information" or "hint"');
      out.rules[id] = level;
    }
  }
  if (raw.people !== undefined) {
    if (!Array.isArray(raw.people)) throw new ConfigError(file, 'people', 'must be an array');
    out.people = raw.people.map((p, i) => {
      const key = `people[${i}]`;
      if (typeof p === 'string') {
        if (!p.trim()) throw new ConfigError(file, key, 'must not be empty');
        return { name: p.trim() };
      }
      if (!isObject(p) || typeof p.name !== 'string' || !p.name.trim()) throw new ConfigError(file, `${key}.name`, 'must be a non-empty string');
      if (p.title !== undefined && typeof p.title !== 'string') throw new ConfigError(file, `${key}.title`, 'must be a string');
      if (p.aliases !== undefined && (!Array.isArray(p.aliases) || p.aliases.some((a) => typeof a !== 'string'))) {
        throw new ConfigError(file, `${key}.aliases`, 'must be an array of strings');
      }
      return { name: p.name.trim(), title: p.title as string | undefined, aliases: p.aliases as string[] | undefined };
    });
  }
  if (raw.ignore !== undefined) {
    if (!Array.isArray(raw.ignore) || raw.ignore.some((w) => typeof w !== 'string')) throw new ConfigError(file, 'ignore', 'must be an array of strings');
    out.ignore = raw.ignore as string[];
  }
  if (raw.dateline !== undefined) {
    if (typeof raw.dateline !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw.dateline) || Number.isNaN(Date.parse(raw.dateline))) {
      throw new ConfigError(file, 'dateline', 'must be a date written YYYY-MM-DD');
    }
    out.dateline = raw.dateline;
  }
  return out;
}

/** Merges configs; later ones win for rules and dateline, lists are joined. */
export function mergeOptions(...configs: Array<CopydeskConfig | AnalyzeOptions | undefined>): AnalyzeOptions {
  const out: AnalyzeOptions = { rules: {}, people: [], ignore: [] };
  for (const c of configs) {
    if (!c) continue;
    Object.assign(out.rules!, c.rules ?? {});
    out.people!.push(...(c.people ?? []));
    out.ignore!.push(...(c.ignore ?? []));
    if (c.dateline) out.dateline = c.dateline;
  }
  return out;
}
