import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { serveTestApp } from '../../../test/support/served-app.js';
import { buildWorld, type World } from '../../../test/support/world.js';

/** Personal API tokens used the way a script uses them: over TCP, no cookie, no CSRF token, no Origin. */
let t: TestApp;
let world: World;
let served: Awaited<ReturnType<typeof serveTestApp>>;
let coordinator: Caller;

beforeAll(async () => {
  t = await createTestApp();
  world = await buildWorld(t);
  coordinator = world.callers.coordinator;
  served = await serveTestApp(t);
});
afterAll(async () => {
  await served?.close();
  await t?.close();
});

const create = async (body: object, as: Caller = coordinator) => {
  const res = await t.call('POST', '/api/v1/me/tokens', { as, body });
  return { status: res.status, body: (await res.json()) as any };
};
const script = (token: string, method: string, path: string, body?: unknown, lang = 'nb') =>
  fetch(`${served.url}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'accept-language': lang, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });

describe('personal API tokens', () => {
  let readToken: string;
  let readId: string;

  it('is created from a session, shown once and stored only as a hash', async () => {
    const made = await create({ name: 'Nattlig R-jobb', access: 'read', programmeIds: [world.p1.id], expiresInDays: 30 });
    expect(made.status).toBe(201);
    readToken = made.body.secret;
    readId = made.body.token.id;
    expect(readToken).toMatch(/^varde_[\w-]{43}$/);
    expect(made.body.token).toMatchObject({ name: 'Nattlig R-jobb', access: 'read', programmeIds: [world.p1.id], lastUsedAt: null, revokedAt: null });
    expect(readToken.startsWith(made.body.token.prefix)).toBe(true);
    const listed = (await (await t.call('GET', '/api/v1/me/tokens', { as: coordinator })).json()) as any[];
    expect(JSON.stringify(listed)).not.toContain(readToken);
    const stored = await t.database.db.execute(sql`select token_hash from api_tokens where id = ${readId}`);
    expect(stored.rows[0].token_hash).not.toContain(readToken.slice(6));
    expect(JSON.stringify(await t.database.db.execute(sql`select * from audit_log where entity = 'api_token'`))).not.toContain(readToken.slice(6));
  });

  it('reads from a plain HTTP client inside its programme, and notes when it was used', async () => {
    const res = await script(readToken, 'GET', `/programmes/${world.p1.id}/municipalities`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as any[]).map((m) => m.id)).toContain(world.p1.a);
    const [mine] = (await (await t.call('GET', '/api/v1/me/tokens', { as: coordinator })).json()) as any[];
    expect(mine.lastUsedAt).not.toBeNull();
  });

  it('is 404 outside its programmes even where its owner is a member', async () => {
    // The coordinator of P1 is made a coordinator of P2 too; the token names only P1.
    await t.call('POST', `/api/v1/programmes/${world.p2.id}/roles`, { as: world.callers.admin, body: { email: 'coordinator@varde.test', name: 'coordinator', role: 'coordinator' } });
    expect((await t.call('GET', `/api/v1/programmes/${world.p2.id}/municipalities`, { as: coordinator })).status).toBe(200);
    expect((await script(readToken, 'GET', `/programmes/${world.p2.id}/municipalities`)).status).toBe(404);
  });

  it('refuses changes with a read-only token, saying what to do, and changes nothing', async () => {
    const res = await script(readToken, 'POST', `/programmes/${world.p1.id}/municipalities/${world.p1.a}/services`, { name: 'Rask psykisk helsehjelp', kind: 'outreach', committedToRecovery: true, offersMentalHealthSubstanceUse: true }, 'en');
    expect(res.status).toBe(403);
    expect(((await res.json()) as any).detail).toMatch(/only read/);
  });

  it('changes data with a read-and-change token and no CSRF token', async () => {
    const made = await create({ name: 'Import', access: 'read_write', programmeIds: [world.p1.id], expiresInDays: 1 });
    const res = await script(made.body.secret, 'POST', `/programmes/${world.p1.id}/municipalities/${world.p1.a}/services`, { name: 'Lavterskeltilbud', kind: 'outreach', committedToRecovery: true, offersMentalHealthSubstanceUse: true });
    expect(res.status).toBe(201);
    const audit = await t.database.db.execute(sql`select actor_id from audit_log where action = 'service.create' order by at desc limit 1`);
    expect(audit.rows[0]?.actor_id).toBe(coordinator.userId);
  });

  it('cannot make or revoke tokens itself', async () => {
    const made = await create({ name: 'Alt', access: 'read_write', programmeIds: [world.p1.id], expiresInDays: 1 });
    const res = await script(made.body.secret, 'POST', '/me/tokens', { name: 'x', access: 'read_write', programmeIds: [world.p1.id], expiresInDays: 1 });
    expect(res.status).toBe(403);
    expect((await script(made.body.secret, 'DELETE', `/me/tokens/${readId}`)).status).toBe(403);
  });

  it('cannot name a programme its owner does not belong to', async () => {
    const outsider = await create({ name: 'x', access: 'read', programmeIds: [world.p2.id], expiresInDays: 1 }, world.callers.observer);
    expect(outsider.status).toBe(404);
    const tooLong = await create({ name: 'x', access: 'read', programmeIds: [world.p1.id], expiresInDays: 400 });
    expect(tooLong.status).toBe(400);
  });

  it('stops at once when revoked, and another user cannot revoke it', async () => {
    expect((await t.call('DELETE', `/api/v1/me/tokens/${readId}`, { as: world.callers.researcher })).status).toBe(404);
    expect((await script(readToken, 'GET', `/programmes/${world.p1.id}/municipalities`)).status).toBe(200);
    expect((await t.call('DELETE', `/api/v1/me/tokens/${readId}`, { as: coordinator })).status).toBe(204);
    const res = await script(readToken, 'GET', `/programmes/${world.p1.id}/municipalities`, undefined, 'nn');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('invalid_token');
    expect(((await res.json()) as any).detail).toContain('trekt tilbake');
    const [listed] = ((await (await t.call('GET', '/api/v1/me/tokens', { as: coordinator })).json()) as any[]).filter((x) => x.id === readId);
    expect(listed.revokedAt).not.toBeNull();
  });

  it('stops when it expires, and an unknown or malformed token is 401 rather than anonymous', async () => {
    const made = await create({ name: 'Kort', access: 'read', programmeIds: [world.p1.id], expiresInDays: 1 });
    expect((await script(made.body.secret, 'GET', `/programmes/${world.p1.id}/municipalities`)).status).toBe(200);
    await t.database.db.execute(sql`update api_tokens set expires_at = now() - interval '1 second' where id = ${made.body.token.id}`);
    expect((await script(made.body.secret, 'GET', `/programmes/${world.p1.id}/municipalities`)).status).toBe(401);
    expect((await script('varde_not-a-real-token', 'GET', '/session')).status).toBe(401);
    expect((await script('something-else', 'GET', '/session')).status).toBe(401);
  });

  it("an administrator's token reaches only the programmes where they hold a role", async () => {
    expect((await create({ name: 'Admin', access: 'read', programmeIds: [world.p1.id], expiresInDays: 1 }, world.callers.admin)).status).toBe(404);
  });
});
