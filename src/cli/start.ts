import { start } from './commands/start.js';
import { runMain } from './run.js';

runMain(start);
