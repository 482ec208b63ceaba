/**
 * A country named as where an event was ("the istio day in the uk", "荷兰最近的 istio 活动") stands for the one city of that
 * country events were held in, rather than being no place at all (the latest Istio Day anywhere, Atlanta). The names are
 * read in questions only: "autotrader uk", a company the posts name, is searched as it was. Today (6 December 2026).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';
import { BATTERY_NOW } from '../helpers/readings.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const lineOf = (question: string): string => engine.answer(question, { now: BATTERY_NOW }).direct?.text ?? '';

describe('a country named for the place of an event', () => {
  it('is the city of that country', () => {
    expect(understand('most recent istio day held in britain').entities.cities).toEqual(['London']);
    expect(lineOf('most recent istio day held in britain')).toMatch(/^Istio Day Europe 2025: 1 April 2025, (?:ExCeL )?London/);
    expect(lineOf('what was the last istio event in holland')).toMatch(/^KubeCon \+ CloudNativeCon Europe 2026: 23 to 26 March 2026, Amsterdam/);
    expect(lineOf('在法国办的那届 istio day 是几号')).toMatch(/^Istio Day Europe 2024：2024 年 3 月 19 日/);
  });

  it("is said by the country's adjective too, as a conference is called by where it was", () => {
    expect(understand('keynotes at the dutch kubecon of 2023').entities.cities).toEqual(['Amsterdam']);
    expect(lineOf('what date was the french istio day')).toMatch(/^Istio Day Europe 2024: 19 March 2024/);
    expect(lineOf('when did the british istio day happen')).toMatch(/^Istio Day Europe 2025: 1 April 2025/);
  });

  it('is not searched for as the city: a company named with it keeps its own passages first', () => {
    expect(engine.answer('autotrader uk istio', { now: BATTERY_NOW }).results[0]?.title).toMatch(/7th birthday/i);
  });
});
