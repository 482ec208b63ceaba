import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/present/index.js';
import { answer, result } from '../helpers/answers.js';
import { stubService, testApp } from './app.js';

const LIMITS = { userBurst: 2, userPerSecond: 0.5, channelBurst: 30, channelPerSecond: 2 };

describe('web pages', () => {
  it('answers a question on the page: the passage with its marked words, its video and post links', async () => {
    const { app } = await testApp();
    const response = await app.inject('/?q=waypoint');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('<title>waypoint · Istio community events</title>');
    expect(response.body).toMatch(/<mark>waypoint/i);
    expect(response.body).toMatch(/<a class="link link-video" href="https:\/\/www\.youtube\.com\/watch\?v=\w+" rel="noopener">Video<\/a>/);
    expect(response.body).toMatch(/class="link link-post" href="https:\/\/istio\.io\/latest\/blog\/2031\//);
    expect(response.body).toContain('value="waypoint"');
  });

  it('shows help with its examples on the empty page, without counting it against the rate limit', async () => {
    const { app } = await testApp({ limits: { ...LIMITS, userBurst: 1 } });
    for (let i = 0; i < 3; i += 1) {
      const response = await app.inject('/');
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('Ask me about Istio community events');
      expect(response.body).toContain('href="./?q=ambient"');
    }
  });

  it('switches to Chinese: the page language, its own words and the answer labels', async () => {
    const { app } = await testApp();
    const response = await app.inject('/?q=keynote&lang=zh');
    expect(response.body).toContain('<html lang="zh-Hans">');
    expect(response.body).toContain('您的问题');
    expect(response.body).toContain('>视频</a>');
    expect(response.body).toContain('<input type="hidden" name="lang" value="zh">');
    expect(response.body).toContain('href="./?q=keynote&amp;lang=en"');
  });

  it('pages the passages: "More results" leads to the next page, which numbers on and links back', async () => {
    const many = Array.from({ length: 7 }, (_, index) => result({ id: `r${index}`, title: `Passage number ${index + 1}` }));
    const service = stubService((query, options) => {
      const offset = options.offset ?? 0;
      return answer({ query, results: many.slice(offset, offset + (options.limit ?? 3)), total: many.length, offset });
    });
    const { app } = await testApp({ service });
    const first = await app.inject('/?q=ambient');
    expect(first.body).toContain('Showing 1–3 of 7');
    expect(first.body).toContain('<a rel="next" class="more" data-more href="./?q=ambient&amp;page=2">More results</a>');
    const second = await app.inject('/?q=ambient&page=2');
    expect(second.body).toContain('<ol class="items" start="4" data-list="passages">');
    expect(second.body).toContain('Passage number 4');
    expect(second.body).not.toContain('Passage number 3');
    expect(second.body).toContain('rel="prev" href="./?q=ambient"');
    const last = await app.inject('/answer?q=ambient&page=3');
    expect(last.body).toMatch(/^<section id="answer"/);
    expect(last.body).toContain('Passage number 7');
    expect(last.body).not.toContain('data-more');
  });

  it('lists events: the upcoming first, then the past ones newest first, with place, dates, links and their talks', async () => {
    const { app } = await testApp();
    const body = (await app.inject('/events')).body;
    const upcoming = body.indexOf('id="upcoming"');
    const past = body.indexOf('id="past"');
    const montreal = body.indexOf('Istio Day North America 2032');
    const europe = body.indexOf('KubeCon + CloudNativeCon Europe 2031');
    expect(upcoming).toBeGreaterThan(0);
    expect(montreal).toBeGreaterThan(upcoming);
    expect(past).toBeGreaterThan(montreal);
    expect(europe).toBeGreaterThan(past);
    expect(body).toContain('in 5 days');
    expect(body).toContain('href="talks?event=Istio+Day+North+America+2032"');
  });

  it('lists the talks of an event and of a speaker, and says what to give when neither is', async () => {
    const { app } = await testApp();
    const event = await app.inject('/talks?event=montreal');
    expect(event.statusCode).toBe(200);
    expect(event.body).toContain('<h1>Talks: montreal</h1>');
    expect(event.body).toContain('data-list="talks"');
    const speaker = await app.inject('/talks?speaker=Mina%20Sato');
    expect(speaker.body).toContain('Mina Sato');
    expect(speaker.body).toContain('data-list="talks"');
    const none = await app.inject('/talks');
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('talks?speaker=');
  });
});

describe('web API', () => {
  it('/api/ask returns exactly the JSON of `npm run ask -- --json` (the same toJson of the same answer)', async () => {
    const { app, service } = await testApp();
    const response = await app.inject('/api/ask?q=keynote&limit=2');
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.json()).toEqual(JSON.parse(JSON.stringify(toJson(service.answer('keynote', { limit: 2, offset: 0 })))));
    const zh = await app.inject('/api/ask?q=keynote&lang=zh&page=2&limit=1');
    expect(zh.json()).toEqual(JSON.parse(JSON.stringify(toJson(service.answer('keynote', { limit: 1, offset: 1, lang: 'zh' })))));
  });

  it('/api/events lists every event with its links', async () => {
    const { app } = await testApp();
    const events = (await app.inject('/api/events')).json().events as Array<{ name: string; links: object }>;
    expect(events.map((event) => event.name)).toContain('Istio Day North America 2032');
    expect(events[0]).toHaveProperty('links.schedule');
  });

  it('refuses bad parameters with a JSON error naming the parameter', async () => {
    const { app } = await testApp();
    for (const [url, parameter] of [
      ['/api/ask', 'q'],
      ['/api/ask?q=x&limit=0', 'limit'],
      ['/api/ask?q=x&limit=two', 'limit'],
      ['/api/ask?q=x&lang=fr', 'lang'],
      ['/api/ask?q=x&page=1.5', 'page'],
      [`/api/ask?q=${'a'.repeat(1001)}`, 'q'],
      ['/api/ask?q=a&q=b', 'q'],
    ] as const) {
      const response = await app.inject(url);
      expect({ url, status: response.statusCode }).toEqual({ url, status: 400 });
      expect(response.json().error.code).toBe('bad_request');
      expect(response.json().error.message).toMatch(new RegExp(`^${parameter}: `));
    }
    const page = await app.inject('/?page=zero');
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('page: must be a number');
  });

  it('serves an OpenAPI 3.1 document whose every path answers', async () => {
    const { app } = await testApp();
    const document = (await app.inject('/api/openapi.json')).json();
    expect(document.openapi).toBe('3.1.0');
    for (const path of Object.keys(document.paths)) {
      const response = await app.inject(`${path}?q=ambient`);
      expect({ path, status: response.statusCode }).toEqual({ path, status: 200 });
    }
  });

  it('serves /healthz and /readyz from the shared health state', async () => {
    const { app, health } = await testApp();
    expect((await app.inject('/healthz')).json()).toMatchObject({ status: 'ok' });
    expect((await app.inject('/readyz')).statusCode).toBe(200);
    health.startDraining();
    const draining = await app.inject('/readyz');
    expect(draining.statusCode).toBe(503);
    expect(draining.json().reasons).toContain('shutting down');
  });
});

describe('web safety', () => {
  it('sends a strict CSP and other security headers, and pages hold no inline script, style or handler', async () => {
    const { app } = await testApp();
    for (const url of ['/', '/?q=waypoint', '/events', '/talks?event=montreal', '/nope', '/api/ask?q=x']) {
      const response = await app.inject(url);
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.body).not.toMatch(/<script(?![^>]*\bsrc=)/);
      expect(response.body).not.toMatch(/\son\w+=|\sstyle=|<style/);
      expect(response.body).not.toMatch(/(?:src|href)="(?:https?:)?\/\/(?!(?:www\.)?(?:youtube|istio|events|sched|speakerdeck))/);
    }
  });

  it('lets listed origins frame the page', async () => {
    const { app } = await testApp({ frameAncestors: ['https://istio.io'] });
    const response = await app.inject('/');
    expect(response.headers['content-security-policy']).toContain('frame-ancestors https://istio.io');
    expect(response.headers['x-frame-options']).toBeUndefined();
  });

  it('takes GET and HEAD only: other methods get 405 with Allow, as a page or as JSON', async () => {
    const { app } = await testApp();
    const head = await app.inject({ method: 'HEAD', url: '/?q=ambient' });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'] as const) {
      const page = await app.inject({ method, url: '/', payload: 'x'.repeat(10_000), headers: { 'content-type': 'text/plain' } });
      expect({ method, status: page.statusCode, allow: page.headers.allow }).toEqual({ method, status: 405, allow: 'GET, HEAD' });
      expect(page.body).toContain('Method not allowed');
      const api = await app.inject({ method, url: '/api/ask?q=x' });
      expect(api.json()).toEqual({ error: { code: 'method_not_allowed', message: `${method} is not allowed here; use GET or HEAD.` } });
    }
  });

  it('answers unknown addresses with a 404 page, or JSON under /api', async () => {
    const { app } = await testApp();
    const page = await app.inject('/nope');
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('Page not found');
    expect(page.body).toContain('href="./"');
    const api = await app.inject('/api/nope');
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not_found');
    expect((await app.inject('/static/nope.js')).statusCode).toBe(404);
  });

  it('rate-limits questions per client address like the bots: 429 with Retry-After, other clients unaffected', async () => {
    const { app } = await testApp({ limits: LIMITS, trustProxy: true });
    const from = (ip: string, url: string) => app.inject({ url, headers: { 'x-forwarded-for': ip } });
    expect((await from('203.0.113.1', '/api/ask?q=ambient')).statusCode).toBe(200);
    expect((await from('203.0.113.1', '/?q=ambient')).statusCode).toBe(200);
    const limited = await from('203.0.113.1', '/api/ask?q=ambient');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBe('2');
    expect(limited.json().error.code).toBe('rate_limited');
    const page = await from('203.0.113.1', '/?q=ambient');
    expect(page.statusCode).toBe(429);
    expect(page.headers['retry-after']).toBe('2');
    expect(page.body).toContain('You are asking faster than I can answer');
    expect((await from('203.0.113.2', '/api/ask?q=ambient')).statusCode).toBe(200);
    // The event list is a read, not a question.
    expect((await from('203.0.113.1', '/events')).statusCode).toBe(200);
  });

  it('sends no CORS headers unless WEB_CORS_ORIGINS lists the origin', async () => {
    const closed = (await testApp()).app;
    const none = await closed.inject({ url: '/api/ask?q=ambient', headers: { origin: 'https://istio.io' } });
    expect(none.headers['access-control-allow-origin']).toBeUndefined();
    const { app } = await testApp({ corsOrigins: ['https://istio.io'] });
    const allowed = await app.inject({ url: '/api/ask?q=ambient', headers: { origin: 'https://istio.io' } });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://istio.io');
    const other = await app.inject({ url: '/api/ask?q=ambient', headers: { origin: 'https://evil.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await app.inject({ method: 'OPTIONS', url: '/api/ask?q=ambient', headers: { origin: 'https://istio.io', 'access-control-request-method': 'GET' } });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-methods']).toBe('GET, HEAD');
  });

  it('logs a question as the bots do: its length, never its text', async () => {
    const { app, lines } = await testApp();
    await app.inject('/?q=secret%20plans%20waypoint');
    const line = lines.find((entry) => entry.event === 'question');
    expect(line).toMatchObject({ surface: 'web', queryLength: 'secret plans waypoint'.length });
    expect(JSON.stringify(lines)).not.toContain('secret plans');
  });
});
