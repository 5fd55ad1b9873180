import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { loadActor } from '../access/actor.js';
import { auditLog } from '../audit/schema.js';
import { createParticipant } from './participants.js';
import { issueParticipantLink, resolveParticipantLink } from './links.js';
import { anonymiseParticipant, collectParticipantData, eraseParticipant } from './personal-data.js';
import { participants } from './schema.js';

let t: TestApp;
let admin: Caller;
const as: Record<string, Caller> = {};
let programmeId: string;
const m: Record<string, string> = {};
const api = (path: string) => `/api/v1/programmes/${programmeId}${path}`;
const json = async (res: Response) => (await res.json()) as any;

async function register(municipality: string, name: string, by: Caller = admin) {
  return t.call('POST', api(`/municipalities/${m[municipality]}/participants`), { as: by, body: { name, email: `${name.split(' ')[0].toLowerCase().replace(/[^a-z]/g, 'x')}@deltaker.example`, phone: '+47 911 11 111', role: 'provider' } });
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin@test.example', { isAdmin: true });
  programmeId = (await json(await t.call('POST', '/api/v1/programmes', { as: admin, body: { kind: 'codesign', name: 'Koder', startsOn: '2026-01-01', endsOn: '2026-12-31' } }))).id;
  for (const [key, number] of [['baerum', '3201'], ['tromso', '5501'], ['trondheim', '5001']])
    m[key] = (await json(await t.call('POST', api('/municipalities'), { as: admin, body: { number } }))).id;
  for (const role of ['coordinator', 'researcher', 'observer', 'facilitator', 'municipal_contact']) {
    const email = `${role}@test.example`;
    await t.call('POST', api('/roles'), { as: admin, body: { email, name: role, role, municipalityIds: role === 'municipal_contact' ? [m.baerum] : undefined } });
    as[role] = await t.signIn(email);
  }
});
afterAll(() => t.close());

describe('pseudonymous codes', () => {
  it('numbers each municipality from 01 with an ASCII prefix; Trondheim after Tromsø gets TRN', async () => {
    expect((await json(await register('baerum', 'Åse Bakke'))).code).toBe('BAE-P-01');
    expect((await json(await register('baerum', 'Per Bakke'))).code).toBe('BAE-P-02');
    expect((await json(await register('tromso', 'Liv Tind'))).code).toBe('TRO-P-01');
    expect((await json(await register('trondheim', 'Ola Nidar'))).code).toBe('TRN-P-01');
  });

  it('never reuses a code, even after the person with the highest number is erased', async () => {
    const last = await json(await register('baerum', 'Siste Person'));
    expect(last.code).toBe('BAE-P-03');
    await t.database.db.transaction((tx) => eraseParticipant(tx, last.id));
    expect((await json(await register('baerum', 'Neste Person'))).code).toBe('BAE-P-04');
  });

  it('gives concurrent registrations distinct codes (unique index + retry)', async () => {
    const actor = (await loadActor(t.database.db, as.coordinator.userId))!;
    const made = await Promise.all(
      Array.from({ length: 6 }, (_, i) => t.database.db.transaction((tx) => createParticipant(tx, actor, programmeId, { municipalityId: m.tromso, role: 'leader', name: `Samtidig ${i}` }))),
    );
    const codes = made.map((p) => p.code).sort();
    expect(new Set(codes).size).toBe(6);
    expect(codes).toEqual(['TRO-P-02', 'TRO-P-03', 'TRO-P-04', 'TRO-P-05', 'TRO-P-06', 'TRO-P-07']);
  });
});

describe('who sees and edits whom', () => {
  it('researchers and observers get codes only: no name, e-mail or phone anywhere in the JSON', async () => {
    for (const role of ['researcher', 'observer']) {
      const list = await t.call('GET', api('/participants'), { as: as[role] });
      const text = await list.text();
      const rows = JSON.parse(text);
      expect(rows.length).toBeGreaterThan(5);
      for (const row of rows) {
        expect(row).not.toHaveProperty('name');
        expect(row).not.toHaveProperty('email');
        expect(row).not.toHaveProperty('phone');
        expect(row.identityHidden).toBe(true);
      }
      expect(text).not.toMatch(/Bakke|Tind|deltaker\.example|911 11/);
      const one = await t.call('GET', api(`/participants/${rows[0].id}`), { as: as[role] });
      expect(await one.text()).not.toMatch(/Bakke|Tind|Nidar|Samtidig|deltaker\.example/);
      expect((await t.call('PATCH', api(`/participants/${rows[0].id}`), { as: as[role], body: { phone: '1' } })).status).toBe(403);
    }
  });

  it('a municipal contact sees and edits only their own municipality’s people', async () => {
    const rows = await json(await t.call('GET', api('/participants'), { as: as.municipal_contact }));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.municipalityId).toBe(m.baerum);
    expect(rows[0].name).toBeTruthy();
    const tromso = (await t.database.db.select().from(participants).where(eq(participants.municipalityId, m.tromso)))[0];
    expect((await t.call('GET', api(`/participants/${tromso.id}`), { as: as.municipal_contact })).status).toBe(404);
    expect((await t.call('PATCH', api(`/participants/${tromso.id}`), { as: as.municipal_contact, body: { phone: '1' } })).status).toBe(404);
    expect((await register('tromso', 'Ikke Lov', as.municipal_contact)).status).toBe(404);
    expect((await t.call('PATCH', api(`/participants/${rows[0].id}`), { as: as.municipal_contact, body: { phone: '+47 922 22 222' } })).status).toBe(200);
    // Moving someone out of their municipality needs write access there too.
    expect((await t.call('PATCH', api(`/participants/${rows[0].id}`), { as: as.municipal_contact, body: { municipalityId: m.tromso } })).status).toBe(404);
  });

  it('coordinators and facilitators see names; only coordinators write everywhere', async () => {
    const rows = await json(await t.call('GET', api(`/participants?municipalityId=${m.tromso}`), { as: as.facilitator }));
    expect(rows.every((r: any) => typeof r.name === 'string')).toBe(true);
    expect((await register('tromso', 'Fra Fasilitator', as.facilitator)).status).toBe(403);
    expect((await register('tromso', 'Fra Koordinator', as.coordinator)).status).toBe(201);
  });

  it('refuses a service from another municipality', async () => {
    const service = await json(await t.call('POST', api(`/municipalities/${m.tromso}/services`), { as: admin, body: { name: 'Ishavet', kind: 'outreach', committedToRecovery: true, offersMentalHealthSubstanceUse: true } }));
    const res = await t.call('POST', api(`/municipalities/${m.baerum}/participants`), { as: as.coordinator, body: { name: 'Feil Tjeneste', role: 'recipient', serviceId: service.id } });
    expect(res.status).toBe(400);
  });

  it('audit rows name people by code and never hold their name, e-mail or phone', async () => {
    const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.entity, 'participant'));
    expect(rows.length).toBeGreaterThan(5);
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/Bakke|Tind|Nidar|Samtidig|deltaker\.example|911 11|922 22/);
    const ids = (await t.database.db.select({ id: participants.id }).from(participants)).map((r) => r.id);
    for (const id of ids) expect(text).not.toContain(id);
  });
});

describe('what the privacy module uses', () => {
  it('issues a personal link whose token resolves to the participant; unknown tokens resolve to null', async () => {
    const [p] = await t.database.db.select().from(participants).limit(1);
    const url = await issueParticipantLink(t.database.db, p.id, 'https://varde.example');
    expect(url).toMatch(/^https:\/\/varde\.example\/p\/[\w-]{43}$/);
    expect((await resolveParticipantLink(t.database.db, url.split('/p/')[1]))?.id).toBe(p.id);
    expect(await resolveParticipantLink(t.database.db, 'nope')).toBeNull();
  });

  it('collects, anonymises and erases', async () => {
    const [p] = await t.database.db.select().from(participants).where(eq(participants.municipalityId, m.trondheim));
    const data = (await collectParticipantData(t.database.db, p.id))!;
    expect((data.participant as any).name).toBe('Ola Nidar');
    const anonymised = (await t.database.db.transaction((tx) => anonymiseParticipant(tx, p.id)))!;
    // Anonymised under a new id: the old one exists nowhere.
    expect(anonymised.id).not.toBe(p.id);
    expect(await collectParticipantData(t.database.db, p.id)).toBeNull();
    const [after] = await t.database.db.select().from(participants).where(eq(participants.id, anonymised.id));
    expect(after).toMatchObject({ code: p.code, name: p.code, email: null, phone: null, subRole: null });
    await t.database.db.transaction((tx) => eraseParticipant(tx, anonymised.id));
    expect(await collectParticipantData(t.database.db, anonymised.id)).toBeNull();
  });
});
