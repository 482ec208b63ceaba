/**
 * Schedule, registration and price lines of an event named by its place alone, by a time word, or already held:
 * a place of several editions gets its latest edition's schedule, named; a past event's registration line says it
 * was held and when.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('a schedule asked of a city several editions were held in', () => {
  it("is the latest edition's that has one, named, in en and zh (a track held at it is no other kind of event)", () => {
    expect(engine.answer('kubecon amsterdam agenda').direct?.text).toBe('Schedule of KubeCon + CloudNativeCon Europe 2026');
    expect(engine.answer('阿姆斯特丹 kubecon 的日程').direct?.text).toBe('KubeCon + CloudNativeCon Europe 2026 的日程');
  });

  it('is asked with 排期 as with 日程', () => {
    expect(engine.answer('istio day 北美 排期').direct?.text).toBe(engine.answer('istio day 北美 日程').direct?.text);
    expect(engine.answer('istio day 北美 排期').direct?.text).toMatch(/的日程$/);
  });
});

describe('the registration line of an event already held', () => {
  it('says when it was held and that it is over, in en and zh', () => {
    expect(engine.answer('can i still sign up for istiocon 2022').direct?.text).toMatch(/ of IstioCon 2022 \(held 25 to 29 April 2022, now over\)$/);
    expect(engine.answer('register for the first istiocon').direct?.text).toMatch(/ of IstioCon 2021 \(began 22 February 2021, now over\)$/);
    expect(engine.answer('istiocon 2022 现在还能注册吗').direct?.text).toMatch(/^IstioCon 2022 的.*（已于 2022 年 4 月 25 日至 29 日举办，活动已结束）$/);
  });
});

describe('a talk whose title is typed with a word that also names events', () => {
  it('gets its slides, not no line between it and another talk on Envoy', () => {
    expect(engine.answer('envoy 原理介绍及线上问题采坑 的 ppt 在哪').direct?.text).toMatch(/^“Envoy ?原理介绍及线上问题采坑”的幻灯片（Istio Meetup China 2021）$/);
  });
});
