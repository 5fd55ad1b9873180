/**
 * Course holders (kursholdere): who may deliver the course in each municipality after the project
 * (seed 000 act. 6) — participants or staff trained there. Names follow the people module's rule:
 * those who may see identities see the name, the rest the participant's code.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { invalidField, notFound } from '../../lib/errors.js';
import type { Actor, ProgrammeScope } from '../access/actor.js';
import { listProgrammeRoles } from '../access/roles.js';
import { recordAudit } from '../audit/record.js';
import { listUsersByIds } from '../auth/users.js';
import { findParticipant, participantsByIds } from '../people/participants.js';
import { seesIdentity } from '../people/policy.js';
import { getProgrammeMunicipality } from '../programmes/municipalities.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { codesignCourseHolders } from './course-schema.js';

export interface HolderInput {
  municipalityId: string;
  participantId?: string | null;
  userId?: string | null;
  trainedOn?: string | null;
}

export async function addCourseHolder(db: Executor, actor: Actor, programmeId: string, input: HolderInput, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  await getProgrammeMunicipality(db, programmeId, input.municipalityId).catch(() => { throw invalidField('municipalityId', 'course.errors.unknownMunicipality'); });
  if (!!input.participantId === !!input.userId) throw invalidField('participantId', 'course.errors.holderNeedsOne');
  let code: string | undefined;
  if (input.participantId) {
    const p = await findParticipant(db, programmeId, input.participantId).catch(() => null);
    if (!p) throw invalidField('participantId', 'course.errors.unknownPerson');
    code = p.code;
  } else if (!(await listProgrammeRoles(db, programmeId)).some((r) => r.userId === input.userId)) throw invalidField('userId', 'course.errors.unknownPerson');
  const [row] = await db
    .insert(codesignCourseHolders)
    .values({ programmeId, municipalityId: input.municipalityId, participantId: input.participantId ?? null, userId: input.userId ?? null, trainedOn: input.trainedOn ?? null })
    .returning();
  await recordAudit(db, { actorId: actor.userId, action: 'codesign.course_holder.add', entity: 'codesign_course_holder', entityId: row.id, programmeId, after: { municipalityId: row.municipalityId, ...(code ? { participantCode: code } : { userId: row.userId }) }, requestId });
  return row;
}

export async function removeCourseHolder(db: Executor, actor: Actor, programmeId: string, holderId: string, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  const [gone] = await db.delete(codesignCourseHolders).where(and(eq(codesignCourseHolders.programmeId, programmeId), eq(codesignCourseHolders.id, holderId))).returning();
  if (!gone) throw notFound();
  await recordAudit(db, { actorId: actor.userId, action: 'codesign.course_holder.remove', entity: 'codesign_course_holder', entityId: holderId, programmeId, requestId });
}

export async function listCourseHolders(db: Executor, actor: Actor, scope: ProgrammeScope, programmeId: string) {
  await getProgramme(db, programmeId);
  const rows = await db.select().from(codesignCourseHolders).where(eq(codesignCourseHolders.programmeId, programmeId)).orderBy(asc(codesignCourseHolders.createdAt));
  const visible = rows.filter((r) => scope.municipalities === 'all' || scope.municipalities.has(r.municipalityId));
  const people = new Map((await participantsByIds(db, programmeId, visible.flatMap((r) => (r.participantId ? [r.participantId] : [])))).map((p) => [p.id, p]));
  const users = new Map((await listUsersByIds(db, visible.flatMap((r) => (r.userId ? [r.userId] : [])))).map((u) => [u.id, u]));
  return visible.map((r) => {
    const p = r.participantId ? people.get(r.participantId) : undefined;
    const who = p ? (seesIdentity(actor, scope, r.municipalityId) ? `${p.name} (${p.code})` : p.code) : users.get(r.userId!)?.name ?? '';
    return { id: r.id, municipalityId: r.municipalityId, kind: p ? ('participant' as const) : ('staff' as const), who, trainedOn: r.trainedOn };
  });
}
