import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('a track held at an event a place or year names (its ContribFest, its maintainer track)', () => {
  it('is asked for its session when nothing else or its topic is asked', () => {
    expect(understand('the 2025 contribfest in london, what did they do').ask).toBe('talks');
    expect(understand('盐湖城 维护者专场 的题目').ask).toBe('talks');
  });

  it('is still asked what it is when that is asked, with or without the place', () => {
    expect(understand('what is a contribfest, like the london one').ask).toBe('what-is');
    expect(understand('what is a contribfest anyway').ask).toBe('what-is');
  });

  it('gets the line naming its session', () => {
    expect(engine.answer('what did the salt lake city contribfest do').direct?.text).toBe(
      "Talks at KubeCon + CloudNativeCon North America 2024 ContribFest (1): Sidecarless Service Mesh: Let's Work Together on Istio V2",
    );
    expect(engine.answer('2024 巴黎 维护者专场 的主题').direct?.text).toMatch(/Maintainer Track 的演讲（1 场）：Istio 项目进展（Istio Project Update）/);
  });
});
