/**
 * "any istio day this year?", asked in a year that holds none of that kind: the line says none is announced and
 * the latest, then the events of other kinds the project was at that year (in the region named), dated; a year that
 * holds no event at all keeps the plain line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
const now = new Date('2026-12-07T12:00:00Z');
beforeAll(async () => {
  engine = await shippedService();
});

const line = (q: string): string | undefined => engine.answer(q, { now }).direct?.text;

describe('a year with no event of the kind asked', () => {
  it('names the events of other kinds held that year, in en and zh', () => {
    expect(line('will there be an istiocon in 2026?')).toBe(
      'No IstioCon in 2026 is announced; the latest: IstioCon China 2023: 26 September 2023, Shanghai (3 years ago); in 2026: KubeCon + CloudNativeCon Europe 2026: 23 to 26 March 2026, Amsterdam (9 months ago)',
    );
    expect(line('今年有没有 istio day')).toBe(
      '尚未公布 2026 年的 Istio Day；最近一场：Istio Day North America 2025：2025 年 11 月 10 日，亚特兰大（13 个月前）；2026 年举办的：KubeCon + CloudNativeCon Europe 2026：2026 年 3 月 23 日至 26 日，阿姆斯特丹（9 个月前）',
    );
  });

  it('keeps the plain line when the year holds no event at all', () => {
    expect(line('is there an istio day in 2027')).toBe('No Istio Day in 2027 is announced; the latest: Istio Day North America 2025: 10 November 2025, Atlanta (13 months ago)');
  });
});
