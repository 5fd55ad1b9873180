import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from './env.js';
import { validationProblem } from './problem.js';

/** A router whose invalid input becomes a translated problem+json 400 instead of zod's default. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return validationProblem(c, result.error, result.target);
    },
  });
}

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional(),
  })
  .openapi('Problem');

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ProblemSchema } } });

/** The error answers every route can give, documented once. */
export const errorResponses = {
  400: problem('Invalid input; `errors` lists each field with a message'),
  401: problem('Not signed in'),
  403: problem('Signed in but not allowed'),
  404: problem('Not found, or not visible to you'),
  409: problem('Conflicts with the current state'),
  413: problem('Request body too large'),
} as const;

export const jsonContent = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const uuidLike = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Path ids are UUIDs; anything else is simply not found. */
export const idParam = (name: string) =>
  z.string().regex(uuidLike, { message: 'errors.invalidId' }).openapi({ param: { name, in: 'path' }, example: '6f1c2a4e-7c1b-4d1e-9a59-2b1f4f1d2c3a' });

export const noContent = { description: 'Done' } as const;
