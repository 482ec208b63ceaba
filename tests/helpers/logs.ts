import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/log/index.js';

/** A real logger whose JSON lines land in `lines`, for tests that assert on what was logged. */
export function captureLogs(level: 'debug' | 'info' = 'info'): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger({
    level,
    destination: new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    }),
  });
  return { logger, lines };
}
