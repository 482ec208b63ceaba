import { knowledge } from './commands/knowledge.js';
import { runMain } from './run.js';

runMain(() => knowledge(process.argv.slice(2)));
