/**
 * Eval question sets, read from JSON lines in either of two shapes and turned into one:
 * - the old shape (`../shared/eval/questions.jsonl`): `expect.links_any` / `expect.text_any`;
 * - the development shape (`eval/dev.jsonl`): an `intent`, the expected `posts` and `answer_any` keys.
 */
import { z } from 'zod';
import { AppError } from '../errors/index.js';

/** What a question asks for (issue 13); `search` is a plain topic search. */
const INTENTS = [
  'when',
  'where',
  'who',
  'how-many',
  'slides',
  'video',
  'talks',
  'schedule',
  'cfp',
  'register',
  'results',
  'next',
  'buy',
  'what-is',
  'search',
] as const;
export type EvalIntent = (typeof INTENTS)[number];

const lang = z.enum(['en', 'zh']);

/** Other fields of the old shape (`type`, `source`) are ignored. */
const legacySchema = z.object({
  id: z.string().min(1),
  q: z.string().min(1),
  lang,
  expect: z.object({ links_any: z.array(z.string()).default([]), text_any: z.array(z.string()).default([]) }),
});

const devSchema = z.strictObject({
  id: z.string().min(1),
  q: z.string().min(1),
  lang,
  intent: z.enum(INTENTS),
  expect: z.strictObject({
    posts: z.array(z.string().regex(/^(en|zh)\/.+\.md$/, 'a post path like en/blog/2023/x/index.md')).min(1),
    answer_any: z.array(z.string().trim().min(1)).min(1),
  }),
  source: z.string().min(1),
});

/**
 * One question in the shape the eval scores. `posts` are post ids (content-root paths without `.md`,
 * as `Passage.postId`); empty for the old shape, whose `links`/`texts` are its only evidence.
 */
export interface EvalQuestion {
  id: string;
  q: string;
  lang: 'en' | 'zh';
  /** `null` for the old shape, which has no intents. */
  intent: EvalIntent | null;
  posts: string[];
  /** The old shape: an expected link (any spelling of it) or an expected phrase in the text. */
  legacy: { links: string[]; texts: string[] } | null;
  /** The new shape: strings any one of which must appear in the text or a link shown. */
  keys: string[];
}

const problem = (error: z.ZodError): string => {
  const issue = error.issues[0];
  return `${issue?.path.join('.') || 'question'}: ${issue?.message ?? 'invalid'}`;
};

/** The question of one parsed line, or what is wrong with it. */
function fromLine(json: unknown): EvalQuestion | string {
  if (typeof json === 'object' && json !== null && 'intent' in json) {
    const parsed = devSchema.safeParse(json);
    if (!parsed.success) return problem(parsed.error);
    const { id, q, lang: language, intent, expect } = parsed.data;
    return { id, q, lang: language, intent, posts: expect.posts.map((post) => post.replace(/\.md$/, '')), legacy: null, keys: expect.answer_any };
  }
  const parsed = legacySchema.safeParse(json);
  if (!parsed.success) return problem(parsed.error);
  const { id, q, lang: language, expect } = parsed.data;
  return { id, q, lang: language, intent: null, posts: [], legacy: { links: expect.links_any, texts: expect.text_any }, keys: [] };
}

/** Reads a JSON-lines question set (blank lines ignored); a bad line fails with the file, its number and the reason. */
export function parseQuestions(text: string, source = 'questions'): EvalQuestion[] {
  const questions: EvalQuestion[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${source} line ${index + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new AppError('USAGE', `${where}: not JSON (${(error as Error).message})`);
    }
    const question = fromLine(json);
    if (typeof question === 'string') throw new AppError('USAGE', `${where}: ${question}`);
    if (seen.has(question.id)) throw new AppError('USAGE', `${where}: id: '${question.id}' is used twice; give each question its own id`);
    seen.add(question.id);
    questions.push(question);
  });
  return questions;
}
