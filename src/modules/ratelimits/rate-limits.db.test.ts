import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testOrigin, type TestApp } from '../../../test/support/app.js';
import { invitationsProgramme } from '../../../test/support/invitations-fixture.js';
import { browser, surveyProgramme } from '../../../test/support/survey-fixture.js';
import { translate } from '../../i18n/index.js';
import { findOrCreateUser } from '../auth/users.js';
import { signInMailsSettled } from '../auth/request-link.js';
import { sampleDefinition } from '../questionnaires/fixtures.js';
import { bucketKey, consume, peek, pruneBuckets, rules } from './limits.js';
import { rateLimitBuckets } from './schema.js';

// Rate limits count failures and sends in PostgreSQL; the client address comes from the socket,
// which an in-process request supplies through Hono's node-server env.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await signInMailsSettled();
  await t.close();
});

const env = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
const from = (address: string, path: string, init: RequestInit = {}) =>
  t.app.request(`${testOrigin}${path}`, { ...init, headers: { origin: testOrigin, ...init.headers } }, env(address));
const json = (address: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  from(address, path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
const form = (address: string, path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  from(address, path, { method: 'POST', body: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });
const tag = () => randomBytes(3).toString('hex');

describe('sign-in link requests', () => {
  it('60 requests for one address in a burst send at most the limit; the rest get 429, Retry-After and a translated problem', async () => {
    const email = `mange-${tag()}@varde.example`;
    await findOrCreateUser(t.database.db, { email, name: 'Mange Lenker', language: 'nn' });
    const before = t.sentMail.length;
    const answers = await Promise.all(Array.from({ length: 60 }, () => json('192.0.2.10', '/api/v1/auth/sign-in-link', { email }, { 'accept-language': 'nn' })));
    await signInMailsSettled();
    const accepted = answers.filter((r) => r.status === 202).length;
    expect(accepted).toBe(rules.signInEmail.limit);
    expect(t.sentMail.length - before).toBe(rules.signInEmail.limit);
    const limited = answers.find((r) => r.status === 429)!;
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(rules.signInEmail.windowSeconds);
    expect(limited.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await limited.json()) as { status: number; detail: string };
    expect(problem.status).toBe(429);
    expect(problem.detail).toMatch(/^Det har kome for mange forsøk herifrå\. Vent \d+ minutt og prøv igjen\.$/);
  });

  it('an unknown address is counted like a known one, and its hash, never the address, is stored', async () => {
    const email = `ukjent-${tag()}@varde.example`;
    const answers = [];
    for (let i = 0; i <= rules.signInEmail.limit; i++) answers.push((await json('192.0.2.11', '/api/v1/auth/sign-in-link', { email })).status);
    expect(answers.filter((s) => s === 202)).toHaveLength(rules.signInEmail.limit);
    expect(answers.at(-1)).toBe(429);
    const keys = (await t.database.db.select({ key: rateLimitBuckets.key }).from(rateLimitBuckets)).map((r) => r.key);
    expect(keys).toContain(bucketKey('signInEmail', email));
    expect(keys.join(' ')).not.toMatch(/varde\.example|ukjent|192\.0\.2/);
  });

  it('one client address asking for many addresses is limited too; another address is not', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= rules.signInAddress.limit; i++) statuses.push((await json('192.0.2.12', '/api/v1/auth/sign-in-link', { email: `n${i}-${tag()}@varde.example` })).status);
    expect(statuses.slice(0, rules.signInAddress.limit).every((s) => s === 202)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect((await json('192.0.2.13', '/api/v1/auth/sign-in-link', { email: `annen-${tag()}@varde.example` })).status).toBe(202);
  });

  it('the no-JavaScript form answers 429 with an HTML page in the person’s language', async () => {
    const email = `skjema-${tag()}@varde.example`;
    let res: Response | undefined;
    for (let i = 0; i <= rules.signInEmail.limit; i++) res = await form('192.0.2.14', '/auth/request-link', { email }, { 'accept-language': 'en' });
    expect(res!.status).toBe(429);
    expect(res!.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res!.headers.get('retry-after')).toMatch(/^\d+$/);
    const page = await res!.text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain(`<h1>${translate('en', 'errors.tooManyTitle')}</h1>`);
  });
});

describe('wrong check-in codes', () => {
  let door: string;
  beforeAll(async () => {
    const w = await invitationsProgramme(t);
    const activity = await w.activity();
    const res = await t.call('POST', `/api/v1/programmes/${activity.programmeId}/activities/${activity.id}/check-in-codes`, { as: w.coordinator, body: { validHours: 2 } });
    expect(res.status).toBe(201);
    door = ((await res.json()) as { code: string }).code;
  });

  it('per client address: after the limit every check-in from there waits, in the person’s language', async () => {
    for (let i = 0; i < rules.checkInAddress.limit; i++) expect((await form('198.51.100.1', '/check-in', { code: 'ZZZZZZ', personalCode: `WRONG${i}` })).status).toBe(400);
    const limited = await form('198.51.100.1', '/check-in', { code: door, personalCode: 'ZZZZZZZZ', lang: 'nn' }, { 'accept-language': 'nn' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await limited.text()).toContain(translate('nn', 'errors.tooManyTitle'));
    // Someone else at another address is not held up by it.
    expect((await form('198.51.100.2', '/check-in', { code: door, personalCode: 'ZZZZZZZZ' })).status).toBe(400);
  });

  it('per activity (door code): guesses spread over many addresses are limited too', async () => {
    let last = 0;
    // One guess already came from 198.51.100.2 above.
    for (let i = 1; i < rules.checkInActivity.limit; i++) last = (await form(`203.0.113.${i}`, '/check-in', { code: door.toLowerCase(), personalCode: `GUESS${i}` })).status;
    expect(last).toBe(400);
    expect((await form('203.0.113.200', '/check-in', { code: door, personalCode: 'GUESSMORE' })).status).toBe(429);
    // Another door (another activity) is unaffected.
    expect((await form('203.0.113.201', '/check-in', { code: 'YYYYYY', personalCode: 'GUESSMORE' })).status).toBe(400);
  });
});

describe('unknown personal links', () => {
  it('after the limit of unknown tokens and board codes, /p /i /q /s /b from that address answer 429 in HTML', async () => {
    const paths = ['/p/', '/i/', '/q/', '/s/', '/b/'];
    for (let i = 0; i < rules.participantToken.limit; i++) {
      const path = paths[i % 5];
      const res = await from('198.51.100.50', `${path}${path === '/b/' ? 'ZZZZ' + String(i).padStart(2, '9') : randomBytes(16).toString('base64url')}`);
      expect([404, 410]).toContain(res.status);
    }
    const res = await from('198.51.100.50', `/s/${randomBytes(16).toString('base64url')}`, { headers: { 'accept-language': 'nb' } });
    expect(res.status).toBe(429);
    expect((await from('198.51.100.50', '/b/ZZZZ00')).status).toBe(429);
    expect(await res.text()).toContain(translate('nb', 'errors.tooMany', { minutes: Math.ceil(Number(res.headers.get('retry-after')) / 60) }));
    expect((await from('198.51.100.51', `/p/${randomBytes(16).toString('base64url')}`)).status).toBe(410);
  });
});

describe('a room behind one address', () => {
  it('100 respondents answering a public survey from one address are never limited', async () => {
    const w = await surveyProgramme(t);
    const [survey] = await w.openSurvey({ instrumentVersionId: await w.publishedVersion(sampleDefinition()), mode: 'anonymous', display: 'whole' });
    const path = new URL((await w.api('POST', `/surveys/${survey.id}/public-link`)).body.url).pathname;
    const room = '192.0.2.200';
    const statuses: number[] = [];
    for (let i = 0; i < 100; i++) {
      const b = browser(t, path);
      const post = async (fields: [string, string][]) => {
        const res = await from(room, path, { method: 'POST', body: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: [...b.jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
        for (const c of res.headers.getSetCookie()) b.jar.set(c.split('=')[0], c.split(';')[0].split('=').slice(1).join('='));
        return res;
      };
      statuses.push((await from(room, path)).status, (await post([['_screen', '1'], ['_action', 'submit'], ['q1', '4']])).status);
    }
    expect(statuses.filter((s) => s === 429)).toEqual([]);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect((await peek(t.database.db, 'participantToken', room)).hits).toBe(0);
  });
});

describe('uploads per user', () => {
  it('every upload counts; over the limit the API answers 429 problem+json with Retry-After', async () => {
    const user = await t.signIn(`opplast-${tag()}@varde.example`);
    // Fill the bucket as earlier uploads would have, then send one more through the API.
    for (let i = 0; i < rules.uploadUser.limit; i++) await consume(t.database.db, 'uploadUser', user.userId);
    const body = new FormData();
    body.set('file', new Blob(['navn\nKari'], { type: 'text/csv' }), 'liste.csv');
    const res = await t.call('POST', `/api/v1/programmes/${randomBytes(16).toString('hex').replace(/(.{8})(.{4})(.{4})(.{4})(.{12})/, '$1-$2-$3-$4-$5')}/participants/import/preview`, { as: user, body });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await res.json()) as { detail: string }).detail).toBe(translate('nb', 'errors.tooMany', { minutes: Math.ceil(Number(res.headers.get('retry-after')) / 60) }));
  });
});

describe('pruning', () => {
  it('the prune job deletes buckets whose window is over and keeps current ones', async () => {
    const past = new Date(Date.now() - 2 * 3600_000);
    await consume(t.database.db, 'participantToken', 'gammel', past);
    await consume(t.database.db, 'participantToken', 'fersk');
    const { pruned } = await pruneBuckets(t.database.db);
    expect(pruned).toBeGreaterThanOrEqual(1);
    const keys = (await t.database.db.select({ key: rateLimitBuckets.key }).from(rateLimitBuckets)).map((r) => r.key);
    expect(keys).not.toContain(bucketKey('participantToken', 'gammel'));
    expect(keys).toContain(bucketKey('participantToken', 'fersk'));
  });
});
