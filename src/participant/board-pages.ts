import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { getCookie, setCookie } from 'hono/cookie';
import { isLanguage, translate, type Language } from '../i18n/index.js';
import { DomainError } from '../lib/errors.js';
import { normaliseJoinCode } from '../modules/codesign/board-codes.js';
import { boardTallies } from '../modules/codesign/board-tallies.js';
import { addIdea, castBallot, joinBoard, myMarks, voterBySecret, type VoterRow } from '../modules/codesign/board-voting.js';
import { boardByJoinCode, listItems, voteable, type BoardRow } from '../modules/codesign/boards.js';
import '../modules/codesign/board-personal-data.js';
import type { AppEnv } from '../http/env.js';
import { ballotPage, boardScript, enterPage, joinPage, statusPage } from './board-views.js';

/**
 * A live board on a phone: /b (type the code), /b/<code> (join, then the ballot). No account: the
 * voter is a cookie (only its hash is stored). Every post is one transaction that answers with a fresh
 * page; a refusal (closed board, expired code, too many dots, an over-long idea …) answers 4xx with the
 * message in the person's language, and the transaction rolls back — nothing is written.
 */
type Ctx = Context<AppEnv>;
const cookieName = 'vb';
type Form = Record<string, string | string[] | File | (string | File)[]>;

function languageOf(c: Ctx, asked?: unknown, voter?: VoterRow | null): Language {
  for (const l of [asked, c.req.query('lang'), voter?.language]) if (isLanguage(l)) return l;
  return c.get('lang') ?? 'nb';
}
const tr = (lang: Language, key: string, vars?: Record<string, string | number>) => translate(lang, key, vars);
const base = (board: BoardRow) => `/b/${board.joinCode}`;

/** The board behind the code, or the page that says why there is none to vote on. */
async function boardOf(c: Ctx, lang: Language): Promise<BoardRow | Response> {
  const raw = c.req.param('code') ?? '';
  const code = normaliseJoinCode(raw);
  if (!code) return c.html(enterPage(lang, { code: raw.slice(0, 12), error: tr(lang, 'boards.errors.badCode') }), 404);
  const board = await boardByJoinCode(c.get('db'), code);
  if (!board) return c.html(enterPage(lang, { code, error: tr(lang, 'boards.errors.unknownCode') }), 404);
  if (code !== raw) return c.redirect(`/b/${code}`, 303);
  if (board.status === 'draft') return c.html(statusPage(lang, base(board), tr(lang, 'boards.phone.notOpenHeading'), tr(lang, 'boards.phone.notOpenText')), 409);
  if (board.status === 'closed') return c.html(statusPage(lang, base(board), tr(lang, 'boards.phone.closedHeading'), `${tr(lang, 'boards.errors.closed')} ${tr(lang, 'boards.phone.closedText')}`), 410);
  if (board.codeExpiresAt && board.codeExpiresAt <= new Date()) return c.html(statusPage(lang, base(board), tr(lang, 'boards.phone.closedHeading'), tr(lang, 'boards.errors.codeExpired')), 410);
  return board;
}

async function renderBallot(c: Ctx, board: BoardRow, voter: VoterRow, lang: Language, opts: { notice?: string; errors?: string[]; posted?: Map<string, number>; status?: 200 | 409 | 422 } = {}) {
  const db = c.get('db');
  const [items, stored] = await Promise.all([listItems(db, board.id), myMarks(db, voter.id)]);
  const voted = stored.size > 0;
  const tallies = voted ? await boardTallies(db, board.id, { forStorage: false }) : undefined;
  return c.html(ballotPage({ lang, board, base: base(board), items: voteable(items), marks: opts.posted ?? stored, voted, errors: opts.errors, notice: opts.notice, tallies }), opts.status ?? 200);
}

/** A refusal as messages in the person's language: the ballot's problems, or the one reason. */
function messagesOf(lang: Language, e: DomainError): string[] {
  if (e.fieldErrors.length) return e.fieldErrors.map((f) => tr(lang, f.key, f.vars));
  return [tr(lang, e.key, e.vars)];
}

function postedMarks(form: Form): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of Object.entries(form)) {
    const m = /^(?:dots|rank|rate)_(.+)$/.exec(k);
    const n = Number(Array.isArray(v) ? v.at(-1) : v);
    if (m && Number.isInteger(n) && n > 0) out.set(m[1], n);
  }
  return out;
}

const text = (v: Form[string] | undefined) => (typeof v === 'string' ? v : Array.isArray(v) && typeof v.at(-1) === 'string' ? (v.at(-1) as string) : '');

async function show(c: Ctx) {
  const found = await boardOf(c, languageOf(c));
  if (found instanceof Response) return found;
  const voter = await voterBySecret(c.get('db'), found.id, getCookie(c, cookieName));
  const lang = languageOf(c, undefined, voter);
  if (!voter) return c.html(joinPage(lang, found, base(found)));
  return renderBallot(c, found, voter, lang);
}

async function join(c: Ctx) {
  const form = (await c.req.parseBody({ all: true })) as Form;
  const lang = languageOf(c, form._lang);
  const found = await boardOf(c, lang);
  if (found instanceof Response) return found;
  try {
    const { voter, secret } = await joinBoard(c.get('db'), found, { role: text(form.role), participantCode: text(form.participantCode), language: lang });
    const maxAge = Math.max(60, Math.floor(((found.codeExpiresAt?.getTime() ?? Date.now() + 12 * 3600_000) - Date.now()) / 1000));
    setCookie(c, cookieName, secret, { path: base(found), httpOnly: true, sameSite: 'Lax', secure: c.req.url.startsWith('https:'), maxAge });
    return renderBallot(c, found, voter, lang);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return c.html(joinPage(lang, found, base(found), { errors: messagesOf(lang, e), role: text(form.role) }), e.status === 409 ? 409 : 422);
  }
}

/** Vote or idea: both need the voter's cookie and answer with the ballot page. */
async function change(c: Ctx, what: 'vote' | 'idea') {
  const form = (await c.req.parseBody({ all: true })) as Form;
  const found = await boardOf(c, languageOf(c, form._lang));
  if (found instanceof Response) return found;
  const db = c.get('db');
  const voter = await voterBySecret(db, found.id, getCookie(c, cookieName));
  const lang = languageOf(c, form._lang, voter);
  if (!voter) return c.html(joinPage(lang, found, base(found), { errors: [tr(lang, 'boards.errors.notJoined')] }), 409);
  try {
    if (what === 'vote') {
      await castBallot(db, found, voter, form);
      return renderBallot(c, found, voter, lang, { notice: tr(lang, 'boards.phone.saved') });
    }
    await addIdea(db, found, voter, text(form.idea));
    return renderBallot(c, found, voter, lang, { notice: tr(lang, found.purpose === 'respond' ? 'boards.phone.commentThanks' : 'boards.phone.ideaThanks') });
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    const status = e.status === 409 ? 409 : 422;
    return renderBallot(c, found, voter, lang, { errors: messagesOf(lang, e), posted: what === 'vote' ? postedMarks(form) : undefined, status });
  }
}

// Room for a 100,000-character idea to reach the length check (and get its message); more is cut off here.
const formLimit = bodyLimit({ maxSize: 512 * 1024, onError: (c) => c.html(enterPage(c.get('lang') ?? 'nb', { error: translate(c.get('lang') ?? 'nb', 'boards.errors.tooLarge') }), 413) });
const privateHeaders = async (c: Ctx, next: () => Promise<void>) => {
  await next();
  if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex');
  // Referrer-Policy stays same-origin (security headers): with no-referrer Chromium posts the forms with `Origin: null`, which CSRF refuses.
};

export const boardPages = new Hono<AppEnv>()
  .get('/b/_/board.js', (c) => c.body(boardScript, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' }))
  .use('/b', privateHeaders, compress())
  .use('/b/*', privateHeaders, compress())
  .get('/b', (c) => {
    const lang = languageOf(c);
    const asked = c.req.query('code');
    if (asked === undefined) return c.html(enterPage(lang));
    const code = normaliseJoinCode(asked);
    if (!code) return c.html(enterPage(lang, { code: asked.slice(0, 12), error: tr(lang, 'boards.errors.badCode') }), 422);
    return c.redirect(`/b/${code}?lang=${lang}`, 303);
  })
  .get('/b/:code', show)
  .post('/b/:code/join', formLimit, join)
  .post('/b/:code/vote', formLimit, (c) => change(c, 'vote'))
  .post('/b/:code/idea', formLimit, (c) => change(c, 'idea'));
