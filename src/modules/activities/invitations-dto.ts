import { z } from '@hono/zod-openapi';
import { uuidLike } from '../../http/openapi.js';
import { attendanceMethods, invitationStatuses } from './invitations-schema.js';
import { maxValidHours } from './check-in.js';
import { maxReminderHours } from './invitation-reminders.js';
import { DeliverySchema } from '../mail/dto.js';

const id = z.string().regex(uuidLike, { message: 'errors.invalidId' });

export const InviteInputSchema = z
  .object({
    participantIds: z.array(id).max(500).optional(),
    groupIds: z.array(id).max(50).optional(),
  })
  .openapi('InviteInput');

export const SkippedSchema = z.object({ code: z.string().nullable(), reason: z.enum(['outside', 'already_invited', 'no_consent', 'completed']) }).openapi('SkippedRecipient');
export const InviteResultSchema = z
  .object({
    created: z.number().int(), mailed: z.number().int(), alreadyInvited: z.number().int(), skipped: z.array(SkippedSchema),
    withoutEmail: z.array(z.object({ participantId: z.string(), invitationId: z.string(), code: z.string() })),
  })
  .openapi('InviteResult');

export const AnswerInputSchema = z.object({ status: z.enum(['yes', 'no', 'maybe']) }).openapi('AnswerInput');
export const AnswerResultSchema = z.object({ status: z.enum(invitationStatuses), promoted: z.number().int() }).openapi('AnswerResult');

export const InvitationListSchema = z
  .object({
    capacity: z.number().int().nullable(),
    taken: z.number().int(),
    waiting: z.number().int(),
    items: z.array(
      z.object({
        participantId: z.string(),
        invitationId: z.string().nullable(),
        code: z.string(),
        name: z.string().nullable(),
        role: z.string(),
        municipalityId: z.string(),
        hasEmail: z.boolean(),
        status: z.enum(invitationStatuses).nullable(),
        sentAt: z.string().nullable(),
        repliedAt: z.string().nullable(),
        delivery: DeliverySchema.nullable(),
        attendance: z.object({ attended: z.boolean(), method: z.enum(attendanceMethods), registeredAt: z.string() }).nullable(),
      }),
    ),
  })
  .openapi('InvitationList');

export const AttendanceInputSchema = z.object({ attended: z.boolean() }).openapi('AttendanceInput');
export const AttendanceResultSchema = z.object({ attended: z.boolean(), method: z.enum(attendanceMethods) }).openapi('AttendanceResult');

export const CheckInCodeInputSchema = z.object({ validHours: z.number().int().min(1).max(maxValidHours).optional() }).openapi('CheckInCodeInput');
export const CheckInCodeSchema = z
  .object({ id: z.string(), code: z.string(), expiresAt: z.string(), expired: z.boolean(), url: z.string(), qrDataUrl: z.string() })
  .openapi('CheckInCode');

export const InvitationSettingsSchema = z.object({ reminderHoursBefore: z.number().int().min(0).max(maxReminderHours) }).openapi('InvitationSettings');
