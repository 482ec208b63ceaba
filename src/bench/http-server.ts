/**
 * The web surface in the bench's child process (`child.ts web <index>`) for the HTTP row: the same app `npm start` serves, on the
 * index given, without rate limits (the load generator is one client) and without log lines.
 * Prints {"kind":"listening","port":N} and serves until killed.
 */
import { Asker } from '../app/index.js';
import { createLogger } from '../log/index.js';
import { Health } from '../ops/index.js';
import { Answerer } from '../answer/index.js';
import { createWebApp } from '../web/index.js';

export async function serveWeb(dir: string): Promise<void> {
  const engine = await Answerer.load(dir);
  const logger = createLogger({ level: 'silent' });
  const health = new Health({ index: () => null });
  const app = await createWebApp({ service: engine, asker: new Asker({ service: engine, logger }), health, logger, retryAfterSeconds: 1, corsOrigins: [], frameAncestors: [] });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  process.stdout.write(`${JSON.stringify({ kind: 'listening', port: typeof address === 'object' && address ? address.port : 0 })}\n`);
}

