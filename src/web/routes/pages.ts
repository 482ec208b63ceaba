import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { messages } from '../../i18n/index.js';
import type { Lang } from '../../model/index.js';
import { askWeb, nowOf, presentPage, read, type WebDeps, type WebReply } from '../ask.js';
import { html, type SafeHtml } from '../html.js';
import type { PageState } from '../links.js';
import { sendProblem } from '../problems.js';
import { pageQuery, talksQuery } from '../query.js';
import { eventsHtml } from '../render/events.js';
import { answerHtml, browserLang } from '../render/home.js';
import { layout } from '../render/layout.js';
import { webWords } from '../words.js';
import { validQuery } from './validate.js';

interface PageOptions extends WebDeps {
  retryAfterSeconds: number;
}

/** The pages people read: `/` (the question box and its answer), `/answer` (the same answer alone, for the script), `/events`, `/talks`. */
export function registerPages(app: FastifyInstance, options: PageOptions): void {
  app.get('/', async (request, reply) => {
    const query = validQuery(pageQuery, request, reply);
    if (!query) return reply;
    const shown = await answerOf(options, request, query.q, query.lang, query.page);
    if (shown.kind !== 'answer') return sendFailure(request, reply, shown, options);
    const state: PageState = { q: query.q, lang: query.lang, ui: shown.ui, page: query.page };
    const body = html`${query.q ? null : intro(shown.ui)}${answerHtml(shown.presentation, state)}`;
    return sendPage(reply, layout({ ui: shown.ui, title: query.q || undefined, path: '', params: { q: query.q, page: pageParam(query.page) }, q: query.q, lang: query.lang, body }));
  });

  app.get('/answer', async (request, reply) => {
    const query = validQuery(pageQuery, request, reply);
    if (!query) return reply;
    const shown = await answerOf(options, request, query.q, query.lang, query.page);
    if (shown.kind !== 'answer') {
      // The script puts this in place of the answer, so it is the answer region, not a whole page.
      const ui = shown.lang;
      if (shown.kind === 'limited') reply.header('retry-after', String(options.retryAfterSeconds));
      reply.code(shown.kind === 'limited' ? 429 : 500);
      const text = shown.kind === 'limited' ? messages(ui).slowDown : messages(ui).error;
      return sendPage(reply, html`<section id="answer" class="answer" data-summary="${text}"><p class="note">${text}</p></section>`);
    }
    return sendPage(reply, answerHtml(shown.presentation, { q: query.q, lang: query.lang, ui: shown.ui, page: query.page }));
  });

  app.get('/events', async (request, reply) => {
    const query = validQuery(pageQuery.pick({ lang: true }), request, reply);
    if (!query) return reply;
    const ui = query.lang ?? browserLang(request.headers['accept-language']);
    const answer = read(options, 'events', ui);
    const body = eventsHtml(answer, ui, query.lang, nowOf(options));
    return sendPage(reply, layout({ ui, title: webWords(ui).events, path: 'events', params: {}, lang: query.lang, body }));
  });

  app.get('/talks', async (request, reply) => {
    const query = validQuery(talksQuery, request, reply);
    if (!query) return reply;
    const what = query.event?.trim() || query.speaker?.trim() || '';
    const params: Record<string, string> = query.event?.trim() ? { event: what } : { speaker: what };
    if (!what) {
      const ui = query.lang ?? browserLang(request.headers['accept-language']);
      reply.code(400);
      return sendPage(reply, layout({ ui, path: 'talks', params: {}, lang: query.lang, body: html`<h1>${webWords(ui).talksOf('')}</h1><p>${webWords(ui).talksHint}</p>` }));
    }
    const q = 'event' in params ? `talks ${what}` : `speaker ${what}`;
    const shown = await answerOf(options, request, q, query.lang, query.page);
    if (shown.kind !== 'answer') return sendFailure(request, reply, shown, options);
    const state: PageState = { q, lang: query.lang, ui: shown.ui, page: query.page };
    const title = webWords(shown.ui).talksOf(what);
    const body = html`<h1>${title}</h1>${answerHtml(shown.presentation, state, 'talks', params)}`;
    return sendPage(reply, layout({ ui: shown.ui, title, path: 'talks', params: { ...params, page: pageParam(query.page) }, lang: query.lang, body }));
  });
}

type Shown = { kind: 'answer'; ui: Lang; presentation: Parameters<typeof answerHtml>[0] } | Exclude<WebReply, { kind: 'answer' }>;

/** The answer to show: help for an empty box (a read, not a question), else the question through the Asker. */
async function answerOf(options: PageOptions, request: FastifyRequest, q: string, lang: Lang | undefined, page: number): Promise<Shown> {
  if (q.trim() === '') {
    const ui = lang ?? browserLang(request.headers['accept-language']);
    return { kind: 'answer', ui, presentation: presentPage(read(options, '', ui), 1, options) };
  }
  const reply = await askWeb(options, { q, lang, page, ip: request.ip });
  return reply.kind === 'answer' ? { kind: 'answer', ui: lang ?? reply.answer.lang, presentation: presentPage(reply.answer, page, options) } : reply;
}

function sendFailure(request: FastifyRequest, reply: FastifyReply, shown: Exclude<Shown, { kind: 'answer' }>, options: PageOptions): FastifyReply {
  if (shown.kind === 'limited') {
    reply.header('retry-after', String(options.retryAfterSeconds));
    return sendProblem(request, reply, 429, 'rate_limited', messages(shown.lang).slowDown);
  }
  return sendProblem(request, reply, 500, 'internal', messages(shown.lang).error);
}

function intro(ui: Lang): SafeHtml {
  const w = webWords(ui);
  return html`<h1 class="intro">${w.siteName}</h1><p class="tagline">${w.tagline}</p>`;
}

function pageParam(page: number): number | undefined {
  return page > 1 ? page : undefined;
}

function sendPage(reply: FastifyReply, page: SafeHtml): FastifyReply {
  return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(String(page));
}
