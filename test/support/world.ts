import { count, eq, inArray } from 'drizzle-orm';
import { programmeRoles, type ProgrammeRoleName } from '../../src/modules/access/schema.js';
import { auditLog } from '../../src/modules/audit/schema.js';
import { users } from '../../src/modules/auth/schema.js';
import { findOrCreateUser } from '../../src/modules/auth/users.js';
import { norwayMunicipalities } from '../../src/modules/programmes/norway-municipalities.js';
import { programmeMunicipalities, programmes, services } from '../../src/modules/programmes/schema.js';
import { apiPrefix } from './openapi-operations.js';
import { participants, recruitments, recruitmentTargets } from '../../src/modules/people/schema.js';
import { groupMembers, groups } from '../../src/modules/groups/schema.js';
import { memberCheckResponses, memberChecks } from '../../src/modules/analysis/member-check-schema.js';
import { codes, codings, documents, memos, nameSuggestions } from '../../src/modules/analysis/schema.js';
import type { Caller, TestApp } from './app.js';
import { consentExampleBodies } from './consent-world.js';
import { analysisExampleBodies } from './analysis-world.js';
import { questionnaireExampleBodies } from './questionnaire-world.js';
import { interchangeExampleBodies } from './interchange-world.js';
import { instrumentVersions, instruments, responses, surveyInvitations, surveys } from '../../src/modules/questionnaires/schema.js';
import { activitiesExampleBodies } from './activities-world.js';
import { activities, activityAgendaItems, activityDecisions, activityDependencies, activityMinutes, activityOutputs, activityTypeDefinitions } from '../../src/modules/activities/schema.js';
import { invitationsExampleBodies } from './invitations-world.js';
import { courseExampleBodies } from './course-world.js';
import { improvementExampleBodies } from './improvement-world.js';
import { reportsExampleBodies } from './reports-world.js';
import { reportDocExampleBodies } from './report-doc-world.js';
import { coordinatorExampleBodies } from './coordinator-world.js';
import { boardsExampleBodies } from './boards-world.js';
import { withdrawalHitsBodies } from './withdrawal-hits-world.js';
import { codesignEvidenceBodies } from './codesign-world.js';
import { attendance, checkInCodes, invitations, invitationSettings, invitationTokens } from '../../src/modules/activities/invitations-schema.js';

/**
 * Two programmes: P1 with municipalities A and B (a service in each) and one person in every role
 * (the municipal contact answers for A; a second contact answers for B), and P2 with municipality C,
 * a service and a coordinator of its own. Only the administrator reaches both.
 */
export const actorNames = ['anonymous', 'outsider', 'admin', 'coordinator', 'researcher', 'municipal_contact', 'facilitator', 'observer'] as const;
export type ActorName = (typeof actorNames)[number];

export interface World {
  callers: Record<Exclude<ActorName, 'anonymous'>, Caller>;
  p1: { id: string; a: string; b: string; serviceA: string; serviceB: string; roles: Record<ProgrammeRoleName, string>; contactBRole: string } & PeopleFixtures & { aNumber: string };
  p2: { id: string; c: string; serviceC: string; coordinatorRole: string } & PeopleFixtures;
  /** A municipality number no programme uses yet. */
  freshNumber(): string;
  unique(): number;
}

const period = { startsOn: '2026-01-01', endsOn: '2026-12-31' };

/** Per municipality (A, B in P1; C in P2): a participant, its improvement team and a member of it. */
export interface PeopleFixtures {
  participants: Record<string, string>;
  groups: Record<string, string>;
  members: Record<string, string>;
}

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
  const aNumber = pool[0];
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

  // People and groups: one participant per municipality, its improvement team, the participant as member.
  const people = async (p: string, municipalities: Record<string, string>): Promise<PeopleFixtures> => {
    const out: PeopleFixtures = { participants: {}, groups: {}, members: {} };
    for (const [key, m] of Object.entries(municipalities)) {
      out.participants[key] = (await post(`/programmes/${p}/municipalities/${m}/participants`, { name: `Deltaker ${key}`, email: `deltaker-${key}@deltaker.example`, role: 'recipient' })).id;
      out.groups[key] = (await post(`/programmes/${p}/groups`, { kind: 'improvement_team', municipalityId: m })).id;
      out.members[key] = (await post(`/programmes/${p}/groups/${out.groups[key]}/members`, { participantId: out.participants[key], role: 'member' })).id;
    }
    return out;
  };
  const p1People = await people(p1, { A: a, B: b });
  const p2People = await people(p2, { C: c });

  const callers = { admin } as World['callers'];
  for (const name of actorNames) if (name !== 'anonymous' && name !== 'admin') callers[name] = await t.signIn(`${name}@varde.test`);
  return {
    callers,
    p1: { id: p1, a, b, serviceA, serviceB, roles, contactBRole, aNumber, ...p1People },
    p2: { id: p2, c, serviceC, coordinatorRole, ...p2People },
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
    async group(programmeId: string, municipalityId: string): Promise<Throwaway> {
      const [g] = await db.insert(groups).values({ programmeId, kind: 'improvement_team', municipalityId, name: 'Kast' }).returning();
      return { id: g.id, remove: async () => void (await db.delete(groups).where(eq(groups.id, g.id))) };
    },
    async member(groupId: string): Promise<Throwaway> {
      const user = await findOrCreateUser(db, { email: `kast-${world.unique()}@varde.test`, name: 'Kast' });
      const [m] = await db.insert(groupMembers).values({ groupId, userId: user.id, role: 'member' }).returning();
      return { id: m.id, remove: async () => void (await db.delete(groupMembers).where(eq(groupMembers.id, m.id))) };
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
  const tables = {
    audit_log: auditLog, programmes, programme_municipalities: programmeMunicipalities, services, programme_roles: programmeRoles, users,
    participants, recruitments, recruitment_targets: recruitmentTargets, groups, group_members: groupMembers,
    documents, codes, codings, memos, name_suggestions: nameSuggestions, member_checks: memberChecks, member_check_responses: memberCheckResponses,
    instruments, instrument_versions: instrumentVersions, surveys, survey_invitations: surveyInvitations, responses,
    invitations, invitation_tokens: invitationTokens, attendance, check_in_codes: checkInCodes, invitation_settings: invitationSettings,
    activities, activity_types: activityTypeDefinitions, activity_dependencies: activityDependencies, activity_agenda_items: activityAgendaItems,
    activity_minutes: activityMinutes, activity_decisions: activityDecisions, activity_outputs: activityOutputs,
  };
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) out[name] = (await db.select({ n: count() }).from(table))[0].n;
  return out;
}

/** One valid body per operation that takes one, keyed 'METHOD /path'. New routes with a body must add theirs. */
export const exampleBodies: Record<string, (world: World) => unknown> = {
  ...consentExampleBodies,
  ...analysisExampleBodies,
  ...questionnaireExampleBodies,
  ...interchangeExampleBodies,
  ...activitiesExampleBodies,
  ...invitationsExampleBodies,
  ...courseExampleBodies,
  ...improvementExampleBodies,
  ...reportsExampleBodies,
  ...reportDocExampleBodies,
  ...coordinatorExampleBodies,
  ...boardsExampleBodies,
  ...withdrawalHitsBodies,
  ...codesignEvidenceBodies,
  'POST /auth/sign-in-link': () => ({ email: 'someone@varde.test' }),
  'POST /me/tokens': (world) => ({ name: 'Nattlig R-jobb', access: 'read', programmeIds: [world.p1.id], expiresInDays: 30 }),
  'PUT /language': () => ({ language: 'nb' }),
  'POST /programmes': () => ({ kind: 'learning_network', name: 'Nytt prosjekt', ...period }),
  'PATCH /programmes/{programmeId}': () => ({ description: 'Endra skildring' }),
  'POST /programmes/{programmeId}/municipalities': (w) => ({ number: w.freshNumber() }),
  'POST /programmes/{programmeId}/municipalities/{municipalityId}/services': () => ({
    name: 'Ny tjeneste', kind: 'meeting_place', committedToRecovery: true, offersMentalHealthSubstanceUse: false,
  }),
  'PATCH /programmes/{programmeId}/services/{serviceId}': () => ({ description: 'Endra' }),
  'POST /programmes/{programmeId}/roles': (w) => ({ email: `ny-${w.unique()}@varde.test`, name: 'Ny person', role: 'observer' }),
  'POST /programmes/{programmeId}/municipalities/{municipalityId}/participants': (w) => ({ name: `Ny Deltaker ${w.unique()}`, role: 'provider', email: 'ny@deltaker.example' }),
  'PATCH /programmes/{programmeId}/participants/{participantId}': () => ({ phone: '+47 400 00 000' }),
  'PUT /programmes/{programmeId}/participants/{participantId}/recruitments': () => ({ activityTypes: ['interview'] }),
  'POST /programmes/{programmeId}/participants/import/preview': (w) => participantFileForm(w.p1.aNumber),
  'POST /programmes/{programmeId}/participants/import': (w) => ({ rows: [{ name: `Importert ${w.unique()}`, municipality: w.p1.aNumber, role: 'leader' }] }),
  'PUT /programmes/{programmeId}/recruitment/targets': () => ({ activityType: 'interview', role: 'recipient', municipalityId: null, target: 4 }),
  'POST /programmes/{programmeId}/recruitment/bulk': (w) => ({ participantIds: [w.p1.participants.A], activityType: 'focus_group' }),
  'POST /programmes/{programmeId}/groups': () => ({ kind: 'expert_group' }),
  'PATCH /programmes/{programmeId}/groups/{groupId}': () => ({ meetingTimes: 'Første tirsdag i måneden kl. 10' }),
  'POST /programmes/{programmeId}/groups/{groupId}/members': (w) => ({ userId: w.callers.facilitator.userId, role: 'secretary' }),
};

/** A one-row CSV upload (multipart), as the import wizard sends it. */
function participantFileForm(municipalityNumber: string): FormData {
  const form = new FormData();
  form.append('file', new Blob([`navn;kommune;rolle\nKari Prøve;${municipalityNumber};leder\n`], { type: 'text/csv' }), 'deltakere.csv');
  return form;
}
