/**
 * English as a chat types it: "bday" is a birthday, and the verb "last" of "how long did … last" asks how long something
 * ran, not for the latest event.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('chat shorthand for a birthday', () => {
  it('finds the birthday the question names', () => {
    const answer = engine.answer('istio 4th bday community meetup, at what time?');
    expect(answer.direct?.text ?? answer.results[0]?.text).toMatch(/10:00 Pacific|10 am Pacific/);
    expect(understand('b-day celebration 2024').rest).toContain('birthday');
  });
});

describe('"last" as a verb', () => {
  it('asks for no latest event', () => {
    expect(understand('how long did the twitch stream last').time).toBeNull();
    expect(understand('how long did the last istio day last?').time).toBe('latest');
    expect(understand('when was the last istio day').time).toBe('latest');
  });

  it('answers with the stream the question names, not the newest posts', () => {
    expect(engine.answer('how long did the twitch stream last?').results[0]?.title).toMatch(/Twitch/);
  });
});
