import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent } from '../../http/openapi.js';
import type { AppEnv } from '../../http/env.js';
import { getProgrammeMunicipality } from '../programmes/municipalities.js';
import { serverKey } from '../questionnaires/keys.js';
import { smallMultiples, teamWorkspace } from './detail.js';
import {
  HarvestInputSchema, IdSchema, KindInputSchema, MeasureInputSchema, MeetingSeriesSchema, NetworkOverviewSchema, ProgressInputSchema, RoundInputSchema,
  RoundStartedSchema, SmallMultiplesSchema, TaskInputSchema, WorkPlanSchema, WorkspaceSchema,
} from './dto.js';
import { recordHarvest } from './harvests.js';
import { addMeasureKind, createMeasure } from './measures.js';
import { networkOverview } from './overview.js';
import { authorizeImprovement } from './policy.js';
import { startRound } from './rounds.js';
import './personal-data.js';
import { recordProgress, saveWorkPlan, scheduleTeamMeetings, setTaskDone } from './team.js';

const tags = ['Improvement'];
const base = '/programmes/{programmeId}/improvement';
const team = `${base}/teams/{municipalityId}`;
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const teamParams = z.object({ programmeId: idParam('programmeId'), municipalityId: idParam('municipalityId') });

/** Every member reads the team (the network's sharing exception); a change needs the team's own municipality. */
async function authorizedTeam(c: Context<AppEnv>, write: boolean) {
  const { programmeId, municipalityId } = c.req.param() as { programmeId: string; municipalityId: string };
  const scope = authorizeImprovement(c.get('actor'), 'improvement.read', { programmeId });
  await getProgrammeMunicipality(c.get('db'), programmeId, municipalityId);
  if (write) authorizeImprovement(c.get('actor'), 'improvement.write', { programmeId, municipalityId });
  return { programmeId, municipalityId, scope, db: c.get('db'), actor: c.get('actor')!, requestId: c.get('requestId') };
}

export const improvementRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: base, tags, 'x-policy': 'improvement.read',
      summary: 'The learning network: every team’s state, measures by municipality × kind with chart signals, and what needs attention (every member; unshared measures only to their own team)',
      request: { params: programmeParams }, responses: { 200: jsonContent(NetworkOverviewSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const scope = authorizeImprovement(c.get('actor'), 'improvement.read', { programmeId });
      return c.json(await networkOverview(c.get('db'), c.get('actor')!, scope, programmeId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/kinds`, tags, 'x-policy': 'improvement.manage', summary: 'Add a kind of measure to the nine built-in ones',
      request: { params: programmeParams, body: jsonBody(KindInputSchema) }, responses: { 201: jsonContent(IdSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeImprovement(c.get('actor'), 'improvement.manage', { programmeId });
      return c.json({ id: (await addMeasureKind(c.get('db'), c.get('actor')!, programmeId, c.req.valid('json'), c.get('requestId'))).id }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/small-multiples`, tags, 'x-policy': 'improvement.read', summary: 'The same indicator (by name; without one, the indicator most municipalities measure) in every municipality sharing it, as small charts',
      request: { params: programmeParams, query: z.object({ name: z.string().min(1).max(200).optional() }) }, responses: { 200: jsonContent(SmallMultiplesSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const scope = authorizeImprovement(c.get('actor'), 'improvement.read', { programmeId });
      return c.json(await smallMultiples(c.get('db'), c.get('actor')!, scope, programmeId, c.req.valid('query').name, c.get('lang')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: team, tags, 'x-policy': 'improvement.read',
      summary: 'A municipality’s improvement work: team and composition, work plan, preparatory tasks, meetings, self-assessment rounds side by side, measures, harvests, progress',
      request: { params: teamParams }, responses: { 200: jsonContent(WorkspaceSchema), ...errorResponses },
    }),
    async (c) => {
      const t = await authorizedTeam(c, false);
      // The rounds are read through a cursor of their own, so the pool (not a transaction) is passed.
      return c.json(await teamWorkspace(c.get('deps').db, t.actor, t.scope, t.programmeId, t.municipalityId, c.get('lang')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put', path: `${team}/plan`, tags, 'x-policy': 'improvement.write', summary: 'Save the work plan: anchoring, composition, mandate, meeting times',
      request: { params: teamParams, body: jsonBody(WorkPlanSchema) }, responses: { 200: jsonContent(IdSchema), ...errorResponses },
    }),
    async (c) => {
      const t = await authorizedTeam(c, true);
      await saveWorkPlan(t.db, t.actor, t.programmeId, t.municipalityId, c.req.valid('json'), t.requestId);
      return c.json({ id: t.municipalityId }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put', path: `${team}/tasks`, tags, 'x-policy': 'improvement.write', summary: 'Tick a preparatory task (appendix 1) done or not done',
      request: { params: teamParams, body: jsonBody(TaskInputSchema) }, responses: { 200: jsonContent(IdSchema), ...errorResponses },
    }),
    async (c) => {
      const t = await authorizedTeam(c, true);
      const { task, done } = c.req.valid('json');
      await setTaskDone(t.db, t.actor, t.programmeId, t.municipalityId, task, done, t.requestId);
      return c.json({ id: t.municipalityId }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${team}/meetings`, tags, 'x-policy': 'improvement.write', summary: 'Fixed meeting times: add the team’s meetings to the activity plan',
      request: { params: teamParams, body: jsonBody(MeetingSeriesSchema) }, responses: { 201: jsonContent(z.object({ activityIds: z.array(z.string()) }), 'Created'), ...errorResponses },
    }),
    async (c) => {
      const t = await authorizedTeam(c, true);
      return c.json({ activityIds: await scheduleTeamMeetings(t.db, t.actor, t.programmeId, t.municipalityId, c.req.valid('json'), t.requestId) }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${team}/rounds`, tags, 'x-policy': 'improvement.write',
      summary: 'Start a self-assessment round (the first of an instrument is the baseline): an open anonymous survey with a public link. `instrument` is a template key or a published instrument’s id',
      request: { params: teamParams, body: jsonBody(RoundInputSchema) }, responses: { 201: jsonContent(RoundStartedSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const t = await authorizedTeam(c, true);
      const ctx = { key: await serverKey({ dataDir: c.get('deps').config.dataDir }), publicUrl: c.get('deps').config.publicUrl };
      const { round, link } = await startRound(t.db, t.actor, t.programmeId, t.municipalityId, c.req.valid('json').instrument, ctx, t.requestId);
      return c.json({ id: round.id, surveyId: round.surveyId, ordinal: round.ordinal, link }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${team}/progress`, tags, 'x-policy': 'improvement.write', summary: 'The team’s progress score (0.5–5, IHI style) at a gathering, with the reason',
      request: { params: teamParams, body: jsonBody(ProgressInputSchema) }, responses: { 200: jsonContent(IdSchema), ...errorResponses },
    }),
    async (c) => {
      const t = await authorizedTeam(c, true);
      await recordProgress(t.db, t.actor, t.programmeId, t.municipalityId, c.req.valid('json'), t.requestId);
      return c.json({ id: t.municipalityId }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${team}/harvests`, tags, 'x-policy': 'improvement.write',
      summary: 'Record a café-dialogue table, a group work or a user interview; it also becomes an analysis document',
      request: { params: teamParams, body: jsonBody(HarvestInputSchema) }, responses: { 201: jsonContent(z.object({ id: z.string(), documentId: z.string().nullable() }), 'Created'), ...errorResponses },
    }),
    async (c) => {
      const t = await authorizedTeam(c, true);
      const row = await recordHarvest(t.db, t.actor, t.programmeId, t.municipalityId, c.req.valid('json'), { dataDir: c.get('deps').config.dataDir }, c.get('lang'), t.requestId);
      return c.json({ id: row.id, documentId: row.documentId }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${team}/measures`, tags, 'x-policy': 'improvement.write', summary: 'Add a measure (tiltak) to the municipality',
      request: { params: teamParams, body: jsonBody(MeasureInputSchema) }, responses: { 201: jsonContent(IdSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const t = await authorizedTeam(c, true);
      return c.json({ id: (await createMeasure(t.db, t.actor, t.programmeId, t.municipalityId, c.req.valid('json'), t.requestId)).id }, 201);
    },
  );
