import { count, eq, inArray } from 'drizzle-orm';
import { programmeRoles, type ProgrammeRoleName } from '../../src/modules/access/schema.js';
import { auditLog } from '../../src/modules/audit/schema.js';
import { users } from '../../src/modules/auth/schema.js';
import { findOrCreateUser } from '../../src/modules/auth/users.js';
import { norwayMunicipalities } from '../../src/modules/programmes/norway-municipalities.js';
import { programmeMunicipalities, programmes, services } from '../../src/modules/programmes/schema.js';
import { apiPrefix } from './openapi-operations.js';
import type { Caller, TestApp } from './app.js';

/**
 * Two programmes: P1 with municipalities A and B (a service in each) and one person in every role
 * (the municipal contact answers for A; a second contact answers for B), and P2 with municipality C,
 * a service and a coordinator of its own. Only the administrator reaches both.
 */
export const actorNames = ['anonymous', 'outsider', 'admin', 'coordinator', 'researcher', 'municipal_contact', 'facilitator', 'observer'] as const;
export type ActorName = (typeof actorNames)[number];

export interface World {
  callers: Record<Exclude<ActorName, 'anonymous'>, Caller>;
  p1: { id: string; a: string; b: string; serviceA: string; serviceB: string; roles: Record<ProgrammeRoleName, string>; contactBRole: string };
  p2: { id: string; c: string; serviceC: string; coordinatorRole: string };
  /** A municipality number no programme uses yet. */
  freshNumber(): string;
  unique(): number;
}

const period = { startsOn: '2026-01-01', endsOn: '2026-12-31' };

export async function buildWorld(t: TestApp): Promise<World> {
  const pool = norwayMunicipalities.map((m) => m.number);
  let n = 0;
  const admin = await t.signIn('admin@varde.test', { isAdmin: true });
  const post = async (path: string, body: unknown) => {
    const res = await t.call('POST', `${apiPrefix}${path}`, { as: admin, body });
    if (!res.ok) throw new Error(`fixture: POST ${path} answered ${res.status}: ${await res.text()}`);
    return res.json() as Promise<any>;
  };
  const programme = async (name: string) => (await post('/programmes', { kind: 'codesign', name, ...period })).id as string;
  const municipality = async (p: string) => (await post(`/programmes/${p}/municipalities`, { number: pool.shift() })).id as string;
  const service = async (p: string, m: string, name: string) =>
    (await post(`/programmes/${p}/municipalities/${m}/services`, { name, kind: 'outreach', committedToRecovery: true, offersMentalHealthSubstanceUse: true })).id as string;
  const appoint = async (p: string, email: string, role: ProgrammeRoleName, municipalityIds?: string[]) =>
    (await post(`/programmes/${p}/roles`, { email, name: email.split('@')[0], role, municipalityIds }))[0].id as string;

  const p1 = await programme('P1');
  const a = await municipality(p1);
  const b = await municipality(p1);
  const serviceA = await service(p1, a, 'Tjeneste A');
  const serviceB = await service(p1, b, 'Tjeneste B');
  const roles = {} as Record<ProgrammeRoleName, string>;
  for (const role of ['coordinator', 'researcher', 'municipal_contact', 'facilitator', 'observer'] as const)
    roles[role] = await appoint(p1, `${role}@varde.test`, role, role === 'municipal_contact' ? [a] : undefined);
  const contactBRole = await appoint(p1, 'contact-b@varde.test', 'municipal_contact', [b]);

  const p2 = await programme('P2');
  const c = await municipality(p2);
  const serviceC = await service(p2, c, 'Tjeneste C');
  const coordinatorRole = await appoint(p2, 'p2-coordinator@varde.test', 'coordinator');

  const callers = { admin } as World['callers'];
  for (const name of actorNames) if (name !== 'anonymous' && name !== 'admin') callers[name] = await t.signIn(`${name}@varde.test`);
  return {
    callers,
    p1: { id: p1, a, b, serviceA, serviceB, roles, contactBRole },
    p2: { id: p2, c, serviceC, coordinatorRole },
    freshNumber: () => pool.shift()!,
    unique: () => ++n,
  };
}

/** Objects made straight in the database for one destructive call; `remove` is safe when they are already gone. */
export interface Throwaway {
  id: string;
  remove(): Promise<void>;
}

export function throwaways(t: TestApp, world: World) {
  const db = t.database.db;
  return {
    async municipality(programmeId: string, contactUserId?: string): Promise<Throwaway> {
      const [m] = await db.insert(programmeMunicipalities).values({ programmeId, number: world.freshNumber(), name: 'Kast' }).returning();
      if (contactUserId) await db.insert(programmeRoles).values({ programmeId, userId: contactUserId, role: 'municipal_contact', municipalityId: m.id });
      return { id: m.id, remove: async () => void (await db.delete(programmeMunicipalities).where(eq(programmeMunicipalities.id, m.id))) };
    },
    async service(programmeId: string, municipalityId: string): Promise<Throwaway> {
      const [s] = await db.insert(services).values({ programmeId, municipalityId, name: 'Kast', kind: 'other' }).returning();
      return { id: s.id, remove: async () => void (await db.delete(services).where(eq(services.id, s.id))) };
    },
    async role(programmeId: string, municipalityId: string | null): Promise<Throwaway> {
      const user = await findOrCreateUser(db, { email: `kast-${world.unique()}@varde.test`, name: 'Kast' });
      const role = municipalityId ? 'municipal_contact' : 'observer';
      const [r] = await db.insert(programmeRoles).values({ programmeId, userId: user.id, role, municipalityId }).returning();
      return { id: r.id, remove: async () => void (await db.delete(programmeRoles).where(eq(programmeRoles.id, r.id))) };
    },
    /** Undoes an archive so the next call finds both programmes writable. */
    async restoreProgrammes() {
      await db.update(programmes).set({ archivedAt: null }).where(inArray(programmes.id, [world.p1.id, world.p2.id]));
    },
  };
}

/** Row counts of every table the API writes to. */
export async function countRows(t: TestApp) {
  const db = t.database.db;
  const tables = { audit_log: auditLog, programmes, programme_municipalities: programmeMunicipalities, services, programme_roles: programmeRoles, users };
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) out[name] = (await db.select({ n: count() }).from(table))[0].n;
  return out;
}

/** One valid body per operation that takes one, keyed 'METHOD /path'. New routes with a body must add theirs. */
export const exampleBodies: Record<string, (world: World) => unknown> = {
  'POST /auth/sign-in-link': () => ({ email: 'someone@varde.test' }),
  'PUT /language': () => ({ language: 'nb' }),
  'POST /programmes': () => ({ kind: 'learning_network', name: 'Nytt prosjekt', ...period }),
  'PATCH /programmes/{programmeId}': () => ({ description: 'Endra skildring' }),
  'POST /programmes/{programmeId}/municipalities': (w) => ({ number: w.freshNumber() }),
  'POST /programmes/{programmeId}/municipalities/{municipalityId}/services': () => ({
    name: 'Ny tjeneste', kind: 'meeting_place', committedToRecovery: true, offersMentalHealthSubstanceUse: false,
  }),
  'PATCH /programmes/{programmeId}/services/{serviceId}': () => ({ description: 'Endra' }),
  'POST /programmes/{programmeId}/roles': (w) => ({ email: `ny-${w.unique()}@varde.test`, name: 'Ny person', role: 'observer' }),
};
