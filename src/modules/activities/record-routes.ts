import { createRoute, z } from '@hono/zod-openapi';
import { DomainError } from '../../lib/errors.js';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, noContent } from '../../http/openapi.js';
import type { AppEnv } from '../../http/env.js';
import type { Context } from 'hono';
import { addAgendaItem, deleteAgendaItem, updateAgendaItem } from './agenda.js';
import { addDecision, deleteDecision, getDecision, updateDecision } from './decisions.js';
import { AgendaItemInputSchema, AgendaItemPatchSchema, DecisionInputSchema, DecisionPatchSchema, DecisionSchema, MinutesInputSchema, OutputInputSchema, toDecisionDto } from './dto.js';
import { saveMinutes, type MinutesSource } from './minutes.js';
import { activityNamer } from './naming.js';
import { addOutput, deleteOutput } from './outputs.js';
import { authorizedActivity } from './route-helpers.js';
import type { ActivityRow } from './activities.js';

const tags = ['Activities'];
const activityParams = z.object({ programmeId: idParam('programmeId'), activityId: idParam('activityId') });
const itemParams = activityParams.extend({ itemId: idParam('itemId') });
const decisionParams = activityParams.extend({ decisionId: idParam('decisionId') });
const outputParams = activityParams.extend({ outputId: idParam('outputId') });
const Created = z.object({ id: z.string() });
const MinutesResult = z.object({ documentId: z.string().nullable(), source: z.enum(['written', 'docx']) });
const maxMinutesBytes = 10 * 1024 * 1024;

async function writeMinutes(c: Context<AppEnv>, activity: ActivityRow, source: MinutesSource) {
  const { name } = await activityNamer(c.get('db'), activity.programmeId, 'nb');
  const row = await saveMinutes(c.get('db'), c.get('actor')!, activity, source, name(activity), { dataDir: c.get('deps').config.dataDir }, c.get('requestId'));
  return { documentId: row.documentId, source: row.source };
}

export const activityRecordRoutes = createRouter()
  .openapi(
    createRoute({ method: 'post', path: '/programmes/{programmeId}/activities/{activityId}/agenda', tags, 'x-policy': 'activity.write', summary: 'Add an agenda item', request: { params: activityParams, body: jsonBody(AgendaItemInputSchema) }, responses: { 201: jsonContent(Created, 'Created'), ...errorResponses } }),
    async (c) => {
      const { programmeId, activityId } = c.req.valid('param');
      const activity = await authorizedActivity(c.get('db'), c.get('actor'), 'activity.write', programmeId, activityId);
      return c.json({ id: (await addAgendaItem(c.get('db'), c.get('actor')!, activity, c.req.valid('json'), c.get('requestId'))).id }, 201);
    },
  )
  .openapi(
    createRoute({ method: 'patch', path: '/programmes/{programmeId}/activities/{activityId}/agenda/{itemId}', tags, 'x-policy': 'activity.write', summary: 'Change or move an agenda item', request: { params: itemParams, body: jsonBody(AgendaItemPatchSchema) }, responses: { 200: jsonContent(Created), ...errorResponses } }),
    async (c) => {
      const { programmeId, activityId, itemId } = c.req.valid('param');
      const activity = await authorizedActivity(c.get('db'), c.get('actor'), 'activity.write', programmeId, activityId);
      return c.json({ id: (await updateAgendaItem(c.get('db'), c.get('actor')!, activity, itemId, c.req.valid('json'), c.get('requestId'))).id }, 200);
    },
  )
  .openapi(
    createRoute({ method: 'delete', path: '/programmes/{programmeId}/activities/{activityId}/agenda/{itemId}', tags, 'x-policy': 'activity.write', summary: 'Remove an agenda item', request: { params: itemParams }, responses: { 204: noContent, ...errorResponses } }),
    async (c) => {
      const { programmeId, activityId, itemId } = c.req.valid('param');
      const activity = await authorizedActivity(c.get('db'), c.get('actor'), 'activity.write', programmeId, activityId);
      await deleteAgendaItem(c.get('db'), c.get('actor')!, activity, itemId, c.get('requestId'));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({ method: 'put', path: '/programmes/{programmeId}/activities/{activityId}/minutes', tags, 'x-policy': 'activity.write', summary: 'Write the minutes here; they also become an analysis document (kind minutes) that can be coded', request: { params: activityParams, body: jsonBody(MinutesInputSchema) }, responses: { 200: jsonContent(MinutesResult), 422: jsonContent(z.object({}), 'No text (problem+json)'), ...errorResponses } }),
    async (c) => {
      const { programmeId, activityId } = c.req.valid('param');
      const activity = await authorizedActivity(c.get('db'), c.get('actor'), 'activity.write', programmeId, activityId);
      return c.json(await writeMinutes(c, activity, { text: c.req.valid('json').text }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/activities/{activityId}/minutes/upload', tags, 'x-policy': 'activity.write',
      summary: 'Upload the minutes as .docx (at most 10 MB); they also become an analysis document', description: 'Request body: multipart/form-data with `file`.',
      request: { params: activityParams }, responses: { 200: jsonContent(MinutesResult), 422: jsonContent(z.object({}), 'The file cannot be read (problem+json)'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, activityId } = c.req.valid('param');
      const activity = await authorizedActivity(c.get('db'), c.get('actor'), 'activity.write', programmeId, activityId);
      const isForm = (c.req.header('content-type') ?? '').startsWith('multipart/form-data');
      const file = isForm ? (await c.req.parseBody()).file : undefined;
      if (!(file instanceof File)) throw new DomainError(400, 'errors.validation', {}, [{ path: 'file', key: 'activities.errors.noFile' }]);
      if (file.size > maxMinutesBytes) throw new DomainError(413, 'errors.transcriptTooLarge', { max: 10 });
      return c.json(await writeMinutes(c, activity, { fileName: file.name, bytes: Buffer.from(await file.arrayBuffer()) }), 200);
    },
  )
  .openapi(
    createRoute({ method: 'post', path: '/programmes/{programmeId}/activities/{activityId}/decisions', tags, 'x-policy': 'activity.write', summary: 'Record a decision or a follow-up point (owner and due date); open follow-up points appear on the next meetings’ agendas', request: { params: activityParams, body: jsonBody(DecisionInputSchema) }, responses: { 201: jsonContent(DecisionSchema, 'Created'), ...errorResponses } }),
    async (c) => {
      const { programmeId, activityId } = c.req.valid('param');
      const activity = await authorizedActivity(c.get('db'), c.get('actor'), 'activity.write', programmeId, activityId);
      return c.json(toDecisionDto(await addDecision(c.get('db'), c.get('actor')!, activity, c.req.valid('json'), c.get('requestId'))), 201);
    },
  )
  .openapi(
    createRoute({ method: 'patch', path: '/programmes/{programmeId}/activities/{activityId}/decisions/{decisionId}', tags, 'x-policy': 'activity.write', summary: 'Change, close or reopen a decision or follow-up point', request: { params: decisionParams, body: jsonBody(DecisionPatchSchema) }, responses: { 200: jsonContent(DecisionSchema), ...errorResponses } }),
    async (c) => {
      const { programmeId, activityId, decisionId } = c.req.valid('param');
      await authorizedActivity(c.get('db'), c.get('actor'), 'activity.write', programmeId, activityId);
      if ((await getDecision(c.get('db'), programmeId, decisionId)).activityId !== activityId) throw new DomainError(404, 'errors.notFound');
      return c.json(toDecisionDto(await updateDecision(c.get('db'), c.get('actor')!, programmeId, decisionId, c.req.valid('json'), c.get('requestId'))), 200);
    },
  )
  .openapi(
    createRoute({ method: 'delete', path: '/programmes/{programmeId}/activities/{activityId}/decisions/{decisionId}', tags, 'x-policy': 'activity.write', summary: 'Delete a decision or follow-up point', request: { params: decisionParams }, responses: { 204: noContent, ...errorResponses } }),
    async (c) => {
      const { programmeId, activityId, decisionId } = c.req.valid('param');
      await authorizedActivity(c.get('db'), c.get('actor'), 'activity.write', programmeId, activityId);
      if ((await getDecision(c.get('db'), programmeId, decisionId)).activityId !== activityId) throw new DomainError(404, 'errors.notFound');
      await deleteDecision(c.get('db'), c.get('actor')!, programmeId, decisionId, c.get('requestId'));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({ method: 'post', path: '/programmes/{programmeId}/activities/{activityId}/outputs', tags, 'x-policy': 'activity.write', summary: 'Record a result: a service’s priority areas, co-developed training material …', request: { params: activityParams, body: jsonBody(OutputInputSchema) }, responses: { 201: jsonContent(Created, 'Created'), ...errorResponses } }),
    async (c) => {
      const { programmeId, activityId } = c.req.valid('param');
      const activity = await authorizedActivity(c.get('db'), c.get('actor'), 'activity.write', programmeId, activityId);
      return c.json({ id: (await addOutput(c.get('db'), c.get('actor')!, activity, c.req.valid('json'), c.get('requestId'))).id }, 201);
    },
  )
  .openapi(
    createRoute({ method: 'delete', path: '/programmes/{programmeId}/activities/{activityId}/outputs/{outputId}', tags, 'x-policy': 'activity.write', summary: 'Delete a recorded result', request: { params: outputParams }, responses: { 204: noContent, ...errorResponses } }),
    async (c) => {
      const { programmeId, activityId, outputId } = c.req.valid('param');
      const activity = await authorizedActivity(c.get('db'), c.get('actor'), 'activity.write', programmeId, activityId);
      await deleteOutput(c.get('db'), c.get('actor')!, activity, outputId, c.get('requestId'));
      return c.body(null, 204);
    },
  );
