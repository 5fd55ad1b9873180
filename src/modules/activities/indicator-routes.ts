import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, errorResponses, idParam, jsonContent, queryInt } from '../../http/openapi.js';
import { indicatorTables, tablesToCsv, tablesToXlsx } from './indicators-export.js';
import { loadIndicators } from './indicators.js';
import { authorizeActivities } from './policy.js';

const tags = ['Activities'];
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const Query = z.object({
  municipalityId: z.string().regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, { message: 'errors.invalidId' }).optional(),
  regularN: queryInt(1, 100).optional(),
});
const ExportQuery = Query.extend({ format: z.enum(['csv', 'xlsx']).optional() });
const file = (type: string, description: string) => ({ description, content: { [type]: { schema: z.string().openapi({ format: 'binary' }) } } });
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const Rate = z.object({ invited: z.number().nullable(), attended: z.number().nullable(), rate: z.number().nullable(), suppressed: z.boolean() });
/** "Came regularly" defaults to attending at least 2 of the activities one was invited to. */
const defaultRegularN = 2;

export const IndicatorsSchema = z
  .object({
    programmeId: z.string(), municipalityId: z.string().nullable(), regularN: z.number().int(), smallCellThreshold: z.number().int(),
    typeLabels: z.record(z.string(), z.object({ nb: z.string(), nn: z.string(), en: z.string() })),
    municipalities: z.array(z.object({ id: z.string(), name: z.string() })),
    activities: z.array(z.object({ typeKey: z.string(), planned: z.number(), held: z.number(), cancelled: z.number() })),
    totals: Rate.extend({ planned: z.number(), held: z.number() }),
    attendance: z.array(Rate.extend({ role: z.string() })),
    regular: z.array(z.object({ role: z.string(), participants: z.number().nullable(), regular: z.number().nullable(), suppressed: z.boolean() })),
    engagement: z.object({
      services: z.array(z.object({ serviceId: z.string(), name: z.string(), municipalityId: z.string(), mapped: z.boolean(), priorityAreas: z.array(z.string()) })),
      servicesMapped: z.number(), servicesTotal: z.number(),
      participation: z.array(Rate.extend({ typeKey: z.string() })),
      materials: z.array(z.object({ activityId: z.string(), title: z.string() })),
    }),
    byMunicipality: z.array(Rate.extend({ municipalityId: z.string(), name: z.string(), planned: z.number(), held: z.number(), servicesMapped: z.number(), servicesTotal: z.number(), materials: z.number() })),
  })
  .openapi('ActivityIndicators');

export const indicatorRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/activity-indicators', tags, 'x-policy': 'activity.indicators',
      summary: 'Process indicators for the programme or one municipality: planned vs held, invited vs attended per role, came regularly (N), engagement (seed 000 §2.1)',
      request: { params: programmeParams, query: Query }, responses: { 200: jsonContent(IndicatorsSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const { municipalityId, regularN } = c.req.valid('query');
      const scope = authorizeActivities(c.get('actor'), 'activity.indicators', { programmeId, activity: municipalityId ? { municipalityId } : undefined });
      return c.json(await loadIndicators(c.get('db'), c.get('actor')!, scope, programmeId, { municipalityId, regularN: regularN ?? defaultRegularN }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/activity-indicators/export', tags, 'x-policy': 'activity.indicators',
      summary: 'The indicator tables as CSV (long format) or XLSX (one sheet per table)',
      request: { params: programmeParams, query: ExportQuery },
      responses: { 200: { description: 'CSV or XLSX (Content-Disposition: attachment)', content: { ...file('text/csv', 'CSV').content, ...file(xlsxType, 'XLSX').content } }, ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const { municipalityId, regularN, format = 'csv' } = c.req.valid('query');
      const scope = authorizeActivities(c.get('actor'), 'activity.indicators', { programmeId, activity: municipalityId ? { municipalityId } : undefined });
      const view = await loadIndicators(c.get('db'), c.get('actor')!, scope, programmeId, { municipalityId, regularN: regularN ?? defaultRegularN });
      const tables = indicatorTables(view, c.get('lang'));
      const headers = { 'Content-Disposition': `attachment; filename="process-indicators.${format}"`, 'Cache-Control': 'no-store' };
      if (format === 'csv') return c.body(tablesToCsv(tables), 200, { ...headers, 'Content-Type': 'text/csv; charset=utf-8' });
      return c.body(new Uint8Array(await tablesToXlsx(tables)), 200, { ...headers, 'Content-Type': xlsxType });
    },
  );
