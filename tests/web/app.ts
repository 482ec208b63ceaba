import type { Answer, AnswerOptions, QueryService } from '../../src/answer/index.js';
import { Asker, RateLimiter } from '../../src/app/index.js';
import type { RateLimitConfig } from '../../src/config/index.js';
import { Health } from '../../src/ops/index.js';
import { createWebApp, type WebAppOptions } from '../../src/web/index.js';
import { fixtureService } from '../helpers/engine.js';
import { captureLogs } from '../helpers/logs.js';
// "Today" for the web tests as for every surface's: the fixture's Istio Day North America 2032 is five days away.
import { NOW } from '../helpers/surfaces.js';

export interface TestAppOptions extends Partial<Omit<WebAppOptions, 'asker' | 'logger' | 'health'>> {
  /** Rate limits of the Asker; none when absent. */
  limits?: RateLimitConfig;
}

/** The web app over `service` (default: the real engine on the fixture posts), as `npm start` builds it. */
export async function testApp(options: TestAppOptions = {}) {
  const service = options.service ?? (await fixtureService());
  const { logger, lines } = captureLogs();
  const asker = new Asker({ service, logger, limiter: options.limits ? new RateLimiter(options.limits) : undefined });
  const health = new Health({ index: () => ({ formatVersion: 1, contentHash: null, dataHash: null, posts: 3, passages: 10, loadedAt: NOW.toISOString() }) });
  health.setAdapter('web', 'connected');
  const app = await createWebApp({
    corsOrigins: [],
    frameAncestors: [],
    retryAfterSeconds: 2,
    now: () => NOW,
    ...options,
    service,
    asker,
    health,
    logger,
  });
  return { app, lines, health, service };
}

/** A query service that gives `make(question, options)` for every question: the web is tested on exactly that data. */
export function stubService(make: (question: string, options: AnswerOptions) => Answer): QueryService {
  return { answer: (question, options = {}) => make(question, options), eventNames: () => [] };
}
