import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import dotenv from 'dotenv';
import { AppError } from '../errors/index.js';
import { envSchema, originsOf, type Env } from './schema.js';

export type LogLevel = NonNullable<Env['LOG_LEVEL']>;

export interface SlackConfig {
  botToken: string;
  /** Set: Socket Mode. Unset: HTTP mode on `port`. */
  appToken: string | undefined;
  signingSecret: string | undefined;
  apiUrl: string | undefined;
  response: 'ephemeral' | 'in_channel';
  port: number;
}

export interface DiscordConfig {
  token: string;
  applicationId: string;
  guildId: string | undefined;
  apiUrl: string | undefined;
  response: 'ephemeral' | 'public';
}

export interface WebConfig {
  /** WEB_PORT: `npm start` serves the web surface only when it is set; `npm run web` defaults it. */
  port: number | undefined;
  /** Interface to listen on; undefined: every interface. */
  host: string | undefined;
  corsOrigins: readonly string[];
  frameAncestors: readonly string[];
  /** Fastify's trustProxy: false, true, a hop count, or addresses/CIDRs. */
  trustProxy: boolean | number | string;
}

export interface RateLimitConfig {
  userBurst: number;
  userPerSecond: number;
  channelBurst: number;
  channelPerSecond: number;
}

export interface SyncConfig {
  repo: string;
  branch: string | undefined;
  /** The sparse checkout; `<dir>/content` is one of the content roots. */
  dir: string;
  /** Milliseconds between syncs inside `npm start`; undefined: no timer. */
  intervalMs: number | undefined;
}

/** The whole configuration, read once and frozen. */
export interface Config {
  /** CONTENT_DIRS, then the sync checkout's `content/` when SYNC_REPO is set. */
  contentDirs: readonly string[];
  indexDir: string;
  siteBaseUrl: string;
  logLevel: LogLevel | undefined;
  logQueries: boolean;
  queryLogFile: string;
  queryLogMaxDays: number;
  autoReindex: boolean;
  istioContent: string;
  /** Present only when SLACK_BOT_TOKEN is set. */
  slack: SlackConfig | undefined;
  /** Present only when DISCORD_TOKEN is set. */
  discord: DiscordConfig | undefined;
  /** The web surface's settings; served by `npm start` when `web.port` is set. */
  web: WebConfig;
  healthPort: number | undefined;
  rateLimit: RateLimitConfig;
  /** Set: instances share state through this Redis. Unset: each process keeps its own. */
  redisUrl: string | undefined;
  /** Present only when SYNC_REPO is set. */
  sync: SyncConfig | undefined;
}

type Source = Record<string, string | undefined>;

/**
 * Which command reads the configuration. `start` runs the bots and needs their settings; a `tool`
 * (ask, reindex, report, eval, sync) never reads them, so a Slack mistake cannot stop it.
 */
export type ConfigScope = 'start' | 'tool';

const SLACK_VARIABLES = ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'SLACK_API_URL', 'SLACK_RESPONSE', 'PORT'];
const DISCORD_VARIABLES = ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL', 'DISCORD_RESPONSE'];
/** Settings of a running bot only. */
const SERVICE_VARIABLES = ['WEB_PORT', 'WEB_HOST', 'WEB_CORS_ORIGINS', 'WEB_FRAME_ANCESTORS', 'WEB_TRUST_PROXY', 'HEALTH_PORT', 'RATE_USER_BURST', 'RATE_USER_PER_SECOND', 'RATE_CHANNEL_BURST', 'RATE_CHANNEL_PER_SECOND', 'SYNC_INTERVAL'];

/**
 * The variables this scope does not read. An adapter's settings are read only when the adapter is
 * switched on (one of its credentials is set): `PORT=abc` with Slack off stops nothing.
 */
function unread(present: Source, scope: ConfigScope): Set<string> {
  if (scope === 'tool') return new Set([...SLACK_VARIABLES, ...DISCORD_VARIABLES, ...SERVICE_VARIABLES]);
  const slackOn = ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN'].some((name) => name in present);
  const discordOn = ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'].some((name) => name in present);
  return new Set([...(slackOn ? [] : SLACK_VARIABLES), ...(discordOn ? [] : DISCORD_VARIABLES)]);
}

/** Parses an environment into a frozen Config; throws CONFIG_INVALID naming every bad variable. */
export function parseConfig(source: Source, scope: ConfigScope = 'start'): Config {
  // An empty value (`LOG_LEVEL=` in .env) means "not set", as in .env.example.
  const set = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const skip = unread(set, scope);
  const present = Object.fromEntries(Object.entries(set).filter(([name]) => !skip.has(name)));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      const value = source[name];
      // A Redis URL may carry a password.
      const shown = value === undefined || /TOKEN|SECRET|REDIS_URL/.test(name) ? '' : ` (got '${value}')`;
      return `${name}: ${issue.message}${shown}`;
    });
    const where = existsSync('.env') ? 'the environment or .env' : 'the environment';
    // One line, as every start-up failure: each bad variable, then where to fix it.
    throw new AppError('CONFIG_INVALID', `Invalid configuration: ${problems.join('; ')}. Fix it in ${where} (.env.example lists every variable).`, {
      variables: parsed.error.issues.map((issue) => String(issue.path[0])),
    });
  }
  const env = parsed.data;
  const sync = env.SYNC_REPO
    ? Object.freeze({ repo: env.SYNC_REPO, branch: env.SYNC_BRANCH, dir: env.SYNC_DIR, intervalMs: env.SYNC_INTERVAL })
    : undefined;
  const config: Config = {
    contentDirs: [...env.CONTENT_DIRS.split(',').map((dir) => dir.trim()).filter(Boolean), ...(sync ? [join(sync.dir, 'content')] : [])],
    indexDir: env.INDEX_DIR,
    siteBaseUrl: env.SITE_BASE_URL.replace(/\/+$/, ''),
    logLevel: env.LOG_LEVEL,
    logQueries: env.LOG_QUERIES,
    queryLogFile: env.QUERY_LOG_FILE,
    queryLogMaxDays: env.QUERY_LOG_MAX_DAYS,
    autoReindex: env.AUTO_REINDEX,
    istioContent: env.ISTIO_CONTENT,
    slack: env.SLACK_BOT_TOKEN
      ? Object.freeze({
          botToken: env.SLACK_BOT_TOKEN,
          appToken: env.SLACK_APP_TOKEN,
          signingSecret: env.SLACK_SIGNING_SECRET,
          apiUrl: env.SLACK_API_URL,
          response: env.SLACK_RESPONSE,
          port: env.PORT,
        })
      : undefined,
    discord:
      env.DISCORD_TOKEN && env.DISCORD_APPLICATION_ID
        ? Object.freeze({
            token: env.DISCORD_TOKEN,
            applicationId: env.DISCORD_APPLICATION_ID,
            guildId: env.DISCORD_GUILD_ID,
            apiUrl: env.DISCORD_API_URL,
            response: env.DISCORD_RESPONSE,
          })
        : undefined,
    web: webConfig(env),
    healthPort: env.HEALTH_PORT,
    rateLimit: Object.freeze({
      userBurst: env.RATE_USER_BURST,
      userPerSecond: env.RATE_USER_PER_SECOND,
      channelBurst: env.RATE_CHANNEL_BURST,
      channelPerSecond: env.RATE_CHANNEL_PER_SECOND,
    }),
    redisUrl: env.REDIS_URL,
    sync,
  };
  return Object.freeze({ ...config, contentDirs: Object.freeze([...config.contentDirs]) });
}

function webConfig(env: Env): WebConfig {
  const trust = env.WEB_TRUST_PROXY;
  return Object.freeze({
    port: env.WEB_PORT,
    host: env.WEB_HOST,
    corsOrigins: Object.freeze(originsOf(env.WEB_CORS_ORIGINS)),
    frameAncestors: Object.freeze(originsOf(env.WEB_FRAME_ANCESTORS)),
    trustProxy: trust === undefined || trust === 'false' ? false : trust === 'true' ? true : /^\d+$/.test(trust) ? Number(trust) : trust,
  });
}

const cached = new Map<ConfigScope, Config>();

/**
 * The process's configuration for one kind of command: `.env` (when present) under the real
 * environment, parsed once. The real environment wins, as dotenv does by default.
 */
export function loadConfig(scope: ConfigScope = 'tool'): Config {
  const known = cached.get(scope);
  if (known) return known;
  const envFile = resolve('.env');
  const fromFile = existsSync(envFile) ? dotenv.parse(readFileSync(envFile)) : {};
  const config = parseConfig({ ...fromFile, ...process.env }, scope);
  cached.set(scope, config);
  return config;
}

export { envSchema };
