import { createRoute, z } from '@hono/zod-openapi';
import QRCode from 'qrcode';
import type { Context } from 'hono';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent } from '../../http/openapi.js';
import type { AppEnv } from '../../http/env.js';
import { registerAttendance } from './attendance-register.js';
import { checkInUrl, createCheckInCode, listCheckInCodes, type CheckInCode } from './check-in.js';
import { reminderHours, setReminderHours } from './invitation-reminders.js';
import { inviteToActivity, listInvitations, recordAnswerForParticipant } from './invitations.js';
import {
  AnswerInputSchema, AnswerResultSchema, AttendanceInputSchema, AttendanceResultSchema, CheckInCodeInputSchema, CheckInCodeSchema,
  InvitationListSchema, InvitationSettingsSchema, InviteInputSchema, InviteResultSchema,
} from './invitations-dto.js';
import { authorizeActivities } from './policy.js';
import { authorizedActivity } from './route-helpers.js';
// Side effects: the activity-change listener (updated / cancelled .ics) and the withdrawal hook.
import './invitations-notify.js';
import './invitations-personal-data.js';

const tags = ['Invitations and attendance'];
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const activityParams = programmeParams.extend({ activityId: idParam('activityId') });
const invitationParams = activityParams.extend({ invitationId: idParam('invitationId') });
const attendanceParams = activityParams.extend({ participantId: idParam('participantId') });

async function codeDto(c: Context<AppEnv>, row: CheckInCode, now: Date) {
  const url = checkInUrl(c.get('deps').config.publicUrl, row.code);
  return { id: row.id, code: row.code, expiresAt: row.expiresAt.toISOString(), expired: row.expiresAt.getTime() < now.getTime(), url, qrDataUrl: await QRCode.toDataURL(url, { margin: 1, width: 320 }) };
}

export const invitationRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/activities/{activityId}/invitations', tags, 'x-policy': 'invitation.read',
      summary: 'Who is invited, their answers and attendance (names only for those who may see them), seats and waiting list',
      request: { params: activityParams }, responses: { 200: jsonContent(InvitationListSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, activityId } = c.req.valid('param');
      const activity = await authorizedActivity(c.get('db'), c.get('actor'), 'activity.read', programmeId, activityId);
      const scope = authorizeActivities(c.get('actor'), 'activity.read', { programmeId, activity });
      return c.json(await listInvitations(c.get('db'), c.get('actor')!, scope, activity), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/activities/{activityId}/invitations', tags, 'x-policy': 'invitation.write',
      summary: 'Invite participants and/or whole groups; each new invitee gets an e-mail in their language with an .ics file and a personal reply link',
      request: { params: activityParams, body: jsonBody(InviteInputSchema) }, responses: { 200: jsonContent(InviteResultSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, activityId } = c.req.valid('param');
      const activity = await authorizedActivity(c.get('db'), c.get('actor'), 'activity.write', programmeId, activityId);
      const scope = authorizeActivities(c.get('actor'), 'activity.write', { programmeId, activity });
      return c.json(await inviteToActivity(c.get('db'), c.get('actor')!, scope, activity, c.req.valid('json'), c.get('requestId')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch', path: '/programmes/{programmeId}/activities/{activityId}/invitations/{invitationId}', tags, 'x-policy': 'invitation.write',
      summary: 'Record an answer given by phone or in person (capacity and waiting list apply as on the reply page)',
      request: { params: invitationParams, body: jsonBody(AnswerInputSchema) }, responses: { 200: jsonContent(AnswerResultSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, activityId, invitationId } = c.req.valid('param');
      const activity = await authorizedActivity(c.get('db'), c.get('actor'), 'activity.write', programmeId, activityId);
      const scope = authorizeActivities(c.get('actor'), 'activity.write', { programmeId, activity });
      return c.json(await recordAnswerForParticipant(c.get('db'), c.get('actor')!, scope, activity, invitationId, c.req.valid('json').status, new Date(), c.get('requestId')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put', path: '/programmes/{programmeId}/activities/{activityId}/attendance/{participantId}', tags, 'x-policy': 'attendance.write',
      summary: 'Register attendance from the list; after the activity it counts as late, a change of an earlier registration as a correction (audited)',
      request: { params: attendanceParams, body: jsonBody(AttendanceInputSchema) }, responses: { 200: jsonContent(AttendanceResultSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, activityId, participantId } = c.req.valid('param');
      const activity = await authorizedActivity(c.get('db'), c.get('actor'), 'activity.write', programmeId, activityId);
      const scope = authorizeActivities(c.get('actor'), 'activity.write', { programmeId, activity });
      const row = await registerAttendance(c.get('db'), c.get('actor')!, scope, activity, participantId, c.req.valid('json').attended, new Date(), c.get('requestId'));
      return c.json({ attended: row.attended, method: row.method }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/activities/{activityId}/check-in-codes', tags, 'x-policy': 'attendance.write',
      summary: 'The door codes of an activity, newest first, each with its check-in address and QR code',
      request: { params: activityParams }, responses: { 200: jsonContent(z.array(CheckInCodeSchema)), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, activityId } = c.req.valid('param');
      const activity = await authorizedActivity(c.get('db'), c.get('actor'), 'activity.write', programmeId, activityId);
      const now = new Date();
      return c.json(await Promise.all((await listCheckInCodes(c.get('db'), activity)).map((r) => codeDto(c, r, now))), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/activities/{activityId}/check-in-codes', tags, 'x-policy': 'attendance.write',
      summary: 'A new door code (QR) for check-in, valid for the given hours (default 4)',
      request: { params: activityParams, body: jsonBody(CheckInCodeInputSchema) }, responses: { 201: jsonContent(CheckInCodeSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, activityId } = c.req.valid('param');
      const activity = await authorizedActivity(c.get('db'), c.get('actor'), 'activity.write', programmeId, activityId);
      const now = new Date();
      const row = await createCheckInCode(c.get('db'), c.get('actor')!, activity, c.req.valid('json').validHours ?? 4, now, c.get('requestId'));
      return c.json(await codeDto(c, row, now), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/invitation-settings', tags, 'x-policy': 'invitation.read',
      summary: 'How long before an activity reminders go out (hours; 0 = none)',
      request: { params: programmeParams }, responses: { 200: jsonContent(InvitationSettingsSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeActivities(c.get('actor'), 'activity.read', { programmeId });
      return c.json({ reminderHoursBefore: await reminderHours(c.get('db'), programmeId) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put', path: '/programmes/{programmeId}/invitation-settings', tags, 'x-policy': 'invitation.settings',
      summary: 'Set how long before an activity reminders go out, for the whole programme',
      request: { params: programmeParams, body: jsonBody(InvitationSettingsSchema) }, responses: { 200: jsonContent(InvitationSettingsSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeActivities(c.get('actor'), 'activity.plan', { programmeId });
      return c.json({ reminderHoursBefore: await setReminderHours(c.get('db'), c.get('actor')!, programmeId, c.req.valid('json').reminderHoursBefore, c.get('requestId')) }, 200);
    },
  );
