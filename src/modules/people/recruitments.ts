import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import type { Participant } from './participant.js';
import { recruitments } from './schema.js';

/** Replaces the activity types a participant is recruited to. */
export async function setRecruitments(db: Executor, actor: Actor, participant: Participant, activityTypes: string[], requestId?: string) {
  assertWritable(await getProgramme(db, participant.programmeId));
  const wanted = new Set(activityTypes);
  const current = await db.select().from(recruitments).where(eq(recruitments.participantId, participant.id));
  const have = new Set(current.map((r) => r.activityType));
  const removed = [...have].filter((a) => !wanted.has(a));
  const added = [...wanted].filter((a) => !have.has(a));
  if (removed.length) await db.delete(recruitments).where(and(eq(recruitments.participantId, participant.id), inArray(recruitments.activityType, removed)));
  if (added.length) await db.insert(recruitments).values(added.map((activityType) => ({ participantId: participant.id, activityType })));
  if (removed.length || added.length)
    await recordAudit(db, {
      actorId: actor.userId, action: 'participant.recruit', entity: 'participant', entityId: participant.code,
      programmeId: participant.programmeId, after: { code: participant.code, added, removed }, requestId,
    });
  return [...wanted];
}

/** Recruits many participants to one activity type; those already recruited are left as they are. */
export async function recruitMany(db: Executor, actor: Actor, programmeId: string, people: Participant[], activityType: string, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  if (people.length === 0) return 0;
  const inserted = await db
    .insert(recruitments)
    .values(people.map((p) => ({ participantId: p.id, activityType })))
    .onConflictDoNothing()
    .returning({ participantId: recruitments.participantId });
  const codes = new Map(people.map((p) => [p.id, p.code]));
  for (const row of inserted)
    await recordAudit(db, {
      actorId: actor.userId, action: 'participant.recruit', entity: 'participant', entityId: codes.get(row.participantId)!,
      programmeId, after: { code: codes.get(row.participantId), added: [activityType], removed: [] }, requestId,
    });
  return inserted.length;
}

/** Every recruitment in the programme with the participant's municipality and role, for the overview. */
export async function recruitmentRows(db: Executor, participantsOfProgramme: Participant[]) {
  if (participantsOfProgramme.length === 0) return [];
  const byId = new Map(participantsOfProgramme.map((p) => [p.id, p]));
  const rows = await db.select().from(recruitments).where(inArray(recruitments.participantId, [...byId.keys()]));
  return rows.map((r) => ({ ...r, municipalityId: byId.get(r.participantId)!.municipalityId, role: byId.get(r.participantId)!.role }));
}
