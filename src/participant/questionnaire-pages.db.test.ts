import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { deliverMail } from '../../test/support/mail-delivery.js';
import { startSmtpServer, type TestSmtpServer } from '../../test/support/smtp-server.js';
import { browser, screenOf, surveyProgramme } from '../../test/support/survey-fixture.js';
import { createMailer } from '../modules/auth/mailer.js';
import { sampleDefinition } from '../modules/questionnaires/fixtures.js';
import { runSurveyReminders } from '../modules/questionnaires/reminders.js';
import { responses, surveyInvitations } from '../modules/questionnaires/schema.js';

let smtp: TestSmtpServer;
let t: TestApp;
let w: Awaited<ReturnType<typeof surveyProgramme>>;
let versionId: string;
beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ mailer: createMailer(smtp.url, 'Varde <varde@varde.example>', () => {}) });
  w = await surveyProgramme(t);
  versionId = await w.publishedVersion(sampleDefinition());
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

/** What this respondent answers to each variable of the sample instrument. */
const plan: Record<string, string | string[]> = {
  q1: '4', q2: '2', role: '9', role_other: 'Veileder', areas: ['1', '2'], areas_b: 'Mye arbeid', g1: '3', g2: '2', years: '5', hours: '2,5',
  start: '2026-03-01', consent: '1', mood: '7', email: 'svar@deltaker.example',
};
const fieldsOf = (html: string) => [...new Set([...html.matchAll(/name="([a-z][a-z0-9_]*)"/g)].map((m) => m[1]))];
const answerFields = (html: string): [string, string][] => fieldsOf(html).flatMap((n) => [plan[n] ?? []].flat().map((v) => [n, v] as [string, string]));
const linkIn = (text: string) => new URL(/http:\/\/\S+\/q\/\S+/.exec(text)![0]).pathname;
const responsesOf = (surveyId: string) => t.database.db.select().from(responses).where(eq(responses.surveyId, surveyId));

describe('a linked survey by personal link: e-mail, one item per screen, save per step, resume, submit', () => {
  it('e-mails the link in the person’s language, walks the form without JavaScript and keeps everything on every step', async () => {
    const closesAt = new Date(Date.now() + 3 * 24 * 3600_000);
    const [survey] = await w.openSurvey({ instrumentVersionId: versionId, mode: 'linked', display: 'one_per_screen', closesAt: closesAt.toISOString(), reminderHoursBeforeClose: 48 });
    const kari = await w.person({ language: 'nn' });
    const ola = await w.person({ language: 'en' });
    const invited = await w.api('POST', `/surveys/${survey.id}/invitations`, { participantIds: [kari.id, ola.id] });
    expect(invited.status).toBe(200);
    expect(invited.body).toMatchObject({ invited: 2, emailed: 2, alreadyInvited: 0, handOut: [] });
    await deliverMail(t, { mailer: createMailer(smtp.url, 'Varde <varde@varde.example>', () => {}) });
    const toKari = smtp.received.find((m) => m.to.includes(kari.email!))!;
    expect(toKari.subject).toBe('Spørjeskjema: Sample');
    expect(toKari.text).toContain('lenkja er personleg');
    expect(smtp.received.find((m) => m.to.includes(ola.email!))!.subject).toBe('Questionnaire: Sample');
    // Inviting again sends nothing twice.
    expect((await w.api('POST', `/surveys/${survey.id}/invitations`, { participantIds: [kari.id] })).body).toMatchObject({ invited: 0, alreadyInvited: 1 });

    const path = linkIn(toKari.text);
    const b = browser(t, path);
    let page = await b.get();
    expect(page.status).toBe(200);
    expect(page.html).toContain('<html lang="nn">');
    expect(page.html).not.toMatch(/<script|\son[a-z]+=/i);
    expect(page.res.headers.get('cache-control')).toBe('no-store');
    expect(screenOf(page.html)).toBe('1');
    page = await b.post([['_screen', '1'], ['_lang', 'nn'], ['_action', 'next']]);
    expect(page.html).toContain('name="q1"');
    page = await b.post([['_screen', screenOf(page.html)], ['_lang', 'nn'], ['_action', 'next'], ['q1', '4']]);
    expect(page.html).toContain('name="q2"');
    let [row] = await responsesOf(survey.id);
    expect(row).toMatchObject({ answers: { q1: 4 }, participantId: kari.id, status: 'in_progress', language: 'nn' });

    // The browser is closed: the link alone brings the person back to the same question.
    const again = browser(t, path);
    page = await again.get();
    expect(page.html).toContain('name="q2"');
    expect(page.html).toContain('Spørsmål 3 av 12');

    // Bad input: an out-of-range value, a forged item — a message naming the item, a 422, nothing stored.
    const q2Screen = screenOf(page.html);
    const bad = await again.post([['_screen', q2Screen], ['_lang', 'nn'], ['_action', 'next'], ['q2', '9']]);
    expect(bad.status).toBe(422);
    expect(bad.html).toMatch(/class="sum"[\s\S]*Q2: Vel eitt av alternativa/);
    const forged = await again.post([['_screen', q2Screen], ['_lang', 'nn'], ['_action', 'next'], ['q2', '2'], ['admin_note', 'x']]);
    expect(forged.status).toBe(422);
    expect(forged.html).toContain('admin_note');
    [row] = await responsesOf(survey.id);
    expect(row.answers).toEqual({ q1: 4 });
    expect(row.position).toBe(Number(q2Screen));

    // The rest, screen by screen, as a browser would post it; branching shows role_other and areas_b.
    let steps = 0;
    page = await again.get();
    while (!page.html.includes('data-testid="receipt"') && steps++ < 30) {
      const action = page.html.includes('value="submit"') ? 'submit' : 'next';
      page = await again.post([['_screen', screenOf(page.html)], ['_lang', 'nn'], ['_action', action], ...answerFields(page.html)]);
      expect(page.status, page.html.slice(0, 2000)).toBe(200);
    }
    expect(page.html).toContain('Takk! Svara dine er mottekne.');
    expect(page.html).toContain('Kvitteringsnummer');
    [row] = await responsesOf(survey.id);
    expect(row.status).toBe('complete');
    expect(row.answers).toMatchObject({ q1: 4, q2: 2, role: '9', role_other: 'Veileder', areas: ['1', '2'], areas_b: 'Mye arbeid', hours: 2.5 });
    // core = q1 + reversed q2 (6 - 2) + g1 + g2 = 4 + 4 + 3 + 2; grid mean of answered rows.
    expect(row.scores).toEqual({ core: 13, grid_mean: 2.5 });
    const [inv] = await t.database.db.select().from(surveyInvitations).where(eq(surveyInvitations.participantId, kari.id));
    expect(inv.completedAt).not.toBeNull();
    // Coming back after submitting shows the receipt, and nothing can be changed.
    expect((await again.get()).html).toContain('data-testid="receipt"');
    expect((await again.post([['_screen', '2'], ['q1', '1'], ['_action', 'next']])).html).toContain('data-testid="receipt"');

    const progress = await w.api('GET', `/surveys/${survey.id}/progress`);
    expect(progress.body).toMatchObject({ invited: 2, emailed: 2, invitedAnswered: 1, complete: 1 });

    // Reminders: only Ola, who has not answered, once — with the same link as before.
    const before = smtp.received.length;
    const deps = { db: t.database.db, mailer: createMailer(smtp.url, 'Varde <varde@varde.example>', () => {}), publicUrl: 'http://localhost:3000', dataDir: t.app ? 'data' : 'data' };
    expect(await runSurveyReminders({ ...deps, now: () => new Date(closesAt.getTime() - 49 * 3600_000) })).toMatchObject({ reminded: 0 });
    expect(await runSurveyReminders({ ...deps, now: () => new Date(closesAt.getTime() - 47 * 3600_000) })).toMatchObject({ reminded: 1 });
    expect(await runSurveyReminders({ ...deps, now: () => new Date(closesAt.getTime() - 46 * 3600_000) })).toMatchObject({ reminded: 0 });
    await deliverMail(t, { mailer: deps.mailer });
    await new Promise((r) => setTimeout(r, 200));
    const reminders = smtp.received.slice(before);
    expect(reminders.map((m) => m.to[0])).toEqual([ola.email]);
    expect(reminders[0].subject).toBe('Reminder: Sample');
    const olaLink = linkIn(smtp.received.find((m) => m.to.includes(ola.email!) && m.subject.startsWith('Questionnaire'))!.text);
    expect(linkIn(reminders[0].text)).toBe(olaLink);
  });
});

describe('an anonymous survey by public link and QR code, the whole form on one page', () => {
  it('saves what is valid, resumes by cookie, submits with nothing tying the answers to a person', async () => {
    const [survey] = await w.openSurvey({ instrumentVersionId: versionId, mode: 'anonymous', display: 'whole' });
    const link = await w.api('POST', `/surveys/${survey.id}/public-link`);
    expect(link.status).toBe(200);
    expect((await w.api('POST', `/surveys/${survey.id}/public-link`)).body.url).toBe(link.body.url);
    const qr = await w.api('GET', `/surveys/${survey.id}/qr.svg`);
    expect(qr.status).toBe(200);
    expect(qr.headers.get('content-type')).toContain('image/svg+xml');
    expect(qr.body).toMatch(/^<svg[\s\S]*<path[\s\S]*<\/svg>\s*$/);

    const path = new URL(link.body.url).pathname;
    const b = browser(t, path);
    let page = await b.get('?lang=en');
    expect(page.html).toContain('<html lang="en">');
    expect(page.html).toContain('name="q1"');
    expect(page.html).not.toContain('name="role_other"');
    // Only some answers: they are kept (required ones are named), the cookie holds the way back.
    page = await b.post([['_screen', '1'], ['_lang', 'en'], ['_action', 'submit'], ['q1', '5'], ['role', '9']]);
    expect(page.status).toBe(200);
    expect(page.html).toContain('Q2: This question must be answered.');
    expect([...b.jar.keys()]).toHaveLength(1);
    let rows = await responsesOf(survey.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ answers: { q1: 5, role: '9' }, participantId: null, pairingKey: null, status: 'in_progress' });

    page = await b.get();
    expect(page.html).toMatch(/name="q1" value="5" checked/);
    // The answer revealed a question (role_other) that is now on the page.
    expect(page.html).toContain('name="role_other"');
    const stranger = browser(t, path);
    expect((await stranger.get()).html).not.toMatch(/checked/);

    page = await b.post([['_screen', '1'], ['_lang', 'en'], ['_action', 'submit'], ...answerFields(page.html)]);
    // Ticking B revealed «About B»: the form comes back with it before anything is submitted.
    expect(page.html).toContain('Your answers brought up a few more questions');
    expect(page.html).toContain('name="areas_b"');
    expect((await responsesOf(survey.id))[0].status).toBe('in_progress');
    page = await b.post([['_screen', '1'], ['_lang', 'en'], ['_action', 'submit'], ...answerFields(page.html)]);
    expect(page.html).toContain('data-testid="receipt"');
    rows = await responsesOf(survey.id);
    expect(rows[0]).toMatchObject({ status: 'complete', participantId: null });
    // The last post answered q1 = 4 (the plan), replacing the 5 saved earlier.
    expect(rows[0].scores).toEqual({ core: 4 + 4 + 3 + 2, grid_mean: 2.5 });

    await w.api('POST', `/surveys/${survey.id}/close`);
    const closed = await browser(t, path).get();
    expect(closed.status).toBe(410);
    expect(closed.html).toContain('Undersøkelsen er avsluttet');
  });

  it('a linked survey has no public link', async () => {
    const [survey] = await w.openSurvey({ instrumentVersionId: versionId, mode: 'linked' });
    expect((await w.api('POST', `/surveys/${survey.id}/public-link`)).status).toBe(409);
    expect((await t.call('GET', '/s/AAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
  });
});

describe('languages and weight', () => {
  it('marks a text missing in the chosen language instead of silently switching language', async () => {
    const def = sampleDefinition();
    def.sections[0].items[1] = { ...def.sections[0].items[1], label: { nb: 'Hvor enig er du?', en: 'How much do you agree?' } } as never;
    const [survey] = await w.openSurvey({ instrumentVersionId: await w.publishedVersion(def), mode: 'anonymous', display: 'whole' });
    const path = new URL((await w.api('POST', `/surveys/${survey.id}/public-link`)).body.url).pathname;
    const nn = await browser(t, path).get('?lang=nn');
    expect(nn.html).toContain('<html lang="nn">');
    expect(nn.html).toContain('<span lang="nb">Hvor enig er du?</span> <small class="miss">(ikkje omsett til nynorsk)</small>');
    const en = await browser(t, path).get('?lang=en');
    expect(en.html).toContain('How much do you agree?');
    expect(en.html).not.toContain('class="miss"');
  });

  it('the first page of a 20-item questionnaire is at most 14 KB compressed', async () => {
    const text = (s: string) => ({ nb: s, nn: s, en: s });
    const def = { ...sampleDefinition(), scales: [], sections: [{ name: 's', items: Array.from({ length: 20 }, (_, i) => ({ name: `p${i}`, type: 'likert' as const, required: true, label: text(`Påstand nummer ${i + 1} om tjenesten og brukerens egne mål`), points: [1, 2, 3, 4, 5].map((v) => ({ value: v, label: text(`Svaralternativ ${v}`) })) })) }] };
    for (const display of ['whole', 'one_per_screen']) {
      const [survey] = await w.openSurvey({ instrumentVersionId: await w.publishedVersion(def as never), mode: 'anonymous', display });
      const path = new URL((await w.api('POST', `/surveys/${survey.id}/public-link`)).body.url).pathname;
      const res = await t.call('GET', path, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.headers.get('content-encoding')).toBe('gzip');
      const bytes = (await res.arrayBuffer()).byteLength;
      expect(bytes, display).toBeLessThanOrEqual(14 * 1024);
      expect(bytes).toBeGreaterThan(500);
    }
  });
});

