import { createRoute, z } from '@hono/zod-openapi';
import QRCode from 'qrcode';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, noContent, queryInt, uuidLike } from '../../http/openapi.js';
import { loadEncryptionKey } from '../../lib/keyring.js';
import { authorizedParticipant } from '../people/participants.js';
import { getProgrammeMunicipality } from '../programmes/municipalities.js';
import { AttendanceHistorySchema, CandidatesSchema, ConfirmedWalkInSchema, ConfirmWalkInSchema, IssuedLinkSchema, RegularsSchema, WalkInSchema } from './attendance-dto.js';
import { attendanceHistory, regularsByCode } from './attendance-history.js';
import { invitationCandidates } from './invitation-candidates.js';
import { issueInvitationLink } from './personal-links.js';
import { authorizeActivities } from './policy.js';
import { authorizedActivity } from './route-helpers.js';
import { confirmWalkIn, dismissWalkIn, listWalkIns } from './walk-ins.js';

/**
 * The coordinator's everyday routes around invitations and attendance (issue 15): choosing whom to
 * invite, printing a person's reply link and check-in code, confirming walk-ins, who came regularly
 * by code, and a person's attendance history.
 */
const tags = ['Invitations and attendance'];
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const activityParams = programmeParams.extend({ activityId: idParam('activityId') });
const walkInParams = activityParams.extend({ walkInId: idParam('walkInId') });
const invitationParams = activityParams.extend({ invitationId: idParam('invitationId') });
const participantParams = programmeParams.extend({ participantId: idParam('participantId') });
const RegularsQuery = z.object({ municipalityId: z.string().regex(uuidLike, { message: 'errors.invalidId' }).optional(), regularN: queryInt(1, 100).optional() });

export const attendanceRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/activities/{activityId}/invitation-candidates', tags, 'x-policy': 'invitation.write',
      summary: 'Everyone the caller may invite, with municipality, role, groups and consent to filter on, and whether already invited',
      request: { params: activityParams }, responses: { 200: jsonContent(CandidatesSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, activityId } = c.req.valid('param');
      const activity = await authorizedActivity(c.get('db'), c.get('actor'), 'activity.write', programmeId, activityId);
      const scope = authorizeActivities(c.get('actor'), 'activity.write', { programmeId, activity });
      return c.json(await invitationCandidates(c.get('db'), c.get('actor')!, scope, activity), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/activities/{activityId}/invitations/{invitationId}/link', tags, 'x-policy': 'invitation.write',
      summary: 'A new reply link and check-in code for one invitee, to print; earlier ones stop working; shown once, only hashes are stored',
      request: { params: invitationParams }, responses: { 201: jsonContent(IssuedLinkSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, activityId, invitationId } = c.req.valid('param');
      const activity = await authorizedActivity(c.get('db'), c.get('actor'), 'activity.write', programmeId, activityId);
      const scope = authorizeActivities(c.get('actor'), 'activity.write', { programmeId, activity });
      const { config } = c.get('deps');
      const key = await loadEncryptionKey({ envValue: process.env.VARDE_ENCRYPTION_KEY, dataDir: config.dataDir });
      const issued = await issueInvitationLink(c.get('db'), c.get('actor')!, scope, activity, invitationId, { key, publicUrl: config.publicUrl }, c.get('requestId'));
      const qrSvg = await QRCode.toString(issued.url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      return c.json({ ...issued, qrSvg }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/activities/{activityId}/walk-ins', tags, 'x-policy': 'attendance.write',
      summary: 'People who registered themselves at the door without a personal code, waiting to be confirmed',
      request: { params: activityParams }, responses: { 200: jsonContent(z.array(WalkInSchema)), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, activityId } = c.req.valid('param');
      const activity = await authorizedActivity(c.get('db'), c.get('actor'), 'activity.write', programmeId, activityId);
      const scope = authorizeActivities(c.get('actor'), 'activity.write', { programmeId, activity });
      return c.json(await listWalkIns(c.get('db'), c.get('actor')!, scope, activity), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/activities/{activityId}/walk-ins/{walkInId}/confirm', tags, 'x-policy': 'attendance.write',
      summary: 'Confirm a walk-in as an existing participant (`participantId`) or as a new one (name and role from the door), and register attendance',
      request: { params: walkInParams, body: jsonBody(ConfirmWalkInSchema) }, responses: { 200: jsonContent(ConfirmedWalkInSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, activityId, walkInId } = c.req.valid('param');
      const activity = await authorizedActivity(c.get('db'), c.get('actor'), 'activity.write', programmeId, activityId);
      const scope = authorizeActivities(c.get('actor'), 'activity.write', { programmeId, activity });
      const body = c.req.valid('json');
      if (body.municipalityId) await getProgrammeMunicipality(c.get('db'), programmeId, body.municipalityId);
      const input = body.participantId ? { participantId: body.participantId } : { municipalityId: body.municipalityId ?? null, email: body.email ?? null };
      return c.json(await confirmWalkIn(c.get('db'), c.get('actor')!, scope, activity, walkInId, input, new Date(), c.get('requestId')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete', path: '/programmes/{programmeId}/activities/{activityId}/walk-ins/{walkInId}', tags, 'x-policy': 'attendance.write',
      summary: 'Remove a walk-in that was a mistake or a duplicate',
      request: { params: walkInParams }, responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, activityId, walkInId } = c.req.valid('param');
      const activity = await authorizedActivity(c.get('db'), c.get('actor'), 'activity.write', programmeId, activityId);
      await dismissWalkIn(c.get('db'), c.get('actor')!, activity, walkInId, c.get('requestId'));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/participants/{participantId}/attendance', tags, 'x-policy': 'activity.read',
      summary: 'One person’s activities: invited to, their answer, whether they came',
      request: { params: participantParams }, responses: { 200: jsonContent(AttendanceHistorySchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, participantId } = c.req.valid('param');
      const { participant } = await authorizedParticipant(c.get('db'), c.get('actor'), 'participant.read', programmeId, participantId);
      const scope = authorizeActivities(c.get('actor'), 'activity.read', { programmeId });
      return c.json(await attendanceHistory(c.get('db'), scope, programmeId, participant.id, c.get('lang')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/activity-indicators/regulars', tags, 'x-policy': 'activity.indicators',
      summary: 'Who came regularly, by participant code: invited, attended and whether that reaches N (default 2)',
      request: { params: programmeParams, query: RegularsQuery }, responses: { 200: jsonContent(RegularsSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const { municipalityId, regularN } = c.req.valid('query');
      const scope = authorizeActivities(c.get('actor'), 'activity.indicators', { programmeId, activity: municipalityId ? { municipalityId } : undefined });
      if (municipalityId) await getProgrammeMunicipality(c.get('db'), programmeId, municipalityId);
      const n = regularN ?? 2;
      return c.json({ regularN: n, people: await regularsByCode(c.get('db'), scope, programmeId, { n, municipalityId }) }, 200);
    },
  );
