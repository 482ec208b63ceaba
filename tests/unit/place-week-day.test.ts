/**
 * A when question naming a place alone ("when was the one in paris", "芝加哥是几号") stands for the conference held there; the
 * project's own Istio Day held within that week, dated apart, is said beside the conference's dates. A kind named
 * ("kubecon paris when") or a where question keeps the one event's line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
const now = new Date('2026-12-07T12:00:00Z');
beforeAll(async () => {
  engine = await shippedService();
});

describe('the istio day of a place named alone', () => {
  it('is dated beside its conference, in en and zh', () => {
    expect(engine.answer('what dates was the london one', { now }).direct?.text).toBe('KubeCon + CloudNativeCon Europe 2025: 1 to 4 April 2025, London; Istio Day Europe 2025: 1 April 2025');
    expect(engine.answer('巴黎那次是哪几天', { now }).direct?.text).toBe('KubeCon + CloudNativeCon Europe 2024：2024 年 3 月 19 日至 22 日，巴黎；Istio Day Europe 2024：2024 年 3 月 19 日');
  });

  it('is not added when a kind is named or the place is asked', () => {
    expect(engine.answer('kubecon london dates', { now }).direct?.text).toBe('KubeCon + CloudNativeCon Europe 2025: 1 to 4 April 2025, London');
    expect(engine.answer('where was the paris one', { now }).direct?.text ?? '').not.toMatch(/Istio Day/);
  });
});
