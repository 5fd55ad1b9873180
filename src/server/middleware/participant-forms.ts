import type { Context, MiddlewareHandler } from 'hono';
import { html } from 'hono/html';
import { isLanguage, translate, type Language } from '../../i18n/index.js';
import { isStorableText } from '../../lib/safe-text.js';
import { page } from '../../http/participant-layout.js';
import type { AppEnv } from '../../http/env.js';
import { bodyReadFor } from './read-body.js';

/** The forms people without an account post: consent, withdrawal, invitation replies, check-in, questionnaires, board votes, sign-in. */
const formPaths = /^\/([piqsb]\/[^/]+(\/.*)?|check-in(\/.*)?|auth\/(request-link|link))$/;
const readLimit = 64 * 1024;

/**
 * A form field with a NUL character (or a lone surrogate in a multipart part) reaches PostgreSQL as
 * text it cannot store and used to end in a 500. The page handlers read their forms field by field,
 * so the check is made once here, on a copy of the body, before any of them: a translated 400 page
 * with a way back. Larger bodies are left to the routes' own size limits.
 */
export const participantForms: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method !== 'POST' || !formPaths.test(c.req.path)) return next();
  const type = c.req.header('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return next();
  const read = bodyReadFor(c.req.raw);
  const bytes = read ? (read.byteLength > readLimit ? null : read) : await copyOfBody(c.req.raw, readLimit);
  if (!bytes) return next();
  let fields: FormData | URLSearchParams;
  try {
    // A URL-encoded form (what every participant page posts) parses as the handler will parse it, without a Response round trip.
    fields = /^application\/x-www-form-urlencoded/i.test(type)
      ? new URLSearchParams(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'))
      : await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': type } }).formData();
  } catch {
    // A multipart body cut short or with a broken boundary: the handlers' form parser would throw (a 500).
    return refused(c, undefined, 'errors.invalidType');
  }
  for (const [name, value] of fields) {
    if (isStorableText(name) && (typeof value !== 'string' || isStorableText(value))) continue;
    return refused(c, fields.get('lang') ?? fields.get('_lang'), 'errors.invalidCharacters');
  }
  return next();
};

/** A translated 400 page with a way back to the form. */
function refused(c: Context<AppEnv>, asked: unknown, key: 'errors.invalidType' | 'errors.invalidCharacters') {
  const chosen = asked ?? c.req.query('lang');
  const lang: Language = isLanguage(chosen) ? chosen : c.get('lang');
  const title = translate(lang, 'errors.validation');
  return c.html(
    page(lang, title, html`<h1>${title}</h1><p class="alert" role="alert">${translate(lang, key)}</p><p><a href="${c.req.path}">${translate(lang, 'common.back')}</a></p>`),
    400,
    { 'Cache-Control': 'no-store' },
  );
}

/** A copy of a small body (the handler still reads the original); null when absent or larger than `limit`. */
export async function copyOfBody(req: Request, limit: number): Promise<Uint8Array | null> {
  if (Number(req.headers.get('content-length') ?? 0) > limit) return null;
  const body = req.clone().body;
  if (!body) return null;
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: cancelling one branch of a tee'd body settles only when the other branch is done too.
      void reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
