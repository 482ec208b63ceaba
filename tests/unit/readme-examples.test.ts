import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Answerer } from '../../src/answer/index.js';
import { saysSlidesOnSchedule } from '../../src/domain/index.js';
import { shippedService } from '../helpers/engine.js';

/**
 * Every example question in the README is asked here, against the shipped index, and must answer
 * what a reader of the README expects: the question is read from README.md itself, so an example
 * added there is tested without touching this file.
 */
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** `npm run ask -- [options] <question>` lines: the question without the options. */
function askLines(): string[] {
  const options = /^(?:--(?:lang|limit|index|offset)\s+\S+|--json)\s*/;
  return [...README.matchAll(/npm run (?:-s )?ask -- (.+?)(?:\s+#.*)?$/gm)].map((match) => {
    let rest = (match[1] ?? '').replace(/^"|"$/g, '');
    while (options.test(rest)) rest = rest.replace(options, '');
    return rest.replace(/^"|"$/g, '').trim();
  }).filter((question) => !question.includes('<'));
}

/** Code spans of the intro's "Ask …" sentence and of the table of what a question can hold, placeholders (`<event>`) left out. */
function spans(): string[] {
  const table = README.split('\n').filter((line) => line.startsWith('|') && line.includes('`'));
  const found = [INTRO, ...table].flatMap((line) => [...line.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ''));
  // Placeholders (`<event>`, "a quoted phrase") and paths (`src/i18n`) are no questions.
  return found.filter((span) => !span.includes('<') && span !== '"a quoted phrase"' && !/^[\w.-]+\/[\w./-]*$/.test(span));
}

/** The intro's sentence, which promises each answer's slides. */
const INTRO = /Ask (`[^\n]+)/.exec(README)?.[1] ?? '';
const EXAMPLES = [...new Set([...spans(), ...askLines()])];

/** The slides, or the schedule page the first passage says holds them (a schedule is never called slides). */
const slidesShown = (answer: Answer): boolean => {
  const [first] = answer.results;
  return Boolean(answer.direct) || (first !== undefined && (first.links.slides.length > 0 || saysSlidesOnSchedule(first.text, first.links))) || answer.talks.some((talk) => talk.slides);
};

/** What each kind of example must answer. */
function expectAnswers(question: string, answer: Answer): void {
  const command = question.split(/\s+/)[0]?.toLowerCase();
  if (command === 'help' || /^lang:\w+$/.test(question)) {
    expect(answer.intent).toBe('help');
    expect(answer.suggestions.length).toBeGreaterThan(0);
  } else if (command === 'events') {
    expect(answer.events.length).toBeGreaterThan(0);
    const year = /\b\d{4}\b/.exec(question)?.[0];
    if (year) expect(answer.events.every((event) => event.start?.startsWith(year))).toBe(true);
  } else if (command === 'next') {
    // With no upcoming event the line says so and names the latest; never empty.
    expect(answer.events.length > 0 || answer.direct !== undefined).toBe(true);
  } else if (command === 'talks' || command === 'speaker') {
    expect(answer.talks.length).toBeGreaterThan(0);
  } else if (/^(year|event):/.test(question)) {
    expect(answer.events.length + answer.talks.length).toBeGreaterThan(0);
  } else {
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results[0]?.lang).toBe(answer.lang);
  }
  if (INTRO.includes(`\`${question}\``) && /slides|幻灯片/i.test(question)) expect(slidesShown(answer)).toBe(true);
  if (/paris|巴黎/i.test(question)) expect(answer.results[0]?.event).toBe('Istio Day Europe 2024');
  if (/伦敦|london/i.test(question)) expect(answer.results[0]?.event).toBe('Istio Day Europe 2025');
}

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('README examples', () => {
  it('finds the examples in the README', () => {
    expect(EXAMPLES).toEqual(expect.arrayContaining(['ambient', 'istio day paris slides', '伦敦 Istio Day 幻灯片', 'talks atlanta', 'year:2024']));
  });

  for (const question of EXAMPLES) {
    it(`"${question}" answers what the README promises`, () => {
      expectAnswers(question, engine.answer(question));
    });
  }
});
