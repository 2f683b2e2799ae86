// The copydesk binary. A one-shot process runs most of its regular expressions only a few
// times, so each is compiled straight to native code rather than interpreted first and
// compiled again when it tiers up: on a 10 KB draft the first analysis drops from about
// 120 ms to about 75 ms (measured with /usr/bin/time; see the README's performance notes).
// The flag is set before the engine is loaded, so no pattern is compiled before it.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { main } = require('./main') as typeof import('./main');
main();
