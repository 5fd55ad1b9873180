import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../src/modules/access/actor.js';
import { programmeRoles } from '../../src/modules/access/schema.js';
import { activities } from '../../src/modules/activities/schema.js';
import { ensureProgrammeTypes } from '../../src/modules/activities/types.js';
import { groupMembers, groups } from '../../src/modules/groups/schema.js';
import { participants } from '../../src/modules/people/schema.js';
import { programmeMunicipalities, programmes } from '../../src/modules/programmes/schema.js';
import type { Caller, TestApp } from './app.js';

const hour = 3_600_000;

/**
 * A programme with one municipality (Bærum), a coordinator, an improvement team of three
 * participants (nb, nn, en) and helpers to add activities and people; a second programme for
 * "foreign" codes. Everything made straight in the database; addresses on varde.example.
 */
export async function invitationsProgramme(t: TestApp, now = new Date()) {
  const db = t.database.db;
  const tag = randomBytes(3).toString('hex');
  const coordinator: Caller = await t.signIn(`koord-${tag}@varde.example`, { name: 'Koordinator' });
  const actor: Actor = { userId: coordinator.userId, name: 'Koordinator', email: `koord-${tag}@varde.example`, language: 'nb', isAdmin: false, grants: [] };
  const programme = async (name: string) => {
    const [p] = await db.insert(programmes).values({ kind: 'codesign', name, startsOn: '2026-01-01', endsOn: '2027-12-31' }).returning();
    const [m] = await db.insert(programmeMunicipalities).values({ programmeId: p.id, number: '3201', name: 'Bærum' }).returning();
    await db.insert(programmeRoles).values({ programmeId: p.id, userId: coordinator.userId, role: 'coordinator' });
    await ensureProgrammeTypes(db, p.id);
    actor.grants.push({ programmeId: p.id, role: 'coordinator', municipalityId: null });
    return { programme: p, municipality: m };
  };
  const main = await programme('Invitasjonstest');
  const other = await programme('Annet prosjekt');
  let n = 0;
  const person = async (over: Partial<typeof participants.$inferInsert> = {}, where = main) => {
    const id = `${tag}${++n}`;
    const [p] = await db
      .insert(participants)
      .values({ programmeId: where.programme.id, municipalityId: where.municipality.id, role: 'provider', name: `Deltaker ${id}`, email: `deltaker.${id}@varde.example`, phone: `+47 4000 ${String(n).padStart(4, '0')}`, language: 'nb', code: `BAE-T-${id}`, ...over })
      .returning();
    return p;
  };
  const activity = async (over: Partial<typeof activities.$inferInsert> = {}, where = main) => {
    // Whole minutes, as people schedule them (and as .ics carries them: seconds, no milliseconds).
    const startsAt = new Date(Math.ceil((now.getTime() + 48 * hour) / 60_000) * 60_000);
    const [a] = await db
      .insert(activities)
      .values({ programmeId: where.programme.id, municipalityId: where.municipality.id, typeKey: 'feedback_meeting', variant: 'joint', title: '', durationMinutes: 120, mode: 'physical', location: 'Rådhuset, møterom 2', status: 'scheduled', startsAt, endsAt: new Date(startsAt.getTime() + 2 * hour), ...over })
      .returning();
    return a;
  };
  const team = async (members: { id: string }[]) => {
    const [g] = await db.insert(groups).values({ programmeId: main.programme.id, kind: 'improvement_team', municipalityId: main.municipality.id, name: `Forbedringsteam ${tag}` }).returning();
    await db.insert(groupMembers).values(members.map((m) => ({ groupId: g.id, participantId: m.id, role: 'member' as const })));
    return g;
  };
  const reload = async (id: string) => (await db.select().from(activities).where(eq(activities.id, id)))[0];
  return { coordinator, actor, ...main, other, person, activity, team, reload };
}
