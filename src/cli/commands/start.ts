import { createDiscordAdapter } from '../../adapters/discord/index.js';
import { createSlackAdapter } from '../../adapters/slack/index.js';
import { Asker, FileQueryLog, RateLimiter } from '../../app/index.js';
import { loadConfig } from '../../config/index.js';
import { createLogger } from '../../log/index.js';
import { runChat } from '../chat.js';
import { openIndex } from '../open-index.js';

/** How long shutdown waits for questions in flight. */
const DRAIN_MS = 10_000;

interface Surface {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * `npm start`: every adapter whose credentials are set (Slack, Discord, or both, sharing one
 * loaded index), or the local chat on the shipped index when none are.
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
  const surfaces: Surface[] = [];
  if (config.slack) surfaces.push(createSlackAdapter({ config: config.slack, asker, logger }));
  if (config.discord) surfaces.push(createDiscordAdapter({ config: config.discord, asker, logger }));
  await Promise.all(surfaces.map((surface) => surface.start()));
  logger.info({ event: 'started', passages: engine.passageCount, adapters: surfaces.length }, 'istio-events is answering');
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
  logger.info({ event: 'stopping', signal, inFlight: asker.inFlight }, 'stopping: no new questions, finishing the ones in flight');
  await Promise.all(surfaces.map((surface) => surface.stop()));
  await asker.drain(DRAIN_MS);
  logger.info({ event: 'stopped' }, 'stopped');
  return 0;
}
