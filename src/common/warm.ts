// Whether this process has checked a draft that is not blank: the CLI's launcher writes its code
// cache only then.
//
// A code cache holds the functions compiled by the run that wrote it. Written by `--version`, or
// by a check that could not read its file, it holds little more than the bundle's set-up, and every
// later check, finding it accepted, compiles the engine again: a 10 KB check then took 92 ms from
// the bundle's start to its exit against 78 ms from a cache a check wrote (7 runs each).
// The launcher and the bundle are separate bundles, each with its own copy of this module; the
// flag is one global both can reach (a registered symbol is the same in both).
const KEY = Symbol.for('copydesk.draftChecked');

/** Notes that a draft has been analysed in this process. */
export function noteDraftChecked(): void {
  (globalThis as Record<symbol, unknown>)[KEY] = true;
}

/** Whether noteDraftChecked() has been called in this process. */
export function draftChecked(): boolean {
  return (globalThis as Record<symbol, unknown>)[KEY] === true;
}
