import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, noContent, uuidLike } from '../../http/openapi.js';
import { TargetAreaInputSchema, TargetAreaListSchema, TargetAreaPatchSchema, TargetAreaQuery, TargetAreaSchema, TargetAreasFromBoardSchema, TargetAreasFromItemsSchema } from './dto.js';
import { authorizedCodesign } from './evidence-scope.js';
import { createTargetArea, createTargetAreasFromItems, deleteTargetArea, findTargetArea, updateTargetArea } from './target-areas.js';
import { createTargetAreasFromBoard } from './target-areas-from-board.js';
import { listTargetAreas } from './target-area-view.js';
import { goldenThread, type ThreadStart } from './thread.js';
import { moduleChoices } from './thread-modules.js';

const tags = ['Co-design'];
const base = '/programmes/{programmeId}/codesign';
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const areaParams = programmeParams.extend({ targetAreaId: idParam('targetAreaId') });
const id = z.string().regex(uuidLike, { message: 'errors.invalidId' });
const Created = z.object({ ids: z.array(z.string()) });

export const targetAreaRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: `${base}/target-areas`, tags, 'x-policy': 'codesign.read',
      summary: "Target areas (all, one municipality's, or `programme` for the programme-wide ones) with their votes per role, touchpoints and quotes; `shareable=true` hides small cells",
      request: { params: programmeParams, query: TargetAreaQuery }, responses: { 200: jsonContent(TargetAreaListSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const q = c.req.valid('query');
      const municipalityId = q.municipalityId === 'programme' ? null : q.municipalityId;
      const scope = await authorizedCodesign(c.get('db'), c.get('actor'), 'codesign.read', { programmeId, municipalityId });
      return c.json(await listTargetAreas(c.get('db'), c.get('actor')!, scope, programmeId, { municipalityId, shareable: q.shareable === 'true' }, c.get('lang')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/target-areas`, tags, 'x-policy': 'codesign.targets.write',
      summary: 'Create one target area for a municipality (or null: the programme), with the touchpoints, quotes and votes behind it',
      request: { params: programmeParams, body: jsonBody(TargetAreaInputSchema) }, responses: { 201: jsonContent(Created, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const input = c.req.valid('json');
      await authorizedCodesign(c.get('db'), c.get('actor'), 'codesign.targets.write', { programmeId, municipalityId: input.municipalityId });
      const row = await createTargetArea(c.get('db'), c.get('actor')!, programmeId, input, c.get('requestId'));
      return c.json({ ids: [row.id] }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/target-areas/from-items`, tags, 'x-policy': 'codesign.targets.write',
      summary: 'Turn a list of prioritised items (from a meeting whose board is not in Varde) into target areas, one each, with their tallies',
      request: { params: programmeParams, body: jsonBody(TargetAreasFromItemsSchema) }, responses: { 201: jsonContent(Created, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const input = c.req.valid('json');
      await authorizedCodesign(c.get('db'), c.get('actor'), 'codesign.targets.write', { programmeId, municipalityId: input.municipalityId });
      const rows = await createTargetAreasFromItems(c.get('db'), c.get('actor')!, programmeId, input, c.get('requestId'));
      return c.json({ ids: rows.map((r) => r.id) }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/target-areas/from-board`, tags, 'x-policy': 'codesign.targets.write',
      summary: "Turn a board's chosen top items into target areas for the board's municipality (or the programme), keeping the stored tallies per role",
      request: { params: programmeParams, body: jsonBody(TargetAreasFromBoardSchema) }, responses: { 201: jsonContent(Created, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      await authorizedCodesign(c.get('db'), c.get('actor'), 'codesign.targets.write', { programmeId });
      const rows = await createTargetAreasFromBoard(c.get('db'), c.get('actor')!, programmeId, c.req.valid('json'), c.get('requestId'));
      return c.json({ ids: rows.map((r) => r.id) }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch', path: `${base}/target-areas/{targetAreaId}`, tags, 'x-policy': 'codesign.targets.write',
      summary: 'Change a target area: title, description, order, and the touchpoints and quotes behind it (lists replace)',
      request: { params: areaParams, body: jsonBody(TargetAreaPatchSchema) }, responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, targetAreaId } = c.req.valid('param');
      const scope = await authorizedCodesign(c.get('db'), c.get('actor'), 'codesign.read', { programmeId });
      const area = await findTargetArea(c.get('db'), programmeId, targetAreaId, scope);
      await authorizedCodesign(c.get('db'), c.get('actor'), 'codesign.targets.write', { programmeId, municipalityId: area.municipalityId });
      await updateTargetArea(c.get('db'), c.get('actor')!, programmeId, targetAreaId, c.req.valid('json'), c.get('requestId'));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'delete', path: `${base}/target-areas/{targetAreaId}`, tags, 'x-policy': 'codesign.targets.write', summary: 'Delete a target area (its links go; touchpoints and quotes stay)',
      request: { params: areaParams }, responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, targetAreaId } = c.req.valid('param');
      const scope = await authorizedCodesign(c.get('db'), c.get('actor'), 'codesign.read', { programmeId });
      const area = await findTargetArea(c.get('db'), programmeId, targetAreaId, scope);
      await authorizedCodesign(c.get('db'), c.get('actor'), 'codesign.targets.write', { programmeId, municipalityId: area.municipalityId });
      await deleteTargetArea(c.get('db'), c.get('actor')!, programmeId, targetAreaId, c.get('requestId'));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/thread`, tags, 'x-policy': 'codesign.touchpoints.read',
      summary: 'The golden thread from one starting point (exactly one of codingId, touchpointId, targetAreaId, moduleId): quote → touchpoint → vote → target area → course module',
      request: { params: programmeParams, query: z.object({ codingId: id.optional(), touchpointId: id.optional(), targetAreaId: id.optional(), moduleId: id.optional() }) },
      responses: {
        200: jsonContent(z.object({
          start: z.object({ kind: z.string(), quote: z.object({ codingId: z.string(), text: z.string(), attribution: z.string() }).nullable() }).passthrough(),
          threshold: z.number().int(), suppressing: z.boolean(),
          chains: z.array(z.object({ targetArea: TargetAreaSchema, modules: z.array(z.object({ id: z.string(), title: z.string() })) })),
        }).openapi('CodesignGoldenThread')),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const scope = await authorizedCodesign(c.get('db'), c.get('actor'), 'codesign.touchpoints.read', { programmeId });
      const q = c.req.valid('query');
      const starts: ThreadStart[] = [
        ...(q.codingId ? [{ kind: 'quote' as const, codingId: q.codingId }] : []),
        ...(q.touchpointId ? [{ kind: 'touchpoint' as const, touchpointId: q.touchpointId }] : []),
        ...(q.targetAreaId ? [{ kind: 'target_area' as const, targetAreaId: q.targetAreaId }] : []),
        ...(q.moduleId ? [{ kind: 'module' as const, moduleId: q.moduleId }] : []),
      ];
      if (starts.length !== 1) return c.json({ start: { kind: 'none', quote: null }, threshold: 0, suppressing: false, chains: [] }, 200);
      return c.json(await goldenThread(c.get('db'), c.get('actor')!, scope, programmeId, starts[0], c.get('lang')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/thread/modules`, tags, 'x-policy': 'codesign.touchpoints.read', summary: "The course's modules, to start the golden thread from one",
      request: { params: programmeParams }, responses: { 200: jsonContent(z.array(z.object({ id: z.string(), title: z.string() }))), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      await authorizedCodesign(c.get('db'), c.get('actor'), 'codesign.touchpoints.read', { programmeId });
      return c.json(await moduleChoices(c.get('db'), programmeId), 200);
    },
  );

export { materialRoutes } from './material-routes.js';
export { touchpointRoutes } from './touchpoint-routes.js';
