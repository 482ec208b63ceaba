/**
 * "which sessions were planned for the first istiocon": plans said of an edition the question picks (the first, the latest)
 * are that edition's; "planned" alone still asks for the next one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('plans of an edition picked', () => {
  it('are read as of that edition', () => {
    expect(understand('which sessions were planned for the first istiocon').time).toBe('first');
    expect(understand('首届 istiocon 计划中有哪些议题').time).toBe('first');
    expect(understand('what had they planned for their newest istio day').time).toBe('latest');
  });

  it('still ask for the next one when no edition is picked', () => {
    expect(understand('any istio events planned').time).toBe('next');
    expect(understand('sessions planned for the next istio day').time).toBe('next');
  });

  it('are answered with that edition, not with the next event to come', () => {
    const line = engine.answer('which sessions were planned for the first istiocon').direct?.text ?? '';
    expect(line).toMatch(/IstioCon 2021/);
    expect(line).not.toMatch(/No upcoming event/);
  });
});
