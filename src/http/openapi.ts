import { OpenAPIHono, z } from '@hono/zod-openapi';
import { unstorableTextAt } from '../lib/safe-text.js';
import type { AppEnv } from './env.js';
import { problemResponse, validationProblem } from './problem.js';

/**
 * A router whose invalid input becomes a translated problem+json 400 instead of zod's default.
 * Text with a NUL character or a lone surrogate is refused too: PostgreSQL cannot store it (text or jsonb).
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return validationProblem(c, result.error, result.target);
      const at = unstorableTextAt(result.data);
      if (at) {
        const path = [result.target === 'json' || result.target === 'form' ? '' : result.target, ...at].filter(Boolean).join('.');
        return problemResponse(c, 400, 'errors.validation', {}, [{ path, key: 'errors.invalidCharacters' }]);
      }
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
  429: problem('Too many attempts (sign-in mails, uploads); `Retry-After` says when to try again'),
} as const;

export const jsonContent = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

// No regex flags: the pattern is published in the OpenAPI document, where flags do not exist.
export const uuidLike = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** A whole number in a query string, digits only (no '0x10', '1e3' or ' 7'). */
export const queryInt = (min: number, max: number) =>
  z.string().regex(/^\d{1,9}$/, { message: 'errors.invalidType' }).transform(Number).pipe(z.number().int().min(min).max(max));


/** Path ids are UUIDs; anything else is simply not found. */
export const idParam = (name: string) =>
  z.string().regex(uuidLike, { message: 'errors.invalidId' }).openapi({ param: { name, in: 'path' }, example: '6f1c2a4e-7c1b-4d1e-9a59-2b1f4f1d2c3a' });

export const noContent = { description: 'Done' } as const;
