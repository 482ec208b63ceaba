import { MAX_LIMIT, MAX_PAGE, QUESTION_LIMIT } from './query.js';

const nullableString = { type: ['string', 'null'] };
const strings = { type: 'array', items: { type: 'string' } };
const lang = { type: 'string', enum: ['en', 'zh'] };

const schemas = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: { type: 'string', enum: ['bad_request', 'not_found', 'method_not_allowed', 'rate_limited', 'internal'] },
          message: { type: 'string', description: 'One line naming the problem and, for a bad parameter, the parameter.' },
        },
      },
    },
  },
  Result: {
    type: 'object',
    properties: {
      title: { type: 'string' },
      url: { type: 'string', description: 'The passage (the post, at its heading).' },
      heading: nullableString,
      text: { type: 'string', description: 'Plain text; escape it before putting it in HTML.' },
      lang,
      event: nullableString,
      date: nullableString,
      score: { type: 'number' },
      links: { type: 'object', properties: { videos: strings, slides: strings, schedule: strings, other: strings } },
    },
  },
  Talk: {
    type: 'object',
    properties: {
      title: { type: 'string' },
      speakers: strings,
      organisations: strings,
      people: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, organisation: nullableString } } },
      event: nullableString,
      date: nullableString,
      video: nullableString,
      slides: { ...nullableString, description: 'The talk’s own slides; never a schedule page.' },
      schedule: nullableString,
      url: { type: 'string' },
    },
  },
  Event: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      kind: { type: 'string' },
      city: nullableString,
      country: nullableString,
      venue: { ...nullableString, description: 'Where in the city it was held, as the posts of its language name it; null when none does.' },
      start: { ...nullableString, description: 'YYYY-MM-DD' },
      end: nullableString,
      parent: nullableString,
      url: { ...nullableString, description: 'The event’s newest post.' },
      links: { type: 'object', properties: { slides: strings, schedule: strings, recordings: strings, register: strings, cfp: strings, other: strings } },
    },
  },
  Answer: {
    type: 'object',
    description: 'Exactly what `npm run ask -- --json` prints (README "JSON output").',
    required: ['query', 'total', 'results', 'talks', 'events'],
    properties: {
      query: { type: 'string', description: 'The question as read (trimmed, cut to the maximum length).' },
      total: { type: 'integer', description: 'Passages that matched in all; `results` is one page of them.' },
      results: { type: 'array', items: { $ref: '#/components/schemas/Result' } },
      talks: { type: 'array', items: { $ref: '#/components/schemas/Talk' } },
      answer: {
        type: 'object',
        description: 'The fact itself with its source; absent when the posts do not state it.',
        properties: { text: { type: 'string' }, url: { type: 'string' }, lang },
      },
      events: { type: 'array', items: { $ref: '#/components/schemas/Event' } },
    },
  },
};

const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [String(code), { description: DESCRIPTIONS[code], content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }]));

const DESCRIPTIONS: Record<number, string> = {
  400: 'A parameter is missing or invalid.',
  429: 'Too many questions from this client; wait `Retry-After` seconds.',
  500: 'The question failed; it has been logged.',
};

const langParameter = { name: 'lang', in: 'query', required: false, schema: lang, description: 'Force the language of the results and the reply. Default: the question’s.' };

/** The API's OpenAPI 3.1 document, served at /api/openapi.json. */
export function openApiDocument(): object {
  return {
    openapi: '3.1.0',
    info: {
      title: 'istio-events',
      version: '1',
      description: 'Answers about Istio community events from the istio.io posts. Read-only (GET and HEAD); rate-limited per client address.',
    },
    paths: {
      '/api/ask': {
        get: {
          summary: 'Answer a question',
          parameters: [
            { name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 1, maxLength: QUESTION_LIMIT }, description: 'The question, with optional filters (`lang:zh`, `year:2024`, `event:"istio day"`).' },
            langParameter,
            { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 3 }, description: 'Passages per page.' },
            { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 }, description: 'Page of passages, from 1.' },
          ],
          responses: { '200': { description: 'The answer.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Answer' } } } }, ...errors(400, 429, 500) },
        },
      },
      '/api/events': {
        get: {
          summary: 'Every event the posts know, newest first',
          parameters: [langParameter],
          responses: {
            '200': { description: 'The events.', content: { 'application/json': { schema: { type: 'object', properties: { events: { type: 'array', items: { $ref: '#/components/schemas/Event' } } } } } } },
            ...errors(400),
          },
        },
      },
      '/healthz': { get: { summary: 'The process is up', responses: { '200': { description: 'Up.' } } } },
      '/readyz': { get: { summary: 'Questions can be answered now', responses: { '200': { description: 'Ready.' }, '503': { description: 'Not ready (starting, shutting down, no index).' } } } },
    },
    components: { schemas },
  };
}
