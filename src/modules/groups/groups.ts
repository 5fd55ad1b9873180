import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict, invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { getProgrammeMunicipality, listProgrammeMunicipalities } from '../programmes/municipalities.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { groupMembers, groups, type GroupKind } from './schema.js';

export type Group = typeof groups.$inferSelect;
export type GroupMember = typeof groupMembers.$inferSelect;
export interface GroupTexts { name?: string; mandate?: string; workPlan?: string; meetingTimes?: string }

const defaultNames: Record<GroupKind, string> = {
  project_group: 'Prosjektgruppe', steering_group: 'Styringsgruppe', expert_group: 'Ekspert- og rådgivningsgruppe',
  contact_group: 'Kontaktgruppe', improvement_team: 'Forbedringsteam', codesign_group: 'Samskapingsgruppe',
};

export async function listGroups(db: Executor, programmeId: string) {
  await getProgramme(db, programmeId);
  const rows = await db.select().from(groups).where(eq(groups.programmeId, programmeId)).orderBy(asc(groups.kind), asc(groups.name));
  const members = rows.length ? await db.select().from(groupMembers).where(inArray(groupMembers.groupId, rows.map((g) => g.id))).orderBy(asc(groupMembers.createdAt)) : [];
  return rows.map((g) => ({ ...g, members: members.filter((m) => m.groupId === g.id) }));
}

export async function getGroup(db: Executor, programmeId: string, groupId: string): Promise<Group> {
  const [row] = await db.select().from(groups).where(and(eq(groups.programmeId, programmeId), eq(groups.id, groupId)));
  if (!row) throw notFound();
  return row;
}

export async function createGroup(db: Executor, actor: Actor, programmeId: string, input: { kind: GroupKind; name?: string; municipalityId?: string | null } & GroupTexts, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  let name = input.name?.trim() || defaultNames[input.kind];
  if (input.kind === 'improvement_team') {
    if (!input.municipalityId) throw invalidField('municipalityId', 'groups.errors.teamNeedsMunicipality');
    const municipality = await getProgrammeMunicipality(db, programmeId, input.municipalityId);
    const [existing] = await db.select({ id: groups.id }).from(groups).where(and(eq(groups.programmeId, programmeId), eq(groups.kind, 'improvement_team'), eq(groups.municipalityId, municipality.id)));
    if (existing) throw conflict('groups.errors.teamExists');
    if (!input.name?.trim()) name = `${defaultNames.improvement_team} ${municipality.name}`;
  } else if (input.municipalityId) throw invalidField('municipalityId', 'groups.errors.onlyTeamsHaveMunicipality');
  const [created] = await db
    .insert(groups)
    .values({ programmeId, kind: input.kind, municipalityId: input.municipalityId ?? null, name, mandate: input.mandate ?? '', workPlan: input.workPlan ?? '', meetingTimes: input.meetingTimes ?? '' })
    .returning();
  await recordAudit(db, { actorId: actor.userId, action: 'group.create', entity: 'group', entityId: created.id, programmeId, after: created, requestId });
  return created;
}

/** One improvement team for every municipality that has none; returns how many were made. */
export async function createMissingImprovementTeams(db: Executor, actor: Actor, programmeId: string, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  const municipalities = await listProgrammeMunicipalities(db, programmeId, 'all');
  const teams = await db.select({ municipalityId: groups.municipalityId }).from(groups).where(and(eq(groups.programmeId, programmeId), eq(groups.kind, 'improvement_team')));
  const covered = new Set(teams.map((t) => t.municipalityId));
  let made = 0;
  for (const m of municipalities.filter((m) => !covered.has(m.id))) {
    await createGroup(db, actor, programmeId, { kind: 'improvement_team', municipalityId: m.id }, requestId);
    made++;
  }
  return made;
}

export async function updateGroup(db: Executor, actor: Actor, programmeId: string, groupId: string, patch: GroupTexts, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  const before = await getGroup(db, programmeId, groupId);
  if (Object.keys(patch).length === 0) return before;
  const [after] = await db.update(groups).set(patch).where(eq(groups.id, groupId)).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'group.update', entity: 'group', entityId: groupId, programmeId, before, after, requestId });
  return after;
}

export async function deleteGroup(db: Executor, actor: Actor, programmeId: string, groupId: string, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  const before = await getGroup(db, programmeId, groupId);
  await db.delete(groups).where(eq(groups.id, groupId));
  await recordAudit(db, { actorId: actor.userId, action: 'group.delete', entity: 'group', entityId: groupId, programmeId, before, requestId });
}
