import { sync } from './commands/sync.js';
import { runMain } from './run.js';

runMain(() => sync(process.argv.slice(2)));
