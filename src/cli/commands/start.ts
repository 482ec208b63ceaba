import { createDiscordAdapter } from '../../adapters/discord/index.js';
import { createSlackAdapter } from '../../adapters/slack/index.js';
import { Asker, FileQueryLog } from '../../app/index.js';
import { loadConfig } from '../../config/index.js';
import { createLogger, type Logger } from '../../log/index.js';
import { LiveIndex, startBots, type NamedSurface } from '../../ops/index.js';
import { openSharedState } from '../../shared-state/index.js';
import { runChat } from '../chat.js';
import { openIndex } from '../open-index.js';

/**
 * `npm start`: every adapter whose credentials are set (Slack, Discord, or both, sharing one live
 * index), or the local chat on the shipped index when none are. A new index written while it runs
 * is picked up (file events, poll, or SIGHUP); SIGTERM or SIGINT stops it without losing an answer.
 */
export async function start(): Promise<number> {
  const config = loadConfig();
  const bots = Boolean(config.slack || config.discord);
  const logger = createLogger({ level: config.logLevel, fallback: bots ? 'info' : 'warn' });
  const live = new LiveIndex({ dir: config.indexDir, engine: await openIndex(config, logger), logger });
  // The bots share claims, rate limits and the query log with their other instances (Redis) or
  // keep them in this process; the local chat has no other instance and no rate limit.
  const shared = bots
    ? await openSharedState({ redisUrl: config.redisUrl, rateLimit: config.rateLimit, queryLogFile: config.queryLogFile, logger })
    : undefined;
  const queryLog =
    shared?.queryLog ??
    new FileQueryLog(config.queryLogFile, (error) => logger.warn({ event: 'query_log_failed', err: error }, 'query log write failed'));
  const asker = new Asker({ service: live, logger, limiter: shared?.limiter, queryLog, logQueries: config.logQueries });
  const reload = (): void => {
    logger.info({ event: 'index_reload_requested', signal: 'SIGHUP' }, 'reading the index folder again');
    void live.check({ force: true });
  };
  process.on('SIGHUP', reload);
  try {
    if (!shared) {
      live.watch();
      try {
        await runChat(asker, { input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY) });
      } finally {
        live.close();
        await queryLog.flush();
      }
      return 0;
    }
    const surfaces: NamedSurface[] = [];
    const { claims } = shared;
    if (config.slack) surfaces.push(named('slack', createSlackAdapter({ config: config.slack, asker, logger, claims })));
    if (config.discord) surfaces.push(named('discord', createDiscordAdapter({ config: config.discord, asker, logger, claims })));
    const running = await startBots({ surfaces, live, asker, queryLog, logger, healthPort: config.healthPort });
    logger.info({ event: 'started', passages: live.info.passages, adapters: surfaces.map((surface) => surface.name) }, 'istio-events is answering');
    const signal = await nextSignal();
    logger.info({ event: 'stopping', signal, inFlight: asker.inFlight }, 'stopping: no new questions, finishing the ones in flight');
    const forced = stopOnSecondSignal(logger);
    try {
      await running.stop();
    } finally {
      forced.dispose();
    }
    logger.info({ event: 'stopped' }, 'stopped');
    return 0;
  } finally {
    process.off('SIGHUP', reload);
    // Also when an adapter failed to start: a Redis client left reconnecting would keep the process alive.
    await shared?.close();
  }
}

function named(name: string, adapter: Omit<NamedSurface, 'name'>): NamedSurface {
  return { name, start: () => adapter.start(), stop: () => adapter.stop() };
}

function nextSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (signal: NodeJS.Signals): void => {
      process.off('SIGTERM', on);
      process.off('SIGINT', on);
      resolve(signal);
    };
    process.on('SIGTERM', on);
    process.on('SIGINT', on);
  });
}

/** A second Ctrl-C (or SIGTERM) while draining means "now": the operator chose to lose what is in flight. */
function stopOnSecondSignal(logger: Logger): { dispose(): void } {
  const now = (signal: NodeJS.Signals): void => {
    logger.warn({ event: 'stop_forced', signal }, 'second signal: exiting without waiting');
    process.exit(1);
  };
  process.once('SIGTERM', now);
  process.once('SIGINT', now);
  return {
    dispose() {
      process.off('SIGTERM', now);
      process.off('SIGINT', now);
    },
  };
}
