/**
 * Who hosted or chaired the Istio Day held before or after one named ("who ran the istio day that came before atlanta",
 * "伦敦之后那届 istio day 的主持人") is said of that one, not of the one named, whose passage ranks first. Today (6 December
 * 2026, shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';
import { BATTERY_NOW } from '../helpers/readings.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const lineOf = (question: string): string => engine.answer(question, { now: BATTERY_NOW }).direct?.text ?? '';

describe('who, of the event before or after one named', () => {
  it('quotes the hosts of the one found, in en and zh', () => {
    expect(lineOf('who were the hosts of the istio day before atlanta')).toMatch(/^Istio Day Europe 2025 in London: Keith Mattix and Denis Jannot chaired/);
    expect(lineOf('who hosted the istio day held after london')).toMatch(/^Istio Day North America 2025 in Atlanta: John Howard \(Solo\.io\) and Keith Mattix/);
    expect(lineOf('伦敦之后的那届 istio day 是谁主持')).toMatch(/^2025 年 Istio Day 北美站（亚特兰大）：主持人是 John Howard/);
  });

  it('gives no line of the one named when the one found names nobody', () => {
    expect(lineOf('who sponsored the istio day before london')).not.toMatch(/London|伦敦/);
  });
});
