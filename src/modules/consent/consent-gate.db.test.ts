import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { loadActor } from '../access/actor.js';
import { loadConsentDemo } from './demo.js';
import { currentLetter } from './letters.js';
import { recordConsents } from './record.js';

// Issue 3: "the system refuses to record data for a purpose the person has not consented to".
// The first place Varde records data about people is a transcript; it is gated here.
let t: TestApp;
let admin: Caller;
let programmeId: string;
let participantId: string;
const json = async (res: Response) => res.json() as Promise<any>;

function importInterview(as: Caller, kind = 'interview_transcript') {
  return t.call('POST', `/api/v1/programmes/${programmeId}/analysis/documents`, {
    as,
    body: { title: 'Intervju 1', kind, text: 'Intervjuer: Korleis var det?\nInformant: Godt.', participantIds: [participantId] },
  });
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin@test.example', { isAdmin: true });
  const programme = await json(await t.call('POST', '/api/v1/programmes', { as: admin, body: { kind: 'codesign', name: 'Samtykke', startsOn: '2026-01-01', endsOn: '2026-12-31' } }));
  programmeId = programme.id;
  const m = await json(await t.call('POST', `/api/v1/programmes/${programmeId}/municipalities`, { as: admin, body: { number: '5001' } }));
  participantId = (await json(await t.call('POST', `/api/v1/programmes/${programmeId}/municipalities/${m.id}/participants`, { as: admin, body: { name: 'Ola Testesen', role: 'recipient' } }))).id;
  const actor = (await loadActor(t.database.db, admin.userId))!;
  await loadConsentDemo(t.database.db, actor, programme);
});
afterAll(() => t.close());

async function documentCount(): Promise<number> {
  const { rows } = await t.database.pool.query('select count(*)::int as n from documents where programme_id = $1', [programmeId]);
  return rows[0].n;
}

describe('recording data needs consent for its purpose', () => {
  it('refuses an interview transcript about someone who has not consented to interview recording, writing nothing', async () => {
    const res = await importInterview(admin);
    expect(res.status).toBe(409);
    expect((await json(res)).detail).toBe('Personen har ikke samtykket til interview_recording.');
    expect(await documentCount()).toBe(0);
  });

  it('refuses it too when the person said no to that purpose but yes to others', async () => {
    const letter = (await currentLetter(t.database.db, programmeId, 'nb'))!;
    await recordConsents(t.database.db, {
      participantId, programmeId, letter, method: 'paper', recordedBy: admin.userId, signedOn: '2026-02-01',
      answers: { interview_recording: false, questionnaire: true, focus_group: true },
    });
    expect((await importInterview(admin)).status).toBe(409);
    // A focus-group summary is covered by the consent given.
    expect((await importInterview(admin, 'focus_group_summary')).status).toBe(201);
  });

  it('accepts it once the person has consented', async () => {
    const letter = (await currentLetter(t.database.db, programmeId, 'nb'))!;
    await recordConsents(t.database.db, {
      participantId, programmeId, letter, method: 'paper', recordedBy: admin.userId, signedOn: '2026-02-02',
      answers: { interview_recording: true, questionnaire: true, focus_group: true },
    });
    expect((await importInterview(admin)).status).toBe(201);
  });
});
