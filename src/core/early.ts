// The engine's costliest regular expressions, compiled before the first check, for a process
// whose V8 flags are not Copydesk's to set: the extension's worker runs in VS Code's extension
// host, shared with other extensions. (The CLI sets --no-regexp-tier-up instead; see
// src/cli/launch.ts.)
//
// By default V8 runs a regular expression from bytecode first and compiles it to native code
// from its next run on (tier-up): a pattern the engine runs more than once, as it runs these on
// every sentence, is compiled twice. Most of the engine's patterns run on short stretches of text.
// Run once on a subject of 1,000 characters or more, V8 compiles it to native code at once
// (JSRegExp::kTierUpForSubjectLengthValue), and later runs, on either width of string, use native
// code from the start. Compiled first, these sixteen took a 10 KB draft's first check in the
// worker, without its code cache, from some 233 to 191 ms (docs/performance.md).

import { DATA_SUBJECTS } from './data/attribution';
import { COSTLY_TO_COMPILE as INCONSISTENT_FIGURE } from './rules/inconsistent-figure';
import { COSTLY_TO_COMPILE as WEEKDAY_DATE } from './rules/weekday-date';
import { COSTLY_TO_COMPILE as ATTRIBUTION } from './text/attribution';
import { COSTLY_TO_COMPILE as NUMBERS } from './text/numbers';
import { COSTLY_TO_COMPILE as PEOPLE } from './text/people';

/** The regular expressions compileRegExpsEarly compiles: each one the engine runs on news drafts (a test checks the corpus's). */
export const EARLY_REGEXPS: readonly RegExp[] = [...ATTRIBUTION, ...PEOPLE, ...NUMBERS, ...WEEKDAY_DATE, ...INCONSISTENT_FIGURE, DATA_SUBJECTS];

/** At least JSRegExp::kTierUpForSubjectLengthValue characters. */
const LONG = ' '.repeat(1000);

/** Compiles EARLY_REGEXPS to native code; each is left as it was (lastIndex included). */
export function compileRegExpsEarly(): void {
  for (const re of EARLY_REGEXPS) {
    const at = re.lastIndex;
    re.lastIndex = 0;
    re.test(LONG);
    re.lastIndex = at;
  }
}
