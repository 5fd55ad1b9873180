/**
 * Issue 11 §4, the regression: after "withdraw and erase" a person summary memo, their phone in a
 * shared transcript, staff free text naming them and their name and e-mail in the log remained.
 * Here the person withdraws on their own page; the coordinator resolves the to-do list; then every
 * table and the captured log are scanned for the name, e-mail, phone and token.
 */
import { Writable } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentProgramme } from '../../../test/support/consent-fixture.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import { scanDatabase } from '../../../test/support/scan-database.js';
import { readConfig } from '../../config.js';
import { rebuildPassages } from '../analysis/passages.js';
import { codes, codings, documentParticipants, documentPassages, documents, memos } from '../analysis/schema.js';
import { programmeRoles } from '../access/schema.js';
import { createMailer } from '../auth/mailer.js';
import { startSession } from '../auth/sessions.js';
import { issueSignInLink } from '../auth/sign-in-links.js';
import { groups } from '../groups/schema.js';
import { issueParticipantLink } from '../people/links.js';
import { createApp } from '../../server/app.js';
import { logRedaction } from './log-redaction.js';

const origin = 'http://localhost:3000';
let d: TestDatabase;
let world: Awaited<ReturnType<typeof consentProgramme>>;
const logged: string[] = [];
let app: ReturnType<typeof createApp>;
let log: pino.Logger;
let mailer: ReturnType<typeof createMailer>;

beforeAll(async () => {
  d = await createTestDatabase();
  world = await consentProgramme(d.db);
  const sink = new Writable({
    write(chunk, _enc, done) {
      logged.push(String(chunk));
      done();
    },
  });
  log = pino({ level: 'info', ...logRedaction }, sink);
  mailer = createMailer(undefined, 'Varde <varde@varde.example>', (text) => void logged.push(text));
  app = createApp({ config: { ...readConfig({ PUBLIC_URL: origin }), logLevel: 'info' }, db: d.db, log, mailer });
});
afterAll(() => d.drop());

const person = { name: 'Åse Fjellheim', email: 'ase.fjellheim@varde.example', phone: '+47 412 34 567' };
const bystander = { name: 'Åse Sørbø', email: 'ase.sorbo@varde.example', phone: '+47 987 65 432' };

describe('withdraw and erase really forgets (issue 11 §4)', () => {
  it('leaves no name, e-mail, phone or token in any table or in the log, apart from a hit kept with a reason', async () => {
    const db = d.db;
    const p = await world.person(person);
    const other = await world.person(bystander);
    const programmeId = world.programme.id;
    const link = await issueParticipantLink(db, p.id, origin);
    const token = link.split('/p/')[1];

    // A shared focus-group transcript imported before phones were pseudonymised, with a kept original.
    const text = 'Ordstyrer: Velkommen.\nÅse Fjellheim: Ring meg på 412 34 567 etterpå.\n[tjenesteyter STV-P-99]: Takk.';
    const lines = text.split('\n');
    const turns = [{ speaker: 'Ordstyrer', start: 0, end: lines[0].length }, { speaker: 'Åse Fjellheim', start: lines[0].length + 1, end: lines[0].length + 1 + lines[1].length }, { speaker: '[tjenesteyter STV-P-99]', start: text.length - lines[2].length, end: text.length }];
    const [doc] = await db.insert(documents).values({ programmeId, kind: 'focus_group_transcript', title: 'Fokusgruppe 1', text, turns, sourceFormat: 'txt', originalEncrypted: Buffer.from('sealed original') }).returning();
    await db.insert(documentParticipants).values([{ documentId: doc.id, participantId: p.id }, { documentId: doc.id, participantId: other.id }]);
    await rebuildPassages(db, doc.id);
    const [code] = await db.insert(codes).values({ programmeId, name: 'Kontakt' }).returning();
    const start = [...text].indexOf('R', 22);
    const end = [...text].indexOf('.', start) + 1;
    const [coding] = await db.insert(codings).values({ documentId: doc.id, codeId: code.id, start, end, text: [...text].slice(start, end).join('') }).returning();
    const after = [...text].indexOf('[');
    const [codingAfter] = await db.insert(codings).values({ documentId: doc.id, codeId: code.id, start: after, end: after + 23, text: [...text].slice(after, after + 23).join('') }).returning();
    // A person summary tied to their code; a memo and a group mandate typed by staff.
    await db.insert(memos).values({ programmeId, targetKind: 'person_summary', targetId: doc.id, subject: p.code, text: 'Åse Fjellheim beskriver lang ventetid.' });
    const [memo] = await db.insert(memos).values({ programmeId, targetKind: 'document', targetId: doc.id, text: 'Spør Fjellheim på ase.fjellheim@varde.example om sitatet.' }).returning();
    const [group] = await db.insert(groups).values({ programmeId, kind: 'project_group', name: 'Prosjektgruppe', mandate: 'Åse S. leder arbeidet.' }).returning();

    // What the server prints meanwhile: an invitation by console mail, a failed query, a staff sign-in link.
    await mailer.send({ to: person.email, subject: `Invitasjon, ${person.name}`, text: `Hei ${person.name}! Svar her: ${origin}/i/AbCdEf1234567890` });
    log.error({ err: Object.assign(new Error(`Failed query: insert into participants\nparams: ${person.name},${person.email}`), { params: [person.name, person.phone] }) }, 'unhandled error');
    const staffLink = await issueSignInLink(db, world.actor.userId, origin);
    await mailer.send({ to: 'koordinator@varde.example', subject: 'Logg inn', text: `Logg inn: ${staffLink}` });

    // The person withdraws on their own page: erase runs at once.
    expect((await app.request(`${origin}/p/${token}`, { headers: { origin } })).status).toBe(200);
    const res = await app.request(`${origin}/p/${token}/withdraw`, { method: 'POST', headers: { origin, 'content-type': 'application/x-www-form-urlencoded' }, body: 'choice=erase' });
    expect(res.status).toBe(200);

    expect(await db.select().from(memos).where(and(eq(memos.targetKind, 'person_summary'), eq(memos.subject, p.code)))).toEqual([]);
    expect((await db.select({ o: documents.originalEncrypted }).from(documents).where(eq(documents.id, doc.id)))[0].o).toBeNull();

    // The coordinator's to-do list.
    await db.insert(programmeRoles).values({ programmeId, userId: world.actor.userId, role: 'coordinator' });
    const session = await startSession(db, world.actor.userId, 'link');
    const staff = { cookie: `varde_session=${session.secret}`, 'x-csrf-token': session.csrfToken, origin, 'content-type': 'application/json' };
    const todoRes = await app.request(`${origin}/api/v1/programmes/${programmeId}/withdrawal-hits`, { headers: staff });
    const todo = await todoRes.json();
    expect(todoRes.status, JSON.stringify(todo)).toBe(200);
    const seen = todo.map((h: { sourceKey: string; detail: string; snippet: { match: string } }) => [h.sourceKey, h.detail, h.snippet.match]).sort();
    expect(seen).toEqual([
      ['analysis.documents.text', 'name', 'Åse Fjellheim'],
      ['analysis.documents.text', 'phone', '412 34 567'],
      ['analysis.documents.turns', 'name', 'Åse Fjellheim'],
      ['analysis.memos.text', 'email', 'ase.fjellheim@varde.example'],
      ['analysis.memos.text', 'name', 'Fjellheim'],
      ['groups.groups.mandate', 'name', 'Åse'],
    ]);
    const reason = 'Gjelder en annen deltaker med samme fornavn.';
    for (const hit of todo) {
      const body = hit.sourceKey === 'groups.groups.mandate' ? { action: 'keep', reason } : { action: 'replace' };
      const done = await app.request(`${origin}/api/v1/programmes/${programmeId}/withdrawal-hits/${hit.id}/resolve`, { method: 'POST', headers: staff, body: JSON.stringify(body) });
      expect(done.status, JSON.stringify(await done.clone().json())).toBe(200);
    }
    expect(await (await app.request(`${origin}/api/v1/programmes/${programmeId}/withdrawal-hits`, { headers: staff })).json()).toEqual([]);

    // Replaced in place with the code; every position that refers to the text still fits.
    const [rewritten] = await db.select().from(documents).where(eq(documents.id, doc.id));
    expect(rewritten.text).toBe(`Ordstyrer: Velkommen.\n${p.code}: Ring meg på ${p.code} etterpå.\n[tjenesteyter STV-P-99]: Takk.`);
    expect(rewritten.turns[1].speaker).toBe(p.code);
    const chars = [...rewritten.text];
    for (const c of await db.select().from(codings).where(eq(codings.documentId, doc.id))) expect(c.text).toBe(chars.slice(c.start, c.end).join(''));
    expect((await db.select().from(codings).where(eq(codings.id, coding.id)))[0].text).toBe(`Ring meg på ${p.code} etterpå.`);
    expect((await db.select().from(codings).where(eq(codings.id, codingAfter.id)))[0].text).toBe('[tjenesteyter STV-P-99]');
    const passages = await db.select().from(documentPassages).where(eq(documentPassages.documentId, doc.id)).orderBy(documentPassages.start);
    expect(passages.map((x) => x.text).join('')).toBe(rewritten.text);
    expect((await db.select().from(memos).where(eq(memos.id, memo.id)))[0].text).toBe(`Spør ${p.code} på ${p.code} om sitatet.`);
    expect((await db.select().from(groups).where(eq(groups.id, group.id)))[0].mandate).toBe('Åse S. leder arbeidet.');

    // The withdrawal record lists the kept hit with its reason.
    const records = await (await app.request(`${origin}/api/v1/programmes/${programmeId}/withdrawals`, { headers: staff })).json();
    expect(records[0]).toMatchObject({ code: p.code, choice: 'erase', via: 'participant_page', hits: { open: 0, replaced: 5, kept: 1 } });
    expect(records[0].kept).toEqual([expect.objectContaining({ sourceKey: 'groups.groups.mandate', reason, snippet: { before: '', match: 'Åse', after: ' S. leder arbeidet.' } })]);

    // The final check: no table holds the name, e-mail, phone, id or token …
    const needles = [person.name, 'Fjellheim', person.email, '412 34 567', '41234567', p.id, token];
    expect(await scanDatabase(db, needles)).toEqual([]);
    // … the shared first name only where it is about someone else (the bystander, the kept mandate) …
    const firstName = (await scanDatabase(db, ['Åse'])).map((h) => `${h.table}.${h.column}`).sort();
    expect(firstName).toEqual(['groups.mandate', 'participants.name']);
    // … and neither does the log, which did record the requests and the staff sign-in link.
    const output = logged.join('');
    expect(output).toContain('"path":"/p/…/withdraw"');
    expect(output).toContain(staffLink);
    for (const needle of [...needles, 'Åse', 'AbCdEf1234567890']) expect(output.toLowerCase(), needle).not.toContain(needle.toLowerCase());
  });
});
