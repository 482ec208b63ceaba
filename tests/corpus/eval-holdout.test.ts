/** The held-out questions (eval/holdout.jsonl) and the second development set name real istio.io posts and take every key from them. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { parseQuestions } from '../../src/eval/index.js';

const root = resolve(loadConfig().istioContent);
if (!existsSync(join(root, 'en'))) throw new Error(`The istio.io content tree is missing at ${root}; set ISTIO_CONTENT.`);

const FILES = ['eval/holdout.jsonl', 'eval/holdout2.jsonl', 'eval/holdout3.jsonl', 'eval/dev2.jsonl', 'eval/dev3.jsonl', 'eval/dev4.jsonl', 'eval/dev5.jsonl', 'eval/dev6.jsonl', 'eval/dev7.jsonl', 'eval/dev8.jsonl', 'eval/dev9.jsonl', 'eval/dev10.jsonl', 'eval/dev11.jsonl', 'eval/dev12.jsonl', 'eval/dev13.jsonl', 'eval/dev14.jsonl', 'eval/dev15.jsonl', 'eval/dev16.jsonl', 'eval/dev17.jsonl', 'eval/dev18.jsonl', 'eval/dev22.jsonl', 'eval/dev21.jsonl', 'eval/dev19.jsonl', 'eval/dev20.jsonl', 'eval/dev23.jsonl', 'eval/dev25.jsonl', 'eval/dev26.jsonl', 'eval/dev27.jsonl', 'eval/dev24.jsonl', 'eval/dev28.jsonl', 'eval/dev29.jsonl', 'eval/dev31.jsonl', 'eval/dev32.jsonl', 'eval/dev30.jsonl', 'eval/dev35.jsonl', 'eval/dev34.jsonl', 'eval/dev33.jsonl', 'eval/dev39.jsonl', 'eval/dev37.jsonl', 'eval/dev38.jsonl', 'eval/dev40.jsonl', 'eval/dev41.jsonl', 'eval/dev36.jsonl', 'eval/dev42.jsonl', 'eval/dev45.jsonl', 'eval/dev44.jsonl', 'eval/dev46.jsonl', 'eval/dev43.jsonl', 'eval/dev53.jsonl', 'eval/dev51.jsonl', 'eval/dev50.jsonl', 'eval/dev48.jsonl', 'eval/dev49.jsonl', 'eval/dev52.jsonl', 'eval/dev47.jsonl', 'eval/dev56.jsonl', 'eval/dev55.jsonl', 'eval/dev59.jsonl', 'eval/dev58.jsonl', 'eval/dev54.jsonl', 'eval/dev57.jsonl', 'eval/dev60.jsonl', 'eval/dev61.jsonl', 'eval/dev62.jsonl', 'eval/dev63.jsonl', 'eval/dev65.jsonl', 'eval/dev67.jsonl', 'eval/dev68.jsonl', 'eval/dev64.jsonl', 'eval/dev66.jsonl', 'eval/dev69.jsonl', 'eval/dev70.jsonl', 'eval/dev72.jsonl', 'eval/dev73.jsonl', 'eval/dev71.jsonl', 'eval/dev74.jsonl', 'eval/dev75.jsonl', 'eval/dev76.jsonl', 'eval/dev77.jsonl', 'eval/dev78.jsonl'];

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

/** The eighth development set: each language's questions find a key in a post of that language. */
describe('the eighth development set eval/dev8.jsonl against the istio.io corpus', () => {
  const questions = parseQuestions(readFileSync('eval/dev8.jsonl', 'utf8'), 'eval/dev8.jsonl');
  const textOf = (post: string): string => (existsSync(fileOf(post)) ? squash(readFileSync(fileOf(post), 'utf8')) : '');

  it('answers each question with a key that a post in its own language holds', () => {
    const foreignOnly = questions.filter((question) => {
      const texts = question.posts.filter((post) => post.startsWith(`${question.lang}/`)).map(textOf);
      return !question.keys.some((key) => texts.some((text) => text.includes(squash(key))));
    });
    expect(foreignOnly.map((question) => question.id)).toEqual([]);
  });
});
