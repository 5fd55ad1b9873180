import { z } from '@hono/zod-openapi';
import { uuidLike } from '../../http/openapi.js';
import { participantRoles } from '../people/schema.js';
import { attendanceMethods, invitationStatuses } from './invitations-schema.js';
import { maxWalkInName } from './walk-ins.js';

const id = z.string().regex(uuidLike, { message: 'errors.invalidId' });

export const CandidatesSchema = z
  .object({
    groups: z.array(z.object({ id: z.string(), name: z.string(), municipalityId: z.string().nullable() })),
    people: z.array(z.object({
      participantId: z.string(), code: z.string(), name: z.string().nullable(), role: z.enum(participantRoles), municipalityId: z.string(),
      groupIds: z.array(z.string()), hasEmail: z.boolean(), consent: z.enum(['granted', 'missing', 'not_required']), eligible: z.boolean(),
      reason: z.enum(['already_invited', 'no_consent', 'completed', 'outside']).nullable(),
    })),
  })
  .openapi('RecipientCandidates');

export const IssuedLinkSchema = z.object({ code: z.string(), url: z.string(), personalCode: z.string().nullable(), qrSvg: z.string() }).openapi('IssuedPersonalLink');

export const WalkInSchema = z.object({ id: z.string(), name: z.string().nullable(), role: z.enum(participantRoles), createdAt: z.string() }).openapi('WalkIn');
/** `participantId`: the walk-in is this existing participant; without it a new participant is created (in `municipalityId`, default the activity's). */
export const ConfirmWalkInSchema = z
  .object({ participantId: id.optional(), municipalityId: id.nullable().optional(), email: z.string().email({ message: 'errors.invalidEmail' }).max(254).nullable().optional() })
  .openapi('ConfirmWalkIn');
export const ConfirmedWalkInSchema = z.object({ participantId: z.string(), code: z.string(), created: z.boolean() }).openapi('ConfirmedWalkIn');
export const walkInNameLimit = maxWalkInName;

export const AttendanceHistorySchema = z
  .object({
    invited: z.number().int(), attended: z.number().int(),
    activities: z.array(z.object({
      activityId: z.string(), name: z.string(), typeKey: z.string(), status: z.string(), startsAt: z.string().nullable(),
      invitation: z.enum(invitationStatuses).nullable(), attended: z.boolean().nullable(), method: z.enum(attendanceMethods).nullable(),
    })),
  })
  .openapi('AttendanceHistory');

export const RegularsSchema = z
  .object({
    regularN: z.number().int(),
    people: z.array(z.object({ participantId: z.string(), code: z.string(), role: z.string(), municipalityId: z.string(), invited: z.number().int(), attended: z.number().int(), regular: z.boolean() })),
  })
  .openapi('RegularAttendees');
