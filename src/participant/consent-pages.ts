import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { isLanguage, translate, type Language } from '../i18n/index.js';
import { currentLetter, type Letter } from '../modules/consent/letters.js';
import { renderLetter } from '../modules/consent/markdown.js';
import { listPurposes } from '../modules/consent/purposes.js';
import { consentStatus, recordConsents } from '../modules/consent/record.js';
import { offeredWithdrawal } from '../modules/consent/withdrawal-choice.js';
import { resolveParticipantLink } from '../modules/people/links.js';
import type { Participant } from '../modules/people/participant.js';
import { withdrawParticipant } from '../modules/privacy/withdraw.js';
import type { AppEnv } from '../http/env.js';
import { consentPage, gonePage, noLetterPage, thanksPage, withdrawnPage, withdrawPage } from './consent-views.js';

/**
 * The participant's own pages behind their personal link (/p/:token): read the information letter,
 * consent per purpose, withdraw. No account, no JavaScript; the token in the path is the secret, and
 * the CSRF middleware (Origin / Sec-Fetch-Site) guards the form posts.
 */
type Ctx = Context<AppEnv>;

function languageOf(c: Ctx, person: Participant, form?: Record<string, unknown>): Language {
  const asked = form?.lang ?? c.req.query('lang');
  if (isLanguage(asked)) return asked;
  return isLanguage(person.language) ? person.language : 'nb';
}

async function personOr410(c: Ctx): Promise<Participant | Response> {
  const person = await resolveParticipantLink(c.get('db'), c.req.param('token') ?? '');
  if (!person) return c.html(gonePage(c.get('lang')), 410);
  return person;
}

/** The letter in the asked language, else bokmål, nynorsk, English — whichever is published first. */
async function letterFor(c: Ctx, programmeId: string, lang: Language): Promise<Letter | null> {
  for (const l of [lang, 'nb', 'nn', 'en']) {
    const letter = await currentLetter(c.get('db'), programmeId, l);
    if (letter) return letter;
  }
  return null;
}

async function showLetter(c: Ctx, person: Participant, lang: Language, notice?: string, status: 200 | 409 = 200) {
  const base = `/p/${c.req.param('token')}`;
  const letter = await letterFor(c, person.programmeId, lang);
  if (!letter) return c.html(noLetterPage(lang, base), 200);
  const labels = new Map((await listPurposes(c.get('db'), person.programmeId)).map((p) => [p.key, p.label[lang]]));
  const standing = await consentStatus(c.get('db'), person.id);
  const purposes = letter.purposeKeys.map((key) => ({ key, label: labels.get(key) ?? key, checked: standing.some((s) => s.purposeKey === key && s.granted) }));
  return c.html(consentPage({ lang, base, letter: { ...letter, html: renderLetter(letter.body) }, purposes, answeredBefore: standing.length > 0, notice }), status);
}

const formLimit = bodyLimit({ maxSize: 16 * 1024, onError: (c) => c.text('Too large', 413) });

export const participantPages = new Hono<AppEnv>()
  .use('/p/*', async (c, next) => {
    await next();
    // Personal pages are never cached or indexed, and never leak the token in a Referer.
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex');
    c.header('Referrer-Policy', 'no-referrer');
  })
  .get('/p/:token', async (c) => {
    const person = await personOr410(c);
    if (person instanceof Response) return person;
    return showLetter(c, person, languageOf(c, person));
  })
  .post('/p/:token', formLimit, async (c) => {
    const person = await personOr410(c);
    if (person instanceof Response) return person;
    const form = await c.req.parseBody({ all: true });
    const lang = languageOf(c, person, form);
    const letter = await letterFor(c, person.programmeId, lang);
    // The letter shown must still be the one in force: nobody consents to a text they did not see.
    if (!letter || form.letterId !== letter.id) return showLetter(c, person, lang, translate(lang, 'participant.letterChanged'), 409);
    const ticked = new Set([form.purpose ?? []].flat().filter((v): v is string => typeof v === 'string'));
    const answers = Object.fromEntries(letter.purposeKeys.map((k) => [k, ticked.has(k)]));
    await recordConsents(c.get('db'), { participantId: person.id, programmeId: person.programmeId, letter, answers, method: 'participant_page', recordedBy: null, requestId: c.get('requestId') });
    const labels = new Map((await listPurposes(c.get('db'), person.programmeId)).map((p) => [p.key, p.label[lang]]));
    return c.html(thanksPage(lang, `/p/${c.req.param('token')}`, letter.purposeKeys.map((k) => ({ label: labels.get(k) ?? k, granted: answers[k] }))));
  })
  .get('/p/:token/withdraw', async (c) => {
    const person = await personOr410(c);
    if (person instanceof Response) return person;
    return c.html(withdrawPage(languageOf(c, person), `/p/${c.req.param('token')}`, await offeredWithdrawal(c.get('db'), person)));
  })
  .post('/p/:token/withdraw', formLimit, async (c) => {
    const person = await personOr410(c);
    if (person instanceof Response) return person;
    const form = await c.req.parseBody();
    const lang = languageOf(c, person, form);
    const offered = await offeredWithdrawal(c.get('db'), person);
    const asked = form.choice === 'erase' || form.choice === 'anonymise' ? form.choice : undefined;
    if (offered === 'participant_chooses' && !asked)
      return c.html(withdrawPage(lang, `/p/${c.req.param('token')}`, offered, translate(lang, 'participant.chooseRequired')), 400);
    const done = await withdrawParticipant(c.get('db'), {
      programmeId: person.programmeId, participantId: person.id, choice: offered === 'participant_chooses' ? asked : undefined,
      via: 'participant_page', actorId: null, requestId: c.get('requestId'),
    });
    return c.html(withdrawnPage(lang, done.choice));
  });
