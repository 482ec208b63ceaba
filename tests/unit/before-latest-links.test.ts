/**
 * "上上届 istio day 欧洲 ppt", "the penultimate istio day europe video": a word that says "the one before the latest" whole
 * picks that edition for a link asked, as it does for when and where; not the latest, whose slides page another
 * question would get.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const NOW = new Date('2026-12-08T00:00:00Z');
const line = (question: string): string => engine.answer(question, { now: NOW }).direct?.text ?? '';

describe('a link of the edition before the latest', () => {
  it('is asked of that edition, in zh and en', () => {
    expect(line('上上届 istio day 欧洲 ppt')).toBe('文章中没有 Istio Day Europe 2024 的幻灯片链接');
    expect(line('the penultimate istio day europe video')).toBe('The posts link no recordings of Istio Day Europe 2024');
    expect(line('second to last istio day europe slides')).toBe('The posts link no slides of Istio Day Europe 2024');
  });

  it('leaves the edition the latest is, when no word looks before it', () => {
    expect(line('latest istio day europe slides')).not.toContain('2024');
  });
});
