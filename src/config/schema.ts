import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

const port = (fallback: number) => z.coerce.number().int().min(0).max(65_535).default(fallback);

const url = z.url({ protocol: /^https?$/ });

/** Origins as a browser writes them: scheme, host, optional port, nothing after. */
function everyOrigin(list: string): boolean {
  return originsOf(list).every((origin) => /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i.test(origin));
}

export function originsOf(list: string | undefined): string[] {
  return (list ?? '').split(/[\s,]+/).filter(Boolean);
}

const positive = (fallback: number) => z.coerce.number().positive().default(fallback);

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `90s`, `15m`, `6h`, `1d`, or plain seconds, as milliseconds. */
const duration = optionalString.pipe(
  z
    .string()
    .regex(/^\d+\s*[smhd]?$/, 'expected a duration such as 15m, 6h or 1d (s, m, h, d; plain numbers are seconds)')
    .transform((value) => {
      const unit = (value.at(-1) ?? 's') in UNIT_MS ? (value.at(-1) as keyof typeof UNIT_MS) : 's';
      return Number.parseInt(value, 10) * UNIT_MS[unit];
    })
    .refine((ms) => ms >= 1_000, 'must be at least 1s')
    .optional(),
);

/**
 * Every variable the program reads, with its default. `.env.example` documents the same list.
 * Names follow the platforms' own samples (SLACK_BOT_TOKEN, DISCORD_TOKEN, PORT, …).
 */
export const envSchema = z
  .object({
    /** Comma-separated content roots to index. Default `content`. */
    CONTENT_DIRS: z.string().default('content'),
    /** Folder holding the built index. Default `index`. */
    INDEX_DIR: z.string().min(1).default('index'),
    /** Base URL that post paths and site-relative links resolve against. */
    SITE_BASE_URL: url.default('https://istio.io/latest'),
    /** pino level; unset means quiet for terminal tools and `info` for the bots. */
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
    /** Log the text of questions at info level (off: only their length). */
    LOG_QUERIES: flag,
    /** File where unanswered questions and feedback votes are appended (JSON lines); written only with LOG_QUERIES. */
    QUERY_LOG_FILE: z.string().default('logs/queries.jsonl'),
    /** Days an entry of QUERY_LOG_FILE is kept: older ones are dropped at start, daily, and by `npm run report`. */
    QUERY_LOG_MAX_DAYS: z.coerce.number().int().min(1).default(30),
    /** Rebuild the index from content at start when it is missing or broken. */
    AUTO_REINDEX: flag,
    /** A real istio.io content tree, for `npm run test:corpus`, the benchmark and the eval. */
    ISTIO_CONTENT: z.string().default('../shared/corpus/istio.io'),

    /** Git repository of istio.io (URL or path) that `npm run sync` checks out sparsely; unset: no sync. */
    SYNC_REPO: optionalString,
    /** Branch of SYNC_REPO; unset: the repository's default branch. */
    SYNC_BRANCH: optionalString,
    /** Where the sparse checkout lives; its `content/` is indexed after CONTENT_DIRS. */
    SYNC_DIR: z.string().min(1).default('.sync/istio.io'),
    /** With SYNC_REPO, `npm start` syncs at start and then this often (15m, 6h, 1d); unset: only `npm run sync`. */
    SYNC_INTERVAL: duration,

    SLACK_BOT_TOKEN: optionalString.pipe(z.string().startsWith('xoxb-', 'expected a bot token starting with xoxb-').optional()),
    SLACK_SIGNING_SECRET: optionalString,
    SLACK_APP_TOKEN: optionalString.pipe(z.string().startsWith('xapp-', 'expected an app-level token starting with xapp-').optional()),
    SLACK_API_URL: url.optional(),
    SLACK_RESPONSE: z.enum(['ephemeral', 'in_channel']).default('ephemeral'),
    PORT: port(3000),

    DISCORD_TOKEN: optionalString,
    DISCORD_APPLICATION_ID: optionalString.pipe(z.string().regex(/^\d{5,25}$/, 'expected a numeric application id').optional()),
    DISCORD_GUILD_ID: optionalString.pipe(z.string().regex(/^\d{5,25}$/, 'expected a numeric guild id').optional()),
    DISCORD_API_URL: url.optional(),
    DISCORD_RESPONSE: z.enum(['ephemeral', 'public']).default('ephemeral'),

    /** Port of the web pages and HTTP API (docs/web.md); unset: no web surface (`npm run web` uses 8080). */
    WEB_PORT: optionalString.pipe(z.coerce.number<string>().int().min(0).max(65_535).optional()),
    /** Interface the web surface listens on. Default: every interface. */
    WEB_HOST: optionalString,
    /** Comma-separated origins allowed to call the API from their pages (CORS); unset: none. */
    WEB_CORS_ORIGINS: optionalString.pipe(z.string().refine(everyOrigin, 'expected comma-separated origins like https://istio.io').optional()),
    /** Space- or comma-separated origins allowed to show the pages in a frame; unset: none. */
    WEB_FRAME_ANCESTORS: optionalString.pipe(z.string().refine(everyOrigin, 'expected origins like https://istio.io').optional()),
    /** Which proxy's X-Forwarded-For names the client (rate limits): a hop count, `true`, or addresses/CIDRs; unset: none. */
    WEB_TRUST_PROXY: optionalString,

    /** Port of the /healthz and /readyz endpoints when no HTTP adapter serves them; unset: none. */
    HEALTH_PORT: optionalString.pipe(z.coerce.number<string>().int().min(0).max(65_535).optional()),
    /** Questions one user may ask in a burst, and how many tokens come back per second. */
    RATE_USER_BURST: positive(10),
    RATE_USER_PER_SECOND: positive(0.5),
    /** Questions one channel may ask in a burst, and the refill rate. */
    RATE_CHANNEL_BURST: positive(30),
    RATE_CHANNEL_PER_SECOND: positive(2),
    /**
     * Redis shared by every instance of the bot (event de-duplication, claims, rate limits, the
     * query log); unset: each process keeps its own, as a single instance needs.
     */
    REDIS_URL: optionalString.pipe(
      z.url({ protocol: /^rediss?$/, error: 'expected redis://[[user]:password@]host[:port][/db] or rediss://… for TLS' }).optional(),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message: 'required in HTTP mode (SLACK_BOT_TOKEN is set and SLACK_APP_TOKEN is not)',
      });
    }
    if ((env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET) && !env.SLACK_BOT_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'required when other SLACK_ variables are set' });
    }
    if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID) {
      ctx.addIssue({ code: 'custom', path: ['DISCORD_APPLICATION_ID'], message: 'required when DISCORD_TOKEN is set' });
    }
  });

export type Env = z.infer<typeof envSchema>;
