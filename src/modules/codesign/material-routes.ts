import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, noContent } from '../../http/openapi.js';
import { TriggerItemsSchema, TriggerSetInputSchema, TriggerSetPatchSchema, TriggerSetSchema, TriggerSetSummarySchema } from './dto.js';
import { createTriggerSet, deleteTriggerSet, getTriggerSet, listTriggerSets, setTriggerItems, updateTriggerSet } from './material.js';
import { authorizedCodesign } from './evidence-scope.js';

const tags = ['Co-design'];
const base = '/programmes/{programmeId}/codesign/material';
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const setParams = programmeParams.extend({ setId: idParam('setId') });

export const materialRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: base, tags, 'x-policy': 'codesign.touchpoints.read', summary: 'Feedback-meeting ("trigger") material sets of the programme',
      request: { params: programmeParams }, responses: { 200: jsonContent(z.array(TriggerSetSummarySchema)), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      await authorizedCodesign(c.get('db'), c.get('actor'), 'codesign.touchpoints.read', { programmeId });
      const rows = await listTriggerSets(c.get('db'), programmeId);
      return c.json(rows.map((r) => ({ id: r.id, title: r.title, filmUrl: r.filmUrl, activityId: r.activityId, activityTitle: r.activityTitle, municipalityId: r.municipalityId, itemCount: r.itemCount, updatedAt: r.updatedAt.toISOString() })), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: base, tags, 'x-policy': 'codesign.material.write', summary: 'Start a material set for a meeting (optionally with a link to an edited film or audio)',
      request: { params: programmeParams, body: jsonBody(TriggerSetInputSchema) }, responses: { 201: jsonContent(z.object({ id: z.string() }), 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      await authorizedCodesign(c.get('db'), c.get('actor'), 'codesign.material.write', { programmeId });
      const row = await createTriggerSet(c.get('db'), c.get('actor')!, programmeId, c.req.valid('json'), c.get('requestId'));
      return c.json({ id: row.id }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/{setId}`, tags, 'x-policy': 'codesign.touchpoints.read', summary: 'One material set with its items as the projector shows them',
      request: { params: setParams }, responses: { 200: jsonContent(TriggerSetSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, setId } = c.req.valid('param');
      await authorizedCodesign(c.get('db'), c.get('actor'), 'codesign.touchpoints.read', { programmeId });
      return c.json(await getTriggerSet(c.get('db'), programmeId, setId, c.get('lang')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch', path: `${base}/{setId}`, tags, 'x-policy': 'codesign.material.write', summary: "Change a material set's title or film link",
      request: { params: setParams, body: jsonBody(TriggerSetPatchSchema) }, responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, setId } = c.req.valid('param');
      await authorizedCodesign(c.get('db'), c.get('actor'), 'codesign.material.write', { programmeId });
      await updateTriggerSet(c.get('db'), c.get('actor')!, programmeId, setId, c.req.valid('json'), c.get('requestId'));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'put', path: `${base}/{setId}/items`, tags, 'x-policy': 'codesign.material.write', summary: "Replace the set's items (touchpoints or quotes, in order, each with an optional caption)",
      request: { params: setParams, body: jsonBody(TriggerItemsSchema) }, responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, setId } = c.req.valid('param');
      await authorizedCodesign(c.get('db'), c.get('actor'), 'codesign.material.write', { programmeId });
      await setTriggerItems(c.get('db'), c.get('actor')!, programmeId, setId, c.req.valid('json').items, c.get('requestId'));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'delete', path: `${base}/{setId}`, tags, 'x-policy': 'codesign.material.write', summary: 'Delete a material set (the touchpoints stay)',
      request: { params: setParams }, responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, setId } = c.req.valid('param');
      await authorizedCodesign(c.get('db'), c.get('actor'), 'codesign.material.write', { programmeId });
      await deleteTriggerSet(c.get('db'), c.get('actor')!, programmeId, setId, c.get('requestId'));
      return c.body(null, 204);
    },
  );
