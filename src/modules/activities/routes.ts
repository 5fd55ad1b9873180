import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, noContent } from '../../http/openapi.js';
import { addDependency, createActivity, listActivities, listDependencies, removeDependency } from './activities.js';
import { activityDetail } from './detail.js';
import { ActivityInputSchema, ActivitySchema, CancelInputSchema, DependencyInputSchema, DetailSchema, DetailsPatchSchema, GenerateInputSchema, GenerateResultSchema, PlanSchema, ScheduleInputSchema, ScheduleResultSchema, toActivityDto } from './dto.js';
import { activityChanged } from './events.js';
import { generatePlan } from './generate.js';
import { activityNamer, describeWarnings } from './naming.js';
import { authorizeActivities } from './policy.js';
import { authorizedActivity, may } from './route-helpers.js';
import { cancelActivity, markHeld, scheduleActivity, updateActivityDetails } from './schedule.js';
import { listProgrammeMunicipalities } from '../programmes/municipalities.js';
import { scheduleWarnings } from './warnings.js';
import { typeDto } from './type-routes.js';

const tags = ['Activities'];
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const activityParams = programmeParams.extend({ activityId: idParam('activityId') });
const dependencyParams = activityParams.extend({ afterActivityId: idParam('afterActivityId') });
const PlanQuery = z.object({ municipalityId: z.string().regex(/^[0-9a-fA-F-]{36}$/, { message: 'errors.invalidId' }).optional() });

export const activityRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/activity-plan/generate', tags, 'x-policy': 'activity.plan',
      summary: 'Generate the activity plan from a template (idempotent: only missing activities are added)',
      request: { params: programmeParams, body: jsonBody(GenerateInputSchema) }, responses: { 200: jsonContent(GenerateResultSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeActivities(c.get('actor'), 'activity.plan', { programmeId });
      return c.json(await generatePlan(c.get('db'), c.get('actor')!, programmeId, c.req.valid('json').template, c.get('requestId')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/activities', tags, 'x-policy': 'activity.read',
      summary: 'The plan: activities the caller may see (optionally one municipality), order dependencies and schedule warnings',
      request: { params: programmeParams, query: PlanQuery }, responses: { 200: jsonContent(PlanSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const scope = authorizeActivities(c.get('actor'), 'activity.read', { programmeId });
      const db = c.get('db');
      const { name, types } = await activityNamer(db, programmeId, c.get('lang'));
      const all = await listActivities(db, programmeId, { municipalities: 'all' });
      const visible = await listActivities(db, programmeId, { municipalities: scope.municipalities, municipalityId: c.req.valid('query').municipalityId });
      const ids = new Set(visible.map((a) => a.id));
      const deps = (await listDependencies(db, all.map((a) => a.id))).filter((d) => ids.has(d.activityId) && ids.has(d.afterActivityId));
      const byId = new Map(all.map((a) => [a.id, a]));
      const warnings = scheduleWarnings(all, await listDependencies(db, all.map((a) => a.id))).filter((w) => ids.has(w.activityId) && ids.has(w.otherActivityId));
      return c.json({
        activities: visible.map((a) => toActivityDto(a, name(a))),
        dependencies: deps.map((d) => ({ activityId: d.activityId, afterActivityId: d.afterActivityId })),
        warnings: describeWarnings(warnings, byId, name, c.get('lang')),
        municipalities: (await listProgrammeMunicipalities(db, programmeId, scope.municipalities)).map((m) => ({ id: m.id, name: m.name })),
        types: [...types.values()].map(typeDto),
        mayPlan: may(c.get('actor'), 'activity.plan', programmeId),
      }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/activities', tags, 'x-policy': 'activity.plan',
      summary: 'Add one activity outside the template', request: { params: programmeParams, body: jsonBody(ActivityInputSchema) },
      responses: { 201: jsonContent(ActivitySchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeActivities(c.get('actor'), 'activity.plan', { programmeId });
      const row = await createActivity(c.get('db'), c.get('actor')!, programmeId, c.req.valid('json'), c.get('requestId'));
      const { name } = await activityNamer(c.get('db'), programmeId, c.get('lang'));
      return c.json(toActivityDto(row, name(row)), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/activities/{activityId}', tags, 'x-policy': 'activity.read',
      summary: 'One activity with its dependencies, warnings, agenda (with carried follow-up points), minutes, decisions and results',
      request: { params: activityParams }, responses: { 200: jsonContent(DetailSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, activityId } = c.req.valid('param');
      const activity = await authorizedActivity(c.get('db'), c.get('actor'), 'activity.read', programmeId, activityId);
      const actor = c.get('actor');
      return c.json(await activityDetail(c.get('db'), activity, c.get('lang'), { write: may(actor, 'activity.write', programmeId, activity), plan: may(actor, 'activity.plan', programmeId) }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch', path: '/programmes/{programmeId}/activities/{activityId}', tags, 'x-policy': 'activity.write',
      summary: 'Change title, capacity, pilot flag or duration', request: { params: activityParams, body: jsonBody(DetailsPatchSchema) },
      responses: { 200: jsonContent(ActivitySchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, activityId } = c.req.valid('param');
      await authorizedActivity(c.get('db'), c.get('actor'), 'activity.write', programmeId, activityId);
      const row = await updateActivityDetails(c.get('db'), c.get('actor')!, programmeId, activityId, c.req.valid('json'), c.get('requestId'));
      const { name } = await activityNamer(c.get('db'), programmeId, c.get('lang'));
      return c.json(toActivityDto(row, name(row)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch', path: '/programmes/{programmeId}/activities/{activityId}/schedule', tags, 'x-policy': 'activity.write',
      summary: 'Schedule or move an activity; an end before the start is refused (nothing written); broken order comes back as warnings',
      request: { params: activityParams, body: jsonBody(ScheduleInputSchema) }, responses: { 200: jsonContent(ScheduleResultSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, activityId } = c.req.valid('param');
      const db = c.get('db');
      await authorizedActivity(db, c.get('actor'), 'activity.write', programmeId, activityId);
      const body = c.req.valid('json');
      const result = await scheduleActivity(db, c.get('actor')!, programmeId, activityId, { ...body, startsAt: new Date(body.startsAt), endsAt: body.endsAt ? new Date(body.endsAt) : null }, c.get('requestId'));
      await activityChanged(db, { actor: c.get('actor')!, requestId: c.get('requestId'), mailer: c.get('deps').mailer, publicUrl: c.get('deps').config.publicUrl }, result.activity, result.change);
      const { name } = await activityNamer(db, programmeId, c.get('lang'));
      const byId = new Map((await listActivities(db, programmeId, { municipalities: 'all' })).map((a) => [a.id, a]));
      return c.json({ activity: toActivityDto(result.activity, name(result.activity)), warnings: describeWarnings(result.warnings, byId, name, c.get('lang')) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/activities/{activityId}/cancel', tags, 'x-policy': 'activity.write',
      summary: 'Cancel an activity (invitees are told)', request: { params: activityParams, body: jsonBody(CancelInputSchema) },
      responses: { 200: jsonContent(ActivitySchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, activityId } = c.req.valid('param');
      const db = c.get('db');
      await authorizedActivity(db, c.get('actor'), 'activity.write', programmeId, activityId);
      const row = await cancelActivity(db, c.get('actor')!, programmeId, activityId, c.req.valid('json').reason ?? '', c.get('requestId'));
      await activityChanged(db, { actor: c.get('actor')!, requestId: c.get('requestId'), mailer: c.get('deps').mailer, publicUrl: c.get('deps').config.publicUrl }, row, 'cancelled');
      const { name } = await activityNamer(db, programmeId, c.get('lang'));
      return c.json(toActivityDto(row, name(row)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/activities/{activityId}/held', tags, 'x-policy': 'activity.write',
      summary: 'Mark a scheduled activity that has begun as held', request: { params: activityParams },
      responses: { 200: jsonContent(ActivitySchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, activityId } = c.req.valid('param');
      await authorizedActivity(c.get('db'), c.get('actor'), 'activity.write', programmeId, activityId);
      const row = await markHeld(c.get('db'), c.get('actor')!, programmeId, activityId, new Date(), c.get('requestId'));
      const { name } = await activityNamer(c.get('db'), programmeId, c.get('lang'));
      return c.json(toActivityDto(row, name(row)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/activities/{activityId}/dependencies', tags, 'x-policy': 'activity.plan',
      summary: 'Say that this activity must come after another', request: { params: activityParams, body: jsonBody(DependencyInputSchema) },
      responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, activityId } = c.req.valid('param');
      await authorizedActivity(c.get('db'), c.get('actor'), 'activity.plan', programmeId, activityId);
      await addDependency(c.get('db'), c.get('actor')!, programmeId, activityId, c.req.valid('json').afterActivityId, c.get('requestId'));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'delete', path: '/programmes/{programmeId}/activities/{activityId}/dependencies/{afterActivityId}', tags, 'x-policy': 'activity.plan',
      summary: 'Remove an order dependency', request: { params: dependencyParams }, responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, activityId, afterActivityId } = c.req.valid('param');
      await authorizedActivity(c.get('db'), c.get('actor'), 'activity.plan', programmeId, activityId);
      await removeDependency(c.get('db'), c.get('actor')!, programmeId, activityId, afterActivityId, c.get('requestId'));
      return c.body(null, 204);
    },
  );
