import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import { isLanguage, translate, type Language } from '../i18n/index.js';
import { newSecret } from '../modules/auth/secrets.js';
import { normaliseFormAnswers, validateAnswers, type FormFields } from '../modules/questionnaires/answers-validate.js';
import { calculatedNames, computeCalculated } from '../modules/questionnaires/calc/compute.js';
import type { Answers } from '../modules/questionnaires/definition.js';
import { localText } from '../modules/questionnaires/local-text.js';
import { pairingKey, serverKey, tokenHash } from '../modules/questionnaires/keys.js';
import { normalisePairingCode, pairingCodeParts } from '../modules/questionnaires/pairing.js';
import { mergeScreenAnswers, nextScreen, previousScreen, progressOf, screenAt, screens, screenVariables, type Screen } from '../modules/questionnaires/respond-flow.js';
import { completeResponse, entryByInvitation, entryByPublicToken, saveProgress, type Entry, type Progress } from '../modules/questionnaires/respond.js';
import { isAnswerable } from '../modules/questionnaires/surveys.js';
import type { AppEnv } from '../http/env.js';
import type { ItemErrors } from './questionnaire-items.js';
import { closedPage, receiptPage, screenPage } from './questionnaire-views.js';

/**
 * The questionnaire pages: /q/:token (a personal link) and /s/:token (a public link or QR code).
 * No JavaScript: every screen is a form posted to the same address; each post saves the screen's
 * answers, so closing the browser loses nothing, and coming back continues where the person left off.
 * Invalid input re-renders the screen with a message naming the item and a 422 (the request's
 * transaction rolls back: nothing from that post is stored).
 */
type Ctx = Context<AppEnv>;
const cookieName = (surveyId: string) => `vq_${surveyId.slice(0, 8)}`;
/** 400 days, the most RFC 6265bis (and hono/cookie) allow. */
export const resumeCookieMaxSeconds = 400 * 24 * 3600;

async function entryOf(c: Ctx): Promise<Entry | null> {
  const token = c.req.param('token') ?? '';
  if (c.req.path.startsWith('/q/')) return entryByInvitation(c.get('db'), token);
  return entryByPublicToken(c.get('db'), token, (surveyId) => getCookie(c, cookieName(surveyId)));
}

function languageOf(c: Ctx, entry: Entry, asked?: unknown): Language {
  for (const l of [asked, c.req.query('lang'), entry.response?.language, entry.personLanguage]) if (isLanguage(l)) return l;
  return c.get('lang') ?? 'nb';
}

const settingsOf = (entry: Entry) => ({ display: entry.survey.display, askCode: entry.survey.askPairingCode === 'yes' && entry.survey.mode === 'anonymous' && !entry.response?.pairingKey });

function render(c: Ctx, entry: Entry, lang: Language, screen: Screen, answers: Answers, opts: { errors?: ItemErrors; summary?: string[]; notice?: string; status?: 200 | 422 } = {}) {
  const list = screens(entry.definition, settingsOf(entry), answers);
  const base = c.req.path;
  const page = screenPage({
    lang, base, title: entry.survey.title, definition: entry.definition, screen, answers, errors: opts.errors ?? {}, summary: opts.summary ?? [],
    notice: opts.notice, progress: progressOf(list, screen), canGoBack: Boolean(previousScreen(list, screen)),
  });
  return c.html(page, opts.status ?? 200);
}

/** Closed, not yet open, or done: what to show instead of the form. */
function stop(c: Ctx, entry: Entry | null, lang: Language) {
  if (!entry) return c.html(closedPage(lang, null, 'gone'), 404);
  if (entry.response?.status === 'complete') return receipt(c, entry, lang);
  if (!isAnswerable(entry.survey)) return c.html(closedPage(lang, entry.survey.title, entry.survey.status === 'closed' || (entry.survey.closesAt && entry.survey.closesAt <= new Date()) ? 'closed' : 'notOpen'), 410);
  return null;
}

function receipt(c: Ctx, entry: Entry, lang: Language) {
  const r = entry.response!;
  const calculated = calculatedNames(entry.definition);
  const answered = Object.keys(r.answers).filter((k) => !calculated.has(k)).length;
  return c.html(receiptPage(lang, entry.survey.title, { submittedAt: r.submittedAt ?? new Date(), answered, reference: r.id.slice(0, 8).toUpperCase() }));
}

/** Errors keyed by variable, and summary lines that name the item by its label in the chosen language. */
function describeErrors(entry: Entry, lang: Language, errors: { variable: string; key: string; vars: Record<string, string | number> }[]) {
  const labels = new Map<string, string>();
  for (const s of entry.definition.sections)
    for (const i of s.items) {
      labels.set(i.name, localText(i.label, lang).text);
      if (i.type === 'matrix') for (const r of i.rows) labels.set(r.name, `${localText(i.label, lang).text} – ${localText(r.label, lang).text}`);
    }
  const byVar: ItemErrors = {};
  const summary: string[] = [];
  for (const e of errors) {
    const message = translate(lang, e.key, e.vars);
    byVar[e.variable] ??= message;
    summary.push(`${labels.get(e.variable) ?? e.variable}: ${message}`);
  }
  return { errors: byVar, summary };
}

async function show(c: Ctx) {
  const entry = await entryOf(c);
  const lang = entry ? languageOf(c, entry) : c.get('lang');
  const stopped = stop(c, entry, lang);
  if (stopped) return stopped;
  const answers = entry!.response?.answers ?? {};
  const list = screens(entry!.definition, settingsOf(entry!), answers);
  return render(c, entry!, lang, screenAt(list, entry!.response?.position ?? 0), answers);
}

async function post(c: Ctx) {
  const entry = await entryOf(c);
  const form = (await c.req.parseBody({ all: true })) as FormFields;
  const lang = entry ? languageOf(c, entry, form._lang) : c.get('lang');
  const stopped = stop(c, entry, lang);
  if (stopped) return stopped;
  const e = entry!;
  const db = c.get('db');
  let resumeHash = e.resumeHash;
  if (!resumeHash) {
    // A public-link respondent's first post: the resume token goes into an HttpOnly cookie, only its hash into the database.
    const secret = newSecret();
    resumeHash = tokenHash(secret);
    // Until the survey closes, but never past 400 days: browsers cap a cookie there and the cookie library refuses more (a 500).
    const untilClose = e.survey.closesAt ? Math.floor((e.survey.closesAt.getTime() - Date.now()) / 1000) : 60 * 60 * 24 * 60;
    const maxAge = Math.min(resumeCookieMaxSeconds, Math.max(60, untilClose));
    setCookie(c, cookieName(e.survey.id), secret, { path: c.req.path, httpOnly: true, sameSite: 'Lax', secure: c.req.url.startsWith('https:'), maxAge });
  }
  const hash = resumeHash;
  const save = (change: Omit<Progress, 'language'>) => saveProgress(db, e, hash, { ...change, language: lang });
  const saved = e.response?.answers ?? {};
  const list = screens(e.definition, settingsOf(e), saved);
  const posted = Number(form._screen);
  const screen = list.find((s) => s.anchor === posted);
  // A screen that is no longer shown (answers changed elsewhere, or an old tab): show where the person really is.
  if (!screen) return render(c, e, lang, screenAt(list, e.response?.position ?? 0), saved);
  const action = form._action === 'back' ? 'back' : form._action === 'submit' ? 'submit' : 'next';

  if (screen.kind === 'code') return postCode(c, e, lang, form, list, screen, save);
  const vars = screenVariables(screen);
  const given = normaliseFormAnswers(e.definition, form);
  const forged = Object.keys(given).filter((v) => !vars.includes(v));
  // Calculated fields are the server's: worked out again on every saved screen (no JavaScript on these pages).
  const answers = computeCalculated(e.definition, mergeScreenAnswers(saved, vars, Object.fromEntries(Object.entries(given).filter(([k]) => vars.includes(k)))));
  const checked = validateAnswers(e.definition, answers, { partial: action === 'back', serverCalculated: true });
  const problems = [
    ...forged.map((variable) => ({ variable, key: 'questionnaires.answers.unknownVariable', vars: { variable } })),
    ...checked.errors.filter((x) => vars.includes(x.variable) || (screen.kind === 'submit' && action === 'submit')),
  ];
  if (problems.length) {
    const failing = screen.kind === 'submit' ? (list.find((s) => screenVariables(s).some((v) => problems.some((p) => p.variable === v))) ?? screen) : screen;
    return refuse(c, e, lang, failing, answers, problems, save);
  }
  const after = screens(e.definition, settingsOf(e), answers);
  if (action === 'back') {
    const to = previousScreen(after, screen) ?? screen;
    await save({ answers, position: to.anchor });
    return render(c, e, lang, to, answers);
  }
  if (screen.kind === 'form') {
    // Branching on one page without JavaScript: answers may have revealed questions the person has not seen yet.
    const shownBefore = new Set(screen.items.map((i) => i.name));
    const formNow = after.find((s) => s.kind === 'form');
    const revealed = formNow?.kind === 'form' && formNow.items.some((i) => !shownBefore.has(i.name));
    if (revealed) {
      await save({ answers, position: screen.anchor });
      return render(c, e, lang, formNow, answers, { notice: translate(lang, 'questionnaires.respond.moreQuestions') });
    }
  }
  if (screen.kind === 'form' || (screen.kind === 'submit' && action === 'submit')) {
    const full = validateAnswers(e.definition, answers, { serverCalculated: true });
    if (!full.ok) {
      const failing = after.find((s) => screenVariables(s).some((v) => full.errors.some((p) => p.variable === v))) ?? screen;
      return refuse(c, e, lang, failing, answers, full.errors, save);
    }
    await completeResponse(db, e, hash, answers, lang);
    return receipt(c, e, lang);
  }
  const next = nextScreen(after, screen);
  await save({ answers, position: next.anchor });
  return render(c, e, lang, next, answers);
}

type Problem = { variable: string; key: string; vars: Record<string, string | number> };
type Save = (change: Omit<Progress, 'language'>) => Promise<void>;

/**
 * Shows the screen again with the messages. Only unanswered required items: what was given is valid and
 * saved (nothing is lost). Anything invalid or forged: 422, and the request's transaction stores nothing.
 */
async function refuse(c: Ctx, e: Entry, lang: Language, screen: Screen, answers: Answers, problems: Problem[], save: Save) {
  const onlyMissing = problems.every((p) => p.key === 'questionnaires.answers.required');
  if (onlyMissing) await save({ answers, position: screen.anchor });
  return render(c, e, lang, screen, answers, { ...describeErrors(e, lang, problems), status: onlyMissing ? 200 : 422 });
}

/** The self-generated code: only its keyed hash is stored, never the letters and digits. */
async function postCode(c: Ctx, e: Entry, lang: Language, form: FormFields, list: Screen[], screen: Screen, save: Save) {
  const input = Object.fromEntries(pairingCodeParts.map((p) => [p.name, form[`_code_${p.name}`]]));
  const code = normalisePairingCode(input);
  if ('invalid' in code) {
    const errors: ItemErrors = {};
    const summary = code.invalid.map((part) => {
      const message = translate(lang, `questionnaires.respond.code.invalid.${part}`);
      errors[`_code_${part}`] = message;
      return `${translate(lang, `questionnaires.respond.code.${part}`)}: ${message}`;
    });
    return render(c, e, lang, screen, e.response?.answers ?? {}, { errors, summary, status: 422 });
  }
  const key = await serverKey({ dataDir: c.get('deps').config.dataDir });
  const next = nextScreen(list, screen);
  await save({ position: next.anchor, pairingKey: pairingKey(key, e.survey.programmeId, code.code) });
  const answers = e.response?.answers ?? {};
  return render(c, e, lang, screenAt(screens(e.definition, settingsOf(e), answers), next.anchor), answers);
}

const formLimit = bodyLimit({ maxSize: 64 * 1024, onError: (c) => c.text('Too large', 413) });
const privateHeaders = async (c: Ctx, next: () => Promise<void>) => {
  await next();
  c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex');
  c.header('Referrer-Policy', 'no-referrer');
};

export const questionnairePages = new Hono<AppEnv>()
  // Compressed with every other page (server/middleware/compress-pages.ts).
  .use('/q/*', privateHeaders)
  .use('/s/*', privateHeaders)
  .get('/q/:token', show)
  .post('/q/:token', formLimit, post)
  .get('/s/:token', show)
  .post('/s/:token', formLimit, post);
