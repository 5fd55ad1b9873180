import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { invalidField } from '../../lib/errors.js';
import type { Actor, ProgrammeScope } from '../access/actor.js';
import { createActivity, listActivities } from '../activities/activities.js';
import { scheduleActivity } from '../activities/schedule.js';
import { ensureProgrammeTypes } from '../activities/types.js';
import { recordAudit } from '../audit/record.js';
import { listUsersByIds } from '../auth/users.js';
import { createGroup, listGroups, updateGroup } from '../groups/groups.js';
import { participantsByIds } from '../people/participants.js';
import { seesIdentity } from '../people/policy.js';
import { getProgrammeMunicipality } from '../programmes/municipalities.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { listServices } from '../programmes/services.js';
import { compositionGaps, type TeamMemberFacts } from './composition.js';
import { improvementProgressScores, improvementTaskChecks, improvementTeamPlans } from './schema.js';
import { preparatoryTasks, type PreparatoryTask } from './vocabulary.js';

type GroupWithMembers = Awaited<ReturnType<typeof listGroups>>[number];

/** Every group member as the composition checks see them, named as the caller may see them. */
export async function memberFacts(db: Executor, actor: Actor, scope: ProgrammeScope, group: GroupWithMembers) {
  const people = new Map((await participantsByIds(db, group.programmeId, group.members.map((m) => m.participantId).filter((x): x is string => !!x))).map((p) => [p.id, p]));
  const users = new Map((await listUsersByIds(db, group.members.map((m) => m.userId).filter((x): x is string => !!x))).map((u) => [u.id, u]));
  const serviceNames = new Map<string, string>();
  for (const municipalityId of new Set([...people.values()].map((p) => p.municipalityId)))
    for (const s of await listServices(db, group.programmeId, municipalityId)) serviceNames.set(s.id, s.name);
  return group.members.map((m) => {
    const p = m.participantId ? people.get(m.participantId) : undefined;
    const facts: TeamMemberFacts = { groupRole: m.role, personRole: p?.role ?? null, subRole: p?.subRole ?? null, serviceName: p?.serviceId ? (serviceNames.get(p.serviceId) ?? null) : null };
    const name = p ? (seesIdentity(actor, scope, p.municipalityId) ? p.name : p.code) : (users.get(m.userId ?? '')?.name ?? '');
    return { id: m.id, name, ...facts };
  });
}

export async function teamOf(db: Executor, programmeId: string, municipalityId: string) {
  return (await listGroups(db, programmeId)).find((g) => g.kind === 'improvement_team' && g.municipalityId === municipalityId) ?? null;
}

/** The preparatory tasks are due when the network's first gathering starts (if it is scheduled). */
export async function tasksDueAt(db: Executor, programmeId: string): Promise<Date | null> {
  const gatherings = (await listActivities(db, programmeId, { municipalities: 'all' })).filter((a) => a.typeKey === 'gathering' && a.startsAt && a.status !== 'cancelled');
  const first = gatherings.map((a) => a.startsAt!.getTime()).sort((a, b) => a - b)[0];
  return first === undefined ? null : new Date(first);
}

export async function teamTasks(db: Executor, programmeId: string, municipalityId?: string) {
  const rows = await db.select().from(improvementTaskChecks).where(municipalityId ? and(eq(improvementTaskChecks.programmeId, programmeId), eq(improvementTaskChecks.municipalityId, municipalityId)) : eq(improvementTaskChecks.programmeId, programmeId));
  return rows;
}

export async function teamPlan(db: Executor, programmeId: string, municipalityId: string) {
  const [row] = await db.select().from(improvementTeamPlans).where(and(eq(improvementTeamPlans.programmeId, programmeId), eq(improvementTeamPlans.municipalityId, municipalityId)));
  return row ?? null;
}

export interface WorkPlanInput { anchoring?: string; composition?: string; mandate?: string; meetingTimes?: string }

/** Saves the work plan: anchoring and composition here, mandate and meeting times on the team (made if missing). */
export async function saveWorkPlan(db: Executor, actor: Actor, programmeId: string, municipalityId: string, input: WorkPlanInput, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  await getProgrammeMunicipality(db, programmeId, municipalityId);
  const team = (await teamOf(db, programmeId, municipalityId)) ?? (await createGroup(db, actor, programmeId, { kind: 'improvement_team', municipalityId }, requestId));
  const groupPatch = { ...(input.mandate !== undefined ? { mandate: input.mandate } : {}), ...(input.meetingTimes !== undefined ? { meetingTimes: input.meetingTimes } : {}) };
  if (Object.keys(groupPatch).length) await updateGroup(db, actor, programmeId, team.id, groupPatch, requestId);
  const own = { ...(input.anchoring !== undefined ? { anchoring: input.anchoring } : {}), ...(input.composition !== undefined ? { composition: input.composition } : {}) };
  if (Object.keys(own).length) {
    await db.insert(improvementTeamPlans).values({ programmeId, municipalityId, ...own }).onConflictDoUpdate({ target: improvementTeamPlans.municipalityId, set: { ...own, updatedAt: new Date() } });
    await recordAudit(db, { actorId: actor.userId, action: 'improvement.plan.update', entity: 'improvement_team_plan', entityId: team.id, programmeId, after: { municipalityId, fields: Object.keys(own) }, requestId });
  }
}

export async function setTaskDone(db: Executor, actor: Actor, programmeId: string, municipalityId: string, task: PreparatoryTask, done: boolean, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  await getProgrammeMunicipality(db, programmeId, municipalityId);
  if (!preparatoryTasks.includes(task)) throw invalidField('task', 'improvement.errors.unknownTask');
  if (done) await db.insert(improvementTaskChecks).values({ programmeId, municipalityId, taskKey: task, doneBy: actor.userId }).onConflictDoNothing();
  else await db.delete(improvementTaskChecks).where(and(eq(improvementTaskChecks.municipalityId, municipalityId), eq(improvementTaskChecks.taskKey, task)));
  await recordAudit(db, { actorId: actor.userId, action: done ? 'improvement.task.done' : 'improvement.task.undone', entity: 'improvement_task', entityId: municipalityId, programmeId, after: { task }, requestId });
}

export interface MeetingSeriesInput { firstStartsAt: string; everyWeeks: number; count: number; location?: string }

/** Fixed meeting times: one improvement-team meeting per interval, placed in the activity plan. */
export async function scheduleTeamMeetings(db: Executor, actor: Actor, programmeId: string, municipalityId: string, input: MeetingSeriesInput, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  const first = new Date(input.firstStartsAt);
  if (Number.isNaN(first.getTime())) throw invalidField('firstStartsAt', 'improvement.errors.badDate');
  await ensureProgrammeTypes(db, programmeId);
  const ids: string[] = [];
  for (let i = 0; i < input.count; i++) {
    const activity = await createActivity(db, actor, programmeId, { typeKey: 'improvement_team_meeting', municipalityId, location: input.location ?? '' }, requestId);
    await scheduleActivity(db, actor, programmeId, activity.id, { startsAt: new Date(first.getTime() + i * input.everyWeeks * 7 * 86_400_000), ...(input.location ? { location: input.location } : {}) }, requestId);
    ids.push(activity.id);
  }
  return ids;
}

export async function teamMeetings(db: Executor, programmeId: string, municipalityId: string) {
  return (await listActivities(db, programmeId, { municipalities: 'all', municipalityId })).filter((a) => a.typeKey === 'improvement_team_meeting');
}

export async function recordProgress(db: Executor, actor: Actor, programmeId: string, municipalityId: string, input: { gathering: number; score: number; reason: string }, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  await getProgrammeMunicipality(db, programmeId, municipalityId);
  if (input.score < 0.5 || input.score > 5 || input.score * 2 !== Math.round(input.score * 2)) throw invalidField('score', 'improvement.errors.score');
  await db.insert(improvementProgressScores).values({ programmeId, municipalityId, ...input })
    .onConflictDoUpdate({ target: [improvementProgressScores.municipalityId, improvementProgressScores.gathering], set: { score: input.score, reason: input.reason, createdAt: new Date() } });
  await recordAudit(db, { actorId: actor.userId, action: 'improvement.progress.record', entity: 'improvement_progress', entityId: municipalityId, programmeId, after: { gathering: input.gathering, score: input.score }, requestId });
}

export async function progressScores(db: Executor, programmeId: string) {
  return db.select().from(improvementProgressScores).where(eq(improvementProgressScores.programmeId, programmeId)).orderBy(improvementProgressScores.gathering);
}

export { compositionGaps };
