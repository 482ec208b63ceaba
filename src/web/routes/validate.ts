import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { sendProblem } from '../problems.js';
import { problemOf } from '../query.js';

/** The request's query string checked by `schema`; undefined after answering 400 with the first problem. */
export function validQuery<T extends z.ZodType>(schema: T, request: FastifyRequest, reply: FastifyReply): z.infer<T> | undefined {
  const parsed = schema.safeParse(request.query);
  if (parsed.success) return parsed.data;
  sendProblem(request, reply, 400, 'bad_request', problemOf(parsed.error));
  return undefined;
}
