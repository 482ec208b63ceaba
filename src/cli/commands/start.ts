import { createDiscordAdapter } from '../../adapters/discord/index.js';
import { createSlackAdapter } from '../../adapters/slack/index.js';
import { Asker, type QueryLogSink } from '../../app/index.js';
import { loadConfig, type Config, type RateLimitConfig } from '../../config/index.js';
import { reasonOf } from '../../errors/index.js';
import { createLogger, type Logger } from '../../log/index.js';
import { Health, LiveIndex, startBots, type NamedSurface } from '../../ops/index.js';
import { openSharedState } from '../../shared-state/index.js';
import { startSyncTimer } from '../../sync/index.js';
import { createWebSurface } from '../../web/index.js';
import { openIndex } from '../open-index.js';
import { localChat } from './chat.js';

/** How often a running bot deletes query-log entries older than QUERY_LOG_MAX_DAYS. */
const PRUNE_EVERY_MS = 86_400_000;

/** The web port of `npm run web` when WEB_PORT is not set. */
const WEB_DEFAULT_PORT = 8080;

export interface StartOptions {
  /** `npm run web`: the web surface alone (on WEB_PORT, default 8080), whatever else is configured. */
  webOnly?: boolean;
}

/**
 * `npm start`: every surface that is configured (Slack, Discord, the web with WEB_PORT; all sharing
 * one live index), or the local chat on the shipped index when none are. With SYNC_INTERVAL it keeps the
 * istio.io checkout current and reindexes when it changed. A new index written while it runs
 * is picked up (file events, poll, or SIGHUP); SIGTERM or SIGINT stops it without losing an answer.
 */
export async function start(options: StartOptions = {}): Promise<number> {
  const config = loadConfig('start');
  const webPort = options.webOnly ? (config.web.port ?? WEB_DEFAULT_PORT) : config.web.port;
  const slack = options.webOnly ? undefined : config.slack;
  const discord = options.webOnly ? undefined : config.discord;
  if (!slack && !discord && webPort === undefined) return localChat(config);
  const logger = createLogger({ level: config.logLevel, fallback: 'info' });
  const live = new LiveIndex({
    dir: config.indexDir,
    engine: await openIndex(config, logger, { notice: (line) => logger.warn({ event: 'index_stale', dir: config.indexDir }, line) }),
    logger,
  });
  // The bots share claims, rate limits and the query log with their other instances (Redis) or
  // keep them in this process.
  const shared = await openSharedState({ redisUrl: config.redisUrl, rateLimit: config.rateLimit, queryLogFile: config.queryLogFile, logger });
  const queryLog = await openQueryLog(config, logger, shared.queryLog);
  const asker = new Asker({ service: live, logger, limiter: shared.limiter, queryLog, logQueries: config.logQueries });
  const reload = (): void => {
    logger.info({ event: 'index_reload_requested', signal: 'SIGHUP' }, 'reading the index folder again');
    void live.check({ force: true });
  };
  process.on('SIGHUP', reload);
  const sync = config.sync?.intervalMs ? startSyncTimer(config, { ...config.sync, intervalMs: config.sync.intervalMs }, logger) : undefined;
  try {
    const surfaces: NamedSurface[] = [];
    const { claims } = shared;
    const health = new Health({ index: () => live.info });
    if (slack) surfaces.push(named('slack', createSlackAdapter({ config: slack, asker, logger, claims })));
    if (discord) surfaces.push(named('discord', createDiscordAdapter({ config: discord, asker, logger, claims })));
    const web =
      webPort === undefined
        ? undefined
        : createWebSurface({ config: config.web, port: webPort, asker, service: live, health, logger, retryAfterSeconds: retryAfter(config.rateLimit) });
    if (web) surfaces.push(named('web', web));
    const running = await startBots({ surfaces, live, asker, queryLog, logger, health, healthPort: config.healthPort });
    // Said on standard output whatever the log level, so `npm run web` shows where to look.
    if (web) process.stdout.write(`istio-events web: http://localhost:${web.port}/\n`);
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
    sync?.stop();
    process.off('SIGHUP', reload);
    // Also when an adapter failed to start: a Redis client left reconnecting would keep the process alive.
    await shared.close();
  }
}

/**
 * The unanswered-question and vote log, kept QUERY_LOG_MAX_DAYS (old entries are deleted now and
 * daily). With LOG_QUERIES=0 nothing is written: those entries hold question text.
 */
async function openQueryLog(config: Config, logger: Logger, sink: QueryLogSink): Promise<QueryLogSink> {
  const prune = async (): Promise<void> => {
    const removed = await sink.prune(config.queryLogMaxDays).catch((error: unknown) => {
      logger.warn({ event: 'query_log_prune_failed', reason: reasonOf(error) }, 'old query-log entries could not be deleted');
      return 0;
    });
    if (removed) logger.info({ event: 'query_log_pruned', removed, maxDays: config.queryLogMaxDays }, 'old query-log entries deleted');
  };
  await prune();
  if (!config.logQueries) return { write: () => undefined, flush: () => Promise.resolve(), prune: () => Promise.resolve(0) };
  setInterval(() => void prune(), PRUNE_EVERY_MS).unref();
  return sink;
}

/** Seconds until a client over the limit has a token again: one refill of the slower bucket. */
function retryAfter(limits: RateLimitConfig): number {
  return Math.ceil(1 / Math.min(limits.userPerSecond, limits.channelPerSecond));
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
