import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../http/env.js';
import { problemResponse } from '../../http/problem.js';

/**
 * Reads the whole request body into memory — with a size cap and a time limit — before anything that
 * takes a database connection (rate limits, the per-request transaction) runs. Without it a client
 * that sends headers and half a body held one of the pool's connections for as long as it liked, and
 * ten of them froze the whole app (issue 11, item 1). The handler then reads the body from memory.
 *
 * A body that stalls for `idleMs` or is not complete within its deadline (`baseMs` plus time for the
 * declared length at `minBytesPerSecond`) is answered 408; one larger than the cap, 413. Size limits per
 * route stay with the bodyLimit middlewares mounted before this one (app.ts); the cap here is the
 * backstop for routes without one (participant pages, check-in).
 */
export const bodyTiming = {
  /** No byte for this long: the client has stalled. */
  idleMs: 10_000,
  /** Every body gets this long… */
  baseMs: 30_000,
  /** …plus its declared length at this rate (an 11 MB transcript on a slow 1 Mbit/s line ≈ 90 s more). */
  minBytesPerSecond: 128 * 1024,
};

/** Largest body on routes that have no bodyLimit of their own (participant forms are a few KB). */
export const formBodyCap = 1024 * 1024;
/** Largest body anywhere (the REFI-QDA import's limit, 51 MB, is the largest bodyLimit). */
export const anyBodyCap = 64 * 1024 * 1024;

/**
 * All bodies being read or handled at once may hold this much memory together; past it a new chunk is
 * answered 503 (try again shortly) instead of letting a thousand large uploads exhaust the process.
 */
export const bodyBudget = { maxBufferedBytes: 256 * 1024 * 1024 };
let buffered = 0;

const bodiless = new Set(['GET', 'HEAD', 'OPTIONS']);

class SlowBody extends Error {}

/** The bytes read for a request, so middleware that looks at a small form need not clone its stream (participant-forms.ts). */
const readBodies = new WeakMap<Request, Uint8Array>();
export const bodyReadFor = (req: Request): Uint8Array | undefined => readBodies.get(req);

export const readBodyFirst: MiddlewareHandler<AppEnv> = async (c, next) => {
  const raw = c.req.raw;
  if (bodiless.has(c.req.method) || !raw.body) return next();
  const declared = Number(raw.headers.get('content-length') ?? NaN);
  const cap = /^\/(api|auth)\//.test(c.req.path) ? anyBodyCap : formBodyCap;
  if (declared > cap) return tooLarge(c);
  const held = { bytes: 0 };
  try {
    const read = await readBody(c, raw.body, cap, declared, held);
    if (read instanceof Response) return read;
    c.req.raw = new Request(raw, { body: read, duplex: 'half' } as RequestInit);
    readBodies.set(c.req.raw, read);
    await next();
  } finally {
    // The body stays in memory until the handler is done with it.
    buffered -= held.bytes;
  }
};

/** The body, or the response that refuses it (408 stalled, 413 too large, 503 too much buffered at once). */
async function readBody(c: Context<AppEnv>, stream: ReadableStream<Uint8Array>, cap: number, declared: number, held: { bytes: number }): Promise<Uint8Array | Response> {
  const deadline = bodyTiming.baseMs + (Number.isFinite(declared) ? (declared / bodyTiming.minBytesPerSecond) * 1000 : 0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  const started = Date.now();
  const refuse = (res: Response) => {
    void reader.cancel().catch(() => {});
    // The client may still be sending; do not keep the connection for another request.
    res.headers.set('Connection', 'close');
    return res;
  };
  try {
    for (;;) {
      const left = Math.min(bodyTiming.idleMs, deadline - (Date.now() - started));
      const { done, value } = await withTimeout(reader.read(), left);
      if (done) break;
      held.bytes += value.byteLength;
      buffered += value.byteLength;
      if (held.bytes > cap) return refuse(tooLarge(c));
      if (buffered > bodyBudget.maxBufferedBytes) {
        const res = problemResponse(c, 503, 'limits.busy');
        res.headers.set('Retry-After', '10');
        return refuse(res);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (!(error instanceof SlowBody)) throw error;
    c.get('deps').log.warn({ requestId: c.get('requestId'), received: held.bytes, ms: Date.now() - started }, 'request body too slow');
    return refuse(problemResponse(c, 408, 'limits.requestTimeout'));
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

function tooLarge(c: Context<AppEnv>) {
  const res = problemResponse(c, 413, 'errors.bodyTooLarge');
  res.headers.set('Connection', 'close');
  return res;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  if (ms <= 0) return Promise.reject(new SlowBody());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new SlowBody()), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}
