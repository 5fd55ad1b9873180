import { describe, expect, it } from 'vitest';
import type { Actor, RoleGrant } from '../access/actor.js';
import { authorizeProgramme } from './policy.js';

const P = 'programme-1';
const A = 'municipality-a';
const B = 'municipality-b';

function actor(grants: Omit<RoleGrant, 'programmeId'>[], isAdmin = false): Actor {
  return { userId: 'u', name: 'U', email: 'u@test.example', language: 'nb', isAdmin, grants: grants.map((g) => ({ ...g, programmeId: P })) };
}

const outcome = (fn: () => unknown) => {
  try {
    fn();
    return 'allowed';
  } catch (err) {
    return (err as { status: number }).status;
  }
};

describe('programme policy', () => {
  it('a municipal contact who is also a researcher reads every municipality but writes services only in their own', () => {
    const both = actor([
      { role: 'municipal_contact', municipalityId: A },
      { role: 'researcher', municipalityId: null },
    ]);
    expect(outcome(() => authorizeProgramme(both, 'service.read', { programmeId: P, municipalityId: B }))).toBe('allowed');
    expect(outcome(() => authorizeProgramme(both, 'service.write', { programmeId: P, municipalityId: A }))).toBe('allowed');
    expect(outcome(() => authorizeProgramme(both, 'service.write', { programmeId: P, municipalityId: B }))).toBe(403);
  });

  it('a contact alone cannot even see another municipality (404, not 403)', () => {
    const contact = actor([{ role: 'municipal_contact', municipalityId: A }]);
    expect(outcome(() => authorizeProgramme(contact, 'service.read', { programmeId: P, municipalityId: B }))).toBe(404);
    expect(outcome(() => authorizeProgramme(contact, 'service.write', { programmeId: P, municipalityId: B }))).toBe(404);
  });

  it('outsiders get 404, anonymous 401, read-only roles 403 on writes', () => {
    expect(outcome(() => authorizeProgramme(actor([]), 'programme.read', { programmeId: P }))).toBe(404);
    expect(outcome(() => authorizeProgramme(null, 'programme.read', { programmeId: P }))).toBe(401);
    const observer = actor([{ role: 'observer', municipalityId: null }]);
    expect(outcome(() => authorizeProgramme(observer, 'programme.update', { programmeId: P }))).toBe(403);
    expect(outcome(() => authorizeProgramme(observer, 'service.write', { programmeId: P, municipalityId: A }))).toBe(403);
  });
});
