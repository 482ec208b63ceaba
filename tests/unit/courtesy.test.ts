import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';
import { readingOf } from '../helpers/readings.js';

/**
 * Greetings, thanks and a softening 呢 around a question ask nothing: the question reads, and is
 * answered, as it does without them.
 */
const ENGLISH = ['who is izzy, the mascot', 'istio day?', 'when did istio day paris take place', 'ambient talks at kubecon london', 'how many people came to the first istiocon', 'where could i get a copy of the izzy book'];
const CHINESE = ['izzy 是谁', '伦敦 istio day 是哪天', 'istiocon 2022 有多少场演讲', '在哪里可以买到 izzy 的书'];
const AROUND_ENGLISH = [(q: string) => `hey, ${q}`, (q: string) => `${q} thanks`, (q: string) => `${q} pls`, (q: string) => `does anyone know ${q}`, (q: string) => `can someone tell me ${q}`, (q: string) => `${q}, thank you so much!`, (q: string) => `i want to know ${q}`, (q: string) => `I'd like to know ${q}`, (q: string) => `just wondering, ${q}`, (q: string) => `could you let me know ${q}`, (q: string) => `let me know ${q}`, (q: string) => `would someone please tell me ${q}`, (q: string) => `${q} anyway`, (q: string) => `${q}, btw`];
const AROUND_CHINESE = [(q: string) => `${q}，谢谢`, (q: string) => `${q}呢？`, (q: string) => `${q}，多谢！`, (q: string) => `请问${q}呢`, (q: string) => `有人知道${q}吗？`, (q: string) => `你知道${q}吗`, (q: string) => `您好，想请教一下${q}`, (q: string) => `麻烦问一下，${q}`, (q: string) => `大家好，我想问下${q}`];

describe('what is said around a question', () => {
  const cases = [...ENGLISH.flatMap((q) => AROUND_ENGLISH.map((around) => [q, around(q)])), ...CHINESE.flatMap((q) => AROUND_CHINESE.map((around) => [q, around(q)]))];
  it.each(cases)('"%s" reads the same as "%s"', (plain, wrapped) => {
    expect(readingOf(wrapped)).toEqual(readingOf(plain));
  });

  it('keeps the question mark after a closing "anyway" or "btw": a term alone with it asks what the term is', () => {
    expect(readingOf('izzy anyway?')).toEqual(readingOf('izzy?'));
    expect(readingOf('what is the maintainer track, btw?')).toEqual(readingOf('what is the maintainer track?'));
  });

  it('reads a chat filler before a clause of context ("anyway, the…") as asking nothing', () => {
    expect(readingOf('who is izzy anyway, the mascot')).toEqual(readingOf('who is izzy, the mascot'));
    expect(readingOf('when did istio day paris take place btw, the first one')).toEqual(readingOf('when did istio day paris take place, the first one'));
    expect(understand('what is the maintainer track tbh, the kubecon one').words.groups.map((group) => group.word)).not.toContain('tbh');
  });

  it('keeps a question that is nothing but thanks', () => {
    expect(understand('thanks').rest).toBe('thanks');
    expect(understand('谢谢').rest).toBe('谢谢');
  });
});

describe('answers with thanks or a greeting around the question', () => {
  let engine: Answerer;
  beforeAll(async () => {
    engine = await shippedService();
  });
  const shown = (answer: Answer) => ({ direct: answer.direct?.text, talks: answer.talks.map((talk) => talk.title), first: answer.results[0]?.text });

  it('counts what is asked though thanks follow the measure word', () => {
    const question = '芝加哥 istio day 被请上台的贡献者一共有多少位';
    expect(engine.answer(question).direct?.text).toContain('20');
    expect(shown(engine.answer(`${question}，谢谢`))).toEqual(shown(engine.answer(question)));
  });

  it('reads a command after a greeting as the command', () => {
    expect(shown(engine.answer('hey, talks by lin sun at kubecon na 2023'))).toEqual(shown(engine.answer('talks by lin sun at kubecon na 2023')));
    expect(engine.answer('ok talks istio day europe 2025').intent).toBe('talks');
    const none = engine.answer('hi, speaker jose');
    expect(none.suggestions.length).toBeGreaterThan(0);
    expect(none.suggestions.every((suggestion) => suggestion.startsWith('speaker '))).toBe(true);
  });
});
