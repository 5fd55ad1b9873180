import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, noContent } from '../../http/openapi.js';
import { EbcdStagesSchema, EmotionalMapSchema, MapQuery, StageInputSchema, StageSchema, TouchpointInputSchema, TouchpointQuery, TouchpointSchema } from './dto.js';
import { ebcdStageByMunicipality } from './ebcd-stage.js';
import { loadEmotionalMap } from './emotional-map.js';
import { addJourneyStage, journeyStages, stageLabel } from './journey.js';
import { authorizedCodesign } from './evidence-scope.js';
import { quotesFor } from './quotes.js';
import { deleteTouchpoint, listTouchpoints, markTouchpoint } from './touchpoints.js';
import { translate } from '../../i18n/index.js';
import './personal-data.js';

const tags = ['Co-design'];
const base = '/programmes/{programmeId}/codesign';
const programmeParams = z.object({ programmeId: idParam('programmeId') });

export const touchpointRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: `${base}/stages`, tags, 'x-policy': 'codesign.touchpoints.read',
      summary: "The service journey's stages, left to right (the default EBCD journey until the programme adds its own)",
      request: { params: programmeParams }, responses: { 200: jsonContent(z.array(StageSchema)), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      await authorizedCodesign(c.get('db'), c.get('actor'), 'codesign.touchpoints.read', { programmeId });
      const stages = await journeyStages(c.get('db'), programmeId);
      return c.json(stages.map((s) => ({ id: s.id, key: s.key, label: stageLabel(s, c.get('lang')), position: s.position, builtIn: s.labels === null })), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/stages`, tags, 'x-policy': 'codesign.journey.write', summary: 'Add a stage at the end of the journey (coordinator)',
      request: { params: programmeParams, body: jsonBody(StageInputSchema) }, responses: { 201: jsonContent(StageSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      await authorizedCodesign(c.get('db'), c.get('actor'), 'codesign.journey.write', { programmeId });
      const { labels } = c.req.valid('json');
      const s = await addJourneyStage(c.get('db'), c.get('actor')!, programmeId, { nb: labels.nb, nn: labels.nn || labels.nb, en: labels.en || labels.nb }, c.get('requestId'));
      return c.json({ id: s.id, key: s.key, label: stageLabel(s, c.get('lang')), position: s.position, builtIn: false }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/touchpoints`, tags, 'x-policy': 'codesign.touchpoints.read',
      summary: 'Touchpoints, pooled or for one municipality, role or document, with their anonymised quotes',
      request: { params: programmeParams, query: TouchpointQuery }, responses: { 200: jsonContent(z.array(TouchpointSchema)), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const scope = await authorizedCodesign(c.get('db'), c.get('actor'), 'codesign.touchpoints.read', { programmeId });
      const db = c.get('db');
      const lang = c.get('lang');
      const rows = await listTouchpoints(db, programmeId, { ...c.req.valid('query'), visible: scope.municipalities });
      const quotes = await quotesFor(db, programmeId, rows.map((r) => r.codingId), lang, new Map(rows.map((r) => [r.codingId, r.role])));
      return c.json(rows.map((r) => ({
        id: r.id, codingId: r.codingId, documentId: r.documentId, documentTitle: r.documentTitle, municipalityId: r.municipalityId, stageId: r.stageId, stageKey: r.stageKey,
        role: r.role, valence: r.valence, emotion: r.emotion, emotionLabel: translate(lang, `codesign.emotion.${r.emotion}`), note: r.note, start: r.start, end: r.end,
        quote: quotes.get(r.codingId)!, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(),
      })), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put', path: `${base}/touchpoints`, tags, 'x-policy': 'codesign.touchpoints.write',
      summary: 'Mark a coded segment as a touchpoint (stage, who experienced it, valence −2…+2, emotion word), or change its marking',
      request: { params: programmeParams, body: jsonBody(TouchpointInputSchema) }, responses: { 200: jsonContent(z.object({ id: z.string() })), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      await authorizedCodesign(c.get('db'), c.get('actor'), 'codesign.touchpoints.write', { programmeId });
      const row = await markTouchpoint(c.get('db'), c.get('actor')!, programmeId, c.req.valid('json'), c.get('requestId'));
      return c.json({ id: row.id }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete', path: `${base}/touchpoints/{touchpointId}`, tags, 'x-policy': 'codesign.touchpoints.write', summary: 'Unmark a touchpoint (the coding stays)',
      request: { params: programmeParams.extend({ touchpointId: idParam('touchpointId') }) }, responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, touchpointId } = c.req.valid('param');
      await authorizedCodesign(c.get('db'), c.get('actor'), 'codesign.touchpoints.write', { programmeId });
      await deleteTouchpoint(c.get('db'), c.get('actor')!, programmeId, touchpointId, c.get('requestId'));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/emotional-map`, tags, 'x-policy': 'codesign.touchpoints.read',
      summary: 'The emotional map: stages left to right, touchpoints by valence, roles side by side; SVG with its table, small cells hidden for viewers who may not see them',
      request: { params: programmeParams, query: MapQuery }, responses: { 200: jsonContent(EmotionalMapSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const scope = await authorizedCodesign(c.get('db'), c.get('actor'), 'codesign.touchpoints.read', { programmeId, municipalityId: c.req.valid('query').municipalityId });
      return c.json(await loadEmotionalMap(c.get('db'), c.get('actor')!, scope, programmeId, c.req.valid('query'), c.get('lang')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/emotional-map.svg`, tags, 'x-policy': 'codesign.touchpoints.read',
      summary: 'The emotional map as an SVG file for a report (shareable: small cells always hidden)',
      request: { params: programmeParams, query: MapQuery },
      responses: { 200: { description: 'SVG (Content-Disposition: attachment)', content: { 'image/svg+xml': { schema: z.string() } } }, ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const scope = await authorizedCodesign(c.get('db'), c.get('actor'), 'codesign.touchpoints.read', { programmeId, municipalityId: c.req.valid('query').municipalityId });
      const map = await loadEmotionalMap(c.get('db'), c.get('actor')!, scope, programmeId, { ...c.req.valid('query'), shareable: true }, c.get('lang'));
      return c.body(map.chart.svg, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Content-Disposition': 'attachment; filename="emotional-map.svg"', 'Cache-Control': 'no-store' });
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/ebcd-stages`, tags, 'x-policy': 'codesign.read',
      summary: 'Per municipality, the EBCD stage reached (from the activities held) with counts of touchpoints and target areas',
      request: { params: programmeParams }, responses: { 200: jsonContent(EbcdStagesSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const scope = await authorizedCodesign(c.get('db'), c.get('actor'), 'codesign.read', { programmeId });
      return c.json(await ebcdStageByMunicipality(c.get('db'), programmeId, scope), 200);
    },
  );
