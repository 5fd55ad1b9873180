import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';

// Issue 15 item 8: a programme's register of ethics approvals, and data collection that waits for one.
let t: TestApp;
let admin: Caller;
let programmeId: string;
const json = async (res: Response) => res.json() as Promise<any>;
const importTranscript = () =>
  t.call('POST', `/api/v1/programmes/${programmeId}/analysis/documents`, {
    as: admin, body: { title: 'Intervju 2', kind: 'interview_transcript', text: 'Intervjuer: Korleis var det?\nInformant: Godt.', participantIds: [] },
  });

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin@test.example', { isAdmin: true });
  programmeId = (await json(await t.call('POST', '/api/v1/programmes', { as: admin, body: { kind: 'codesign', name: 'Etikk', startsOn: '2026-01-01', endsOn: '2026-12-31' } }))).id;
});
afterAll(() => t.close());

describe('ethics approvals', () => {
  let approvalId = '';
  it('registers a planned approval and lists it; a decision without its date is refused with a field message', async () => {
    const res = await t.call('POST', `/api/v1/programmes/${programmeId}/ethics-approvals`, {
      as: admin, body: { committee: 'REK Midt-Norge', reference: '', status: 'planned', covers: ['transcripts', 'linked_surveys'] },
    });
    expect(res.status).toBe(201);
    approvalId = (await json(res)).id;
    const register = await json(await t.call('GET', `/api/v1/programmes/${programmeId}/ethics-approvals`, { as: admin }));
    expect(register.approvals.map((a: any) => [a.committee, a.status, a.covers])).toEqual([['REK Midt-Norge', 'planned', ['transcripts', 'linked_surveys']]]);
    expect(register.waitFor).toEqual([]);

    const bad = await t.call('PUT', `/api/v1/programmes/${programmeId}/ethics-approvals/${approvalId}`, {
      as: admin, body: { committee: 'REK Midt-Norge', status: 'approved', covers: ['transcripts'] },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await json(bad))).toContain('Skriv datoen for vedtaket.');
  });

  it('a transcript waits while the programme says so and no approved approval covers it, then goes through', async () => {
    const waits = await t.call('PUT', `/api/v1/programmes/${programmeId}/ethics-waits`, { as: admin, body: { waitFor: ['transcripts'] } });
    expect((await json(waits)).waitFor).toEqual(['transcripts']);
    const blocked = await importTranscript();
    expect(blocked.status).toBe(409);
    expect((await json(blocked)).detail).toContain('venter på etisk godkjenning');

    const approved = await t.call('PUT', `/api/v1/programmes/${programmeId}/ethics-approvals/${approvalId}`, {
      as: admin, body: { committee: 'REK Midt-Norge', reference: '2026/12345', status: 'approved', decidedOn: '2026-03-01', conditions: 'Sletting innen 2030.', covers: ['transcripts'] },
    });
    expect(approved.status).toBe(200);
    expect((await importTranscript()).status).toBe(201);
  });

  it('every change is in the audit log', async () => {
    const { rows } = await t.database.pool.query("select action from audit_log where programme_id = $1 and entity = 'ethics_approval' order by at", [programmeId]);
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['ethics.approval.create', 'ethics.requirements.set', 'ethics.approval.update']);
  });
});
