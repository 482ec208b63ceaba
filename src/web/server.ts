import { readFileSync } from 'node:fs';
import cors from '@fastify/cors';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { Logger } from '../log/index.js';
import type { Health } from '../ops/health.js';
import type { WebDeps } from './ask.js';
import { registerApi } from './routes/api.js';
import { registerPages } from './routes/pages.js';
import { isApi, sendProblem } from './problems.js';
import { securityHeaders } from './security.js';

export interface WebAppOptions extends WebDeps {
  health: Health;
  logger: Logger;
  /** What a rate-limited client is told to wait, in seconds (`Retry-After`). */
  retryAfterSeconds: number;
  /** Origins whose pages may call the API from a browser (`WEB_CORS_ORIGINS`); empty: no CORS. */
  corsOrigins: readonly string[];
  /** Origins allowed to frame the pages (`WEB_FRAME_ANCESTORS`); empty: none. */
  frameAncestors: readonly string[];
  /** Which proxies' `X-Forwarded-For` to believe for the client address (`WEB_TRUST_PROXY`). Default: none. */
  trustProxy?: boolean | number | string;
}

/** Largest request body accepted; the site reads nothing from bodies, so this only bounds abuse. */
const BODY_LIMIT = 1_024;
const READ_METHODS = new Set(['GET', 'HEAD']);

/** A hop count means: believe that many proxies in front of us (the nearest hops), as proxy-addr does. */
function trustOf(setting: boolean | number | string | undefined): boolean | string | ((address: string, hop: number) => boolean) {
  if (typeof setting !== 'number') return setting ?? false;
  return (_address, hop) => hop < setting;
}

/** The same-origin files the pages load, read once: the CSP allows nothing else. */
const ASSETS: Record<string, { type: string; body: Buffer }> = {
  'app.js': { type: 'text/javascript; charset=utf-8', body: asset('app.js') },
  'style.css': { type: 'text/css; charset=utf-8', body: asset('style.css') },
  'icon.svg': { type: 'image/svg+xml', body: asset('icon.svg') },
};

function asset(name: string): Buffer {
  // src/web and dist/web are both two folders below the project root, so this finds the file from either.
  return readFileSync(new URL(`../../src/web/assets/${name}`, import.meta.url));
}

/**
 * The web surface's HTTP application: pages, the API, health, assets; the rules every response
 * follows (read-only methods, security headers, errors as a page or as JSON) are hooks here.
 */
export async function createWebApp(options: WebAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    trustProxy: trustOf(options.trustProxy),
    bodyLimit: BODY_LIMIT,
    // A slow or stuck client cannot hold a socket for long; answers take well under a second.
    requestTimeout: 10_000,
    connectionTimeout: 10_000,
    return503OnClosing: true,
  });
  const headers = securityHeaders({ frameAncestors: options.frameAncestors });
  const corsOn = options.corsOrigins.length > 0;
  const allow = corsOn ? 'GET, HEAD, OPTIONS' : 'GET, HEAD';

  app.addHook('onRequest', async (request, reply) => {
    reply.headers(headers);
    if (READ_METHODS.has(request.method) || (corsOn && request.method === 'OPTIONS' && isApi(request))) return;
    reply.header('allow', allow);
    return sendProblem(request, reply, 405, 'method_not_allowed', `${request.method} is not allowed here; use GET or HEAD.`);
  });

  if (corsOn) {
    await app.register(cors, {
      // Only the API is meant to be read from other sites; pages are embedded with a frame, not fetched.
      origin: [...options.corsOrigins],
      methods: ['GET', 'HEAD'],
      maxAge: 600,
    });
  }

  app.get('/static/:name', async (request, reply) => {
    const file = ASSETS[(request.params as { name: string }).name];
    if (!file) return sendProblem(request, reply, 404, 'not_found', 'No such file.');
    return reply.type(file.type).header('cache-control', 'public, max-age=300').send(file.body);
  });
  app.get('/healthz', async (_request, reply) => reply.header('cache-control', 'no-store').send(options.health.liveness()));
  app.get('/readyz', async (_request, reply) => {
    const readiness = options.health.readiness();
    return reply.code(readiness.ready ? 200 : 503).header('cache-control', 'no-store').send(readiness);
  });
  registerPages(app, options);
  registerApi(app, options);

  app.setNotFoundHandler((request, reply) => sendProblem(request, reply, 404, 'not_found', `Nothing at ${request.url.split('?')[0]}.`));
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) options.logger.error({ event: 'web_request_failed', err: error }, 'web request failed');
    return sendProblem(request, reply, status, status === 500 ? 'internal' : 'bad_request', status === 500 ? 'Something went wrong; it has been logged.' : error.message);
  });
  return app;
}

export type { FastifyInstance };
