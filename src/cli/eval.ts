import { evaluate } from './commands/eval.js';
import { runMain } from './run.js';

runMain(() => evaluate(process.argv.slice(2)));
