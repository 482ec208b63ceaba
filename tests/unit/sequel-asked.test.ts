import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

const now = new Date('2026-12-06T09:00:00Z');
const line = (question: string): string | undefined => engine.answer(question, { now }).direct?.text;

describe('another ask of the event held before or after a past one', () => {
  it('answers who spoke or which talks of the one found, not of the one named', () => {
    // The Istio Day before Atlanta's was London's; the one after London's, Atlanta's.
    expect(line('who gave talks at the istio day held before atlanta')).toMatch(/^Speakers at Istio Day Europe 2025: /);
    expect(line('istio day after london: speakers?')).toMatch(/^Speakers at Istio Day North America 2025: /);
    expect(line('伦敦之后那届 istio day 的议题有哪些')).toMatch(/^Istio Day North America 2025.*的演讲/);
    expect(line('number of talks at the istio day after the amsterdam 2023 one')).toMatch(/^Talks at Istio Day North America 2023 \(14\)/);
  });

  it('stays with the event named when "before" or "after" looks past something inside it', () => {
    expect(line('who was on stage after the opening keynote at istio day london')).toMatch(/Istio Day Europe 2025/);
    expect(line('which talk came after lunch at istio day chicago')).toMatch(/Istio Day North America 2023/);
  });
});
