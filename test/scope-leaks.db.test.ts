import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActivitiesWorld } from './support/activities-world.js';
import { createTestApp } from './support/app.js';
import { buildConsentWorld } from './support/consent-world.js';
import { apiPrefix } from './support/openapi-operations.js';
import { buildWorld, type World } from './support/world.js';

/**
 * Scope and small-cell leaks found by trying the API as each role (issue 11, item 8): each case
 * failed before the fix. The route × role table (authorization.db.test.ts) checks statuses; these
 * check what the answers contain.
 */
const t = await createTestApp();
let world: World;
let acw: Awaited<ReturnType<typeof buildActivitiesWorld>>;
beforeAll(async () => {
  world = await buildWorld(t);
  acw = await buildActivitiesWorld(t, world);
});
afterAll(() => t.close());

const p1 = (path: string) => `${apiPrefix}/programmes/${world.p1.id}${path}`;
/** Status and body; the request id (different on every answer) left out. */
const json = async (res: Response) => {
  const body = (await res.json()) as any;
  if (body && typeof body === 'object' && !Array.isArray(body)) delete body.requestId;
  return { status: res.status, body };
};

describe('a municipal contact sees only their own municipalities', () => {
  it('recruitment targets of other municipalities stay hidden (programme-wide ones are shown)', async () => {
    for (const municipalityId of [world.p1.a, world.p1.b, null])
      expect((await t.call('PUT', p1('/recruitment/targets'), { as: world.callers.coordinator, body: { activityType: 'interview', role: 'recipient', municipalityId, target: 3 } })).status).toBe(200);
    const all = (await json(await t.call('GET', p1('/recruitment/targets'), { as: world.callers.coordinator }))).body;
    expect(all.map((r: any) => r.municipalityId)).toEqual(expect.arrayContaining([world.p1.a, world.p1.b, null]));
    const seen = (await json(await t.call('GET', p1('/recruitment/targets'), { as: world.callers.municipal_contact }))).body;
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.map((r: any) => r.municipalityId)).not.toContain(world.p1.b);
    expect(seen.every((r: any) => r.municipalityId === null || r.municipalityId === world.p1.a)).toBe(true);
  });
});

describe('consent counts follow the small-cell rule', () => {
  it('an observer gets a count of two suppressed; the coordinator and researcher see it', async () => {
    // The consent world gives P1's two participants (A, B) a yes to every purpose: 2 is below the threshold of 5.
    await buildConsentWorld(t, world);
    const key = 'questionnaire';
    const of = async (as: keyof World['callers']) => ((await json(await t.call('GET', p1('/consent-summary'), { as: world.callers[as] }))).body.purposes as any[]).find((p) => p.key === key);
    expect(await of('coordinator')).toMatchObject({ consented: 2, suppressed: false });
    expect(await of('researcher')).toMatchObject({ consented: 2, suppressed: false });
    for (const viewer of ['observer', 'facilitator'] as const) expect(await of(viewer), viewer).toEqual({ key, consented: null, suppressed: true });
  });
});

describe('groups take only people of the programme, and hide what the caller cannot see', () => {
  it('a contact cannot add a user of another programme (refused like an unknown id), so never reads their name', async () => {
    const members = p1(`/groups/${world.p1.groups.A}/members`);
    const stranger = await t.signIn('fremmed-i-p2@varde.test', { name: 'Fremmed Person' });
    const { userId: p2Coordinator } = await t.signIn('p2-coordinator@varde.test');
    const outsider = await json(await t.call('POST', members, { as: world.callers.municipal_contact, body: { userId: p2Coordinator, role: 'member' } }));
    const unknown = await json(await t.call('POST', members, { as: world.callers.municipal_contact, body: { userId: randomUUID(), role: 'member' } }));
    const noRole = await json(await t.call('POST', members, { as: world.callers.municipal_contact, body: { userId: stranger.userId, role: 'member' } }));
    expect(outsider.status).toBe(400);
    expect(outsider).toEqual(unknown);
    expect(noRole).toEqual(unknown);
    const list = JSON.stringify((await json(await t.call('GET', p1('/groups'), { as: world.callers.municipal_contact }))).body);
    expect(list).not.toContain('p2-coordinator');
    expect(list).not.toContain('Fremmed Person');
    // Staff of the programme may still be added.
    expect((await t.call('POST', members, { as: world.callers.municipal_contact, body: { userId: world.callers.facilitator.userId, role: 'member' } })).status).toBe(201);
  });

  it('inviting another municipality’s group answers exactly like inviting a group that does not exist', async () => {
    const activityId = acw.ids('A').activityId;
    const invite = (groupId: string) => t.call('POST', p1(`/activities/${activityId}/invitations`), { as: world.callers.municipal_contact, body: { groupIds: [groupId] } });
    const invisible = await json(await invite(world.p1.groups.B));
    const missing = await json(await invite(randomUUID()));
    expect(invisible.status).toBeGreaterThanOrEqual(400);
    expect(invisible).toEqual(missing);
  });

  it('the group routes answer an invisible group exactly like a missing one', async () => {
    const patch = (groupId: string) => t.call('PATCH', p1(`/groups/${groupId}`), { as: world.callers.municipal_contact, body: { meetingTimes: 'Tirsdager' } });
    const strip = (r: { status: number; body: any }) => r;
    const invisible = strip(await json(await patch(world.p1.groups.B)));
    const missing = strip(await json(await patch(randomUUID())));
    expect(invisible.status).toBe(404);
    expect(invisible).toEqual(missing);
    const add = (groupId: string) => t.call('POST', p1(`/groups/${groupId}/members`), { as: world.callers.municipal_contact, body: { userId: world.callers.facilitator.userId, role: 'member' } });
    expect(strip(await json(await add(world.p1.groups.B)))).toEqual(strip(await json(await add(randomUUID()))));
  });
});
