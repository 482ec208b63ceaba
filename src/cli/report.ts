import { report } from './commands/report.js';
import { runMain } from './run.js';

runMain(() => report(process.argv.slice(2)));
