import type { FastifyInstance } from 'fastify';
import { messages } from '../../i18n/index.js';
import { toJson } from '../../present/index.js';
import { askWeb, read, type WebDeps } from '../ask.js';
import { openApiDocument } from '../openapi.js';
import { sendProblem } from '../problems.js';
import { apiAskQuery, langQuery } from '../query.js';
import { validQuery } from './validate.js';

interface ApiOptions extends WebDeps {
  retryAfterSeconds: number;
}

/**
 * The HTTP API. `/api/ask` returns exactly what `npm run ask -- --json` prints (the same `toJson`
 * of src/present), so a tool can switch between the two; `page` is the one addition, for paging.
 */
export function registerApi(app: FastifyInstance, options: ApiOptions): void {
  app.get('/api/ask', async (request, reply) => {
    const query = validQuery(apiAskQuery, request, reply);
    if (!query) return reply;
    const shown = await askWeb(options, { q: query.q, lang: query.lang, page: query.page, limit: query.limit, ip: request.ip });
    if (shown.kind === 'limited') {
      reply.header('retry-after', String(options.retryAfterSeconds));
      return sendProblem(request, reply, 429, 'rate_limited', messages('en').slowDown);
    }
    if (shown.kind === 'error') return sendProblem(request, reply, 500, 'internal', messages('en').error);
    return reply.header('cache-control', 'no-store').send(toJson(shown.answer));
  });

  app.get('/api/events', async (request, reply) => {
    const query = validQuery(langQuery, request, reply);
    if (!query) return reply;
    return reply.header('cache-control', 'no-store').send({ events: toJson(read(options, 'events', query.lang)).events });
  });

  const document = JSON.stringify(openApiDocument());
  app.get('/api/openapi.json', async (_request, reply) => reply.type('application/json; charset=utf-8').header('cache-control', 'public, max-age=300').send(document));
}
