import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict, notFound } from '../../lib/errors.js';
import type { Actor, ProgrammeScope } from '../access/actor.js';
import { canSeeMunicipality } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { participantsByIds } from '../people/participants.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import type { ActivityRow } from './activities.js';
import { ensureInvitationToken } from './invitation-mail.js';
import { getInvitation } from './invitations.js';
import { invitations } from './invitations-schema.js';

export interface IssuedInvitationLink {
  code: string;
  url: string;
  personalCode: string;
}

/**
 * A new reply link and check-in code for one invitee, to print for someone without e-mail (or who
 * lost theirs). The invitation's link version goes up, so every earlier link and code stops working;
 * the new ones are returned once and only their hashes are stored. Later e-mails carry the new link.
 */
export async function issueInvitationLink(
  db: Executor, actor: Actor, scope: ProgrammeScope, activity: ActivityRow, invitationId: string, ctx: { key: Buffer; publicUrl: string }, requestId?: string,
): Promise<IssuedInvitationLink> {
  assertWritable(await getProgramme(db, activity.programmeId));
  const inv = await getInvitation(db, activity, invitationId);
  const [person] = await participantsByIds(db, activity.programmeId, [inv.participantId]);
  if (!person || !canSeeMunicipality(scope, person.municipalityId)) throw notFound();
  if (activity.status === 'cancelled') throw conflict('errors.invitationActivityCancelled');
  const [bumped] = await db.update(invitations).set({ linkVersion: sql`${invitations.linkVersion} + 1` }).where(eq(invitations.id, inv.id)).returning({ linkVersion: invitations.linkVersion });
  const { token, personalCode } = await ensureInvitationToken(db, ctx.key, inv.id, bumped.linkVersion);
  await recordAudit(db, { actorId: actor.userId, action: 'invitation.link_issue', entity: 'invitation', entityId: inv.id, programmeId: activity.programmeId, requestId, after: { code: person.code } });
  return { code: person.code, url: `${ctx.publicUrl}/i/${token}`, personalCode };
}
