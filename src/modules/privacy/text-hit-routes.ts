import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent } from '../../http/openapi.js';
import { programmeGuard } from '../consent/programme-guard.js';
import { authorizePrivacy } from './policy.js';
import { textHitStatuses } from './schema.js';
import { listTextHits, listWithdrawalRecords, resolveTextHit, type HitView } from './text-hits.js';

const tags = ['Privacy'];
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const hitParams = z.object({ programmeId: idParam('programmeId'), hitId: idParam('hitId') });

const HitSchema = z
  .object({
    id: z.string(), withdrawalId: z.string(), code: z.string(), withdrawnAt: z.string(), sourceKey: z.string(),
    labelKey: z.string().openapi({ description: 'i18n key naming the kind of text' }),
    staffPath: z.string().nullable().openapi({ description: 'Where to edit the text, relative to /programmes/{programmeId}' }),
    detail: z.enum(['name', 'email', 'phone']), status: z.enum(textHitStatuses), reason: z.string().nullable(), resolvedAt: z.string().nullable(),
    snippet: z.object({ before: z.string(), match: z.string(), after: z.string() }).nullable().openapi({ description: 'Read live from the source; null when the text changed since the search' }),
    changed: z.boolean(),
  })
  .openapi('WithdrawalTextHit');
const RecordSchema = z
  .object({
    id: z.string(), code: z.string(), choice: z.enum(['erase', 'anonymise']), via: z.enum(['participant_page', 'coordinator']), withdrawnAt: z.string(),
    hits: z.object({ open: z.number(), replaced: z.number(), kept: z.number(), edited: z.number(), gone: z.number() }),
    kept: z.array(HitSchema),
  })
  .openapi('WithdrawalRecord');
const ResolutionSchema = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('replace') }).strict(),
    z.object({ action: z.literal('keep'), reason: z.string().trim().min(3, { message: 'errors.required' }).max(500) }).strict(),
    z.object({ action: z.literal('edited') }).strict(),
  ])
  .openapi('WithdrawalTextHitResolution');

const hitDto = (h: HitView) => ({ ...h, withdrawnAt: h.withdrawnAt.toISOString(), resolvedAt: h.resolvedAt?.toISOString() ?? null });

export const textHitRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/withdrawal-hits', tags, 'x-policy': 'privacy.manage',
      summary: "The coordinator's to-do list after withdrawals: places in free text where a withdrawn person's name, e-mail or phone was found",
      request: { params: programmeParams, query: z.object({ status: z.enum([...textHitStatuses, 'all']).optional() }) },
      responses: { 200: jsonContent(z.array(HitSchema)), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizePrivacy(c.get('actor'), { programmeId });
      await programmeGuard(c.get('db'), programmeId, false);
      const status = c.req.valid('query').status ?? 'open';
      const hits = await listTextHits(c.get('db'), programmeId, status === 'all' ? [...textHitStatuses] : [status]);
      c.header('Cache-Control', 'no-store');
      return c.json(hits.map(hitDto), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/withdrawal-hits/{hitId}/resolve', tags, 'x-policy': 'privacy.manage',
      summary: 'Resolve a hit: replace the words with the code (in place, audited), keep them with a reason (listed in the withdrawal record), or mark them edited by hand',
      request: { params: hitParams, body: jsonBody(ResolutionSchema) },
      responses: { 200: jsonContent(HitSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, hitId } = c.req.valid('param');
      authorizePrivacy(c.get('actor'), { programmeId });
      await programmeGuard(c.get('db'), programmeId, true);
      const done = await resolveTextHit(c.get('db'), c.get('actor')!.userId, programmeId, hitId, c.req.valid('json'), c.get('requestId'));
      return c.json(hitDto(done), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/withdrawals', tags, 'x-policy': 'privacy.manage',
      summary: 'The withdrawal records (code, date, choice, via), with what the free-text search found and the hits kept with a reason',
      request: { params: programmeParams },
      responses: { 200: jsonContent(z.array(RecordSchema)), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizePrivacy(c.get('actor'), { programmeId });
      await programmeGuard(c.get('db'), programmeId, false);
      const records = await listWithdrawalRecords(c.get('db'), programmeId);
      c.header('Cache-Control', 'no-store');
      return c.json(records.map((r) => ({ ...r, withdrawnAt: r.withdrawnAt.toISOString(), kept: r.kept.map(hitDto) })), 200);
    },
  );
