// copydesk check [--format text|json|sarif] [--config FILE] [--rule ID=LEVEL] PATH...
// Exit codes (contract): 0 nothing at warning or above, 1 a warning or error,
// 2 a usage error or a file that could not be checked.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFindings, analyzeStreamed } from '../core/analyze';
import { ConfigError, mergeOptions, parseConfig, parseLevel, type CopydeskConfig } from '../core/config';
import { RULES_BY_ID } from '../core/rules';
import type { AnalyzeOptions, FindingsResult, RuleLevel } from '../core/types';
import { noteDraftChecked } from '../common/warm';
import { expandPaths } from './files';
import { jsonSink, sarifSink, textSink, type ReportSink } from './format';
import { DEFAULT_MAX_BYTES, readDraft } from './read';

declare const COPYDESK_VERSION: string;
const VERSION = typeof COPYDESK_VERSION === 'string' ? COPYDESK_VERSION : '0.0.0-dev';

export const HELP = `Copydesk ${VERSION}: a fact-checking copy editor for Markdown drafts.

Usage:
  copydesk check [options] PATH...    check files, folders (*.md, *.markdown) and globs
  copydesk rules                      list the rules
  copydesk --help | --version

Options for check:
  --format text|json|sarif   output format (default: text)
  --config FILE              use this config instead of the nearest .copydesk.json
  --rule ID=LEVEL            set a rule to off, error, warning, information or hint (repeatable)
  --max-size MB              skip files larger than this (default: ${DEFAULT_MAX_BYTES / 1024 / 1024})

Exit codes: 0 no finding at warning or above, 1 at least one, 2 a usage error
or a file that could not be checked (named on stderr; other files are still checked).
Copydesk reads your drafts locally and never sends text anywhere.
`;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  color: boolean;
}

class UsageError extends Error {}

interface Args {
  format: 'text' | 'json' | 'sarif';
  config: string | null;
  rules: Record<string, RuleLevel>;
  maxBytes: number;
  paths: string[];
}

function parseArgs(argv: string[]): Args {
  const a: Args = { format: 'text', config: null, rules: {}, maxBytes: DEFAULT_MAX_BYTES, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const [name, inline] = arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${v}"`);
        a.format = v;
        break;
      }
      case '--config':
        a.config = value();
        break;
      case '--rule': {
        const v = value();
        const m = /^([a-z0-9-]+)[=:](.+)$/.exec(v);
        if (!m) throw new UsageError(`--rule takes ID=LEVEL, e.g. --rule unattributed-figure=off (got "${v}")`);
        if (!RULES_BY_ID.has(m[1])) throw new UsageError(`--rule: "${m[1]}" is not a Copydesk rule (see: copydesk rules)`);
        const level = parseLevel(m[2]);
        if (!level) throw new UsageError(`--rule ${m[1]}: level must be off, error, warning, information or hint`);
        a.rules[m[1]] = level;
        break;
      }
      case '--max-size': {
        const v = Number(value());
        if (!(v > 0)) throw new UsageError('--max-size takes a number of megabytes greater than 0');
        a.maxBytes = Math.round(v * 1024 * 1024);
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        a.paths.push(arg);
    }
  }
  if (a.paths.length === 0) throw new UsageError('check needs at least one PATH');
  return a;
}

/** Finds the nearest .copydesk.json at or above `dir`, with a cache per folder. */
function makeConfigFinder(io: Io) {
  const cache = new Map<string, string | null>();
  const find = (dir: string): string | null => {
    if (cache.has(dir)) return cache.get(dir)!;
    const candidate = path.join(dir, '.copydesk.json');
    let found: string | null = fs.existsSync(candidate) ? candidate : null;
    if (!found) {
      const parent = path.dirname(dir);
      found = parent === dir ? null : find(parent);
    }
    cache.set(dir, found);
    return found;
  };
  const parsed = new Map<string, CopydeskConfig>();
  return (file: string | null, dir: string): CopydeskConfig | undefined => {
    const configPath = file ?? find(dir);
    if (!configPath) return undefined;
    if (!parsed.has(configPath)) {
      let text: string;
      try {
        text = fs.readFileSync(configPath, 'utf8');
      } catch (e) {
        throw new ConfigError(path.relative(io.cwd, configPath) || configPath, '', `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      }
      parsed.set(configPath, parseConfig(text, path.relative(io.cwd, configPath) || configPath));
    }
    return parsed.get(configPath);
  };
}

export function run(argv: string[], io: Io): number {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout(HELP);
    return argv.length === 0 ? 2 : 0;
  }
  if (argv[0] === '--version' || argv[0] === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (argv[0] === 'rules') {
    for (const r of RULES_BY_ID.values()) io.stdout(`${r.id.padEnd(24)}${r.category.padEnd(22)}${r.defaultSeverity.padEnd(13)}${r.description}\n`);
    return 0;
  }
  if (argv[0] !== 'check') {
    io.stderr(`copydesk: unknown command "${argv[0]}"; try: copydesk check PATH (or copydesk --help)\n`);
    return 2;
  }
  let args: Args;
  try {
    args = parseArgs(argv.slice(1));
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`copydesk: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  let failed = false;
  const { files, errors } = expandPaths(args.paths, io.cwd);
  for (const e of errors) {
    io.stderr(`copydesk: ${e}\n`);
    failed = true;
  }
  const configFor = makeConfigFinder(io);
  const configPath = args.config ? path.resolve(io.cwd, args.config) : null;
  // JSON carries claims and people; text and SARIF list findings only, so they skip building the rest.
  const check =
    args.format === 'json'
      ? checker(jsonSink(io.stdout), analyzeStreamed)
      : checker(args.format === 'sarif' ? sarifSink(io.stdout, VERSION) : textSink(io.stdout, io.color), analyzeFindings);
  let warned = false;
  for (const f of files) {
    let options: AnalyzeOptions;
    try {
      options = mergeOptions(configFor(configPath, path.dirname(f.absolute)), { rules: args.rules });
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      io.stderr(`copydesk: ${f.display}: not checked: config ${e.message}\n`);
      failed = true;
      continue;
    }
    const read = readDraft(f.absolute, args.maxBytes);
    if (!read.ok) {
      io.stderr(`copydesk: ${f.display}: ${read.reason}\n`);
      failed = true;
      continue;
    }
    if (read.warning) io.stderr(`copydesk: ${f.display}: ${read.warning}\n`);
    check.add(f.display, read.text, options, (result) => {
      for (const n of result.notices) io.stderr(`copydesk: ${f.display}${n.range ? `:${n.range.start.line + 1}` : ''}: ${n.message}\n`);
      warned ||= result.findings.some((x) => x.severity === 'error' || x.severity === 'warning');
    });
  }
  check.end();
  if (failed) return 2;
  return warned ? 1 : 0;
}

/** A sink with the analysis that gives what it reads: each file is analysed, shown to `first`, then added. */
function checker<R extends FindingsResult>(sink: ReportSink<R>, run: (text: string, options: AnalyzeOptions) => R) {
  return {
    add(path: string, text: string, options: AnalyzeOptions, first: (result: FindingsResult) => void): void {
      const result = run(text, options);
      // A blank draft runs little of the engine: a code cache written after it would hold little.
      if (/\S/.test(text)) noteDraftChecked();
      first(result);
      sink.add({ path, result });
    },
    end: () => sink.end(),
  };
}

/** A short sleep for a full pipe, without spinning. */
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `len` bytes of `buf` to a file descriptor before returning. A pipe whose reader is
 * slower than Copydesk (`copydesk check … | less`) would otherwise queue the output in memory: the
 * JSON for a 10 MB draft is some 86 MB. A full non-blocking pipe answers EAGAIN: wait a
 * millisecond, retry. Returns false when the reader has gone away (EPIPE).
 */
function writeFully(fd: number, buf: Buffer, len: number): boolean {
  let off = 0;
  while (off < len) {
    try {
      off += fs.writeSync(fd, buf, off, len - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 1);
      else if (code === 'EPIPE') return false;
      else throw e;
    }
  }
  return true;
}

/** Output is written once this much of it has gathered. */
const FLUSH_AT = 1 << 20;

/**
 * Standard output, gathered in one reused buffer and written in pieces of about 1 MB, each before
 * the run goes on: the JSON for a very large draft is never held whole, in Copydesk or in a queue
 * for a slow pipe. Each string is encoded into the buffer as it comes, not joined with others
 * first: the JSON writer's pieces are JSON.stringify's answers, and copying those into a joined
 * string cost more than the rest of writing them (1.1 s of a 10 MB draft's JSON).
 */
class Output {
  // Reused: a fresh buffer per piece is memory outside the heap that only a full garbage
  // collection gives back, some 86 MB of it for a 10 MB draft's JSON.
  private buf = Buffer.alloc(0);
  private used = 0;
  /** The reader went away (EPIPE): the rest is dropped. */
  private gone = false;

  constructor(private readonly fd: number) {}

  write(s: string): void {
    if (this.gone) return;
    // UTF-8 takes at most 3 bytes for each UTF-16 code unit.
    const most = s.length * 3;
    if (this.used + most > this.buf.length) {
      this.flush();
      if (most > this.buf.length) this.buf = Buffer.allocUnsafe(Math.max(most, 4 * FLUSH_AT));
    }
    this.used += this.buf.write(s, this.used, 'utf8');
    if (this.used >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (this.used > 0 && !this.gone) this.gone = !writeFully(this.fd, this.buf, this.used);
    this.used = 0;
  }
}

/**
 * Writes to standard error at once, as standard output is written: main() ends the process with
 * process.exit(), which would drop what process.stderr still held: on Linux too, once a pipe
 * is full (3,000 messages: some 2,500 were lost). A standard error that cannot be written to is
 * ignored.
 */
function writeStderr(s: string): void {
  try {
    const buf = Buffer.from(s, 'utf8');
    writeFully(2, buf, buf.length);
  } catch {
    // Nowhere left to say it.
  }
}

function isCharacterDevice(fd: number): boolean {
  try {
    return fs.fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}

/** The binary's entry: real streams, real exit code, no stack traces for user errors. */
export function main(): void {
  const out = new Output(1);
  let code: number;
  try {
    code = run(process.argv.slice(2), {
      stdout: (s) => out.write(s),
      stderr: writeStderr,
      cwd: process.cwd(),
      // Asked only by the text format. Loading node:tty costs about 5 ms, so it is loaded only
      // when the output is a character device: a file or a pipe is never a terminal.
      get color() {
        return !process.env.NO_COLOR && isCharacterDevice(1) && (require('node:tty') as typeof import('node:tty')).isatty(1);
      },
    });
    out.flush();
  } catch (e) {
    out.flush();
    writeStderr(`copydesk: internal error: ${(e as Error).message}\nPlease report this with the draft that caused it.\n`);
    code = 3;
  }
  // A reader that went away early (`copydesk check … | head`) ends the output quietly; the exit
  // code is still the check's, so `set -o pipefail` scripts see the findings.
  // Everything has been written, synchronously, so the process ends here, with its 'exit'
  // listeners run (the launcher's code cache): left to end by itself, Node would first take
  // its heap apart, which after a 10 MB draft's JSON took 86 ms against 39 ms (10 KB: 10 against
  // 6 ms), from the 'exit' event to the process's end.
  process.exit(code);
}
