import { start } from './commands/start.js';
import { runMain } from './run.js';

// `npm run web`: the web pages and API alone on the shipped index (WEB_PORT, default 8080).
runMain(() => start({ webOnly: true }));
