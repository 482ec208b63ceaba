import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import dotenv from 'dotenv';
import { AppError } from '../errors/index.js';
import { envSchema, type Env } from './schema.js';

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

export interface RateLimitConfig {
  userBurst: number;
  userPerSecond: number;
  channelBurst: number;
  channelPerSecond: number;
}

/** The whole configuration, read once and frozen. */
export interface Config {
  contentDirs: readonly string[];
  indexDir: string;
  siteBaseUrl: string;
  logLevel: LogLevel | undefined;
  logQueries: boolean;
  queryLogFile: string;
  autoReindex: boolean;
  istioContent: string;
  /** Present only when SLACK_BOT_TOKEN is set. */
  slack: SlackConfig | undefined;
  /** Present only when DISCORD_TOKEN is set. */
  discord: DiscordConfig | undefined;
  healthPort: number | undefined;
  rateLimit: RateLimitConfig;
  /** Set: instances share state through this Redis. Unset: each process keeps its own. */
  redisUrl: string | undefined;
}

type Source = Record<string, string | undefined>;

/** Parses an environment into a frozen Config; throws CONFIG_INVALID naming every bad variable. */
export function parseConfig(source: Source): Config {
  // An empty value (`LOG_LEVEL=` in .env) means "not set", as in .env.example.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      const value = source[name];
      // A Redis URL may carry a password.
      const shown = value === undefined || /TOKEN|SECRET|REDIS_URL/.test(name) ? '' : ` (got '${value}')`;
      return `${name}: ${issue.message}${shown}`;
    });
    throw new AppError('CONFIG_INVALID', `Invalid configuration:\n  ${problems.join('\n  ')}`, {
      variables: parsed.error.issues.map((issue) => String(issue.path[0])),
    });
  }
  const env = parsed.data;
  const config: Config = {
    contentDirs: env.CONTENT_DIRS.split(',').map((dir) => dir.trim()).filter(Boolean),
    indexDir: env.INDEX_DIR,
    siteBaseUrl: env.SITE_BASE_URL.replace(/\/+$/, ''),
    logLevel: env.LOG_LEVEL,
    logQueries: env.LOG_QUERIES,
    queryLogFile: env.QUERY_LOG_FILE,
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
    healthPort: env.HEALTH_PORT,
    rateLimit: Object.freeze({
      userBurst: env.RATE_USER_BURST,
      userPerSecond: env.RATE_USER_PER_SECOND,
      channelBurst: env.RATE_CHANNEL_BURST,
      channelPerSecond: env.RATE_CHANNEL_PER_SECOND,
    }),
    redisUrl: env.REDIS_URL,
  };
  return Object.freeze({ ...config, contentDirs: Object.freeze([...config.contentDirs]) });
}

let cached: Config | undefined;

/**
 * The process's configuration: `.env` (when present) under the real environment, parsed once.
 * The real environment wins, as dotenv does by default.
 */
export function loadConfig(): Config {
  if (cached) return cached;
  const envFile = resolve('.env');
  const fromFile = existsSync(envFile) ? dotenv.parse(readFileSync(envFile)) : {};
  cached = parseConfig({ ...fromFile, ...process.env });
  return cached;
}

export { envSchema };
