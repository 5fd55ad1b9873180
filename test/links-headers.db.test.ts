import { eq } from 'drizzle-orm';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { activityChanged } from '../src/modules/activities/events.js';
import { invitations, invitationTokens } from '../src/modules/activities/invitations-schema.js';
import { activities } from '../src/modules/activities/schema.js';
import '../src/modules/activities/invitation-routes.js';
import { hashSecret, newSecret } from '../src/modules/auth/secrets.js';
import { sampleDefinition } from '../src/modules/questionnaires/fixtures.js';
import { createApp } from '../src/server/app.js';
import { createTestApp, testOrigin } from './support/app.js';
import { invitationsProgramme } from './support/invitations-fixture.js';
import { deliverMail } from './support/mail-delivery.js';
import { surveyProgramme } from './support/survey-fixture.js';

/**
 * Links and headers (issue 11, item 9): invitation and survey links expire with their activity or
 * survey and are never multiplied; the personal consent link can be reissued; token pages send no
 * Referer; a missing asset is a 404.
 */
const t = await createTestApp();
let w: Awaited<ReturnType<typeof invitationsProgramme>>;
beforeAll(async () => {
  w = await invitationsProgramme(t);
});
afterAll(() => t.close());

const api = (a: { id: string }) => `/api/v1/programmes/${w.programme.id}/activities/${a.id}`;
const mailsTo = (email: string) => t.sentMail.filter((m) => m.to === email);
const linkIn = (text: string) => new URL(/https?:\/\/\S+\/i\/\S+/.exec(text)![0]).pathname;
const changeCtx = () => ({ actor: w.actor, mailer: { send: async () => undefined }, publicUrl: testOrigin });

describe('invitation links are rotated to one, and expire when the activity is over', () => {
  it('every e-mail about an invitation carries the same link; an earlier extra link stops working; only hashes are stored', async () => {
    const person = await w.person({ language: 'nn' });
    const activity = await w.activity();
    await t.call('POST', `${api(activity)}/invitations`, { as: w.coordinator, body: { participantIds: [person.id] } });
    await deliverMail(t);
    const first = linkIn(mailsTo(person.email!)[0].text);
    const [inv] = await t.database.db.select().from(invitations).where(eq(invitations.participantId, person.id));
    // A link from before links were derived (random, stored as a hash) still works until the next e-mail.
    const legacy = newSecret();
    await t.database.db.insert(invitationTokens).values({ invitationId: inv.id, tokenHash: hashSecret(legacy), personalCodeHash: hashSecret(`legacy-${legacy}`) });
    expect((await t.call('GET', `/i/${legacy}`)).status).toBe(200);

    for (let i = 1; i <= 2; i++) {
      const startsAt = new Date(activity.startsAt!.getTime() + i * 3_600_000);
      const [moved] = await t.database.db.update(activities).set({ startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000), revision: activity.revision + i }).where(eq(activities.id, activity.id)).returning();
      await t.database.db.transaction((tx) => activityChanged(tx, changeCtx(), moved, 'moved'));
      await deliverMail(t);
    }
    const mails = mailsTo(person.email!);
    expect(mails.map((m) => m.subject)).toEqual([expect.stringMatching(/^Invitasjon: /), expect.stringMatching(/^Endra: |^Endret: /), expect.stringMatching(/^Endra: |^Endret: /)]);
    expect(new Set(mails.map((m) => linkIn(m.text)))).toEqual(new Set([first]));
    expect((await t.call('GET', first)).status).toBe(200);
    expect((await t.call('GET', `/i/${legacy}`)).status).toBe(410);
    const stored = await t.database.db.select().from(invitationTokens).where(eq(invitationTokens.invitationId, inv.id));
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).toBe(hashSecret(first.slice('/i/'.length)));
    expect(JSON.stringify(stored)).not.toContain(first.slice('/i/'.length));
  });

  it('once the activity has ended the link shows a clear page in the invitee’s language (410) and takes no answer', async () => {
    const person = await w.person({ language: 'en' });
    const activity = await w.activity();
    await t.call('POST', `${api(activity)}/invitations`, { as: w.coordinator, body: { participantIds: [person.id] } });
    await deliverMail(t);
    const link = linkIn(mailsTo(person.email!)[0].text);
    expect((await t.call('GET', link)).status).toBe(200);
    await t.database.db.update(activities).set({ startsAt: new Date(Date.now() - 3 * 3_600_000), endsAt: new Date(Date.now() - 3_600_000) }).where(eq(activities.id, activity.id));
    const page = await t.call('GET', link);
    const html = await page.text();
    expect(page.status).toBe(410);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('is over, so this link no longer works');
    const answer = await t.call('POST', link, { body: 'answer=yes', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(answer.status).toBe(410);
    const [inv] = await t.database.db.select().from(invitations).where(eq(invitations.participantId, person.id));
    expect(inv.status).toBe('invited');
    // A queued e-mail about an activity that is over is dropped, not sent.
    await t.database.db.transaction((tx) => activityChanged(tx, changeCtx(), { ...activity, revision: activity.revision + 1 }, 'moved'));
    expect(await deliverMail(t)).toMatchObject({ sent: 0, dropped: 1 });
  });

  it('a closed survey’s personal link says so in the person’s language (410)', async () => {
    const sw = await surveyProgramme(t);
    const versionId = await sw.publishedVersion(sampleDefinition());
    const [survey] = await sw.openSurvey({ instrumentVersionId: versionId, mode: 'linked' });
    const person = await sw.person({ language: 'nn' });
    expect((await sw.api('POST', `/surveys/${survey.id}/invitations`, { participantIds: [person.id] })).status).toBe(200);
    await deliverMail(t);
    const link = new URL(/https?:\/\/\S+\/q\/\S+/.exec(mailsTo(person.email!)[0].text)![0]).pathname;
    expect((await t.call('GET', link)).status).toBe(200);
    expect((await sw.api('POST', `/surveys/${survey.id}/close`)).status).toBe(200);
    const closed = await t.call('GET', link);
    expect(closed.status).toBe(410);
    expect(closed.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await closed.text();
    expect(html).toContain('<html lang="nn">');
    expect(html).not.toContain('name="_screen"');
  });
});

describe('the personal consent and withdrawal link', () => {
  it('works until staff reissue it; reissuing makes the earlier link stop working', async () => {
    const person = await w.person();
    const issue = async () => {
      const res = await t.call('POST', `/api/v1/programmes/${w.programme.id}/participants/${person.id}/personal-link`, { as: w.coordinator });
      expect(res.status).toBe(201);
      return new URL(((await res.json()) as { url: string }).url).pathname;
    };
    const first = await issue();
    expect((await t.call('GET', first)).status).toBe(200);
    const second = await issue();
    expect(second).not.toBe(first);
    expect((await t.call('GET', first)).status).toBe(410);
    expect((await t.call('GET', second)).status).toBe(200);
  });
});

describe('headers', () => {
  it('token pages send Referrer-Policy: no-referrer; other pages keep same-origin', async () => {
    for (const p of ['/i/unknown-token', '/p/unknown-token', '/q/unknown-token', '/s/unknown-token', '/check-in', '/check-in/ABCDEF'])
      expect((await t.call('GET', p)).headers.get('referrer-policy'), p).toBe('no-referrer');
    expect((await t.call('GET', '/health')).headers.get('referrer-policy')).toBe('same-origin');
    expect((await t.call('GET', '/api/v1/session')).headers.get('referrer-policy')).toBe('same-origin');
  });

  it('a form on a no-referrer page posts with Origin: null; it is accepted only when Sec-Fetch-Site says same-origin', async () => {
    const post = (headers: Record<string, string>) =>
      t.app.request(`${testOrigin}/check-in`, { method: 'POST', body: 'code=ZZZZZZ&personalCode=ZZZZZZZZ', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });
    // 400: the form was read (a wrong code), not refused as cross-site (403).
    expect((await post({ origin: 'null', 'sec-fetch-site': 'same-origin' })).status).toBe(400);
    expect((await post({ origin: 'null', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await post({ origin: 'null' })).status).toBe(403);
    expect((await post({ origin: 'https://elsewhere.example', 'sec-fetch-site': 'same-origin' })).status).toBe(403);
  });

  it('a missing /assets file is a 404 that is not cached; real assets are cached for good; app routes get index.html', async () => {
    const webRoot = await mkdtemp(path.join(tmpdir(), 'varde-web-'));
    try {
      await mkdir(path.join(webRoot, 'assets'));
      await writeFile(path.join(webRoot, 'index.html'), '<!doctype html><title>Varde</title>');
      await writeFile(path.join(webRoot, 'assets', 'app-1234.js'), 'console.log(1)');
      const app = createApp({ config: { ...readConfig({ PUBLIC_URL: testOrigin }), logLevel: 'silent' }, db: t.database.db, log: pino({ level: 'silent' }), mailer: { send: async () => undefined }, webRoot });
      const get = (p: string) => app.request(`${testOrigin}${p}`);
      const missing = await get('/assets/app-old.js');
      expect(missing.status).toBe(404);
      expect(missing.headers.get('cache-control') ?? '').not.toContain('immutable');
      expect(await missing.text()).not.toContain('<title>Varde</title>');
      const real = await get('/assets/app-1234.js');
      expect([real.status, real.headers.get('cache-control')]).toEqual([200, 'public, max-age=31536000, immutable']);
      const route = await get('/programmes/x');
      expect([route.status, route.headers.get('cache-control'), await route.text()]).toEqual([200, 'no-cache', '<!doctype html><title>Varde</title>']);
    } finally {
      await rm(webRoot, { recursive: true, force: true });
    }
  });
});
