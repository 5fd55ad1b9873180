import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';

let t: TestApp;
let admin: Caller;
let coordinator: Caller;
let programmeId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin@test.example', { isAdmin: true });
  coordinator = await t.signIn('coord@test.example');
});
afterAll(() => t.close());

async function json(res: Response) {
  return res.json() as Promise<any>;
}

describe('programmes, municipalities and services', () => {
  it('an administrator creates a programme and appoints its coordinator', async () => {
    const res = await t.call('POST', '/api/v1/programmes', {
      as: admin,
      body: { kind: 'codesign', name: 'Testprosjekt', startsOn: '2026-01-01', endsOn: '2026-12-31' },
    });
    expect(res.status).toBe(201);
    programmeId = (await json(res)).id;
    const appoint = await t.call('POST', `/api/v1/programmes/${programmeId}/roles`, {
      as: admin,
      body: { email: 'coord@test.example', name: 'Koordinator', role: 'coordinator' },
    });
    expect(appoint.status).toBe(201);
  });

  it('refuses a period that ends before it starts, with a message in the user’s language', async () => {
    const res = await t.call('POST', '/api/v1/programmes', {
      as: admin,
      body: { kind: 'codesign', name: 'X', startsOn: '2026-02-01', endsOn: '2026-01-01' },
      headers: { 'accept-language': 'en' },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const body = await json(res);
    // The admin's stored language (bokmål) wins over the browser's header.
    expect(body.errors).toEqual([{ path: 'endsOn', message: 'Sluttdatoen kan ikke være før startdatoen.' }]);
  });

  it('the coordinator adds Tromsø by its official number and registers a service there', async () => {
    const added = await t.call('POST', `/api/v1/programmes/${programmeId}/municipalities`, { as: coordinator, body: { number: '5501' } });
    expect(added.status).toBe(201);
    const tromso = await json(added);
    expect(tromso).toMatchObject({ number: '5501', name: 'Tromsø', county: 'Troms' });

    const again = await t.call('POST', `/api/v1/programmes/${programmeId}/municipalities`, { as: coordinator, body: { number: '5501' } });
    expect(again.status).toBe(409);

    const unknown = await t.call('POST', `/api/v1/programmes/${programmeId}/municipalities`, { as: coordinator, body: { number: '9998' } });
    expect(unknown.status).toBe(400);
    expect((await json(unknown)).errors[0].message).toBe('Finner ingen kommune med nummer 9998.');

    const created = await t.call('POST', `/api/v1/programmes/${programmeId}/municipalities/${tromso.id}/services`, {
      as: coordinator,
      body: { name: 'Møteplassen', kind: 'meeting_place', committedToRecovery: true, offersMentalHealthSubstanceUse: true },
    });
    expect(created.status).toBe(201);
    const list = await json(await t.call('GET', `/api/v1/programmes/${programmeId}/municipalities/${tromso.id}/services`, { as: coordinator }));
    expect(list.map((s: { name: string }) => s.name)).toEqual(['Møteplassen']);

    const overview = await json(await t.call('GET', `/api/v1/programmes/${programmeId}`, { as: coordinator }));
    expect(overview.counts).toEqual({ municipalities: 1, services: 1 });
    expect(overview.myRoles).toEqual(['coordinator']);
  });

  it('writes every change to the audit log, and a failed request leaves neither change nor audit row', async () => {
    const before = await json(await t.call('GET', `/api/v1/programmes/${programmeId}/audit`, { as: coordinator }));
    expect(before.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['programme.create', 'role.appoint', 'municipality.add', 'service.create']),
    );
    const failed = await t.call('POST', `/api/v1/programmes/${programmeId}/municipalities`, { as: coordinator, body: { number: '5501' } });
    expect(failed.status).toBe(409);
    const after = await json(await t.call('GET', `/api/v1/programmes/${programmeId}/audit`, { as: coordinator }));
    expect(after.length).toBe(before.length);
  });

  it('refuses to edit or delete audit rows', async () => {
    await expect(t.database.pool.query('update audit_log set action = $1', ['x'])).rejects.toThrow(/append-only/);
    await expect(t.database.pool.query('delete from audit_log')).rejects.toThrow(/append-only/);
  });

  it('an archived programme is read-only until restored', async () => {
    expect((await t.call('POST', `/api/v1/programmes/${programmeId}/archive`, { as: coordinator })).status).toBe(200);
    const edit = await t.call('PATCH', `/api/v1/programmes/${programmeId}`, { as: coordinator, body: { name: 'Nytt navn' } });
    expect(edit.status).toBe(409);
    expect((await t.call('POST', `/api/v1/programmes/${programmeId}/unarchive`, { as: coordinator })).status).toBe(200);
    const again = await t.call('PATCH', `/api/v1/programmes/${programmeId}`, { as: coordinator, body: { name: 'Nytt navn' } });
    expect(again.status).toBe(200);
  });

  it('an empty change is accepted and changes nothing', async () => {
    const res = await t.call('PATCH', `/api/v1/programmes/${programmeId}`, { as: coordinator, body: {} });
    expect(res.status).toBe(200);
    expect((await json(res)).name).toBe('Nytt navn');
  });

  it('a state-changing request without the CSRF token is refused', async () => {
    const res = await t.call('PATCH', `/api/v1/programmes/${programmeId}`, {
      as: { ...coordinator, csrfToken: 'wrong' },
      body: { name: 'Hijacked' },
    });
    expect(res.status).toBe(403);
    const cross = await t.call('PATCH', `/api/v1/programmes/${programmeId}`, {
      as: coordinator,
      body: { name: 'Hijacked' },
      headers: { origin: 'https://evil.example' },
    });
    expect(cross.status).toBe(403);
  });
});

describe('audit maintenance', () => {
  it('lets a maintenance transaction rewrite a row, and only then', async () => {
    const client = await t.database.pool.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('varde.audit_maintenance', 'on', true)`);
      const { rows } = await client.query(`update audit_log set after = '{"scrubbed":true}' where id = (select min(id) from audit_log) returning after`);
      expect(rows[0].after).toEqual({ scrubbed: true });
      await client.query('rollback');
    } finally {
      client.release();
    }
  });
});
