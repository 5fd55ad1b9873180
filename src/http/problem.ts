import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ZodError } from 'zod';
import { translate, type Language } from '../i18n/index.js';
import { DomainError, type FieldError } from '../lib/errors.js';
import { fieldErrorsFromZod } from '../lib/zod-messages.js';
import type { AppEnv } from './env.js';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { path: string; message: string }[];
  requestId?: string;
}

export function problemResponse(c: Context<AppEnv>, status: number, key: string, vars: Record<string, string | number> = {}, fields: FieldError[] = []) {
  const lang: Language = c.get('lang') ?? 'nb';
  const detail = translate(lang, key, vars);
  const body: Problem = {
    type: `urn:varde:problem:${key.replace(/^errors\./, '')}`,
    title: detail,
    status,
    detail,
    requestId: c.get('requestId'),
  };
  if (fields.length) body.errors = fields.map((f) => ({ path: f.path, message: translate(lang, f.key, f.vars ?? {}) }));
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json; charset=utf-8' } });
}

export function validationProblem(c: Context<AppEnv>, error: ZodError, target: string) {
  const prefix = target === 'json' || target === 'form' ? '' : target;
  return problemResponse(c, 400, 'errors.validation', {}, fieldErrorsFromZod(error, prefix));
}

/** Every error leaves as problem+json: DomainErrors with their message, anything unexpected as a 500 that says nothing was saved. */
export function handleError(err: Error, c: Context<AppEnv>) {
  if (err instanceof DomainError) return problemResponse(c, err.status, err.key, err.vars, err.fieldErrors);
  if (err instanceof HTTPException) {
    const status = err.status;
    if (status === 413) return problemResponse(c, 413, 'errors.bodyTooLarge');
    if (status === 400 && /json/i.test(err.message)) return problemResponse(c, 400, 'errors.invalidJson', {}, [{ path: '', key: 'errors.invalidJson' }]);
    if (status === 401) return problemResponse(c, 401, 'errors.unauthenticated');
    if (status === 403) return problemResponse(c, 403, 'errors.forbidden');
    if (status === 404) return problemResponse(c, 404, 'errors.notFound');
    if (status < 500) return problemResponse(c, status, 'errors.validation');
  }
  c.get('deps')?.log.error({ err, requestId: c.get('requestId') }, 'unhandled error');
  return problemResponse(c, 500, 'errors.internal');
}
