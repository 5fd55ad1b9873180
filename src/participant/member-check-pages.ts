import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { isLanguage, translate, type Language } from '../i18n/index.js';
import { markOpened, maxMemberCheckComment, memberCheckForParticipant, isOpen, saveMemberCheckComment } from '../modules/analysis/member-checks.js';
import { resolveParticipantLink } from '../modules/people/links.js';
import type { Participant } from '../modules/people/participant.js';
import type { AppEnv } from '../http/env.js';
import { gonePage } from './consent-views.js';
import { memberCheckNotFoundPage, memberCheckPage, memberCheckThanksPage } from './member-check-views.js';

/**
 * Member checking behind the personal link: /p/:token/member-check/:checkId shows the summary sent
 * back to the participant and takes their additions by a plain form post until the deadline.
 */
type Ctx = Context<AppEnv>;

function languageOf(c: Ctx, person: Participant, form?: Record<string, unknown>): Language {
  const asked = form?.lang ?? c.req.query('lang');
  if (isLanguage(asked)) return asked;
  return isLanguage(person.language) ? person.language : 'nb';
}

async function load(c: Ctx) {
  const person = await resolveParticipantLink(c.get('db'), c.req.param('token') ?? '');
  if (!person) return c.html(gonePage(c.get('lang')), 410);
  const checkId = c.req.param('checkId') ?? '';
  const found = /^[0-9a-f-]{36}$/i.test(checkId) ? await memberCheckForParticipant(c.get('db'), person, checkId) : null;
  if (!found) return c.html(memberCheckNotFoundPage(languageOf(c, person)), 404);
  return { person, found, action: `/p/${c.req.param('token')}/member-check/${checkId}` };
}

const formLimit = bodyLimit({ maxSize: 64 * 1024, onError: (c) => c.text('Too large', 413) });

export const memberCheckPages = new Hono<AppEnv>()
  .use('/p/:token/member-check/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex');
    c.header('Referrer-Policy', 'no-referrer');
  })
  .get('/p/:token/member-check/:checkId', async (c) => {
    const got = await load(c);
    if (got instanceof Response) return got;
    const { person, found, action } = got;
    if (!found.response.openedAt) await markOpened(c.get('db'), found.response.id);
    return c.html(memberCheckPage({ lang: languageOf(c, person), action, title: found.title, text: found.text, deadline: found.check.deadline, open: isOpen(found.check.deadline), comment: found.response.comment }));
  })
  .post('/p/:token/member-check/:checkId', formLimit, async (c) => {
    const got = await load(c);
    if (got instanceof Response) return got;
    const { person, found, action } = got;
    const form = await c.req.parseBody();
    const lang = languageOf(c, person, form);
    const view = { lang, action, title: found.title, text: found.text, deadline: found.check.deadline, comment: found.response.comment };
    const comment = typeof form.comment === 'string' ? form.comment.replace(/\r\n/g, '\n').trim() : '';
    if (!isOpen(found.check.deadline)) return c.html(memberCheckPage({ ...view, open: false }), 409);
    if (!comment) return c.html(memberCheckPage({ ...view, open: true, error: translate(lang, 'analysis.memberCheck.empty') }), 400);
    if ([...comment].length > maxMemberCheckComment)
      return c.html(memberCheckPage({ ...view, open: true, draft: comment, error: translate(lang, 'analysis.memberCheck.tooLong', { max: maxMemberCheckComment }) }), 400);
    const saved = await saveMemberCheckComment(c.get('db'), person, found.check.id, comment, c.get('requestId'));
    if (saved === 'closed') return c.html(memberCheckPage({ ...view, open: false }), 409);
    return c.html(memberCheckThanksPage(lang, action, found.check.deadline));
  });
