import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuestions } from '../../src/eval/index.js';

const FILE = 'eval/dev.jsonl';
const questions = parseQuestions(readFileSync(FILE, 'utf8'), FILE);

/** The project's own posts (content/); the others are istio.io posts under ISTIO_CONTENT. */
const ownPost = (post: string): boolean => /^(en|zh)\/events\/\d{4}\//.test(post);
const squash = (text: string): string => text.replace(/\s+/g, ' ').toLowerCase();

describe('the development question set', () => {
  it('has the size and spread issue 13 asks for', () => {
    expect(questions.length).toBeGreaterThanOrEqual(170);
    expect(questions.filter((question) => question.lang === 'zh').length).toBeGreaterThanOrEqual(55);
    const intents = new Set(questions.map((question) => question.intent));
    for (const intent of ['when', 'where', 'who', 'how-many', 'slides', 'video', 'talks', 'schedule', 'cfp', 'register', 'results', 'next', 'buy', 'what-is', 'search']) {
      expect(intents, intent).toContain(intent);
    }
  });

  it('names only posts of content/ that exist', () => {
    const missing = questions.flatMap((question) => question.posts.filter((post) => ownPost(post) && !existsSync(join('content', `${post}.md`))));
    expect(missing).toEqual([]);
  });

  it('asks in Chinese when it says zh', () => {
    const notChinese = questions.filter((question) => question.lang === 'zh' && !/\p{Script=Han}/u.test(question.q));
    expect(notChinese.map((question) => question.id)).toEqual([]);
  });

  it('takes the keys of questions about content/ posts alone from those posts', () => {
    const ownOnly = questions.filter((question) => question.posts.every(ownPost));
    expect(ownOnly.length).toBeGreaterThan(0);
    const unsupported = ownOnly.filter((question) => {
      const texts = question.posts.map((post) => squash(readFileSync(join('content', `${post}.md`), 'utf8')));
      return !question.keys.some((key) => texts.some((text) => text.includes(squash(key))));
    });
    expect(unsupported.map((question) => question.id)).toEqual([]);
  });
});
