import { reindex } from './commands/reindex.js';
import { runMain } from './run.js';

runMain(() => reindex(process.argv.slice(2)));
