import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { WebConfig } from '../config/index.js';
import type { Logger } from '../log/index.js';
import type { Health } from '../ops/health.js';
import type { WebDeps } from './ask.js';
import { createWebApp } from './server.js';

export interface WebSurfaceOptions extends WebDeps {
  config: WebConfig;
  /** The port to listen on (0: any free one). */
  port: number;
  health: Health;
  logger: Logger;
  /** Seconds a rate-limited client is told to wait. */
  retryAfterSeconds: number;
}

export interface WebSurface {
  /** Listening and answering once this resolves. */
  start(): Promise<void>;
  /** Takes no new connections, finishes the requests under way, closes idle keep-alive sockets. */
  stop(): Promise<void>;
  /** The port listened on (the real one when configured as 0); undefined before start. */
  readonly port: number | undefined;
}

/** The web surface as the composition root starts and stops it, beside Slack and Discord. */
export function createWebSurface(options: WebSurfaceOptions): WebSurface {
  let app: FastifyInstance | undefined;
  let port: number | undefined;
  return {
    get port() {
      return port;
    },
    async start() {
      app = await createWebApp({
        ...options,
        corsOrigins: options.config.corsOrigins,
        frameAncestors: options.config.frameAncestors,
        trustProxy: options.config.trustProxy,
      });
      // Every IPv4 interface unless told otherwise (Fastify alone would listen on localhost only).
      await app.listen({ port: options.port, host: options.config.host ?? '0.0.0.0' });
      port = (app.server.address() as AddressInfo).port;
      options.logger.info({ event: 'web_listening', port, host: options.config.host }, 'web pages and API listening');
    },
    async stop() {
      await app?.close();
    },
  };
}
