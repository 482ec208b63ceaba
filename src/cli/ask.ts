import { ask } from './commands/ask.js';
import { runMain } from './run.js';

runMain(() => ask(process.argv.slice(2)));
