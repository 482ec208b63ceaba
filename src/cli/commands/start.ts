import { Asker, FileQueryLog, RateLimiter } from '../../app/index.js';
import { loadConfig } from '../../config/index.js';
import { createLogger } from '../../log/index.js';
import { runChat } from '../chat.js';
import { openIndex } from '../open-index.js';

/**
 * `npm start`: the configured bots, or the local chat on the shipped index when no bot
 * credentials are set.
 */
export async function start(): Promise<number> {
  const config = loadConfig();
  const bots = Boolean(config.slack || config.discord);
  const logger = createLogger({ level: config.logLevel, fallback: bots ? 'info' : 'warn' });
  const engine = await openIndex(config, logger);
  const asker = new Asker({
    service: engine,
    logger,
    limiter: bots ? new RateLimiter(config.rateLimit) : undefined,
    queryLog: new FileQueryLog(config.queryLogFile, (error) => logger.warn({ event: 'query_log_failed', err: error }, 'query log write failed')),
    logQueries: config.logQueries,
  });
  if (!bots) {
    await runChat(asker, { input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY) });
    return 0;
  }
  return 0;
}
