import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent } from '../../http/openapi.js';
import { ActivityTypeInputSchema, ActivityTypePatchSchema, ActivityTypeSchema } from './dto.js';
import { authorizeActivities } from './policy.js';
import { createActivityType, listActivityTypes, updateActivityType, type ActivityTypeRow } from './types.js';

const tags = ['Activities'];
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const typeParams = programmeParams.extend({ typeId: idParam('typeId') });

export const typeDto = (t: ActivityTypeRow): z.infer<typeof ActivityTypeSchema> => ({
  id: t.id, key: t.key, labels: t.labels, defaultDurationMinutes: t.defaultDurationMinutes, mode: t.mode, recorded: t.recorded, participants: t.participants,
  produces: t.produces, pilotExtraMinutes: t.pilotExtraMinutes, defaultCapacity: t.defaultCapacity, builtIn: t.builtIn,
});

export const activityTypeRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/activity-types', tags, 'x-policy': 'activity.read',
      summary: 'The programme’s activity types (built-in defaults copied in on first read, plus its own)',
      request: { params: programmeParams }, responses: { 200: jsonContent(z.array(ActivityTypeSchema)), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeActivities(c.get('actor'), 'activity.read', { programmeId });
      return c.json((await listActivityTypes(c.get('db'), programmeId)).map(typeDto), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/activity-types', tags, 'x-policy': 'activity.plan',
      summary: 'Add a programme’s own activity type', request: { params: programmeParams, body: jsonBody(ActivityTypeInputSchema) },
      responses: { 201: jsonContent(ActivityTypeSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeActivities(c.get('actor'), 'activity.plan', { programmeId });
      return c.json(typeDto(await createActivityType(c.get('db'), c.get('actor')!, programmeId, c.req.valid('json'), c.get('requestId'))), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch', path: '/programmes/{programmeId}/activity-types/{typeId}', tags, 'x-policy': 'activity.plan',
      summary: 'Change a type’s defaults (duration, mode, recorded, who takes part, what it produces)',
      request: { params: typeParams, body: jsonBody(ActivityTypePatchSchema) }, responses: { 200: jsonContent(ActivityTypeSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, typeId } = c.req.valid('param');
      authorizeActivities(c.get('actor'), 'activity.plan', { programmeId });
      return c.json(typeDto(await updateActivityType(c.get('db'), c.get('actor')!, programmeId, typeId, c.req.valid('json'), c.get('requestId'))), 200);
    },
  );
