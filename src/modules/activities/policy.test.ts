import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor.js';
import { authorizeActivities } from './policy.js';

const actor = (grants: Actor['grants'], isAdmin = false): Actor => ({ userId: 'u', name: 'n', email: 'e@varde.example', language: 'nb', isAdmin, grants });
const P = 'p1';
const status = (f: () => unknown) => {
  try {
    f();
    return 'ok';
  } catch (e) {
    return (e as { status: number }).status;
  }
};

describe('authorizeActivities', () => {
  const contact = actor([{ programmeId: P, role: 'municipal_contact', municipalityId: 'A' }]);
  const inA = { municipalityId: 'A' };
  const inB = { municipalityId: 'B' };
  const wide = { municipalityId: null };

  it('a municipal contact runs their own municipality’s activities and sees nothing else', () => {
    expect(status(() => authorizeActivities(contact, 'activity.write', { programmeId: P, activity: inA }))).toBe('ok');
    expect(status(() => authorizeActivities(contact, 'activity.read', { programmeId: P, activity: inB }))).toBe(404);
    expect(status(() => authorizeActivities(contact, 'activity.read', { programmeId: P, activity: wide }))).toBe(404);
    expect(status(() => authorizeActivities(contact, 'activity.plan', { programmeId: P }))).toBe(403);
  });

  it('facilitators run any activity, observers and researchers only read, coordinators plan; outsiders get 404, nobody 401', () => {
    const as = (role: 'facilitator' | 'observer' | 'researcher' | 'coordinator') => actor([{ programmeId: P, role, municipalityId: null }]);
    expect(status(() => authorizeActivities(as('facilitator'), 'activity.write', { programmeId: P, activity: wide }))).toBe('ok');
    expect(status(() => authorizeActivities(as('facilitator'), 'activity.plan', { programmeId: P }))).toBe(403);
    expect(status(() => authorizeActivities(as('observer'), 'activity.write', { programmeId: P, activity: inA }))).toBe(403);
    expect(status(() => authorizeActivities(as('researcher'), 'activity.indicators', { programmeId: P }))).toBe('ok');
    expect(status(() => authorizeActivities(as('coordinator'), 'activity.plan', { programmeId: P }))).toBe('ok');
    expect(status(() => authorizeActivities(as('coordinator'), 'activity.read', { programmeId: 'other' }))).toBe(404);
    expect(status(() => authorizeActivities(null, 'activity.read', { programmeId: P }))).toBe(401);
    expect(status(() => authorizeActivities(actor([], true), 'activity.plan', { programmeId: 'any' }))).toBe('ok');
  });
});
