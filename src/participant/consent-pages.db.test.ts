import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testOrigin, type TestApp } from '../../test/support/app.js';
import { consentProgramme } from '../../test/support/consent-fixture.js';
import { scanDatabase } from '../../test/support/scan-database.js';
import { assertConsent, consentStatus } from '../modules/consent/record.js';
import { issueParticipantLink } from '../modules/people/links.js';
import { withdrawals } from '../modules/privacy/schema.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof consentProgramme>>;
beforeAll(async () => {
  t = await createTestApp();
  world = await consentProgramme(t.database.db);
});
afterAll(() => t.close());

const pathOf = (url: string) => new URL(url).pathname;
const form = (fields: [string, string][]) => new URLSearchParams(fields).toString();
const post = (path: string, fields: [string, string][], headers: Record<string, string> = {}) =>
  t.call('POST', path, { body: form(fields), headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });

describe('participant pages (no account, no JavaScript)', () => {
  it('shows the letter in nynorsk with the purposes as checkboxes, and no script anywhere', async () => {
    const p = await world.person({ language: 'nn' });
    const path = pathOf(await issueParticipantLink(t.database.db, p.id, testOrigin));
    const res = await t.call('GET', path);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<html lang="nn">');
    expect(page).toContain('Førespurnad om deltaking');
    expect(page).toContain('<strong>frivillig</strong>');
    expect(page).toContain('Eg samtykkjer');
    expect(page).toContain('Spørjeskjema');
    expect(page).toContain('data-testid="consent-form"');
    expect(page).not.toMatch(/<script|\son[a-z]+=/i);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('falls back visibly to bokmål when there is no English letter, and switches language by link', async () => {
    const p = await world.person({ language: 'en' });
    const path = pathOf(await issueParticipantLink(t.database.db, p.id, testOrigin));
    const page = await (await t.call('GET', path)).text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('not available in English yet');
    expect(page).toContain('<div lang="nb">');
    expect(page).toContain('I consent');
    const nb = await (await t.call('GET', `${path}?lang=nb`)).text();
    expect(nb).toContain('<html lang="nb">');
    expect(nb).toContain('Jeg samtykker');
  });

  it('a form POST in nynorsk records one consent row per purpose and confirms; assertConsent follows it', async () => {
    const p = await world.person({ language: 'nn' });
    const path = pathOf(await issueParticipantLink(t.database.db, p.id, testOrigin));
    const res = await post(path, [['letterId', world.letters.nn], ['lang', 'nn'], ['purpose', 'interview_recording'], ['purpose', 'focus_group']]);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('Takk for svaret');
    expect(page).toMatch(/Spørjeskjema: <strong>Nei<\/strong>/);
    const status = await consentStatus(t.database.db, p.id);
    expect(Object.fromEntries(status.map((s) => [s.purposeKey, s.granted]))).toEqual({ interview_recording: true, focus_group: true, questionnaire: false });
    expect(status.every((s) => s.method === 'participant_page')).toBe(true);
    await assertConsent(t.database.db, p.id, 'interview_recording');
    await expect(assertConsent(t.database.db, p.id, 'questionnaire')).rejects.toMatchObject({ status: 409, key: 'errors.noConsent' });
    // Changing one's mind: the newest answer counts.
    await post(path, [['letterId', world.letters.nn], ['lang', 'nn'], ['purpose', 'questionnaire']]);
    await expect(assertConsent(t.database.db, p.id, 'interview_recording')).rejects.toMatchObject({ status: 409 });
    await assertConsent(t.database.db, p.id, 'questionnaire');
  });

  it('refuses a stale letter id and a cross-site post', async () => {
    const p = await world.person();
    const path = pathOf(await issueParticipantLink(t.database.db, p.id, testOrigin));
    expect((await post(path, [['letterId', world.letters.nb], ['lang', 'nn']])).status).toBe(409);
    expect((await post(path, [['letterId', world.letters.nn], ['lang', 'nn']], { origin: 'https://evil.example' })).status).toBe(403);
    expect(await consentStatus(t.database.db, p.id)).toEqual([]);
  });

  it('withdrawal by link: no reason asked, the person chooses, it is done, and the link answers 410 afterwards', async () => {
    const p = await world.person({ language: 'nn' });
    const path = pathOf(await issueParticipantLink(t.database.db, p.id, testOrigin));
    await post(path, [['letterId', world.letters.nn], ['lang', 'nn'], ['purpose', 'focus_group']]);
    const page = await (await t.call('GET', `${path}/withdraw`)).text();
    expect(page).toContain('data-testid="withdraw-form"');
    expect(page).toContain('Slett alt om meg');
    expect(page).not.toMatch(/grunn|kvifor du/i);
    expect((await post(`${path}/withdraw`, [['lang', 'nn']])).status).toBe(400);
    const done = await post(`${path}/withdraw`, [['lang', 'nn'], ['choice', 'erase']]);
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Du har trekt deg');
    expect((await t.call('GET', path)).status).toBe(410);
    expect((await t.call('GET', `${path}/withdraw`)).status).toBe(410);
    expect(await scanDatabase(t.database.db, [p.id, p.name, p.email!, p.phone!])).toEqual([]);
    expect((await t.database.db.select().from(withdrawals).where(eq(withdrawals.code, p.code)))[0]).toMatchObject({ choice: 'erase', via: 'participant_page' });
  });

  it('an unknown link is a 410 page in plain HTML', async () => {
    const res = await t.call('GET', '/p/not-a-real-token');
    expect(res.status).toBe(410);
    expect(await res.text()).toContain('<main>');
  });
});
