/**
 * What a co-design workshop produced (issue 12 §5): ideas, storyboard steps, photos of the board.
 * Decisions and the action plan (owners, due dates) are the activity's own decisions and follow-up
 * points (`activities/decisions.ts`), shown here, recorded on the activity. A participant's
 * contribution is credited by role and code; by name only when they consented to it
 * (purpose `credited_by_name`) and the viewer may see identities.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { DomainError, invalidField, notFound } from '../../lib/errors.js';
import type { Actor, ProgrammeScope } from '../access/actor.js';
import { getActivity } from '../activities/activities.js';
import { listDecisions } from '../activities/decisions.js';
import { recordAudit } from '../audit/record.js';
import { consentStatus } from '../consent/record.js';
import { findParticipant, participantsByIds } from '../people/participants.js';
import { seesIdentity } from '../people/policy.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { imageSize } from '../documents/image-size.js';
import { codesignGroupWorkshops, codesignWorkshopItems, type WorkshopItemKind } from './course-schema.js';
import { getCodesignGroup } from './groups.js';

export const creditPurpose = 'credited_by_name';
export const maxPhotoBytes = 5 * 1024 * 1024;

export interface WorkshopItemInput {
  activityId: string;
  kind: WorkshopItemKind;
  text: string;
  participantId?: string | null;
  photo?: Buffer;
}

async function assertWorkshopOf(db: Executor, codesignGroupId: string, activityId: string) {
  const [link] = await db.select().from(codesignGroupWorkshops).where(and(eq(codesignGroupWorkshops.codesignGroupId, codesignGroupId), eq(codesignGroupWorkshops.activityId, activityId)));
  if (!link) throw invalidField('activityId', 'course.errors.notGroupWorkshop');
}

export async function addWorkshopItem(db: Executor, actor: Actor, programmeId: string, groupId: string, input: WorkshopItemInput, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  const group = await getCodesignGroup(db, programmeId, groupId);
  await assertWorkshopOf(db, group.id, input.activityId);
  let participant: Awaited<ReturnType<typeof findParticipant>> | null = null;
  if (input.participantId) {
    participant = await findParticipant(db, programmeId, input.participantId).catch(() => null);
    if (!participant) throw invalidField('participantId', 'course.errors.unknownPerson');
  }
  let image: Buffer | null = null;
  let imageType: string | null = null;
  if (input.kind === 'board_photo') {
    if (!input.photo?.length) throw invalidField('file', 'documents.errors.noFile');
    if (input.photo.length > maxPhotoBytes) throw new DomainError(413, 'documents.errors.tooLarge', { limit: '5 MB' });
    const size = imageSize(input.photo);
    if (!size) throw invalidField('file', 'documents.errors.imageType');
    image = input.photo;
    imageType = size.type === 'png' ? 'image/png' : 'image/jpeg';
  } else if (!input.text.trim()) throw invalidField('text', 'errors.required');
  const existing = await db.select({ id: codesignWorkshopItems.id }).from(codesignWorkshopItems).where(and(eq(codesignWorkshopItems.codesignGroupId, group.id), eq(codesignWorkshopItems.activityId, input.activityId), eq(codesignWorkshopItems.kind, input.kind)));
  const [row] = await db
    .insert(codesignWorkshopItems)
    .values({
      programmeId, codesignGroupId: group.id, activityId: input.activityId, kind: input.kind, position: existing.length + 1, text: input.text.trim(), image, imageType,
      participantId: participant?.id ?? null, contributorRole: participant ? (participant.role as 'recipient' | 'provider' | 'leader') : null, createdBy: actor.userId,
    })
    .returning({ id: codesignWorkshopItems.id });
  await recordAudit(db, { actorId: actor.userId, action: 'codesign.workshop_item.add', entity: 'codesign_workshop_item', entityId: row.id, programmeId, after: { kind: input.kind, participantCode: participant?.code }, requestId });
  return row;
}

export async function deleteWorkshopItem(db: Executor, actor: Actor, programmeId: string, groupId: string, itemId: string, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  const gone = await db.delete(codesignWorkshopItems).where(and(eq(codesignWorkshopItems.programmeId, programmeId), eq(codesignWorkshopItems.codesignGroupId, groupId), eq(codesignWorkshopItems.id, itemId))).returning({ id: codesignWorkshopItems.id });
  if (gone.length === 0) throw notFound();
  await recordAudit(db, { actorId: actor.userId, action: 'codesign.workshop_item.delete', entity: 'codesign_workshop_item', entityId: itemId, programmeId, requestId });
}

export async function workshopPhoto(db: Executor, programmeId: string, groupId: string, itemId: string) {
  const [row] = await db.select({ image: codesignWorkshopItems.image, imageType: codesignWorkshopItems.imageType }).from(codesignWorkshopItems).where(and(eq(codesignWorkshopItems.programmeId, programmeId), eq(codesignWorkshopItems.codesignGroupId, groupId), eq(codesignWorkshopItems.id, itemId)));
  if (!row?.image) throw notFound();
  return { bytes: row.image, type: row.imageType ?? 'image/png' };
}

/** The credit line of a contribution: role and code, or the name where consented and visible. */
async function credits(db: Executor, actor: Actor, scope: ProgrammeScope, programmeId: string, participantIds: string[]) {
  const people = await participantsByIds(db, programmeId, [...new Set(participantIds)]);
  const out = new Map<string, { code: string; role: string; name: string | null }>();
  for (const p of people) {
    const byName = seesIdentity(actor, scope, p.municipalityId) && (await consentStatus(db, p.id)).some((s) => s.purposeKey === creditPurpose && s.granted);
    out.set(p.id, { code: p.code, role: p.role, name: byName ? p.name : null });
  }
  return out;
}

/** Each workshop of a group: the activity, its items in order with credits, its decisions and action plan. */
export async function groupWorkshops(db: Executor, actor: Actor, scope: ProgrammeScope, programmeId: string, groupId: string, activityIds: string[]) {
  if (activityIds.length === 0) return [];
  const items = await db.select({
    id: codesignWorkshopItems.id, activityId: codesignWorkshopItems.activityId, kind: codesignWorkshopItems.kind, position: codesignWorkshopItems.position, text: codesignWorkshopItems.text,
    imageType: codesignWorkshopItems.imageType, participantId: codesignWorkshopItems.participantId, contributorRole: codesignWorkshopItems.contributorRole,
  }).from(codesignWorkshopItems).where(and(eq(codesignWorkshopItems.codesignGroupId, groupId), inArray(codesignWorkshopItems.activityId, activityIds))).orderBy(asc(codesignWorkshopItems.kind), asc(codesignWorkshopItems.position));
  const credited = await credits(db, actor, scope, programmeId, items.flatMap((i) => (i.participantId ? [i.participantId] : [])));
  const out = [];
  for (const activityId of activityIds) {
    const activity = await getActivity(db, programmeId, activityId);
    const decisions = await listDecisions(db, activityId);
    out.push({
      activity: { id: activity.id, title: activity.title, startsAt: activity.startsAt?.toISOString() ?? null, status: activity.status, municipalityId: activity.municipalityId },
      items: items.filter((i) => i.activityId === activityId).map((i) => ({ id: i.id, kind: i.kind, position: i.position, text: i.text, hasPhoto: !!i.imageType, credit: i.participantId ? credited.get(i.participantId) ?? null : null })),
      decisions: decisions.map((d) => ({ id: d.id, kind: d.kind, text: d.text, owner: d.owner, dueOn: d.dueOn, closed: !!d.closedAt })),
    });
  }
  return out;
}
