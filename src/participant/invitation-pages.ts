import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { isLanguage, translate, type Language } from '../i18n/index.js';
import { DomainError } from '../lib/errors.js';
import { checkInByLink, checkInWithCodes } from '../modules/activities/check-in.js';
import { registerWalkIn } from '../modules/activities/walk-ins.js';
import { activityTitle, formatWhen, languageOfInvitation, placeOf } from '../modules/activities/invitation-mail.js';
import { invitationLinkExpired, replyByLink, resolveInvitationToken, type InvitationByLink } from '../modules/activities/invitation-reply.js';
import type { InvitationStatus } from '../modules/activities/invitations-schema.js';
import type { AppEnv } from '../http/env.js';
import { checkedInPage, checkInPage, invitationGonePage, invitationOverPage, invitationPage, walkInDonePage } from './invitation-views.js';

/**
 * Pages for invitees, without an account and without JavaScript: the personal invitation page
 * (/i/:token: answer yes / no / maybe, check in with the door code) and the door page (/check-in,
 * reached by the QR code: door code + personal code). A refused answer or check-in (cancelled
 * activity, unknown / expired / foreign code) shows the translated reason with a 4xx status, so the
 * request's transaction writes nothing.
 */
type Ctx = Context<AppEnv>;

function languageOf(c: Ctx, fallback: Language, form?: Record<string, unknown>): Language {
  const asked = form?.lang ?? c.req.query('lang');
  return isLanguage(asked) ? asked : fallback;
}

const field = (form: Record<string, unknown>, name: string) => (typeof form[name] === 'string' ? (form[name] as string).trim().slice(0, 64) : '');
const failure = (err: unknown) => (err instanceof DomainError && err.status < 500 ? err : null);

async function showInvitation(c: Ctx, found: InvitationByLink, lang: Language, extra: { status?: InvitationStatus; notice?: { text: string; ok: boolean }; checkInError?: string; doorCode?: string } = {}, code: 200 | 400 | 409 = 200) {
  const { activity } = found;
  return c.html(
    invitationPage({
      lang, base: `/i/${c.req.param('token')}`, title: await activityTitle(c.get('db'), activity, lang),
      when: activity.startsAt && activity.endsAt ? formatWhen(lang, activity.startsAt, activity.endsAt) : '', place: placeOf(lang, activity),
      status: extra.status ?? found.invitation.status, cancelled: activity.status === 'cancelled', personalCode: found.personalCode, ...extra,
    }),
    code,
  );
}

/** The invitation behind the link; an unknown link is 410, and so is the link of an activity that is over (it expires with it). */
async function load(c: Ctx) {
  const found = await resolveInvitationToken(c.get('db'), c.req.param('token') ?? '');
  if (!found) return c.html(invitationGonePage(languageOf(c, c.get('lang'))), 410);
  if (invitationLinkExpired(found.activity, new Date())) {
    const lang = languageOf(c, languageOfInvitation(found.invitation));
    return c.html(invitationOverPage(lang, await activityTitle(c.get('db'), found.activity, lang)), 410);
  }
  return found;
}

const formLimit = bodyLimit({ maxSize: 8 * 1024, onError: (c) => c.text('Too large', 413) });
const personal = async (c: Ctx, next: () => Promise<void>) => {
  await next();
  c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex');
  c.header('Referrer-Policy', 'no-referrer');
};

const walkInRoles = ['recipient', 'provider', 'leader'] as const;

async function walkIn(c: Ctx, form: Record<string, unknown>, lang: Language, doorCode: string) {
  const name = typeof form.name === 'string' ? form.name.trim().slice(0, 120) : '';
  const role = walkInRoles.find((r) => r === form.role);
  const typed = { doorCode, walkInName: name, walkInRole: role ?? '' };
  if (!doorCode || !name || !role) return c.html(checkInPage({ lang, ...typed, walkInError: translate(lang, 'walkIns.page.required') }), 400);
  try {
    const activity = await registerWalkIn(c.get('db'), doorCode, { name, role }, new Date(), c.get('requestId'));
    return c.html(walkInDonePage(lang, await activityTitle(c.get('db'), activity, lang)));
  } catch (err) {
    const refused = failure(err);
    if (!refused) throw err;
    return c.html(checkInPage({ lang, ...typed, walkInError: translate(lang, refused.key, refused.vars) }), refused.status === 400 ? 400 : 409);
  }
}

export const invitationPages = new Hono<AppEnv>()
  .use('/i/*', personal)
  .use('/check-in', personal)
  .use('/check-in/*', personal)
  .get('/i/:token', async (c) => {
    const found = await load(c);
    if (found instanceof Response) return found;
    return showInvitation(c, found, languageOf(c, languageOfInvitation(found.invitation)));
  })
  .post('/i/:token', formLimit, async (c) => {
    const found = await load(c);
    if (found instanceof Response) return found;
    const form = await c.req.parseBody();
    const lang = languageOf(c, languageOfInvitation(found.invitation), form);
    const answer = form.answer;
    if (answer !== 'yes' && answer !== 'no' && answer !== 'maybe') return showInvitation(c, found, lang, { notice: { text: translate(lang, 'invitations.page.chooseAnswer'), ok: false } }, 400);
    try {
      const status = await replyByLink(c.get('db'), found, answer, new Date(), c.get('requestId'));
      const text = translate(lang, 'invitations.page.saved', { status: translate(lang, `invitations.statuses.${status}`) });
      return showInvitation(c, found, lang, { status, notice: { text, ok: true } });
    } catch (err) {
      const refused = failure(err);
      if (!refused) throw err;
      return showInvitation(c, found, lang, { notice: { text: translate(lang, refused.key, refused.vars), ok: false } }, 409);
    }
  })
  .post('/i/:token/check-in', formLimit, async (c) => {
    const found = await load(c);
    if (found instanceof Response) return found;
    const form = await c.req.parseBody();
    const lang = languageOf(c, languageOfInvitation(found.invitation), form);
    const doorCode = field(form, 'code');
    if (!doorCode) return showInvitation(c, found, lang, { checkInError: translate(lang, 'invitations.checkIn.required') }, 400);
    try {
      const done = await checkInByLink(c.get('db'), found, doorCode, new Date(), c.get('requestId'));
      return c.html(checkedInPage(lang, await activityTitle(c.get('db'), found.activity, lang), done.already));
    } catch (err) {
      const refused = failure(err);
      if (!refused) throw err;
      return showInvitation(c, found, lang, { checkInError: translate(lang, refused.key, refused.vars), doorCode }, refused.status === 400 ? 400 : 409);
    }
  })
  .get('/check-in', (c) => c.html(checkInPage({ lang: languageOf(c, c.get('lang')), doorCode: '' })))
  .get('/check-in/:code', (c) => c.html(checkInPage({ lang: languageOf(c, c.get('lang')), doorCode: (c.req.param('code') ?? '').slice(0, 32) })))
  .post('/check-in', formLimit, async (c) => {
    const form = await c.req.parseBody();
    const lang = languageOf(c, c.get('lang'), form);
    const doorCode = field(form, 'code');
    // Without a personal code: name and role, for staff to confirm. Same path, so the same limits on wrong door codes apply.
    if (form.walkIn === '1') return walkIn(c, form, lang, doorCode);
    const personalCode = field(form, 'personalCode');
    if (!doorCode || !personalCode) return c.html(checkInPage({ lang, doorCode, personalCode, error: translate(lang, 'invitations.checkIn.required') }), 400);
    try {
      const done = await checkInWithCodes(c.get('db'), doorCode, personalCode, new Date(), c.get('requestId'));
      return c.html(checkedInPage(lang, await activityTitle(c.get('db'), done.activity, lang), done.already));
    } catch (err) {
      const refused = failure(err);
      if (!refused) throw err;
      return c.html(checkInPage({ lang, doorCode, personalCode, error: translate(lang, refused.key, refused.vars) }), refused.status === 400 ? 400 : 409);
    }
  });
