// Turns the command line's PATH arguments into files to check: files as given,
// folders walked for *.md and *.markdown (honouring .gitignore files and
// skipping node_modules and dot-folders), and globs.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Ignore } from 'ignore';

// The .gitignore reader and the glob matcher load only when a folder or a pattern is given: most
// runs name files, and loading them costs a short check several milliseconds.
const ignoreLib = (): typeof import('ignore') => require('ignore');
const globLib = (): typeof import('tinyglobby') => require('tinyglobby');

export const MARKDOWN_EXTENSIONS = /\.(?:md|markdown)$/i;
const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface FileTarget {
  /** As the user will see it: the argument, or the argument joined with the path below it. */
  display: string;
  absolute: string;
}

export interface Expansion {
  files: FileTarget[];
  /** Arguments that named nothing: "path: no such file or folder". */
  errors: string[];
}

function hasGlob(p: string): boolean {
  return /[*?[\]{}]/.test(p) && !fs.existsSync(p);
}

function readIgnore(dir: string): Ignore | null {
  try {
    const text = fs.readFileSync(path.join(dir, '.gitignore'), 'utf8');
    return ignoreLib()().add(text);
  } catch {
    return null;
  }
}

function walk(root: string, display: string, out: FileTarget[]): void {
  // Each .gitignore applies to paths relative to its own folder.
  const stack: Array<{ dir: string; shown: string; rules: Array<{ base: string; ig: Ignore }> }> = [
    { dir: root, shown: display, rules: [] },
  ];
  while (stack.length > 0) {
    const { dir, shown, rules } = stack.pop()!;
    const own = readIgnore(dir);
    const active = own ? [...rules, { base: dir, ig: own }] : rules;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    const subdirs: typeof stack = [];
    for (const e of entries) {
      if (ALWAYS_SKIPPED.has(e.name) || (e.name.startsWith('.') && e.isDirectory())) continue;
      const abs = path.join(dir, e.name);
      const isDir = e.isDirectory();
      const ignored = active.some(({ base, ig }) => {
        const rel = path.relative(base, abs).split(path.sep).join('/');
        return rel !== '' && ig.ignores(isDir ? `${rel}/` : rel);
      });
      if (ignored) continue;
      const shownPath = shown === '.' ? e.name : path.join(shown, e.name);
      if (isDir) subdirs.push({ dir: abs, shown: shownPath, rules: active });
      else if (e.isFile() && MARKDOWN_EXTENSIONS.test(e.name)) out.push({ display: shownPath, absolute: abs });
    }
    stack.push(...subdirs.reverse());
  }
}

/** Expands PATH arguments into files, in a stable order, without duplicates. */
export function expandPaths(args: string[], cwd = process.cwd()): Expansion {
  const files: FileTarget[] = [];
  const errors: string[] = [];
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    if (hasGlob(arg)) {
      const matches = globLib().globSync(arg, { cwd, ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true, dot: false }).sort();
      if (matches.length === 0) errors.push(`${arg}: no file matches this pattern`);
      for (const m of matches) files.push({ display: m, absolute: path.resolve(cwd, m) });
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      errors.push(`${arg}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message}`);
      continue;
    }
    if (st.isDirectory()) {
      const before = files.length;
      walk(abs, arg.replace(/[\\/]+$/, '') || '.', files);
      if (files.length === before) errors.push(`${arg}: no Markdown files (*.md, *.markdown) in this folder`);
    } else {
      files.push({ display: arg, absolute: abs });
    }
  }
  const seen = new Set<string>();
  return { files: files.filter((f) => !seen.has(f.absolute) && seen.add(f.absolute) !== undefined), errors };
}
