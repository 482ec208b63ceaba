import { join } from 'node:path';
import pino from 'pino';
import { Asker } from '../../app/index.js';
import type { Config } from '../../config/index.js';
import { createLogger } from '../../log/index.js';
import { LiveIndex } from '../../ops/index.js';
import { runChat } from '../chat.js';
import { openIndex } from '../open-index.js';
import { stateDir } from '../state.js';

/**
 * `npm start` with no bot credentials: the local chat on the configured index. At a terminal, log
 * lines go to `chat.log` in the state directory, never into the conversation; piped, they go to
 * standard error as everywhere else. The chat writes no query log: questions typed here stay in the
 * terminal's history file, which only its user can read.
 */
export async function localChat(config: Config): Promise<number> {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const state = stateDir();
  const logger = createLogger({
    level: config.logLevel,
    ...(interactive ? { destination: pino.destination({ dest: join(state, 'chat.log'), mkdir: true, sync: true }) } : {}),
  });
  const notices: string[] = [];
  const notice = interactive ? (line: string) => notices.push(line) : (line: string) => process.stderr.write(`${line}\n`);
  const live = new LiveIndex({ dir: config.indexDir, engine: await openIndex(config, logger, { notice }), logger });
  const asker = new Asker({ service: live, logger, logQueries: config.logQueries });
  live.watch();
  try {
    await runChat(asker, {
      input: process.stdin,
      output: process.stdout,
      interactive,
      historyFile: interactive ? join(state, 'history') : undefined,
      notices,
    });
  } finally {
    live.close();
  }
  return 0;
}
