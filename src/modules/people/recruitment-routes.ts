import { createRoute, z } from '@hono/zod-openapi';
import { mayShowSmallCells } from '../../lib/small-cells.js';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent } from '../../http/openapi.js';
import { activityTypes } from './activity-types.js';
import { BulkRecruitSchema, OverviewSchema, TargetInputSchema, TargetSchema } from './dto.js';
import { recruitmentOverview } from './overview.js';
import { authorizedParticipant } from './participants.js';
import { authorizePeople } from './policy.js';
import { recruitMany } from './recruitments.js';
import { applyCodesignPlan, listTargets, setTarget } from './targets.js';

const tags = ['Recruitment'];
const programmeParams = z.object({ programmeId: idParam('programmeId') });

export const recruitmentRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/recruitment/overview', tags, 'x-policy': 'recruitment.read',
      summary: 'Target vs recruited vs consented per municipality × activity type × role, and in total (small counts suppressed for some roles)',
      request: { params: programmeParams },
      responses: { 200: jsonContent(OverviewSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const actor = c.get('actor')!;
      const scope = authorizePeople(c.get('actor'), 'recruitment.read', { programmeId });
      const overview = await recruitmentOverview(c.get('db'), programmeId, scope.municipalities, mayShowSmallCells({ roles: scope.roles, isAdmin: actor.isAdmin }));
      return c.json({ ...overview, activityTypes: [...activityTypes] }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/recruitment/targets', tags, 'x-policy': 'recruitment.read',
      summary: 'Recruitment targets of the programme',
      request: { params: programmeParams },
      responses: { 200: jsonContent(z.array(TargetSchema)), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const scope = authorizePeople(c.get('actor'), 'recruitment.read', { programmeId });
      return c.json(await listTargets(c.get('db'), programmeId, scope.municipalities), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put', path: '/programmes/{programmeId}/recruitment/targets', tags, 'x-policy': 'target.write',
      summary: 'Set one target (activity type × role × municipality, or the whole programme); 0 removes it',
      request: { params: programmeParams, body: jsonBody(TargetInputSchema) },
      responses: { 200: jsonContent(TargetInputSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizePeople(c.get('actor'), 'target.write', { programmeId });
      const input = c.req.valid('json');
      await setTarget(c.get('db'), c.get('actor')!, programmeId, input, c.get('requestId'));
      return c.json(input, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/recruitment/targets/apply-plan', tags, 'x-policy': 'target.write',
      summary: "Create the codesign plan's targets for every municipality (existing targets are kept)",
      request: { params: programmeParams },
      responses: { 200: jsonContent(z.object({ created: z.number() })), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizePeople(c.get('actor'), 'target.write', { programmeId });
      return c.json({ created: await applyCodesignPlan(c.get('db'), c.get('actor')!, programmeId, c.get('requestId')) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/recruitment/bulk', tags, 'x-policy': 'participant.write',
      summary: 'Recruit many participants to one activity type',
      request: { params: programmeParams, body: jsonBody(BulkRecruitSchema) },
      responses: { 200: jsonContent(z.object({ recruited: z.number() })), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const actor = c.get('actor');
      authorizePeople(actor, 'participant.write', { programmeId });
      const db = c.get('db');
      const { participantIds, activityType } = c.req.valid('json');
      const people = [];
      for (const id of new Set(participantIds)) {
        people.push((await authorizedParticipant(db, actor, 'participant.write', programmeId, id)).participant);
      }
      return c.json({ recruited: await recruitMany(db, actor!, programmeId, people, activityType, c.get('requestId')) }, 200);
    },
  );
