/**
 * Errors that carry a machine-readable code and the context a log line needs (path, value, variable).
 * What a chat user sees is decided by each surface; these messages are for operators and logs.
 */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'INDEX_MISSING'
  | 'INDEX_CORRUPT'
  | 'INDEX_VERSION'
  | 'INDEX_LOCKED'
  | 'POST_INVALID'
  | 'CONTENT_MISSING'
  | 'REDIS_UNAVAILABLE'
  | 'SYNC_FAILED'
  | 'USAGE';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly context: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, context: Record<string, unknown> = {}, options?: ErrorOptions) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
    this.context = Object.freeze({ ...context });
  }
}

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}

/** The one-line reason of any thrown value, for reports and logs. */
export function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}
