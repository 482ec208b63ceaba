import type { FastifyReply, FastifyRequest } from 'fastify';
import { messages } from '../i18n/index.js';
import type { Lang } from '../model/index.js';
import { browserLang } from './render/home.js';
import { errorPage } from './render/pages.js';
import { webWords } from './words.js';

/** Codes of API errors: stable strings a client can switch on (docs/web.md lists them). */
export type ProblemCode = 'bad_request' | 'not_found' | 'method_not_allowed' | 'rate_limited' | 'internal';

/** The API and the health endpoints answer in JSON; everything else is a page. */
export function isApi(request: FastifyRequest): boolean {
  return /^\/(?:api\/|healthz|readyz)/.test(request.url);
}

/** The language of an error page: `?lang=` when valid, else the browser's. */
function requestLang(request: FastifyRequest): Lang {
  const lang = (request.query as Record<string, unknown> | undefined)?.lang;
  return lang === 'en' || lang === 'zh' ? lang : browserLang(request.headers['accept-language']);
}

/** One error, as `{"error":{"code","message"}}` for the API or as a short page for people. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, status: number, code: ProblemCode, message: string): FastifyReply {
  reply.code(status).header('cache-control', 'no-store');
  if (isApi(request)) return reply.type('application/json; charset=utf-8').send({ error: { code, message } });
  const ui = requestLang(request);
  const w = webWords(ui);
  const [title, text] =
    code === 'not_found'
      ? [w.notFound, w.notFoundText]
      : code === 'method_not_allowed'
        ? [w.notAllowed, w.notAllowedText]
        : code === 'rate_limited'
          ? [w.tooMany, messages(ui).slowDown]
          : code === 'internal'
            ? [w.failed, messages(ui).error]
            : [w.badRequest, message];
  return reply.type('text/html; charset=utf-8').send(String(errorPage(ui, '', title, text)));
}
