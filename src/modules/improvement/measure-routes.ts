import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { DomainError, notFound } from '../../lib/errors.js';
import { svgToPng } from '../../lib/charts/png.js';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, noContent } from '../../http/openapi.js';
import type { AppEnv } from '../../http/env.js';
import { indicatorChart, measureDetail } from './detail.js';
import { IdSchema, IndicatorInputSchema, IndicatorPatchSchema, MeasureDetailSchema, MeasurePatchSchema, MeasurementsInputSchema, PdsaInputSchema, PdsaPatchSchema, RecordedSchema } from './dto.js';
import { createIndicator, deleteMeasurement, getIndicator, updateIndicator } from './indicators.js';
import { evidenceCandidates, linkEvidence, listEvidence, unlinkEvidence } from './evidence.js';
import { deleteMeasure, getMeasure, updateMeasure } from './measures.js';
import { parseMeasurementFile, recordMeasurements } from './measurements.js';
import { createCycle, getCycle, updateCycle } from './pdsa.js';
import { authorizeImprovement } from './policy.js';

const tags = ['Improvement'];
const m = '/programmes/{programmeId}/improvement/measures/{measureId}';
const ind = `${m}/indicators/{indicatorId}`;
const measureParams = z.object({ programmeId: idParam('programmeId'), measureId: idParam('measureId') });
const cycleParams = measureParams.extend({ cycleId: idParam('cycleId') });
const indicatorParams = measureParams.extend({ indicatorId: idParam('indicatorId') });
const measurementParams = indicatorParams.extend({ measurementId: idParam('measurementId') });
const evidenceParams = measureParams.extend({ linkedDocumentId: idParam('linkedDocumentId') });
const EvidenceSchema = z.array(z.object({
  documentId: z.string(), kind: z.string(), title: z.string().nullable().openapi({ description: 'Null when the caller may not see the document (the analysis policy; harvests are visible to every member)' }),
  municipalityId: z.string().nullable(), canOpen: z.boolean(), addedAt: z.string(),
})).openapi('ImprovementEvidence');
const CandidatesSchema = z.array(z.object({ id: z.string(), title: z.string(), kind: z.string(), municipalityId: z.string().nullable() })).openapi('ImprovementEvidenceCandidates');
const maxImportBytes = 5 * 1024 * 1024;

/** Loads the measure the caller may see (an unshared one of another municipality is 404) and, for a change, checks the team's own municipality may. */
async function authorizedMeasure(c: Context<AppEnv>, write: boolean) {
  const { programmeId, measureId } = c.req.param() as { programmeId: string; measureId: string };
  authorizeImprovement(c.get('actor'), 'improvement.read', { programmeId });
  const measure = await getMeasure(c.get('db'), programmeId, measureId);
  const scope = authorizeImprovement(c.get('actor'), write ? 'improvement.write' : 'improvement.read', { programmeId, measure });
  return { measure, scope, db: c.get('db'), actor: c.get('actor')!, requestId: c.get('requestId') };
}

async function authorizedIndicator(c: Context<AppEnv>, write: boolean) {
  const t = await authorizedMeasure(c, write);
  const indicator = await getIndicator(t.db, c.req.param('indicatorId')!);
  if (indicator.measureId !== t.measure.id) throw notFound();
  return { ...t, indicator };
}

export const improvementMeasureRoutes = createRouter()
  .openapi(
    createRoute({ method: 'get', path: `${m}/documents`, tags, 'x-policy': 'improvement.read', summary: 'The measure’s evidence: linked analysis documents (titles only where the analysis policy lets the caller see them)', request: { params: measureParams }, responses: { 200: jsonContent(EvidenceSchema), ...errorResponses } }),
    async (c) => {
      const t = await authorizedMeasure(c, false);
      return c.json(await listEvidence(t.db, t.actor, t.measure), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${m}/document-candidates`, tags, 'x-policy': 'improvement.write', summary: 'Documents of the programme the editor may link as evidence, searched by title (at most 50)',
      request: { params: measureParams, query: z.object({ q: z.string().max(200).optional() }) }, responses: { 200: jsonContent(CandidatesSchema), ...errorResponses },
    }),
    async (c) => {
      const t = await authorizedMeasure(c, true);
      return c.json(await evidenceCandidates(t.db, t.actor, t.measure, c.req.valid('query').q ?? ''), 200);
    },
  )
  .openapi(
    createRoute({ method: 'put', path: `${m}/documents/{linkedDocumentId}`, tags, 'x-policy': 'improvement.write', summary: 'Link an analysis document of the same programme as evidence (again: no change); another programme’s document is 404 saying so', request: { params: evidenceParams }, responses: { 204: noContent, ...errorResponses } }),
    async (c) => {
      const t = await authorizedMeasure(c, true);
      await linkEvidence(t.db, t.actor, t.measure, c.req.valid('param').linkedDocumentId, t.requestId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({ method: 'delete', path: `${m}/documents/{linkedDocumentId}`, tags, 'x-policy': 'improvement.write', summary: 'Remove a document from the measure’s evidence (the document itself stays)', request: { params: evidenceParams }, responses: { 204: noContent, ...errorResponses } }),
    async (c) => {
      const t = await authorizedMeasure(c, true);
      await unlinkEvidence(t.db, t.actor, t.measure, c.req.valid('param').linkedDocumentId, t.requestId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({ method: 'get', path: m, tags, 'x-policy': 'improvement.read', summary: 'A measure with its PDSA timeline, indicators, data and charts (SVG, table, signals in words)', request: { params: measureParams }, responses: { 200: jsonContent(MeasureDetailSchema), ...errorResponses } }),
    async (c) => {
      const t = await authorizedMeasure(c, false);
      return c.json(await measureDetail(t.db, t.actor, t.scope, t.measure, c.get('lang')), 200);
    },
  )
  .openapi(
    createRoute({ method: 'patch', path: m, tags, 'x-policy': 'improvement.write', summary: 'Change a measure (status, sharing, …)', request: { params: measureParams, body: jsonBody(MeasurePatchSchema) }, responses: { 200: jsonContent(IdSchema), ...errorResponses } }),
    async (c) => {
      const t = await authorizedMeasure(c, true);
      await updateMeasure(t.db, t.actor, t.measure, c.req.valid('json'), t.requestId);
      return c.json({ id: t.measure.id }, 200);
    },
  )
  .openapi(
    createRoute({ method: 'delete', path: m, tags, 'x-policy': 'improvement.write', summary: 'Delete a measure with its cycles, indicators and data', request: { params: measureParams }, responses: { 204: noContent, ...errorResponses } }),
    async (c) => {
      const t = await authorizedMeasure(c, true);
      await deleteMeasure(t.db, t.actor, t.measure, t.requestId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({ method: 'post', path: `${m}/pdsa`, tags, 'x-policy': 'improvement.write', summary: 'Start a PDSA cycle (plan with a prediction)', request: { params: measureParams, body: jsonBody(PdsaInputSchema) }, responses: { 201: jsonContent(IdSchema, 'Created'), ...errorResponses } }),
    async (c) => {
      const t = await authorizedMeasure(c, true);
      return c.json({ id: (await createCycle(t.db, t.actor, t.measure, c.req.valid('json'), t.requestId)).id }, 201);
    },
  )
  .openapi(
    createRoute({ method: 'patch', path: `${m}/pdsa/{cycleId}`, tags, 'x-policy': 'improvement.write', summary: 'Record do, study and act of a PDSA cycle', request: { params: cycleParams, body: jsonBody(PdsaPatchSchema) }, responses: { 200: jsonContent(IdSchema), ...errorResponses } }),
    async (c) => {
      const t = await authorizedMeasure(c, true);
      const cycle = await getCycle(t.db, t.measure, c.req.valid('param').cycleId);
      await updateCycle(t.db, t.actor, t.measure, cycle, c.req.valid('json'), t.requestId);
      return c.json({ id: cycle.id }, 200);
    },
  )
  .openapi(
    createRoute({ method: 'post', path: `${m}/indicators`, tags, 'x-policy': 'improvement.write', summary: 'Define what is measured: operational definition, type, numerator/denominator, frequency, direction, goal, chart', request: { params: measureParams, body: jsonBody(IndicatorInputSchema) }, responses: { 201: jsonContent(IdSchema, 'Created'), ...errorResponses } }),
    async (c) => {
      const t = await authorizedMeasure(c, true);
      return c.json({ id: (await createIndicator(t.db, t.actor, t.measure, c.req.valid('json'), t.requestId)).id }, 201);
    },
  )
  .openapi(
    createRoute({ method: 'patch', path: ind, tags, 'x-policy': 'improvement.write', summary: 'Change an indicator (e.g. freeze the baseline, split the chart into parts)', request: { params: indicatorParams, body: jsonBody(IndicatorPatchSchema) }, responses: { 200: jsonContent(IdSchema), ...errorResponses } }),
    async (c) => {
      const t = await authorizedIndicator(c, true);
      await updateIndicator(t.db, t.actor, t.measure, t.indicator, c.req.valid('json'), t.requestId);
      return c.json({ id: t.indicator.id }, 200);
    },
  )
  .openapi(
    createRoute({ method: 'post', path: `${ind}/measurements`, tags, 'x-policy': 'improvement.write', summary: 'Enter data points; any bad row (order, a period twice, denominator 0, not a number) is named and nothing is written', request: { params: indicatorParams, body: jsonBody(MeasurementsInputSchema) }, responses: { 200: jsonContent(RecordedSchema), ...errorResponses } }),
    async (c) => {
      const t = await authorizedIndicator(c, true);
      const rows = c.req.valid('json').rows.map((r, i) => ({ ...r, row: i + 1 }));
      return c.json(await recordMeasurements(t.db, t.actor, t.measure, t.indicator, rows, t.requestId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${ind}/import`, tags, 'x-policy': 'improvement.write',
      summary: 'Import data points from CSV or XLSX (columns period, value, denominator, note in nb, nn or en); all rows or none', description: 'Request body: multipart/form-data with `file`.',
      request: { params: indicatorParams }, responses: { 200: jsonContent(RecordedSchema), ...errorResponses },
    }),
    async (c) => {
      const t = await authorizedIndicator(c, true);
      const isForm = (c.req.header('content-type') ?? '').startsWith('multipart/form-data');
      const file = isForm ? (await c.req.parseBody()).file : undefined;
      if (!(file instanceof File)) throw new DomainError(400, 'errors.validation', {}, [{ path: 'file', key: 'improvement.import.noFile' }]);
      if (file.size > maxImportBytes) throw new DomainError(413, 'improvement.import.tooLarge', { max: 5 });
      const rows = await parseMeasurementFile(Buffer.from(await file.arrayBuffer()));
      return c.json(await recordMeasurements(t.db, t.actor, t.measure, t.indicator, rows, t.requestId), 200);
    },
  )
  .openapi(
    createRoute({ method: 'delete', path: `${ind}/measurements/{measurementId}`, tags, 'x-policy': 'improvement.write', summary: 'Remove a data point entered by mistake', request: { params: measurementParams }, responses: { 204: noContent, ...errorResponses } }),
    async (c) => {
      const t = await authorizedIndicator(c, true);
      await deleteMeasurement(t.db, t.actor, t.measure, t.indicator, c.req.valid('param').measurementId, t.requestId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({ method: 'get', path: `${ind}/chart.png`, tags, 'x-policy': 'improvement.read', summary: 'The indicator’s chart as PNG (for Word; a shareable export, so an indicator counting the programme’s participants hides small values for everyone)', request: { params: indicatorParams }, responses: { 200: { description: 'PNG', content: { 'image/png': { schema: z.string().openapi({ format: 'binary' }) } } }, ...errorResponses } }),
    async (c) => {
      const t = await authorizedIndicator(c, false);
      const chart = await indicatorChart(t.db, t.actor, t.scope, t.measure, t.indicator, c.get('lang'));
      if (!chart) throw notFound();
      return c.body(new Uint8Array(svgToPng(chart.svg, chart.width * 2)), 200, { 'content-type': 'image/png', 'content-disposition': `attachment; filename="chart-${t.indicator.id}.png"` });
    },
  );
