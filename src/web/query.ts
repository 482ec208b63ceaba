import { z } from 'zod';
import { MAX_QUESTION_LENGTH } from '../domain/index.js';

/**
 * The query strings (one value per parameter: `?q=a&q=b` arrives as an array and is refused) every route accepts, validated before anything runs. A question may be longer
 * than the engine reads (it cuts it and says so), but not without bound: past twice the maximum it
 * is refused rather than carried through.
 */
export const QUESTION_LIMIT = MAX_QUESTION_LENGTH * 2;
/** Pages past this are refused: no list is that long, and it bounds the engine's work. */
export const MAX_PAGE = 1_000;
/** The most passages one API call returns (as `npm run ask -- --limit`). */
export const MAX_LIMIT = 50;

const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);
const lang = z.enum(['en', 'zh'], { message: 'must be en or zh' }).optional();
const whole = (max: number, fallback: number) =>
  z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(max, `must be at most ${max}`).default(fallback);

export const pageQuery = z.object({
  q: text(QUESTION_LIMIT).default(''),
  lang: lang,
  page: whole(MAX_PAGE, 1),
});

export const apiAskQuery = z.object({
  q: text(QUESTION_LIMIT).trim().min(1, 'is required: the question'),
  lang: lang,
  limit: whole(MAX_LIMIT, 3),
  page: whole(MAX_PAGE, 1),
});

export const langQuery = z.object({ lang: lang });

export const talksQuery = z.object({
  event: text(200).optional(),
  speaker: text(200).optional(),
  lang: lang,
  page: whole(MAX_PAGE, 1),
});

/** The first problem as one line naming the parameter: "page: must be a whole number". */
export function problemOf(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid query';
  const name = issue.path.length > 0 ? issue.path.join('.') : 'query';
  const message = issue.code === 'invalid_type' && issue.expected === 'string' ? 'must be given once, as text' : issue.message;
  return `${name}: ${message}`;
}
