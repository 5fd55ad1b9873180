import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { consentProgramme } from '../../../test/support/consent-fixture.js';
import { scanDatabase } from '../../../test/support/scan-database.js';
import { deliverMail } from '../../../test/support/mail-delivery.js';
import { currentLetter } from '../consent/letters.js';
import { recordConsents } from '../consent/record.js';
import { withdrawParticipant } from '../privacy/withdraw.js';
import { memberCheckResponses } from './member-check-schema.js';

/** Member checking end to end: start → e-mails in nn/nb → participant page (no JS) → comments → staff see them; consent, deadline, withdrawal, access export. */
let t: TestApp;
let admin: Caller;
let fx: Awaited<ReturnType<typeof consentProgramme>>;
type Person = Awaited<ReturnType<Awaited<ReturnType<typeof consentProgramme>>['person']>>;
let nnPerson: Person, nbPerson: Person, noMail: Person, refuser: Person, absent: Person;
let documentId: string;
let checkId: string;
const json = async (res: Response) => res.json() as Promise<any>;
const api = (path: string) => `/api/v1/programmes/${fx.programme.id}/analysis${path}`;
const pathOf = (url: string) => new URL(url).pathname;
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const post = (path: string, fields: Record<string, string>) => t.call('POST', path, { body: form(fields), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
const linkIn = (text: string) => pathOf(text.match(/https?:\/\/\S+\/member-check\/[0-9a-f-]+/)![0]);

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin@varde.test', { isAdmin: true });
  fx = await consentProgramme(t.database.db);
  nnPerson = await fx.person({ language: 'nn', name: 'Solveig Haugland' });
  nbPerson = await fx.person({ language: 'nb', name: 'Trond Eikeland' });
  noMail = await fx.person({ language: 'en', name: 'Ola Nordmann', email: null });
  refuser = await fx.person({ language: 'nb', name: 'Berit Skaar' });
  absent = await fx.person({ language: 'nb', name: 'Petter Vik' });
  const letter = (await currentLetter(t.database.db, fx.programme.id, 'nb'))!;
  for (const [p, focus] of [[nnPerson, true], [nbPerson, true], [noMail, true], [refuser, false], [absent, true]] as const)
    await recordConsents(t.database.db, { participantId: p.id, programmeId: fx.programme.id, letter, answers: { interview_recording: false, questionnaire: false, focus_group: focus }, method: 'paper', recordedBy: admin.userId, signedOn: '2026-02-01' });
  // The refuser was present but did not consent to focus groups: the import needs consent, so add them as present in SQL.
  const text = `Oppsummering fokusgruppe 1\n\nSolveig Haugland fortalte at nettverket ga «boost» til arbeidet i kommunen.\n\nTrond Eikeland og Ola Nordmann la vekt på erfaringsdeling.`;
  const res = await t.call('POST', api('/documents'), { as: admin, body: { title: 'Fokusgruppe 1', kind: 'focus_group_summary', text, participantIds: [nnPerson.id, nbPerson.id, noMail.id] } });
  expect(res.status).toBe(201);
  documentId = (await json(res)).id;
  await t.database.db.execute(sql`insert into document_participants (document_id, participant_id) values (${documentId}, ${refuser.id})`);
});
afterAll(() => t.close());

describe('member checking', () => {
  it('starts a check: e-mails in each person’s language with a working link; the one without e-mail gets a link and QR to hand out', async () => {
    const res = await t.call('POST', api(`/documents/${documentId}/member-checks`), { as: admin, body: { deadline: '2099-12-31', participantIds: [nnPerson.id, nbPerson.id, noMail.id] } });
    expect(res.status).toBe(201);
    const body = await json(res);
    checkId = body.check.id;
    expect(body.check.recipients).toHaveLength(3);
    expect(body.check.recipients.every((r: any) => !('name' in r) && !('email' in r))).toBe(true);
    // E-mail after commit (issue 11 item 10): the request only queues; the mail job sends, retries and reports per person.
    expect(t.sentMail).toHaveLength(0);
    const deliveryOf = async (participantId: string) => (await json(await t.call('GET', api(`/member-checks/${checkId}`), { as: admin }))).recipients.find((r: any) => r.participantId === participantId).delivery;
    expect(await deliveryOf(nnPerson.id)).toMatchObject({ status: 'queued', attempts: 0 });
    expect(await deliveryOf(noMail.id)).toBeNull();
    const down = { send: async () => { throw new Error('421 mail server busy for <solveig@varde.example>'); } };
    expect(await deliverMail(t, { mailer: down })).toMatchObject({ sent: 0, failed: 2 });
    expect(t.sentMail).toHaveLength(0);
    const failed = await deliveryOf(nnPerson.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, error: '421 mail server busy for <…>' });
    expect(failed.retryAt).not.toBeNull();
    expect((await json(await t.call('GET', api(`/member-checks/${checkId}`), { as: admin }))).recipients.every((r: any) => r.sentAt === null)).toBe(true);
    expect(await deliverMail(t, { now: () => new Date(Date.now() + 2 * 60_000) })).toMatchObject({ sent: 2, failed: 0 });
    expect(await deliveryOf(nnPerson.id)).toMatchObject({ status: 'sent', attempts: 2, error: null });
    expect(t.sentMail).toHaveLength(2);
    const nn = t.sentMail.find((m) => m.to === nnPerson.email)!;
    const nb = t.sentMail.find((m) => m.to === nbPerson.email)!;
    expect(nn.subject).toBe('Les oppsummeringa frå fokusgruppa');
    expect(nn.text).toContain('Du kan svare til og med 31.12.2099');
    expect(nb.subject).toBe('Les oppsummeringen fra fokusgruppen');
    expect(nb.text).toContain('Lenken er personlig');
    const handOut = body.links.find((l: any) => l.participantId === noMail.id);
    expect(handOut).toMatchObject({ emailed: false, code: noMail.code });
    expect(handOut.url).toContain(`/member-check/${checkId}`);
    expect(handOut.qrSvg).toContain('<svg');
    expect(body.links.filter((l: any) => l.emailed).every((l: any) => l.url === null && l.qrSvg === null)).toBe(true);
    for (const m of [nn, nb]) expect((await t.call('GET', linkIn(m.text))).status).toBe(200);
    expect((await t.call('GET', pathOf(handOut.url))).status).toBe(200);
  });

  it('the participant page: nynorsk, the pseudonymised text without names, a textarea, no script; opening is tracked', async () => {
    const path = linkIn(t.sentMail.find((m) => m.to === nnPerson.email)!.text);
    const res = await t.call('GET', path);
    const page = await res.text();
    expect(page).toContain('<html lang="nn">');
    expect(page).toContain('nettverket ga «boost»');
    for (const p of [nnPerson, nbPerson, noMail]) expect(page).not.toContain(p.name);
    expect(page).toContain(nnPerson.code);
    expect(page).toContain('Er det noko som manglar eller er feil? Skriv det her.');
    expect(page).toMatch(/<textarea id="comment" name="comment"/);
    expect(page).not.toMatch(/<script|\son[a-z]+=/i);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect((await (await t.call('GET', `${path}?lang=en`)).text())).toContain('<html lang="en">');
    const check = await json(await t.call('GET', api(`/member-checks/${checkId}`), { as: admin }));
    const me = check.recipients.find((r: any) => r.participantId === nnPerson.id);
    expect(me.openedAt).not.toBeNull();
    expect(me.sentAt).not.toBeNull();
    expect(me.respondedAt).toBeNull();
    expect(check.recipients.find((r: any) => r.participantId === noMail.id).sentAt).toBeNull();
  });

  it('stores the comment by form POST, and it can be updated before the deadline; staff read it', async () => {
    const path = linkIn(t.sentMail.find((m) => m.to === nnPerson.email)!.text);
    expect((await post(path, { lang: 'nn', comment: '   ' })).status).toBe(400);
    const first = await post(path, { lang: 'nn', comment: 'Eg sa òg at samlingane var for korte.' });
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('Kommentaren din er lagra');
    const again = await t.call('GET', path);
    expect(await again.text()).toContain('Eg sa òg at samlingane var for korte.</textarea>');
    expect((await post(path, { lang: 'nn', comment: 'Rettelse: samlingane var for korte, og det mangla pausar. MERKEORD-NN' })).status).toBe(200);
    const list = await json(await t.call('GET', api(`/documents/${documentId}/member-checks`), { as: admin }));
    const me = list[0].recipients.find((r: any) => r.participantId === nnPerson.id);
    expect(me.comment).toBe('Rettelse: samlingane var for korte, og det mangla pausar. MERKEORD-NN');
    expect(me.respondedAt).not.toBeNull();
    // An unknown token is gone (410), like every personal page.
    const other = await t.call('GET', `/p/${'x'.repeat(10)}/member-check/${checkId}`);
    expect(other.status).toBe(410);
  });

  it('a link for a check the person did not get answers 404', async () => {
    const res = await t.call('POST', `/api/v1/programmes/${fx.programme.id}/participants/${absent.id}/personal-link`, { as: admin });
    const url = (await json(res)).url as string;
    const page = await t.call('GET', `${pathOf(url)}/member-check/${checkId}`);
    expect(page.status).toBe(404);
  });

  it('after the deadline the page is read-only and a POST changes nothing', async () => {
    const path = linkIn(t.sentMail.find((m) => m.to === nnPerson.email)!.text);
    await t.database.db.execute(sql`update member_checks set deadline = '2020-01-31' where id = ${checkId}`);
    const page = await (await t.call('GET', path)).text();
    expect(page).toContain('Fristen gjekk ut 31.01.2020');
    expect(page).not.toContain('<form');
    expect(page).toContain('MERKEORD-NN');
    const res = await post(path, { lang: 'nn', comment: 'For seint' });
    expect(res.status).toBe(409);
    const [row] = await t.database.db.select().from(memberCheckResponses).where(eq(memberCheckResponses.participantId, nnPerson.id));
    expect(row.comment).toContain('MERKEORD-NN');
    expect((await json(await t.call('GET', api(`/member-checks/${checkId}`), { as: admin }))).open).toBe(false);
    await t.database.db.execute(sql`update member_checks set deadline = '2099-12-31' where id = ${checkId}`);
  });

  it('refuses participants without focus-group consent, those not present, and a past deadline — nothing sent', async () => {
    const mails = t.sentMail.length;
    const refused = await t.call('POST', api(`/documents/${documentId}/member-checks`), { as: admin, body: { deadline: '2099-12-31', participantIds: [nbPerson.id, refuser.id] } });
    expect(refused.status).toBe(409);
    const notPresent = await t.call('POST', api(`/documents/${documentId}/member-checks`), { as: admin, body: { deadline: '2099-12-31', participantIds: [absent.id] } });
    expect(notPresent.status).toBe(400);
    const past = await t.call('POST', api(`/documents/${documentId}/member-checks`), { as: admin, body: { deadline: '2020-01-01', participantIds: [nbPerson.id] } });
    expect(past.status).toBe(400);
    // Default recipients are everyone present, the refuser included: refused as a whole.
    expect((await t.call('POST', api(`/documents/${documentId}/member-checks`), { as: admin, body: { deadline: '2099-12-31' } })).status).toBe(409);
    await deliverMail(t);
    expect(t.sentMail.length).toBe(mails);
    expect(await json(await t.call('GET', api(`/documents/${documentId}/member-checks`), { as: admin }))).toHaveLength(1);
  });

  it('a new link can be issued for a recipient to hand out', async () => {
    const check = await json(await t.call('GET', api(`/member-checks/${checkId}`), { as: admin }));
    const r = check.recipients.find((x: any) => x.participantId === noMail.id);
    const res = await t.call('POST', api(`/member-checks/${checkId}/recipients/${r.id}/link`), { as: admin });
    expect(res.status).toBe(201);
    const link = await json(res);
    expect(link.qrSvg).toContain('<svg');
    const page = await (await t.call('GET', pathOf(link.url))).text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Is anything missing or wrong? Add it here.');
  });

  it('the access export includes the person’s member-check comments', async () => {
    const res = await t.call('GET', `/api/v1/programmes/${fx.programme.id}/participants/${nnPerson.id}/access-export`, { as: admin });
    expect(res.status).toBe(200);
    const doc = await json(res);
    expect(doc.analysis.memberCheckComments).toHaveLength(1);
    expect(doc.analysis.memberCheckComments[0]).toMatchObject({ memberCheckId: checkId, documentId, deadline: '2099-12-31' });
    expect(doc.analysis.memberCheckComments[0].comment).toContain('MERKEORD-NN');
  });

  it('anonymising keeps the comment (re-keyed); erasing removes it and leaves nothing in the database', async () => {
    const nbPath = linkIn(t.sentMail.find((m) => m.to === nbPerson.email)!.text);
    expect((await post(nbPath, { lang: 'nb', comment: 'Jeg vil legge til noe. MERKEORD-NB' })).status).toBe(200);
    const db = t.database.db;
    await db.transaction((tx) => withdrawParticipant(tx, { programmeId: fx.programme.id, participantId: nbPerson.id, choice: 'anonymise', via: 'coordinator', actorId: admin.userId }));
    const kept = await db.select().from(memberCheckResponses).where(sql`${memberCheckResponses.comment} like '%MERKEORD-NB%'`);
    expect(kept).toHaveLength(1);
    expect(kept[0].participantId).not.toBe(nbPerson.id);
    expect(await scanDatabase(db, [nbPerson.id, nbPerson.name, nbPerson.email!])).toEqual([]);

    await db.transaction((tx) => withdrawParticipant(tx, { programmeId: fx.programme.id, participantId: nnPerson.id, choice: 'erase', via: 'coordinator', actorId: admin.userId }));
    expect(await scanDatabase(db, [nnPerson.id, nnPerson.name, nnPerson.email!, nnPerson.phone!, 'MERKEORD-NN'])).toEqual([]);
    const check = await json(await t.call('GET', api(`/member-checks/${checkId}`), { as: admin }));
    expect(check.recipients.map((r: any) => r.participantId)).not.toContain(nnPerson.id);
  });
});
