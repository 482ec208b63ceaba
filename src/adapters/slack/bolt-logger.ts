import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import { reasonOf } from '../../errors/index.js';
import type { Logger } from '../../log/index.js';

/**
 * Bolt, its Web API client and its Socket Mode client log through this, so their lines are JSON
 * lines of our logger like every other. Errors are reduced to their one-line reason (a Web API
 * error carries the request it failed on), and objects lose any key that could hold a secret.
 */
export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'slack-bolt' });
  const line = (parts: unknown[]): string =>
    parts.map((part) => (part instanceof Error ? reasonOf(part) : typeof part === 'string' ? part : withoutSecrets(part))).join(' ');
  return {
    debug: (...parts: unknown[]) => child.debug(line(parts)),
    info: (...parts: unknown[]) => child.info(line(parts)),
    warn: (...parts: unknown[]) => child.warn(line(parts)),
    error: (...parts: unknown[]) => child.error(line(parts)),
    // Our logger's level governs; Bolt asks at start and is told what that level means to it.
    setLevel: () => {},
    getLevel: () => levelOf(child.level),
    setName: () => {},
  };
}

const SECRET_KEY = /token|secret|authorization|password/i;

function withoutSecrets(value: unknown): string {
  try {
    // JSON.stringify gives undefined (whatever its declared type) for undefined and functions.
    const json = JSON.stringify(value, (key, inner: unknown) => (SECRET_KEY.test(key) ? '[redacted]' : inner)) as string | undefined;
    return json ?? String(value);
  } catch {
    return String(value);
  }
}

function levelOf(level: string): LogLevel {
  switch (level) {
    case 'trace':
    case 'debug':
      return LogLevel.DEBUG;
    case 'info':
      return LogLevel.INFO;
    case 'warn':
      return LogLevel.WARN;
    default:
      return LogLevel.ERROR;
  }
}
