// What the user configured: VS Code settings merged with the nearest
// .copydesk.json, which wins (it is shared with the CLI and the whole desk).

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ConfigError, mergeOptions, parseConfig, parseLevel, type CopydeskConfig } from '../core/config';
import { RULE_INFO } from '../core/rules/catalog';
import type { AnalyzeOptions, RosterPerson, RuleLevel } from '../core/types';

export const CONFIG_FILE = '.copydesk.json';

export interface Settings {
  enabled: boolean;
  debounceMs: number;
  maxBytes: number;
  options: AnalyzeOptions;
}

function settingsOptions(scope: vscode.ConfigurationScope | undefined): AnalyzeOptions {
  const cfg = vscode.workspace.getConfiguration('copydesk', scope);
  const rules: Record<string, RuleLevel> = {};
  for (const r of RULE_INFO) {
    const level = parseLevel(cfg.get<string>(`rules.${r.id}`, 'default'));
    if (level) rules[r.id] = level;
  }
  const people: RosterPerson[] = [];
  for (const p of cfg.get<unknown[]>('people', [])) {
    if (typeof p === 'string' && p.trim()) people.push({ name: p.trim() });
    else if (p && typeof p === 'object' && typeof (p as RosterPerson).name === 'string') people.push(p as RosterPerson);
  }
  const ignore = cfg.get<unknown[]>('ignore', []).filter((w): w is string => typeof w === 'string');
  return { rules, people, ignore };
}

/** Finds and parses .copydesk.json files, caching them until a watcher says they changed. */
export class ConfigFiles {
  private readonly cache = new Map<string, { config: CopydeskConfig | null; error: ConfigError | null }>();
  private readonly found = new Map<string, string | null>();

  invalidate(): void {
    this.cache.clear();
    this.found.clear();
  }

  /** The nearest config file at or above `dir`, stopping at `root` (inclusive) when given. Cached until invalidate(). */
  find(dir: string, root: string | undefined): string | null {
    const key = `${dir}\0${root ?? ''}`;
    const hit = this.found.get(key);
    if (hit !== undefined) return hit;
    let d = dir;
    let result: string | null = null;
    for (;;) {
      const candidate = path.join(d, CONFIG_FILE);
      if (fs.existsSync(candidate)) {
        result = candidate;
        break;
      }
      const parent = path.dirname(d);
      if (parent === d || (root !== undefined && path.relative(root, d) === '')) break;
      d = parent;
    }
    this.found.set(key, result);
    return result;
  }

  read(file: string): { config: CopydeskConfig | null; error: ConfigError | null } {
    let hit = this.cache.get(file);
    if (!hit) {
      try {
        hit = { config: parseConfig(fs.readFileSync(file, 'utf8'), file), error: null };
      } catch (e) {
        hit = { config: null, error: e instanceof ConfigError ? e : new ConfigError(file, '', (e as Error).message) };
      }
      this.cache.set(file, hit);
    }
    return hit;
  }
}

/** Where a document's .copydesk.json search starts: its folder, or the first workspace folder for untitled drafts. */
export function searchStart(uri: vscode.Uri): { dir: string; root: string | undefined } | null {
  const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
  const root = folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
  if (uri.scheme === 'file') return { dir: path.dirname(uri.fsPath), root };
  return root ? { dir: root, root } : null;
}

export function readSettings(uri: vscode.Uri | undefined, files: ConfigFiles): Settings & { configFile: string | null; configError: ConfigError | null } {
  const scope = uri;
  const cfg = vscode.workspace.getConfiguration('copydesk', scope);
  const start = uri ? searchStart(uri) : null;
  const configFile = start ? files.find(start.dir, start.root) : null;
  const loaded = configFile ? files.read(configFile) : { config: null, error: null };
  return {
    enabled: cfg.get<boolean>('enable', true),
    debounceMs: Math.max(0, cfg.get<number>('debounceMs', 300)),
    maxBytes: Math.max(0.01, cfg.get<number>('maxDocumentSizeMB', 12)) * 1024 * 1024,
    options: mergeOptions(settingsOptions(scope), loaded.config ?? undefined),
    configFile,
    configError: loaded.error,
  };
}
