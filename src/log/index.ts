import pino, { type Logger } from 'pino';
import type { LogLevel } from '../config/index.js';

export type { Logger };

/** Secrets that must never reach a log line, whatever object carries them. */
const REDACT = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  'headers.authorization',
  '*.headers.authorization',
];

export interface LoggerOptions {
  /** Level from configuration; when unset, `fallback` applies. */
  level?: LogLevel | undefined;
  /** Level used when none is configured. Default `warn`: terminal tools stay quiet. */
  fallback?: LogLevel;
  /** Where lines go. Default: standard error, so standard output stays the program's own. */
  destination?: pino.DestinationStream;
}

/** One JSON line per event, on standard error by default, with secrets redacted. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? options.fallback ?? 'warn';
  return pino(
    { level, base: undefined, redact: { paths: REDACT, censor: '[redacted]' } },
    options.destination ?? pino.destination({ fd: 2, sync: true }),
  );
}
