import { z } from '@hono/zod-openapi';
import { uuidLike } from '../../http/openapi.js';
import { groupKinds, groupMemberRoles } from './schema.js';

const id = z.string().regex(uuidLike, { message: 'errors.invalidId' });
const longText = z.string().max(10000);

export const GroupInputSchema = z
  .object({ kind: z.enum(groupKinds), name: z.string().trim().max(200).optional(), municipalityId: id.nullable().optional(), mandate: longText.optional(), workPlan: longText.optional(), meetingTimes: z.string().max(2000).optional() })
  .strict()
  .openapi('GroupInput');

export const GroupPatchSchema = z
  .object({ name: z.string().trim().min(1).max(200), mandate: longText, workPlan: longText, meetingTimes: z.string().max(2000) })
  .partial()
  .strict()
  .openapi('GroupPatch');

export const MemberInputSchema = z
  .object({ userId: id.nullable().optional(), participantId: id.nullable().optional(), role: z.enum(groupMemberRoles) })
  .strict()
  .openapi('GroupMemberInput');

export const MemberSchema = z
  .object({
    id: z.string(),
    role: z.enum(groupMemberRoles),
    kind: z.enum(['staff', 'participant']),
    userId: z.string().nullable(),
    participantId: z.string().nullable(),
    /** Staff name; for a participant their name, or only their code for viewers who see codes. */
    displayName: z.string(),
    code: z.string().nullable(),
  })
  .openapi('GroupMember');

export const GroupSchema = z
  .object({
    id: z.string(),
    kind: z.enum(groupKinds),
    municipalityId: z.string().nullable(),
    name: z.string(),
    mandate: z.string(),
    workPlan: z.string(),
    meetingTimes: z.string(),
    members: z.array(MemberSchema),
    canEdit: z.boolean(),
  })
  .openapi('Group');

export const GroupsOverviewSchema = z
  .object({
    groups: z.array(GroupSchema),
    hasContactGroup: z.boolean(),
    municipalitiesWithoutContact: z.array(z.object({ id: z.string(), name: z.string() })),
    /** Programme staff who can be added as members (only for those who may edit a group). */
    staff: z.array(z.object({ userId: z.string(), name: z.string() })),
    canManage: z.boolean(),
  })
  .openapi('GroupsOverview');
