import { isAppError } from '../errors/index.js';

type Failure = Error & { code?: unknown; status?: unknown; syscall?: unknown; port?: number | string; path?: string };

/**
 * The one line a person can act on for a failure that is not ours but is well known: a refused
 * credential, a port in use, a folder that cannot be written. Undefined for anything else, which is
 * a bug and keeps its stack.
 */
export function describeFailure(error: unknown): string | undefined {
  if (isAppError(error)) return error.message;
  if (!(error instanceof Error)) return undefined;
  const failure = error as Failure;
  if (failure.code === 'TokenInvalid' || (failure.name.startsWith('DiscordAPIError') && failure.status === 401)) {
    return 'Discord refused DISCORD_TOKEN (TokenInvalid): copy the bot token again from the Developer Portal (Bot → Reset Token) into DISCORD_TOKEN.';
  }
  if (failure.code === 'DisallowedIntents') {
    return 'Discord refused the Message Content intent: enable it in the Developer Portal (Bot → Privileged Gateway Intents), then start again.';
  }
  if (failure.code === 'EADDRINUSE') {
    return `Port ${String(failure.port ?? '')} is already in use: stop what listens there, or set PORT (Slack) or HEALTH_PORT to a free port.`;
  }
  if (failure.code === 'EACCES' || failure.code === 'EROFS') {
    const what = failure.syscall === 'listen' ? `port ${String(failure.port ?? '')}` : (failure.path ?? 'a file');
    return `Permission denied for ${what}: run as a user who may use it, or point INDEX_DIR, QUERY_LOG_FILE, SYNC_DIR or the port elsewhere.`;
  }
  return undefined;
}
