// The CLI bundle's entry (dist/copydesk-cli.js), run by the launcher dist/cli.js (launch.ts).
import { main } from './main';

main();
