/** The held-out questions (eval/holdout.jsonl) and the second development set name real istio.io posts and take every key from them. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { parseQuestions } from '../../src/eval/index.js';

const root = resolve(loadConfig().istioContent);
if (!existsSync(join(root, 'en'))) throw new Error(`The istio.io content tree is missing at ${root}; set ISTIO_CONTENT.`);

const FILES = ['eval/holdout.jsonl', 'eval/holdout2.jsonl', 'eval/holdout3.jsonl', 'eval/dev2.jsonl', 'eval/dev3.jsonl', 'eval/dev4.jsonl', 'eval/dev5.jsonl', 'eval/dev6.jsonl'];

/** content/ holds the project's own posts (<lang>/events/<year>/…); every other post is an istio.io one. */
const fileOf = (post: string): string => (/^(en|zh)\/events\/\d{4}\//.test(post) ? join('content', `${post}.md`) : join(root, `${post}.md`));
const squash = (text: string): string => text.replace(/\s+/g, ' ').toLowerCase();

describe.each(FILES)('the question set %s against the istio.io corpus', (file) => {
  const questions = parseQuestions(readFileSync(file, 'utf8'), file);

  it('names only posts that exist', () => {
    const missing = questions.flatMap((question) => question.posts.filter((post) => !existsSync(fileOf(post))).map((post) => `${question.id}: ${post}`));
    expect(missing).toEqual([]);
  });

  it('copies every answer key from one of the posts its question names', () => {
    const unsupported = questions.flatMap((question) => {
      const texts = question.posts.filter((post) => existsSync(fileOf(post))).map((post) => squash(readFileSync(fileOf(post), 'utf8')));
      return question.keys.filter((key) => !texts.some((text) => text.includes(squash(key)))).map((key) => `${question.id}: ${key}`);
    });
    expect(unsupported).toEqual([]);
  });
});

/** The seventh development set (issue 13), in its own block: every post it names exists and holds one of its question's keys. */
describe('the question set eval/dev7.jsonl against the istio.io corpus', () => {
  it('names only posts that exist and copies every answer key from one of them', () => {
    const questions = parseQuestions(readFileSync('eval/dev7.jsonl', 'utf8'), 'eval/dev7.jsonl');
    const missing = questions.flatMap((question) => question.posts.filter((post) => !existsSync(fileOf(post))).map((post) => `${question.id}: missing ${post}`));
    const unsupported = questions.flatMap((question) => {
      const texts = question.posts.filter((post) => existsSync(fileOf(post))).map((post) => squash(readFileSync(fileOf(post), 'utf8')));
      return question.keys.filter((key) => !texts.some((text) => text.includes(squash(key)))).map((key) => `${question.id}: ${key}`);
    });
    expect([...missing, ...unsupported]).toEqual([]);
  });
});
