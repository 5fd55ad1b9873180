import type { MiddlewareHandler } from 'hono';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { AppEnv } from '../../http/env.js';

/**
 * Every server-rendered page (participant pages — consent, invitations, check-in, questionnaires, boards —
 * and the sign-in pages) leaves compressed: brotli when the browser takes it, else gzip. The pages are
 * a few KB to a few hundred KB already in memory, so one synchronous call costs less than a stream
 * (hono/compress builds a CompressionStream per response: ~10 % of a respondent flow's CPU in the profile
 * of issue 18). Brotli quality 4 with a 256 KB window packs HTML a third smaller than gzip -6, and faster.
 * The API (JSON, files) and the staff app's assets (precompressed at build, static-assets.ts) are left alone,
 * and so is anything a route compressed or streams itself.
 */
const compressible = /^(text\/html|text\/plain|text\/css|text\/javascript|application\/javascript|image\/svg\+xml)\b/i;
/** Below this the headers and framing outweigh what compression saves. */
const minBytes = 1024;
/** Larger answers are not packed in one blocking call (none of the pages comes near this). */
const maxBytes = 4 * 1024 * 1024;

export function chooseEncoding(accepted: string | undefined): 'br' | 'gzip' | null {
  const offered = (accepted ?? '').toLowerCase().split(',').map((part) => part.trim().split(';'));
  const allowed = (name: string) => offered.some(([token, ...params]) => token.trim() === name && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p)));
  return allowed('br') ? 'br' : allowed('gzip') ? 'gzip' : null;
}

export function compressText(body: Uint8Array, encoding: 'br' | 'gzip'): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_LGWIN]: 18, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } })
    : gzipSync(body, { level: 6 });
}

export const compressPages: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (c.req.method === 'HEAD' || /^\/(api|assets)\//.test(c.req.path)) return;
  const res = c.res;
  if (!res.body || res.headers.has('content-encoding') || !compressible.test(res.headers.get('content-type') ?? '')) return;
  if (/\bno-transform\b/i.test(res.headers.get('cache-control') ?? '')) return;
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return;
  res.headers.append('Vary', 'Accept-Encoding');
  const encoding = chooseEncoding(c.req.header('accept-encoding'));
  if (!encoding) return;
  const body = new Uint8Array(await res.arrayBuffer());
  const packed = body.byteLength >= minBytes && body.byteLength <= maxBytes ? compressText(body, encoding) : null;
  c.res = new Response((packed ?? body) as Uint8Array<ArrayBuffer>, { status: res.status, statusText: res.statusText, headers: res.headers });
  c.res.headers.delete('content-length');
  if (packed) c.res.headers.set('Content-Encoding', encoding);
};
