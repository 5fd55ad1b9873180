import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { html } from 'hono/html';
import { isLanguage, translate, type Language } from '../../i18n/index.js';
import { normaliseCode } from '../../modules/activities/invitation-mail.js';
import { consume, peek, type RuleName, type Verdict } from '../../modules/ratelimits/limits.js';
import { page } from '../../http/participant-layout.js';
import type { AppEnv } from '../../http/env.js';
import { problemResponse } from '../../http/problem.js';
import { copyOfBody } from './participant-forms.js';

type Ctx = Context<AppEnv>;

/**
 * Rate limits on failures and sends, counted in PostgreSQL (shared by every app process):
 * - sign-in mails: every request for a sendable address counts, per e-mail address and per client address, before the send;
 * - check-in: refused check-ins count afterwards, per client address and per door code / invitation;
 *   once over, every check-in from there waits (so a guess that hits is not told apart from one that misses);
 * - personal links and board codes (/p, /i, /q, /s, /b): unknown or expired tokens count per client address;
 * - uploads: every file a signed-in user sends.
 * Valid participant traffic is never counted. The counters run on the pool, outside the request's
 * transaction, so a refused request that rolls back still counts.
 */
export const rateLimits: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { method } = c.req;
  const path = c.req.path;
  if (method === 'POST' && (path === '/api/v1/auth/sign-in-link' || path === '/auth/request-link')) return signIn(c, next);
  if (method === 'POST' && (path === '/check-in' || /^\/i\/[^/]+\/check-in$/.test(path))) return checkIn(c, next);
  if (/^\/[piqsb]\/[^/]+/.test(path)) return personalLink(c, next);
  if (path.startsWith('/api/') && isUpload(c) && c.get('actor')) {
    const verdict = await consume(db(c), 'uploadUser', c.get('actor')!.userId);
    if (verdict.limited) return tooMany(c, verdict, 'uploadUser');
  }
  return next();
};

const db = (c: Ctx) => c.get('deps').db;

/** The client's address: the socket's, or with TRUST_PROXY=1 the address the (one) reverse proxy saw. */
export function clientAddress(c: Ctx): string {
  const forwarded = process.env.TRUST_PROXY === '1' ? c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() : undefined;
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return addressBucket(forwarded || incoming?.socket?.remoteAddress || 'unknown');
}

/**
 * What one client is: an IPv4 address, or an IPv6 /64 (one household or phone gets a whole /64 and
 * can pick any address in it). An IPv4 address written as IPv6 (::ffff:192.0.2.1) is the IPv4 one.
 */
export function addressBucket(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!address.includes(':')) return address;
  const [head, tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

function isUpload(c: Ctx): boolean {
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) return c.req.method === 'POST' || c.req.method === 'PUT';
  return c.req.method === 'PUT' && /\/(scan|document)$/.test(c.req.path) && !/^application\/json/i.test(type);
}

/** What could be sent to; anything else is refused by the handler (400) and sends nothing, so it is not counted. */
const sendable = /^[^@\s\u0000]+@[^@\s\u0000]+\.[^@\s\u0000]+$/;

async function signIn(c: Ctx, next: () => Promise<void>) {
  const email = await emailIn(c);
  if (!email || !sendable.test(email)) return next();
  const byAddress = await consume(db(c), 'signInAddress', clientAddress(c));
  if (byAddress.limited) return tooMany(c, byAddress, 'signInAddress');
  const byEmail = await consume(db(c), 'signInEmail', email);
  if (byEmail.limited) return tooMany(c, byEmail, 'signInEmail');
  return next();
}

async function checkIn(c: Ctx, next: () => Promise<void>) {
  const address = clientAddress(c);
  const token = /^\/i\/([^/]+)\//.exec(c.req.path)?.[1];
  const form = token ? null : await smallBody(c);
  const door = token ? `link:${token}` : `door:${normaliseCode(new URLSearchParams(form ?? '').get('code') ?? '').slice(0, 32)}`;
  for (const [rule, subject] of [['checkInAddress', address], ['checkInActivity', door]] as const) {
    const verdict = await peek(db(c), rule, subject);
    if (verdict.limited) return tooMany(c, verdict, rule);
  }
  await next();
  const status = c.res.status;
  if (status >= 400 && status < 500 && status !== 413 && status !== 429) {
    await consume(db(c), 'checkInAddress', address);
    await consume(db(c), 'checkInActivity', door);
  }
}

async function personalLink(c: Ctx, next: () => Promise<void>) {
  const address = clientAddress(c);
  const verdict = await peek(db(c), 'participantToken', address);
  if (verdict.limited) return tooMany(c, verdict, 'participantToken');
  await next();
  // /p and /i answer 410 for an unknown or expired link; /q and /s answer 410 for a closed survey (a real
  // link a room may still scan), so only their 404 (no such link) counts.
  const status = c.res.status;
  const unknown = status === 404 || (status === 410 && /^\/[pi]\//.test(c.req.path));
  if (unknown) await consume(db(c), 'participantToken', address);
}

/** The e-mail address asked for, lower-cased, from a JSON or form body (read from a copy, at most 16 KB). */
async function emailIn(c: Ctx): Promise<string | null> {
  const text = await smallBody(c);
  if (!text) return null;
  let email: unknown;
  if ((c.req.header('content-type') ?? '').includes('json')) {
    try {
      email = (JSON.parse(text) as { email?: unknown })?.email;
    } catch {
      return null;
    }
  } else email = new URLSearchParams(text).get('email');
  return typeof email === 'string' && email.trim() ? email.trim().toLowerCase().slice(0, 254) : null;
}

/** A copy of a small body as text, so the handler can still read the original; null when larger. */
async function smallBody(c: Ctx): Promise<string | null> {
  const bytes = await copyOfBody(c.req.raw, 16 * 1024);
  return bytes ? Buffer.from(bytes).toString('utf8') : null;
}

const htmlPaths = /^\/(auth\/request-link$|check-in|[piqsb]\/)/;

/** 429 with Retry-After: an HTML page in the person's language on participant and sign-in pages, problem+json on the API. */
function tooMany(c: Ctx, verdict: Verdict, rule: RuleName) {
  c.get('deps').log.warn({ rule, requestId: c.get('requestId') }, 'rate limited');
  const minutes = Math.max(1, Math.ceil(verdict.retryAfter / 60));
  const headers = { 'Retry-After': String(verdict.retryAfter), 'Cache-Control': 'no-store' };
  if (!htmlPaths.test(c.req.path)) {
    const res = problemResponse(c, 429, 'errors.tooMany', { minutes });
    for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
    return res;
  }
  const asked = c.req.query('lang');
  const lang: Language = isLanguage(asked) ? asked : c.get('lang');
  const title = translate(lang, 'errors.tooManyTitle');
  return c.html(page(lang, title, html`<h1>${title}</h1><p class="alert" role="alert">${translate(lang, 'errors.tooMany', { minutes })}</p>`), 429, headers);
}
