import { z } from 'zod';
import { AppError } from '../errors/index.js';

const questionSchema = z.object({
  id: z.string().min(1),
  q: z.string().min(1),
  lang: z.enum(['en', 'zh']),
  expect: z.object({
    links_any: z.array(z.string()).default([]),
    text_any: z.array(z.string()).default([]),
  }),
});

/** One eval question: what is asked, in which language, and what counts as an answer. */
export type EvalQuestion = z.infer<typeof questionSchema>;

/** Reads a JSON-lines question set (blank lines ignored); a bad line fails with its number and the reason. */
export function parseQuestions(text: string, source = 'questions'): EvalQuestion[] {
  const questions: EvalQuestion[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new AppError('USAGE', `${source} line ${index + 1}: not JSON (${(error as Error).message})`);
    }
    const parsed = questionSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError('USAGE', `${source} line ${index + 1}: ${issue?.path.join('.') || 'question'}: ${issue?.message ?? 'invalid'}`);
    }
    questions.push(parsed.data);
  });
  return questions;
}
